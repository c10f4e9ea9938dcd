# The app's words in English: one catalog for the page (@fluent/bundle) and the Rust side
# (fluent-bundle). German is de.ftl; the pseudo-locale (en-XA) is made from this file by a
# transform, not written. `make test` fails when a file lacks an id another has, or has one
# no source file uses.

## The shell

app-loading = Loading…
app-unexpected-error = Something went wrong.
app-dismiss = Dismiss

nav-main = Main
nav-today = Today
nav-checkin = Check-in
nav-progress = Progress
nav-plan = Plan
nav-more = More

plan-timeline = Timeline
plan-sessions = Sessions

more-title = More
more-back = More
more-reminders = Reminders
more-reminders-hint = Upcoming, missed and snoozed
more-call = When to call your clinic
more-call-hint = The signs, and the numbers to call
more-settings = Settings
more-settings-hint = Clinic, time zone, language, reminders, your data

## When to call

call-title = When to call
call-heading = When to call your clinic
call-your-clinic = your clinic
call-clinic-button = Call { $clinic }: { $phone }
call-add-number = Add your clinic's number in Settings to call it from here.
call-emergency-number = Emergency number:

## Reminders

reminders-title = Reminders
reminders-not-shown = Not shown yet ({ $count })
reminders-missed = Missed ({ $count })
reminders-snoozed = Snoozed ({ $count })
reminders-upcoming = Upcoming ({ $count })
reminders-nothing-planned = Nothing planned.
reminders-recent = Recent
reminders-originally-due = Originally due { $when }
reminders-snoozed-times = { $count ->
    [one] snoozed once
   *[other] snoozed { $count } times
}
reminders-day-count = { $count ->
    [one] { $count } reminder
   *[other] { $count } reminders
}
reminders-done-early = Done early
reminders-done-early-label = Mark { $title } done early
reminders-skip = Skip
reminders-skip-label = Skip { $title }
reminders-snooze-15 = 15 min
reminders-snooze-15-label = Snooze { $title } 15 minutes
reminders-snooze-hour = 1 hour
reminders-snooze-hour-label = Snooze { $title } 1 hour
reminders-snooze-morning = Tomorrow
reminders-snooze-morning-label = Snooze { $title } until tomorrow morning
reminders-done = Done
reminders-done-label = Mark { $title } done
reminder-state-planned = Upcoming
reminder-state-snoozed = Snoozed
reminder-state-missed = Missed
reminder-state-not-shown = Not shown
reminder-state-delivered = Shown
reminder-state-dismissed = Done
reminder-state-skipped = Skipped

## Dates

day-today = Today
day-tomorrow = Tomorrow
day-yesterday = Yesterday
# A day the check-in can be for: "Today · day 3", "Mon 23 Nov · day 1".
checkin-day-label = { $when } · day { $day }

## The time zone picker

zone-search-placeholder = Search by city or country
zone-search-label = Search time zones by city or country
zone-picked = Picked: { $zone }
zone-none-picked = No time zone picked yet.
zone-no-match = No time zone matches “{ $query }”.

## Language

language-label = Language
language-system = Same as this device ({ $language })
language-en = English
language-de = Deutsch
language-en-XA = Pseudo-locale (for testing)
