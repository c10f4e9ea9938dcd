//! Photos of the treated skin, each kept with the check-in of its day.

use aftercare_core::photo::{clean_jpeg_size, MAX_PER_DAY, MAX_SIDE};
use aftercare_i18n::{say, Language};
use jiff::civil::Date;
use jiff::Timestamp;
use sqlx::{Row, SqliteConnection};

use crate::util::{date, parse_date, parse_ts, ts};
use crate::{Case, Error, Result, Store};

/// A photo ready to keep: the photos crate makes these.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPhoto {
    pub jpeg: Vec<u8>,
    pub thumbnail: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// A kept photo, without its bytes (ask for those by id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhotoRecord {
    pub id: i64,
    pub treatment_id: i64,
    pub date: Date,
    pub added_at: Timestamp,
    pub width: u32,
    pub height: u32,
    pub bytes: u64,
}

fn refuse(reason: impl Into<String>) -> Error {
    aftercare_core::Error::Invalid {
        field: "photo",
        reason: reason.into(),
    }
    .into()
}

impl NewPhoto {
    /// What the store takes: clean JPEGs (no metadata block) of a size it keeps.
    pub(crate) fn check(&self) -> Result<()> {
        let (Some(size), Some(thumb)) = (clean_jpeg_size(&self.jpeg), clean_jpeg_size(&self.thumbnail)) else {
            return Err(refuse(say("store-photo-not-prepared", &[])));
        };
        if size != (self.width, self.height) {
            return Err(refuse(say(
                "store-photo-size-mismatch",
                &[
                    ("width", size.0.into()),
                    ("height", size.1.into()),
                    ("said_width", self.width.into()),
                    ("said_height", self.height.into()),
                ],
            )));
        }
        let fits = |(w, h): (u32, u32)| (1..=MAX_SIDE).contains(&w) && (1..=MAX_SIDE).contains(&h);
        if !fits(size) || !fits(thumb) {
            return Err(refuse(say("store-photo-too-big", &[("max", MAX_SIDE.into())])));
        }
        Ok(())
    }
}

const META: &str = "id, treatment_id, date, added_at, width, height, length(jpeg) AS bytes";

fn record(r: &sqlx::sqlite::SqliteRow) -> Result<PhotoRecord> {
    let dim = |v: i64| u32::try_from(v).map_err(|_| Error::Corrupt(format!("photo size {v}")));
    Ok(PhotoRecord {
        id: r.try_get("id")?,
        treatment_id: r.try_get("treatment_id")?,
        date: parse_date(&r.try_get::<String, _>("date")?)?,
        added_at: parse_ts(&r.try_get::<String, _>("added_at")?)?,
        width: dim(r.try_get("width")?)?,
        height: dim(r.try_get("height")?)?,
        bytes: u64::try_from(r.try_get::<i64, _>("bytes")?).unwrap_or(0),
    })
}

pub(crate) async fn insert_photo(
    conn: &mut SqliteConnection,
    treatment_id: i64,
    day: Date,
    added_at: Timestamp,
    p: &NewPhoto,
) -> Result<i64> {
    let id = sqlx::query(
        "INSERT INTO photos (treatment_id, date, added_at, width, height, jpeg, thumbnail) VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(treatment_id)
    .bind(date(day))
    .bind(ts(added_at))
    .bind(i64::from(p.width))
    .bind(i64::from(p.height))
    .bind(&p.jpeg)
    .bind(&p.thumbnail)
    .execute(&mut *conn)
    .await?
    .last_insert_rowid();
    Ok(id)
}

pub(crate) async fn photos_on(conn: &mut SqliteConnection, treatment_id: i64) -> Result<Vec<PhotoRecord>> {
    sqlx::query(&format!(
        "SELECT {META} FROM photos WHERE treatment_id = ? ORDER BY date, added_at, id"
    ))
    .bind(treatment_id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(record)
    .collect()
}

/// Which of the two encodings of a photo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhotoSize {
    Full,
    Thumbnail,
}

impl Store {
    /// Keeps a photo with the check-in of `day` in the case. The day must be logged: a
    /// photo without its check-in would be a half the client can't see or delete.
    pub async fn add_photo(&self, case: &Case, day: Date, photo: &NewPhoto, now: Timestamp) -> Result<PhotoRecord> {
        photo.check()?;
        let mut tx = self.write().await?;
        let logged: Option<(i64,)> = sqlx::query_as("SELECT 1 FROM checkins WHERE treatment_id = ? AND date = ?")
            .bind(case.id())
            .bind(date(day))
            .fetch_optional(&mut *tx)
            .await?;
        if logged.is_none() {
            let day = aftercare_i18n::dates::day_in_year(Language::current(), day);
            return Err(refuse(say("store-photo-no-checkin", &[("day", day.into())])));
        }
        let (n,): (i64,) = sqlx::query_as("SELECT count(*) FROM photos WHERE treatment_id = ? AND date = ?")
            .bind(case.id())
            .bind(date(day))
            .fetch_one(&mut *tx)
            .await?;
        if usize::try_from(n).unwrap_or(usize::MAX) >= MAX_PER_DAY {
            return Err(refuse(say("invalid-photos-per-day", &[("max", MAX_PER_DAY.into())])));
        }
        let id = insert_photo(&mut tx, case.id(), day, now, photo).await?;
        let row = sqlx::query(&format!("SELECT {META} FROM photos WHERE id = ?"))
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
        tx.commit().await?;
        record(&row)
    }

    /// The photos of a treatment, oldest day first, without their bytes.
    pub async fn photos(&self, treatment_id: i64) -> Result<Vec<PhotoRecord>> {
        photos_on(&mut *self.pool().acquire().await?, treatment_id).await
    }

    /// A photo's JPEG bytes.
    pub async fn photo_bytes(&self, id: i64, size: PhotoSize) -> Result<Vec<u8>> {
        let column = match size {
            PhotoSize::Full => "jpeg",
            PhotoSize::Thumbnail => "thumbnail",
        };
        let row: Option<(Vec<u8>,)> = sqlx::query_as(&format!("SELECT {column} FROM photos WHERE id = ?"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        row.map(|r| r.0)
            .ok_or_else(|| refuse(say("store-photo-missing", &[("id", id.into())])))
    }

    /// Deletes a photo; one already gone is an error (the client asked for this one).
    pub async fn delete_photo(&self, id: i64) -> Result<()> {
        let done = sqlx::query("DELETE FROM photos WHERE id = ?")
            .bind(id)
            .execute(self.pool())
            .await?;
        if done.rows_affected() == 0 {
            return Err(refuse(say("store-photo-missing", &[("id", id.into())])));
        }
        // secure_delete zeroes the freed pages; moving the log into the file now leaves no
        // copy of the photo in the write-ahead log either.
        sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(self.pool())
            .await?;
        Ok(())
    }
}
