//! Test helper for the crash-safety test (`tests/crash.rs`): writes check-ins for
//! successive dates in a loop, every other one with a photo in the same transaction, and
//! prints each date on stdout only after its commit has returned. The test kills it with
//! SIGKILL at random moments.
//!
//! Usage: crash-writer DB_PATH TREATMENT_ID

use std::io::Write;

use aftercare_core::{CheckIn, CheckInDraft};
use aftercare_store::{NewPhoto, Store};
use jiff::ToSpan;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(path), Some(id)) = (args.next(), args.next()) else {
        return Err("usage: crash-writer DB_PATH TREATMENT_ID".into());
    };
    let treatment_id: i64 = id.parse()?;
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    rt.block_on(async move {
        let store = Store::open(std::path::Path::new(&path)).await?;
        let case = store.case_of(treatment_id).await?;
        let t = &case.record;
        // The writer logs one day after another, beyond today: its clock is years ahead.
        let far_future: jiff::Timestamp = "2999-01-01T00:00:00Z".parse()?;
        let last = store.checkins(treatment_id).await?.last().map(|c| c.checkin.date);
        let mut date = match last {
            Some(d) => d.checked_add(1.day())?,
            None => t.treatment.day_one(),
        };
        let mut out = std::io::stdout().lock();
        for n in 0_i64.. {
            let draft = CheckInDraft {
                redness: n % 5,
                breakouts: n % 7,
                pain: n % 11,
                notes: format!("entry {n}"),
                ..Default::default()
            };
            let photos = if n % 2 == 0 { vec![photo(n)] } else { Vec::new() };
            store
                .save_checkin_with_photos(&case, &CheckIn::new(date, &draft)?, &photos, far_future)
                .await?;
            writeln!(out, "{date}")?;
            out.flush()?;
            date = date.checked_add(1.day())?;
        }
        Ok(())
    })
}

/// A photo as the store takes it (a JPEG frame of 640x480 without metadata), 256 KiB of
/// picture data so a kill often lands mid-write; its data byte says which entry it is for.
pub fn photo(n: i64) -> NewPhoto {
    let jpeg = |w: u16, h: u16, len: usize| {
        let mut j = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x07, b'J', b'F', b'I', b'F', 0];
        j.extend([0xFF, 0xC0, 0x00, 0x08, 8]);
        j.extend(h.to_be_bytes());
        j.extend(w.to_be_bytes());
        j.push(1);
        j.extend([0xFF, 0xDA, 0x00, 0x02]);
        j.extend(std::iter::repeat_n(entry_byte(n), len));
        j.extend([0xFF, 0xD9]);
        j
    };
    NewPhoto {
        jpeg: jpeg(640, 480, 256 * 1024),
        thumbnail: jpeg(320, 240, 64),
        width: 640,
        height: 480,
    }
}

/// The byte a photo of entry `n` is filled with.
pub fn entry_byte(n: i64) -> u8 {
    b'a' + u8::try_from(n.rem_euclid(26)).unwrap_or(0)
}
