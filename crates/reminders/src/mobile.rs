//! Phones: the OS delivers scheduled notifications itself (tauri-plugin-notification's
//! `schedule`), even when the app is not running, but those schedules do not survive a
//! reboot. So at every start the app cancels what it had scheduled and schedules every
//! pending reminder again from the ledger. The OS side is behind [`OsSchedule`]; its
//! tauri-plugin-notification implementation lives in the app shell (`cfg(mobile)`).

use aftercare_store::{LedgerEntry, Store};
use jiff::Timestamp;

use crate::Result;

/// The platform's notification scheduler.
pub trait OsSchedule {
    fn cancel_all(&self) -> Result<()>;
    fn schedule(&self, id: i32, at: Timestamp, title: &str, body: &str) -> Result<()>;
}

/// The platform id of a reminder: stable, positive, derived from the reminder id.
pub fn os_id(reminder_id: &str) -> i32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in reminder_id.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    (h & 0x7fff_ffff) as i32
}

/// Re-arms every reminder still to ring after `now`; returns how many were scheduled.
/// Those already due are left to the scheduler's catch-up (deliver within grace, else missed).
pub async fn rearm(store: &Store, os: &impl OsSchedule, now: Timestamp) -> Result<usize> {
    os.cancel_all()?;
    let pending: Vec<LedgerEntry> = store
        .pending_reminders()
        .await?
        .into_iter()
        .filter(|e| e.effective_due() > now)
        .collect();
    for e in &pending {
        os.schedule(os_id(&e.reminder_id), e.effective_due(), &e.title, &e.body)?;
    }
    Ok(pending.len())
}
