//! `aftercare photo`: add, list, export and delete photos of the treated skin.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use aftercare_store::{NewPhoto, PhotoSize};
use jiff::Timestamp;
use serde::Serialize;

use aftercare_i18n::say;

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
        .in_language(aftercare_core::Language::current());
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
            let added = say(
                "cli-photo-added",
                &[
                    ("id", rec.id.into()),
                    ("date", crate::render::day(day).into()),
                    ("day", case.treatment.day_of(day).into()),
                    ("width", rec.width.into()),
                    ("height", rec.height.into()),
                    ("kib", rec.bytes.div_ceil(1024).into()),
                ],
            );
            writeln!(out, "{added}").map_err(stdout_err)?;
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
                writeln!(out, "{}", say("cli-no-photos", &[])).map_err(stdout_err)?;
            } else {
                for p in &listed {
                    let day = say("cli-day", &[("day", p.day.into())]);
                    let kib = p.bytes.div_ceil(1024);
                    writeln!(
                        out,
                        "{:>5}  {}  {day:<7}  {}x{}  {kib} KiB",
                        p.id, p.date, p.width, p.height
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
                    0 => format!(
                        "--date: {}",
                        say("cli-photo-none-that-day", &[("date", date.as_str().into())])
                    ),
                    n => format!(
                        "--number: {}",
                        say(
                            "cli-photo-number",
                            &[("date", date.as_str().into()), ("count", n.into())]
                        )
                    ),
                }));
            };
            let bytes = store.photo_bytes(p.id, PhotoSize::Full).await?;
            write_private(&file, &bytes)?;
            let wrote = say(
                "cli-photo-written",
                &[
                    ("id", p.id.into()),
                    ("date", date.as_str().into()),
                    ("file", file.display().to_string().into()),
                ],
            );
            writeln!(out, "{wrote}").map_err(stdout_err)?;
        }
        PhotoCommand::Delete { id } => {
            store.delete_photo(id).await?;
            writeln!(out, "{}", say("cli-photo-deleted", &[("id", id.into())])).map_err(stdout_err)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
