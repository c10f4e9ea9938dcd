//! Test helper for the crash-safety test (`tests/crash.rs`): writes check-ins for
//! successive dates in a loop and prints each date on stdout only after its commit has
//! returned. The test kills it with SIGKILL at random moments.
//!
//! Usage: crash-writer DB_PATH TREATMENT_ID

use std::io::Write;

use aftercare_core::{CheckIn, CheckInDraft};
use aftercare_store::Store;
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
            store
                .save_checkin(&case, &CheckIn::new(date, &draft)?, far_future)
                .await?;
            writeln!(out, "{date}")?;
            out.flush()?;
            date = date.checked_add(1.day())?;
        }
        Ok(())
    })
}
