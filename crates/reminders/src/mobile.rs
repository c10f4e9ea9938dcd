//! Phones: the OS delivers scheduled notifications itself (tauri-plugin-notification's
//! `schedule`), even when the app is not running, but those schedules do not survive a
//! reboot. So at every start the app cancels what it had scheduled and schedules every
//! pending reminder again from the ledger. The OS side is behind [`OsSchedule`]; its
//! tauri-plugin-notification implementation lives in the app shell (`cfg(mobile)`).

use aftercare_store::{LedgerEntry, Store};
use jiff::Timestamp;

use crate::{Result, GATHER};

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

/// Re-arms every reminder still to ring after `now`; returns how many reminders were
/// scheduled. Those already due are left to the scheduler's catch-up (deliver within
/// grace, else missed).
///
/// The OS shows what it was given at its time, so reminders are grouped here, as the
/// desktop groups them when they ring: those falling due within [`GATHER`] of each other
/// are one notification at the latest one's time (never early), and a day's check-in is
/// its own, under an id of its day, so a snoozed one replaces that day's earlier one.
pub async fn rearm(store: &Store, os: &impl OsSchedule, now: Timestamp) -> Result<usize> {
    os.cancel_all()?;
    let pending: Vec<LedgerEntry> = store
        .pending_reminders()
        .await?
        .into_iter()
        .filter(|e| e.effective_due() > now)
        .collect();
    let count = pending.len();
    let language = aftercare_core::Settings::language_of(store.settings().await?.as_ref());
    for cluster in clusters(pending) {
        let due: std::collections::HashMap<String, Timestamp> = cluster
            .iter()
            .map(|e| (e.reminder_id.clone(), e.effective_due()))
            .collect();
        for n in crate::grouping::group(cluster, language) {
            let Some(at) = n.reminder_ids.iter().filter_map(|id| due.get(id)).max().copied() else {
                continue;
            };
            let key = n
                .replaces
                .as_ref()
                .or(n.reminder_ids.first())
                .cloned()
                .unwrap_or_default();
            os.schedule(os_id(&key), at, &n.title, &n.body)?;
        }
    }
    Ok(count)
}

/// Reminders due within [`GATHER`] of the first of each run, soonest first.
fn clusters(mut pending: Vec<LedgerEntry>) -> Vec<Vec<LedgerEntry>> {
    pending.sort_by_key(LedgerEntry::effective_due);
    let mut out: Vec<Vec<LedgerEntry>> = Vec::new();
    for e in pending {
        let joins = out
            .last()
            .and_then(|c| c.first())
            .is_some_and(|first| e.effective_due().duration_since(first.effective_due()) <= GATHER);
        match out.last_mut() {
            Some(c) if joins => c.push(e),
            _ => out.push(vec![e]),
        }
    }
    out
}
