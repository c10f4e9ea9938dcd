//! `aftercare photo`: add, list, export and delete photos of the treated skin.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use aftercare_store::{NewPhoto, PhotoSize};
use jiff::Timestamp;
use serde::Serialize;

use crate::args::PhotoCommand;
use crate::stored::{open, parse_date, write_private};
use crate::{emit_json, stdout_err, CliError};

#[derive(Serialize)]
struct Listed {
    id: i64,
    date: String,
    day: i64,
    width: u32,
    height: u32,
    bytes: u64,
    added_at: String,
}

pub async fn run(c: PhotoCommand, db: &Option<PathBuf>, out: &mut impl Write) -> Result<ExitCode, CliError> {
    let store = open(db).await?;
    let case = store
        .required_case()
        .await?
        .in_language(aftercare_core::Language::English);
    match c {
        PhotoCommand::Add { date, file } => {
            let now = Timestamp::now();
            let day = match &date {
                Some(d) => parse_date("date", d)?,
                None => case.today(now),
            };
            let io = |source| CliError::Io {
                path: file.display().to_string(),
                source,
            };
            // A huge file (or a device) is refused before it is read into memory.
            let len = std::fs::metadata(&file).map_err(io)?.len();
            if len > aftercare_photos::MAX_BYTES as u64 {
                return Err(aftercare_photos::Error::TooLarge {
                    mb: usize::try_from(len.div_ceil(1024 * 1024)).unwrap_or(usize::MAX),
                }
                .into());
            }
            let bytes = std::fs::read(&file).map_err(io)?;
            let p = aftercare_photos::import(&bytes)?;
            let new = NewPhoto {
                jpeg: p.jpeg,
                thumbnail: p.thumbnail,
                width: p.width,
                height: p.height,
            };
            let rec = store.add_photo(&case, day, &new, now).await?;
            writeln!(
                out,
                "Added photo {} to {} (day {}): {}x{}, {} KiB, metadata removed.",
                rec.id,
                day.strftime("%a %-d %b %Y"),
                case.treatment.day_of(day),
                rec.width,
                rec.height,
                rec.bytes.div_ceil(1024)
            )
            .map_err(stdout_err)?;
        }
        PhotoCommand::List { json } => {
            let photos = store.photos(case.id()).await?;
            let listed: Vec<Listed> = photos
                .iter()
                .map(|p| Listed {
                    id: p.id,
                    date: p.date.to_string(),
                    day: case.treatment.day_of(p.date),
                    width: p.width,
                    height: p.height,
                    bytes: p.bytes,
                    added_at: p.added_at.to_string(),
                })
                .collect();
            if json {
                emit_json(out, &listed)?;
            } else if listed.is_empty() {
                writeln!(out, "No photos yet.").map_err(stdout_err)?;
            } else {
                for p in &listed {
                    writeln!(
                        out,
                        "{:>5}  {}  day {:>3}  {}x{}  {} KiB",
                        p.id,
                        p.date,
                        p.day,
                        p.width,
                        p.height,
                        p.bytes.div_ceil(1024)
                    )
                    .map_err(stdout_err)?;
                }
            }
        }
        PhotoCommand::Export {
            date,
            number,
            out: file,
        } => {
            let day = parse_date("date", &date)?;
            let photos: Vec<_> = store
                .photos(case.id())
                .await?
                .into_iter()
                .filter(|p| p.date == day)
                .collect();
            let Some(p) = number.checked_sub(1).and_then(|i| photos.get(i)) else {
                return Err(CliError::Usage(match photos.len() {
                    0 => format!("--date: {date} has no photos."),
                    n => format!("--number: {date} has {n} photo(s); pick 1 to {n}."),
                }));
            };
            let bytes = store.photo_bytes(p.id, PhotoSize::Full).await?;
            write_private(&file, &bytes)?;
            writeln!(out, "Wrote photo {} of {date} to {}.", p.id, file.display()).map_err(stdout_err)?;
        }
        PhotoCommand::Delete { id } => {
            store.delete_photo(id).await?;
            writeln!(out, "Deleted photo {id}.").map_err(stdout_err)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
