//! What the UI receives and sends. These types are the contract: `ui/src/lib/bindings.ts`
//! is generated from them (see `bindings::export`), never written by hand.

use aftercare_core::protocol::{Category, Strength};
use aftercare_core::series::EventKind;
use aftercare_core::timeline::{Status, Verdict};
use aftercare_core::Tier;
use aftercare_store::LedgerState;
use serde::{Deserialize, Serialize};
use specta::Type;

/// A moment, both machine- and people-readable. `local` is in the client's zone, not the
/// computer's, so a client who travels sees the times their plan is in.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct Moment {
    /// Milliseconds since the Unix epoch (for live countdowns).
    pub ms: i64,
    /// RFC 3339 with offset.
    pub iso: String,
    /// "Sat 21 Nov, 14:00" ("Sat, Nov 21, 2:00 PM" where the device's region writes so).
    pub local: String,
    /// Its time of day alone, written the same way: "14:00", "2:00 PM".
    pub time: String,
}

/// A zone the client can pick: shown as city, country and offset, stored by `name`.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct ZoneOption {
    /// The IANA name: "Europe/Berlin".
    pub name: String,
    pub city: String,
    /// ISO 3166 alpha-2 ("DE"), named in the client's language by the page; empty for UTC.
    pub country: String,
    /// The country's English name ("Germany"), for a page that can't name it.
    pub country_name: String,
    /// The offset now: "UTC+01:00".
    pub offset: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct FactView {
    pub id: String,
    pub summary: String,
}

/// One rule placed on the calendar.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct WindowView {
    pub rule: String,
    pub title: String,
    pub advice: String,
    pub strength: Strength,
    pub category: Category,
    pub status: Status,
    pub starts: Moment,
    pub ends: Moment,
    /// Days after the treatment ended (fractional), for the day axis.
    pub start_day: f64,
    pub end_day: f64,
    /// What the end means in one phrase: "Gym OK again".
    pub end_title: String,
    pub facts: Vec<FactView>,
    /// Set when a minimum window has ended but the skin is still healing: why it stays on.
    pub still_healing: Option<String>,
    /// Advice beyond the cited facts, shown as a general tip.
    pub tip: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct NoteView {
    pub title: String,
    pub text: String,
    pub facts: Vec<FactView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct FlagView {
    pub code: String,
    pub tier: Tier,
    pub reason: String,
    pub facts: Vec<FactView>,
}

/// The red-flag reading of the latest check-in.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct AlertView {
    pub tier: Option<Tier>,
    /// "Call your clinic today", …
    pub label: Option<String>,
    pub flags: Vec<FlagView>,
    /// Who to call and what comes first; absent when only self-care notes apply.
    pub escalation: Option<EscalationView>,
}

/// A day the check-in can be for.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct CheckInDayView {
    /// `YYYY-MM-DD`, what the check-in commands take.
    pub date: String,
    pub day: i64,
    /// "Today · day 3", "Mon 23 Nov · day 1".
    pub label: String,
    pub logged: bool,
}

/// What every warning shows, wherever it shows (see `aftercare_core::escalation`).
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct EscalationView {
    pub tier: Tier,
    pub headline: String,
    pub reasons: Vec<String>,
    pub first_step: String,
    /// After the emergency number: call the clinic too.
    pub then_step: Option<String>,
    pub emergency_first: bool,
    pub emergency_number: String,
    pub clinic: ClinicView,
    pub clinic_first: String,
    pub if_unreachable: String,
}

/// One sign of the "when to call" list.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct SignView {
    pub tier: Tier,
    pub text: String,
}

/// The "when to call your clinic" list, always one tap from Today.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct WhenToCallView {
    pub signs: Vec<SignView>,
    pub facts: Vec<FactView>,
    pub clinic_first: String,
    pub if_unreachable: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct ClinicView {
    pub name: String,
    pub phone: String,
    /// How sentences name it: its name, or "your clinic".
    pub called: String,
}

/// A "Can I …?" button on Today.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct QuickQuestion {
    pub query: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct TodayView {
    /// Day 1 is the treatment's local date.
    pub day: i64,
    pub treated: Moment,
    pub zone: String,
    pub area: String,
    pub now: Moment,
    /// Rules in force now that restrict something, soonest end first.
    pub avoid: Vec<WindowView>,
    /// Rules in force now that ask for something (gentle products, water).
    pub keep_doing: Vec<WindowView>,
    /// Windows that are over: fine again.
    pub fine_again: Vec<WindowView>,
    pub upcoming: Vec<WindowView>,
    pub expected: Vec<NoteView>,
    pub checkin_today: Option<CheckInView>,
    pub alert: AlertView,
    pub clinic: ClinicView,
    pub questions: Vec<QuickQuestion>,
    /// Reminders whose notification could not be shown, waiting for a retry: while any
    /// wait, the window says so and lists them.
    pub not_shown: Vec<ReminderView>,
    pub emergency_number: String,
    pub when_to_call: WhenToCallView,
    /// The days a check-in can be for, today first.
    pub checkin_days: Vec<CheckInDayView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct ReasonView {
    pub title: String,
    pub advice: String,
    /// Absent when the rule stays on until the skin has settled.
    pub until: Option<Moment>,
    pub still_healing: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct AnswerView {
    pub query: String,
    pub verdict: Verdict,
    pub summary: String,
    pub fine_from: Option<Moment>,
    pub reasons: Vec<ReasonView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct TimelineView {
    pub treated: Moment,
    pub now_day: f64,
    /// The axis runs from 0 to this many days.
    pub last_day: f64,
    pub entries: Vec<WindowView>,
}

/// The check-in form as filled in; validated by the engine, nothing trusted.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Type)]
#[serde(deny_unknown_fields)]
pub struct CheckInInput {
    /// `YYYY-MM-DD`; empty means today.
    pub date: String,
    pub redness: i32,
    pub breakouts: i32,
    pub swelling: i32,
    pub pain: i32,
    pub symptoms: aftercare_core::Symptoms,
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct CheckInView {
    pub date: String,
    pub day: i64,
    pub redness: i32,
    pub redness_label: String,
    pub breakouts: i32,
    pub swelling: i32,
    pub pain: i32,
    pub symptoms: aftercare_core::Symptoms,
    pub notes: String,
    pub updated: Moment,
}

/// What saving a check-in did.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct SavedCheckIn {
    pub checkin: CheckInView,
    /// True when it replaced an earlier check-in of the same day.
    pub replaced: bool,
    pub alert: AlertView,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct TrendPointView {
    pub day: i64,
    pub date: String,
    pub redness: i32,
    pub expected: f64,
    pub breakouts: i32,
    /// How many yes/no symptoms were ticked that day.
    pub symptoms: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct TrendView {
    pub points: Vec<TrendPointView>,
    /// Today's day number, so the chart can show the days still to come.
    pub today: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Type)]
#[serde(default, deny_unknown_fields)]
pub struct ScreeningInput {
    pub active_cold_sores: bool,
    pub cystic_acne: bool,
    pub psoriasis: bool,
    pub eczema: bool,
    pub pregnant: bool,
    pub breastfeeding: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct ScreeningQuestion {
    pub field: String,
    pub text: String,
    pub fact: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct ScreeningView {
    pub answers: ScreeningInput,
    pub talk_to_clinic: bool,
    pub summary: String,
}

/// The one set-up screen.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Type)]
#[serde(deny_unknown_fields)]
pub struct SetupInput {
    /// Local wall time in `zone`: `YYYY-MM-DDTHH:MM`.
    pub ended_at: String,
    pub zone: String,
    pub area: String,
    pub clinic_name: String,
    pub clinic_phone: String,
    /// `HH:MM`, or empty for no daily check-in reminder.
    pub checkin_at: String,
    /// Both `HH:MM`, or both empty.
    pub quiet_start: String,
    pub quiet_end: String,
    pub screening: Option<ScreeningInput>,
}

/// What the set-up screen starts from.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct SetupDefaults {
    pub ended_at: String,
    pub zone: String,
    pub checkin_at: String,
    pub zones: Vec<ZoneOption>,
    pub questions: Vec<ScreeningQuestion>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(deny_unknown_fields)]
pub struct SettingsInput {
    pub zone: String,
    pub checkin_at: String,
    pub quiet_start: String,
    pub quiet_end: String,
    pub clinic_name: String,
    pub clinic_phone: String,
    /// Empty: the default of the time zone's country.
    pub emergency_number: String,
    pub grace_minutes: i32,
    pub series_length: i32,
    pub keep_in_tray: bool,
    pub start_at_login: bool,
    /// "en", "de", "en-XA", or empty: the device's language.
    pub language: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct ProtocolView {
    pub id: String,
    pub name: String,
    pub version: String,
    /// `built-in` or the file it was loaded from.
    pub origin: String,
    pub rules: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct SettingsView {
    pub settings: SettingsInput,
    /// The device's language ("de"), for "Same as this device (Deutsch)".
    pub device_language: String,
    pub protocol: ProtocolView,
    pub database: String,
    pub version: String,
    pub zones: Vec<ZoneOption>,
    /// The emergency number the zone's country uses, shown when none is chosen.
    pub emergency_default: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct ReminderView {
    pub id: String,
    pub title: String,
    pub body: String,
    pub state: LedgerState,
    /// When it was first due (kept when snoozed or missed).
    pub due: Moment,
    /// When it rings next.
    pub next: Moment,
    pub snoozes: i32,
    /// Why the last try to show it failed (the notification service's words), if it did.
    pub not_shown_reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct RemindersView {
    /// Today's date in the client's zone (`YYYY-MM-DD`): the list is grouped by day.
    pub today: String,
    /// Who delivers reminders on this device, in words.
    pub delivery: String,
    /// Could not be shown as notifications; tried again while their grace lasts.
    pub not_shown: Vec<ReminderView>,
    pub upcoming: Vec<ReminderView>,
    pub snoozed: Vec<ReminderView>,
    pub missed: Vec<ReminderView>,
    /// Delivered, done or skipped, newest first (at most 20).
    pub recent: Vec<ReminderView>,
}

/// A screen the app asks the page to show: a notification's "Log today" opens the check-in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "kebab-case")]
pub enum OpenScreen {
    Checkin,
}

/// The client's answer when asked about unsaved input on closing the window or quitting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "kebab-case")]
pub enum UnsavedAnswer {
    /// Stay on the form: nothing closes.
    KeepEditing,
    /// Close (or quit) and let the unsaved input go.
    Leave,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "kebab-case")]
pub enum SnoozeFor {
    FifteenMinutes,
    OneHour,
    TomorrowMorning,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct EventView {
    pub id: i64,
    pub date: String,
    pub kind: EventKind,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(deny_unknown_fields)]
pub struct EventInput {
    pub date: String,
    pub kind: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct NextSessionView {
    /// "Session 2 of 3" or "Maintenance".
    pub label: String,
    pub earliest: String,
    pub latest: String,
    pub facts: Vec<FactView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct SessionsView {
    pub sessions_done: i32,
    pub length: i32,
    pub sessions: Vec<String>,
    pub next: Option<NextSessionView>,
    pub maintenance: String,
    /// S1-S4 and R2, shown before a date is picked.
    pub planning_notes: Vec<NoteView>,
    pub screening: Option<ScreeningView>,
    /// The checklist, to answer or change the answers.
    pub questions: Vec<ScreeningQuestion>,
    pub events: Vec<EventView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct DateCheck {
    pub date: String,
    pub ok: bool,
    pub warnings: Vec<String>,
}

/// A photo of the treated skin, with its thumbnail (base64 JPEG) and its day's redness.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct PhotoView {
    pub id: i64,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub day: i64,
    pub width: u32,
    pub height: u32,
    pub thumbnail: String,
    /// The redness logged that day (0-4) and its words.
    pub redness: Option<u8>,
    pub redness_label: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct PhotosView {
    /// Oldest day first.
    pub photos: Vec<PhotoView>,
    /// The days whose check-in asks for a photo.
    pub photo_days: Vec<u32>,
    /// Today's day number and date (`YYYY-MM-DD`) on the client's calendar.
    pub today: i64,
    pub today_date: String,
}

/// One photo in full, as base64 JPEG.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct PhotoFull {
    pub id: i64,
    pub jpeg: String,
}

/// What the client chose for the clinic's report; dates empty mean "from day 1" / "to today".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Type)]
#[serde(deny_unknown_fields)]
pub struct ReportInput {
    pub from: String,
    pub to: String,
    pub notes: bool,
    /// Only on the report if the client types one.
    pub name: String,
    /// The ids of the photos to put in (the form offers the first and the latest).
    pub photos: Vec<i64>,
}

/// A file the app wrote for the client.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct ExportedFile {
    pub path: String,
    pub bytes: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct RestoreReport {
    pub treatments: i32,
    pub checkins: i32,
}

/// A yes/no sign as the check-in form shows it.
#[derive(Debug, Clone, Serialize)]
pub struct SymptomBox {
    pub key: aftercare_core::checkin::Symptom,
    /// The catalog's id for its words (locales/*.ftl).
    pub message: &'static str,
}

/// The check-in form's boxes, in core's order, without trouble breathing (its own box).
pub fn symptom_boxes() -> Vec<SymptomBox> {
    use aftercare_core::checkin::Symptom;
    Symptom::ALL
        .into_iter()
        .filter(|s| *s != Symptom::BreathingTrouble)
        .map(|key| SymptomBox {
            key,
            message: key.message(),
        })
        .collect()
}

/// The page's language ("en", "de", "en-XA") and the tag its own dates are written with
/// (`Intl`): "en-US" where the device's region puts the month first, "en-GB" for other
/// English, else the language's tag. Rust writes its dates for the same region.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct PageLanguage {
    pub tag: String,
    pub dates: String,
}

/// Why the app could not start, and the language to say it in.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct StartFailureView {
    /// The device's language ("en", "de"): the client's own choice is in the database.
    pub language: String,
    pub error: crate::error::AppError,
}
