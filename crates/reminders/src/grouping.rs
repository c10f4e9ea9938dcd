//! Which due reminders share one notification. A client who just left the clinic gets one
//! "Your aftercare starts now", not five alerts in the same second:
//!
//! * everything due together (the same pass: at one instant, after a catch-up, or when
//!   notifications work again after an outage) becomes one notification that lists each
//!   item in a short line, with the usual actions;
//! * the daily check-in stands alone, and replaces that day's earlier one on screen
//!   ([`Notification::replaces`]);
//! * several reminders of one rule (a catch-up) are one line, counted.
//!
//! The ledger still records each reminder on its own (delivered once), and the Reminders
//! screen lists them one by one.

use aftercare_core::{Language, ReminderKind};
use aftercare_i18n::Arg;
use aftercare_store::LedgerEntry;

use crate::Notification;

/// The notifications for the reminders claimed in one pass.
/// The reminders' own texts were written in the client's language when they were planned;
/// what grouping adds is in `language` too.
pub(crate) fn group(mut deliver: Vec<LedgerEntry>, language: Language) -> Vec<Notification> {
    deliver.sort_by(|a, b| a.due_at.cmp(&b.due_at).then_with(|| a.reminder_id.cmp(&b.reminder_id)));
    let (checkins, rest): (Vec<_>, Vec<_>) = deliver.into_iter().partition(|e| e.kind == ReminderKind::CheckIn);
    [together(rest, language), checkin(checkins, language)]
        .into_iter()
        .flatten()
        .collect()
}

/// Reminders of one rule, oldest first.
struct ByRule {
    rule: String,
    entries: Vec<LedgerEntry>,
}

fn by_rule(entries: Vec<LedgerEntry>) -> Vec<ByRule> {
    let mut out: Vec<ByRule> = Vec::new();
    for e in entries {
        match out.iter_mut().find(|g| g.rule == e.rule) {
            Some(g) => g.entries.push(e),
            None => out.push(ByRule {
                rule: e.rule.clone(),
                entries: vec![e],
            }),
        }
    }
    out
}

fn earlier_note(earlier: usize, language: Language) -> String {
    match earlier {
        0 => String::new(),
        n => format!(
            " {}",
            language.text("notification-earlier", &[("count", Arg::Number(n as f64))])
        ),
    }
}

fn together(entries: Vec<LedgerEntry>, language: Language) -> Option<Notification> {
    let latest = entries.last()?.clone();
    let groups = by_rule(entries);
    let ids = groups
        .iter()
        .flat_map(|g| g.entries.iter().map(|e| e.reminder_id.clone()))
        .collect();
    let rules: Vec<String> = groups.iter().map(|g| g.rule.clone()).collect();
    if let [only] = groups.as_slice() {
        let last = only.entries.last()?;
        return Some(Notification {
            reminder_ids: ids,
            rules,
            title: last.title.clone(),
            body: format!("{}{}", last.body, earlier_note(only.entries.len() - 1, language)),
            due_at: last.due_at,
            replaces: None,
            language,
        });
    }
    let kinds: Vec<ReminderKind> = groups.iter().flat_map(|g| g.entries.iter().map(|e| e.kind)).collect();
    let title = if kinds.iter().all(|k| *k == ReminderKind::Start) {
        language.text("notification-starts", &[])
    } else if kinds.iter().all(|k| *k == ReminderKind::End) {
        language.text("notification-fine-again", &[])
    } else {
        language.text("notification-several", &[("count", Arg::Number(groups.len() as f64))])
    };
    let body = groups
        .iter()
        .filter_map(|g| {
            let last = g.entries.last()?;
            Some(match g.entries.len() {
                1 => format!("• {}", last.title),
                n => format!(
                    "• {} ({})",
                    last.title,
                    language.text("reminders-day-count", &[("count", Arg::Number(n as f64))])
                ),
            })
        })
        .collect::<Vec<_>>()
        .join("\n");
    Some(Notification {
        reminder_ids: ids,
        rules,
        title,
        body,
        due_at: latest.due_at,
        replaces: None,
        language,
    })
}

/// Check-in reminders due together (a catch-up over several days) are one notification,
/// about the latest day, replacing that day's earlier one.
fn checkin(entries: Vec<LedgerEntry>, language: Language) -> Option<Notification> {
    let last = entries.last()?.clone();
    Some(Notification {
        reminder_ids: entries.iter().map(|e| e.reminder_id.clone()).collect(),
        rules: vec![last.rule.clone()],
        title: last.title.clone(),
        body: format!("{}{}", last.body, earlier_note(entries.len() - 1, language)),
        due_at: last.due_at,
        replaces: Some(match last.day {
            Some(day) => format!("{}-day-{day}", last.rule),
            None => last.rule.clone(),
        }),
        language,
    })
}

#[cfg(test)]
mod tests {
    use aftercare_core::ReminderKind;
    use aftercare_store::{LedgerEntry, LedgerState};
    use jiff::{SignedDuration, Timestamp};

    use super::group;
    use aftercare_core::Language;

    fn entry(id: &str, rule: &str, kind: ReminderKind, day: Option<u32>, minutes: i64) -> LedgerEntry {
        let at = Timestamp::from_second(1_795_000_000).expect("t") + SignedDuration::from_mins(minutes);
        LedgerEntry {
            reminder_id: id.into(),
            treatment_id: 1,
            rule: rule.into(),
            kind,
            day,
            due_at: at,
            planned_at: at,
            title: format!("{rule} title"),
            body: format!("{rule} body"),
            state: LedgerState::Delivered,
            snoozed_until: None,
            snoozes: 0,
            delivered_at: Some(at),
            dismissed_at: None,
            missed_at: None,
            skipped_at: None,
            updated_at: at,
            owed_since: Some(at),
            retry_at: None,
            failed_shows: 0,
            not_shown_reason: None,
        }
    }

    #[test]
    fn the_start_of_aftercare_is_one_notification_listing_each_rule() {
        let start: Vec<_> = ["actives", "gym", "makeup", "sauna-pool", "sun"]
            .iter()
            .map(|r| entry(&format!("{r}-start"), r, ReminderKind::Start, None, 0))
            .collect();
        let n = group(start, Language::English);
        assert_eq!(n.len(), 1);
        assert_eq!(n[0].title, "Your aftercare starts now");
        assert_eq!(n[0].reminder_ids.len(), 5, "every reminder is in it");
        assert_eq!(n[0].body.lines().count(), 5);
        assert!(n[0].body.lines().all(|l| l.starts_with("• ") && l.ends_with(" title")));
        assert_eq!(n[0].rules, ["actives", "gym", "makeup", "sauna-pool", "sun"]);
        assert_eq!(n[0].replaces, None);
    }

    #[test]
    fn limits_ending_together_say_so_and_mixed_ones_are_counted() {
        let ends = vec![
            entry("gym-end", "gym", ReminderKind::End, None, 0),
            entry("sauna-end", "sauna-pool", ReminderKind::End, None, 0),
        ];
        assert_eq!(group(ends, Language::English)[0].title, "These are fine again");
        let mixed = vec![
            entry("gym-end", "gym", ReminderKind::End, None, 0),
            entry("water-1", "water", ReminderKind::Daily, Some(2), 0),
        ];
        assert_eq!(group(mixed, Language::English)[0].title, "2 aftercare reminders");
    }

    #[test]
    fn a_single_reminder_keeps_its_own_words_and_a_rule_caught_up_is_one_line() {
        let one = group(
            vec![entry("sun-1", "sun", ReminderKind::Daily, Some(1), 0)],
            Language::English,
        );
        assert_eq!((one[0].title.as_str(), one[0].body.as_str()), ("sun title", "sun body"));
        let caught_up = group(
            vec![
                entry("water-1", "water", ReminderKind::Daily, Some(1), 0),
                entry("water-2", "water", ReminderKind::Daily, Some(2), 24 * 60),
            ],
            Language::English,
        );
        assert_eq!(caught_up.len(), 1);
        assert_eq!(
            caught_up[0].body,
            "water body (Also 1 earlier reminder of the same kind.)"
        );
        let mixed = group(
            vec![
                entry("water-1", "water", ReminderKind::Daily, Some(1), 0),
                entry("water-2", "water", ReminderKind::Daily, Some(2), 24 * 60),
                entry("sun-2", "sun", ReminderKind::Daily, Some(2), 24 * 60),
            ],
            Language::English,
        );
        assert_eq!(mixed[0].body, "• water title (2 reminders)\n• sun title");
        assert_eq!(mixed[0].reminder_ids, ["water-1", "water-2", "sun-2"]);
        // What grouping adds is in the client's language.
        let german = group(
            vec![
                entry("water-1", "water", ReminderKind::Daily, Some(1), 0),
                entry("water-2", "water", ReminderKind::Daily, Some(2), 24 * 60),
                entry("sun-2", "sun", ReminderKind::Daily, Some(2), 24 * 60),
            ],
            Language::German,
        );
        assert_eq!(german[0].title, "2 Nachsorge-Erinnerungen");
        assert_eq!(german[0].body, "• water title (2 Erinnerungen)\n• sun title");
    }

    #[test]
    fn the_check_in_stands_alone_and_replaces_its_day() {
        let n = group(
            vec![
                entry("skincare-1", "skincare", ReminderKind::Daily, Some(1), 0),
                entry("checkin-1", "checkin", ReminderKind::CheckIn, Some(1), 0),
                entry("checkin-2", "checkin", ReminderKind::CheckIn, Some(2), 24 * 60),
                entry("sun-2", "sun", ReminderKind::Daily, Some(2), 24 * 60),
            ],
            Language::English,
        );
        assert_eq!(n.len(), 2);
        let checkin = n.iter().find(|n| n.rules == ["checkin"]).expect("check-in alone");
        assert_eq!(checkin.reminder_ids, ["checkin-1", "checkin-2"]);
        assert_eq!(checkin.replaces.as_deref(), Some("checkin-day-2"));
        assert!(checkin.body.starts_with("checkin body"));
        let other = n.iter().find(|n| n.rules != ["checkin"]).expect("the rest together");
        assert_eq!(other.reminder_ids, ["skincare-1", "sun-2"]);
        // Every claimed reminder is in exactly one notification.
        let mut all: Vec<_> = n.iter().flat_map(|n| n.reminder_ids.clone()).collect();
        all.sort();
        assert_eq!(all, ["checkin-1", "checkin-2", "skincare-1", "sun-2"]);
    }
}
