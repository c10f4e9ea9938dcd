# The app's words in English: one catalog for the page (@fluent/bundle) and the Rust side
# (fluent-bundle). German is de.ftl; the pseudo-locale (en-XA) is made from this file by a
# transform, not written. `make test` fails when a file lacks an id another has, or has one
# no source file uses.

## The shell

app-loading = Loading…
app-unexpected-error = Something went wrong.
app-dismiss = Dismiss
# Asked when the client closes the window or quits while a form holds input not yet saved.
leave-title = Leave without saving?
leave-text = What you entered on this screen isn't saved yet. If you leave now, it's lost.
leave-keep = Keep editing
leave-go = Leave without saving

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
reminders-snooze-15-label = Snooze { $title }: 15 min
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

## Today

today-day = Day { $day }
today-treated = Treated { $when }
today-checkin-heading = Today's check-in
today-checkin-logged =
    Logged: redness { $redness }, { $spots ->
        [one] { $spots } spot
       *[other] { $spots } spots
    }.
today-checkin-edit = Edit
today-checkin-not-yet = Not logged yet.
today-checkin-log = Log today
today-avoid-heading = Avoid right now
today-avoid-none = Nothing is off-limits any more.
strength-avoid = avoid
strength-limit = limit
today-still-healing = With care a little longer: { $reason }.
today-ok-in = { $what } in { $left }
today-tip = General tip: { $tip }
today-keep-doing = Keep doing
today-until = until { $when }
today-can-i = Can I …?
today-question = { $label }?
verdict-yes = Yes
verdict-with-care = With care
verdict-not-yet = Not yet
today-fine-from = Fine from { $when }.
today-normal-heading = Normal on day { $day }
today-fine-again = Fine again
today-ok = OK
today-since = since { $when }

## Countdowns (the same rule in Rust: crates/core/countdown-cases.json)

countdown-now = now
countdown-minutes = { $minutes } min
countdown-hours-minutes = { $hours } h { $minutes } min
countdown-hours = { $hours } h
countdown-days-hours = { $days } d { $hours } h
countdown-days = { $days } d

## The check-in's scales

redness-0 = None
redness-1 = Almost none
redness-2 = Mild
redness-3 = Moderate
redness-4 = Severe
redness-0-hint = skin looks as usual
redness-1-hint = a light pink flush
redness-2-hint = pink, like a light sunburn
redness-3-hint = clearly red, like a sunburn
redness-4-hint = deep, dark red, much more than a sunburn
swelling-0 = None
swelling-1 = Slight
swelling-2 = Noticeable
swelling-3 = Marked
symptom-warmth = Skin feels warm
symptom-itching = Itchy bumps or itching
symptom-peeling = Peeling or flaking
symptom-bruising = Bruising
symptom-bleeding = Bleeding
symptom-pus = Pus or yellow crust
symptom-red-streaks = Red streaks spreading out
symptom-blisters = Clustered blisters or tingling
symptom-fever = Fever or chills
symptom-breathing-trouble = Trouble breathing
symptom-dark-patches = New dark patches

## Check-in

checkin-day = Day
checkin-day-logged = { $day } (logged)
checkin-logged-today = You logged today already: change anything and save again.
checkin-logged-that-day = You logged this day already: change anything and save again.
checkin-ask-today = How does your skin look today?
checkin-ask-that-day = How did your skin look on that day?
checkin-redness = Redness
checkin-redness-choice = Redness { $score }: { $word }
checkin-spots = New spots
checkin-spots-what = the number of new spots
checkin-swelling = Swelling
checkin-pain = Pain (0 none – 10 worst): { $pain }
checkin-any-of-these = Any of these?
checkin-breathing = Breathing
checkin-breathing-label = Trouble breathing, with or without swelling of the face or throat
checkin-breathing-hint = This is an emergency. Ordinary puffiness of the treated skin is “Swelling” above.
checkin-notes = Notes
checkin-notes-placeholder = Anything you want to remember
checkin-save = Save check-in
checkin-saved = Saved
checkin-updated = Updated
checkin-saved-day = day { $day } ({ $date }).
checkin-saved-summary =
    Redness { $redness } ({ $word }), { $spots ->
        [one] { $spots } new spot
       *[other] { $spots } new spots
    }, swelling { $swelling }, pain { $pain }/10.
checkin-saved-notes = Notes:
checkin-go-today = Go to Today
checkin-self-care = Looking after your skin

## Warnings

warning-then-call = Then call { $clinic }.
warning-add-number = (Add its number in Settings.)

## Reminders not shown

not-shown-heading = Reminders can't be shown as notifications right now: { $count } waiting
not-shown-here = Here they are.
not-shown-below = They are listed below.
not-shown-later = They will also pop up as soon as notifications work again.
not-shown-due = due { $when }
not-shown-reason = What your desktop said

## Sources

facts-why = Why ({ $ids })

## Progress

progress-empty = No check-ins yet. Log how your skin looks each day to see the trend here.
progress-redness-intro = Your redness (solid) against the usual course after micro-needling (dashed): like a sunburn at first, fading over about a week.
progress-redness-chart = Redness by day: { $values }
progress-point = day { $day }: { $value }
progress-no-data = no data yet
progress-point-redness = Day { $day }: redness { $value }
progress-axis = Day after treatment →
progress-spots-heading = New spots and symptoms
progress-spots-chart = New spots by day
progress-point-symptoms =
    Day { $day }: { $count ->
        [one] { $count } symptom
       *[other] { $count } symptoms
    }
progress-spots-legend = Bars: new spots. Dots on top: days with any of the yes/no symptoms.
progress-table = The values as a table
progress-table-caption = Your check-ins by day, with the usual redness for that day
progress-usual = Usual
progress-signs = Signs

## Report for the clinic

report-heading = Report for my clinic
report-intro = A PDF to show your clinic: your treatment, any warning signs, your redness against the usual course and the days you logged. It is saved on this device; you choose whether to share it.
report-from = From
report-from-hint = Empty: day 1
report-to = To
report-to-hint = Empty: today
report-from-half-typed = The first day isn't a whole date: finish it or clear it.
report-to-half-typed = The last day isn't a whole date: finish it or clear it.
report-notes = Include my notes
report-photos = Photos to include
photo-day = Day { $day } · { $date }
report-name = Name on the report
optional = (optional)
report-making = Making the report…
report-make = Make the report
file-saved = Saved { $path } ({ $kb } KB).

## Photos

photos-heading = Photos
photo-no-checkin = no check-in
photo-redness = redness { $score } ({ $word })
photo-nth = { $photo } ({ $n } of { $of })
photos-none = No photos yet. Add them on the check-in.
photos-none-days = No photos yet. Add them on the check-in; days { $days } are photo days.
photos-by-day = Photos by day
photos-compare-this = Compare { $photo }
photos-compare = Compare two days
photos-earlier = Earlier
photos-later = Later
photos-how = How to compare
photos-side-by-side = Side by side
photos-slider = Slider
photos-slide = Slide: { $left } on the left, { $right } on the right
photos-one-day = Add a photo on another day to compare them here.

## A day's photos

photos-added =
    { $count ->
        [one] Photo added.
       *[other] { $count } photos added.
    }
photo-deleted = Photo deleted.
photos-of-day = Photos of this day
photos-of-photo-day = Photos of this day · photo day
photos-save-first = Save this day's check-in first; then you can add its photos.
photos-guide-lead = For photos you can compare:
photos-guide = the same light (daylight by a window), the same distance, no make-up, the same side of your face.
photos-guide-like-last = the same light (daylight by a window), the same distance, no make-up, the same side of your face, like your last one:
photos-guide-how = How to take comparable photos
photos-guide-short = The same light, the same distance, no make-up, the same side of your face each time.
photos-last-alt = Your last photo, day { $day }
photos-last = Last: day { $day }
photos-adding = Adding…
photos-take = Take or add a photo
photos-privacy = Kept only on this device, without location or camera details. On a computer you can also drop a picture here.
photos-alt = Photo { $n } of { $date }
photos-delete-ask = Delete this photo?
photos-delete-yes = Yes, delete photo { $n }
photos-delete = Delete
photos-keep = Keep
photos-delete-label = Delete photo { $n }
photos-delete-dots = Delete…

## Timeline

timeline-intro = From your treatment ({ $when }) to the last rule, day by day.
timeline-past = past
timeline-with-care = with care
timeline-now = now
timeline-upcoming = upcoming
timeline-window = { $title }: { $from } to { $to }

## Sessions

sessions-series = Your series
sessions-done =
    { $of ->
        [one] { $done } of { $of } session done.
       *[other] { $done } of { $of } sessions done.
    }
sessions-done-on =
    { $of ->
        [one] { $done } of { $of } session done ({ $dates }).
       *[other] { $done } of { $of } sessions done ({ $dates }).
    }
sessions-between = between { $from } and { $to }.
sessions-before-booking = Before you book
sessions-check-heading = Check a date
sessions-check-label = Date for the next session
sessions-check = Check
sessions-date-works = { $date } works.
sessions-screening = Screening
sessions-screening-unanswered = Not answered yet. Answer it before booking your next session.
sessions-screening-save = Save answers
sessions-events = Important dates
sessions-events-intro = Weddings, holidays, photos: the planner warns when a session would fall too close.
event-makeup = Needs make-up
event-beach = Beach or sun
event-other = Other
sessions-event-remove = Remove
sessions-event-remove-label = Remove { $label }
sessions-event-date = Date
sessions-event-kind = Kind
sessions-event-what = What is it?
sessions-event-placeholder = Wedding
sessions-event-add = Add date

## Settings

settings-grace-what = the grace period
settings-series-what = the number of sessions
settings-saved = Settings saved.
settings-restored =
    Restored { $treatments ->
        [one] { $treatments } treatment
       *[other] { $treatments } treatments
    } and { $checkins ->
        [one] { $checkins } check-in
       *[other] { $checkins } check-ins
    } from { $file }.
settings-clinic = Clinic
settings-clinic-name = Clinic name
settings-clinic-phone = Clinic phone
settings-emergency = Emergency number (empty: { $number }, from your time zone)
settings-zone = Time zone
settings-checkin-at = Daily check-in reminder (empty: off)
settings-quiet-from = Quiet from
settings-quiet-until = Quiet until
settings-grace = Grace period for reminders missed while the app was closed (minutes)
settings-series = Sessions in your series
settings-app = App
settings-keep-in-tray = Keep running in the tray when the window closes
settings-start-at-login = Start at login
settings-save = Save settings
settings-data = Your data
settings-data-where = Stored only on this device: { $path }
settings-backup = Back up
settings-export-csv = Export CSV
settings-export-calendar = Export calendar
settings-restore = Restore from a backup file
settings-protocol = Aftercare protocol
settings-protocol-summary =
    { $name } · version { $version } · { $rules ->
        [one] { $rules } rule
       *[other] { $rules } rules
    }
settings-protocol-builtin = built-in
settings-protocol-load = Load your clinic's protocol (TOML)
settings-protocol-use-builtin = Use the built-in protocol
settings-about = About
settings-about-version = Aftercare Companion { $version }. Works offline; no account, no tracking.
settings-about-disclaimer = This app helps you follow the aftercare your clinic gave you. It is not medical advice and does not replace your clinic or a doctor. If something worries you, call your clinic; in an emergency, call your local emergency number.

## Numbers typed, and errors before a command runs

number-empty = Enter { $what }: a whole number from { $min } to { $max }.
number-not-whole = { $subject } is a whole number, like 2, not { $text }.
number-not-a-number = { $subject } is a number from { $min } to { $max }, not "{ $text }".
number-out-of-range = { $subject } must be from { $min } to { $max }, not { $text }.
error-unreadable = This could not be read ({ $detail }).
error-nothing-changed = Something went wrong and nothing was changed.

## Welcome

welcome-title = Welcome to Aftercare Companion
welcome-intro = Tell us about your micro-needling treatment and we'll build your aftercare plan, remind you at the right moments and help you keep an eye on your skin.
welcome-privacy = No account. Everything you enter stays on this device: nothing is sent anywhere.
welcome-ended-at = When did the treatment end?
welcome-area = Treated area
welcome-area-placeholder = Face, neck, scars…
welcome-checkin-at = Daily check-in reminder
welcome-quiet = Quiet hours (no reminders)
welcome-screening = Answer the pre-treatment checklist (optional)
welcome-checklist = Checklist
welcome-start = Start my aftercare plan
welcome-disclaimer = This app helps you follow your clinic's aftercare. It is not medical advice.

## Warning signs (crates/core/src/redflag.rs): the tiers, and why each was raised

tier-self-care = Self-care
tier-call-clinic = Call your clinic today
tier-emergency = Emergency: get help now
flag-breathing = Trouble breathing is an emergency, all the more with swelling of the face or throat: call the emergency number now.
sign-pus = pus or yellow crusts
sign-red-streaks = red streaks
sign-fever = fever or chills
flag-infection = { $signs } can be signs of infection. Call your clinic today.
flag-blisters = Clustered blisters or tingling can mean a cold-sore flare. Call your clinic today.
worse-redness = redness
worse-swelling = swelling
worse-pain = pain
flag-worsening = Your { $what } got worse on day { $day }; after the first two days it should be getting better. Call your clinic today.
flag-above-course = Redness is { $redness } on day { $day }; by now it is usually fading. Call your clinic today.
flag-dark-patches = New dark patches on the treated skin are worth showing to your clinic. Call your clinic today.
flag-warmth = The treated skin still feels warm on day { $day }. Call your clinic today.
flag-itching = Itchy bumps that appeared days later and keep going are worth a call to your clinic. Call your clinic today.
flag-redness-past-week = Redness is still { $redness } on day { $day }; it usually fades within a week. Call your clinic today.
flag-breakouts = A few small spots can appear in the first week. They are usually minor and clear up quickly.
flag-irritation = Some bruising, bleeding or peeling can happen. Keep to gentle cleansers and moisturizers.

## When to call (crates/core/src/escalation.rs)

call-clinic-first = Your clinic's instructions come first; this is general information, not medical advice.
call-if-unreachable = If you can't reach your clinic, see a doctor or go to urgent care.
call-sign-breathing = Trouble breathing, with or without swelling of the face or throat: call the emergency number now.
call-sign-worsening = Redness, swelling or pain getting worse after the first two days instead of better.
call-sign-infection = Warmth, pus or yellow crusts, red streaks, fever or chills.
call-sign-blisters = Clustered blisters or tingling (a cold-sore flare, often a day or two after).
call-sign-itching = Itchy bumps that appear days later and don't go away.
call-sign-redness-week = Redness that lasts beyond a week.
call-sign-dark-patches = New dark patches on the treated skin.
warning-first-emergency = Call { $number } now.
warning-first-clinic = Call { $clinic } today.
warning-first-clinic-number = Call { $clinic } today: { $phone }.

warning-then-call-number = Then call { $clinic }: { $phone }.

## Still healing (crates/core/src/checkin.rs, timeline.rs, reminder.rs)

healing-redness = your last check-in ({ $date }) still showed { $redness } redness
healing-signs = your last check-in ({ $date }) still showed signs of healing

## Reminders (crates/core/src/reminder.rs)

reminder-longer-title = { $title }: a little longer
reminder-longer-body = The usual time is up, but { $why }. Keep to this, with care, until your skin has settled.
reminder-checkin-title = How is your skin today?
reminder-checkin-body = Day { $day }: note your redness, any spots and how your skin feels. It takes under a minute.
reminder-checkin-last = Two weeks in: a last quick check of how your skin has settled.
reminder-checkin-photo = Photo day: add one in the same light and from the same distance as before.

## Can I …? (crates/core/src/timeline.rs)

answer-reason-healing = { $why }, so keep to "{ $title }" a little longer
answer-reason-until = { $title } until { $when }
answer-reason = { $title }
answer-yes = Yes: no aftercare rule about this is in force now.
answer-yes-and = Yes, and it's part of your aftercare: { $rules }.
answer-with-care = With care: { $reasons }.
answer-not-yet-until = Not yet: { $reasons }. Fine from { $when } (in { $left }).
answer-not-yet = Not yet: { $reasons }.

## Notifications (crates/reminders)

notification-earlier =
    (Also { $count ->
        [one] 1 earlier reminder
       *[other] { $count } earlier reminders
    } of the same kind.)
notification-starts = Your aftercare starts now
notification-fine-again = These are fine again
notification-several = { $count } aftercare reminders
notification-snooze = Snooze 15 min
notification-log-today = Log today

## Sessions (crates/core/src/series.rs)

series-session-of = Session { $number } of { $of }
series-maintenance-session = Maintenance session
series-first-session = First session
series-maintenance-note = After the series of { $length }, a maintenance session every { $from } to { $to } months keeps the results.
series-note-gap = Leave at least a month between sessions; 4-6 weeks apart gives the best results over a series of three.
series-note-maintenance = Once you reach your goal, one maintenance session every 3-6 months keeps it.
series-note-more = Some people need more sessions: once a month, from three up to about twelve. Your clinic will say.
series-note-events = Don't book a session just before an event that needs make-up, or a beach trip: your skin may still be red.
series-note-roller = Using a roller at home between sessions? Choose a low-impact one, and disinfect it after every use.
series-too-soon = Too soon: leave at least a month between sessions (from { $date }).
series-earlier = Earlier than recommended: the window opens on { $date }.
series-later = Later than the recommended window (by { $date }); that's fine, results may build more slowly.
series-near-event =
    { $days ->
        [one] { $days } day
       *[other] { $days } days
    } before "{ $event }": your skin may still be red. Pick a date further ahead.
series-unsettled-redness = redness was { $redness } on { $date }
series-unsettled-warning = a warning sign in your last check-in
series-unsettled = Your skin hasn't settled yet ({ $why }). Wait, or ask your clinic.

## Screening before booking (crates/core/src/screening.rs)

screening-cold-sore = Do you have a cold sore right now?
screening-cold-sore-why = needling can spread or inflame an active cold sore
screening-cystic-acne = Do you have active cystic acne?
screening-cystic-acne-why = needling can spread or inflame active cystic acne
screening-psoriasis = Do you have psoriasis?
screening-psoriasis-why = micro-needling is generally not advised with psoriasis
screening-eczema = Do you have eczema?
screening-eczema-why = micro-needling is generally not advised with eczema
screening-pregnant = Are you pregnant?
screening-pregnant-why = the numbing cream is not approved during pregnancy
screening-breastfeeding = Are you breastfeeding?
screening-breastfeeding-why = the numbing cream is not approved while breastfeeding
screening-clear = None of these applies to you. Your clinic decides, and will still check at your appointment.
screening-talk-first = Talk to your clinic before booking: { $reasons }.

## The facts behind the advice (crates/core/src/fact.rs, from shared/reference/aftercare-facts.md)

fact-f1 = Skip the gym and hard exercise for the first 24-48 hours; gentle movement only.
fact-f2 = Avoid sweating and exercise for a few days, until the skin has healed.
fact-f3 = Keep away from saunas, shared pools and hot tubs for at least a few days.
fact-f4 = Keep out of direct sunlight for the first week.
fact-f5 = Use only mild cleansers and gentle moisturisers; clean skin helps prevent infection.
fact-f6 = Skip make-up for the first couple of days; if you must, use a little that won't clog pores.
fact-f7 = Leave out alcohol-based products and active ingredients for the first couple of days.
fact-f8 = Drink plenty of water while the skin heals.
fact-f9 = Numbing cream wears off within a few hours; a light throbbing afterwards is normal.
fact-e1 = Skin looks sunburnt at first; the redness fades steadily over about a week.
fact-e2 = A few small spots can appear in the first week; they are usually minor and pass quickly.
fact-e3 = Most people carry on with daily life straight away; care matters most in the first days.
fact-e4 = Fine lines can look softer and skin fuller soon after one session.
fact-s1 = Best results come from 3 sessions 4-6 weeks apart, at least a month between them.
fact-s2 = Some people need more: monthly sessions, from 3 up to about 12.
fact-s3 = Once the goal is reached, one maintenance session every 3-6 months.
fact-s4 = Don't book a session just before an event that needs make-up or a beach trip.
fact-c1 = Not advised with active cold sores or cystic acne.
fact-c2 = Usually not advised with psoriasis or eczema.
fact-c3 = Not for pregnant or breastfeeding clients (numbing cream is not approved).
fact-r1 = Mild irritation is the usual side effect; bruising, bleeding or peeling are less common; infection is rare.
fact-r2 = Home rollers must be disinfected after every use.
fact-r3 = Call the clinic if things get worse after 2-3 days, or with pus, red streaks, fever, blisters, or redness past a week; trouble breathing is an emergency.

## Refusals (core): each next to its field

invalid-redness = Redness is 0 (none) to 4 (severe), not { $value }.
invalid-breakouts = New spots must be from 0 to { $max } (a count), not { $value }.
invalid-swelling = Swelling must be from 0 to { $max } (0 none to 3 marked), not { $value }.
invalid-pain = Pain must be from 0 to { $max } (0 no pain to 10 worst), not { $value }.
invalid-notes-long = Notes can be at most { $max } characters; these have { $count }.
invalid-notes-control = Notes contain characters that can't be saved (control characters).
invalid-date-before = { $date } is before your treatment (day 1 is { $first }).
invalid-date-future = { $date } hasn't happened yet: pick today or an earlier day.
invalid-emergency-number = The emergency number is 2 to 6 digits, like 112, 911 or 000.
invalid-quiet-hours = Quiet hours start and end at the same time: pick different times, or turn them off.
invalid-event-kind = "{ $kind }" is not a kind of event: use makeup, beach or other.
invalid-series-length = A series has 1 to { $max } sessions, not { $value }.
invalid-sessions-same-date = Two sessions are on the same date.
invalid-clinic-name = The clinic's name can be at most { $max } characters, on one line.
invalid-grace = The grace period is 0 to { $max } minutes, not { $value }.
invalid-phone = A phone number uses digits, spaces and + - ( ), like +49 30 1234567.

## Report refusals (crates/report)

report-outside = { $date } is outside the treatment's days. The report can cover { $first } (day { $day }) to { $today } (today).
report-last-before-first = The last day ({ $last }) is before the first ({ $first }).
report-name-long = The name can be at most { $max } characters; this has { $count }.
report-name-marks = The name can't hold line breaks, control characters or invisible formatting marks.

## Photos refused (crates/photos)

photo-empty = The file is empty: pick a photo ({ $formats }).
photo-too-large = The file is { $mb } MB; photos can be at most 30 MB.
photo-not-an-image = This file isn't a picture the app can read: pick a photo ({ $formats }).
photo-unsupported = { $format } pictures can't be added; photos can be { $formats }.
photo-too-many-pixels = The picture unpacks to more pixels than any camera takes; it can't be added.
photo-damaged = The photo is damaged and can't be read ({ $detail }).
photo-not-stored = The photo could not be stored ({ $detail }).

## Refusals (core): what could not be read

error-unknown-zone = unknown time zone "{ $zone }": use an IANA name like Europe/Berlin or America/New_York
error-bad-moment = can't read "{ $text }" as a moment: use 2026-11-20T14:00 (local time) or 2026-11-20T13:00:00Z
error-bad-time-of-day = can't read "{ $text }" as a time of day: use HH:MM, like 20:00
error-unknown-query = nothing called "{ $query }" in this protocol; try one of: { $known }
error-out-of-range = the { $what } is outside the range this app can compute

## Refusals (the app's commands)

invalid-quiet-start = Quiet hours need a start time too.
invalid-quiet-end = Quiet hours need an end time too.
invalid-date-empty = Pick a date.
invalid-date-unreadable = "{ $text }" is not a date the app can read: pick one from the calendar.
invalid-ended-at-empty = Enter the date and time your treatment ended.
invalid-ended-at = The app can't read this as a date and time: pick when your treatment ended from the calendar.
invalid-grace-negative = The grace period can't be negative.
invalid-series-range = A series has 1 to 12 sessions.
invalid-photo-not-a-file = The photo didn't arrive as a file: pick it again.
error-export-folder = Can't create the export folder { $folder }: { $detail }
error-window-close = The window could not be closed: { $detail }. Close it again.
error-no-event = There is no event { $id } (it may have been removed already).
error-database = The app's database failed: { $detail }. Nothing was changed.
error-report = The report could not be made: { $detail }. Nothing was written.
input-missing = This is missing: fill it in.
input-missing-field = "{ $field }" is missing: fill it in.
input-unknown-field = "{ $field }" is not something this form has.
input-whole-number = Use a whole number, like 2.
input-number-range = That number is too large or too small.
input-empty = This can't be empty.
input-choice = Pick one of the choices offered.
input-tick = Tick or untick this.
input-text = Type this as text.
input-unreadable = This could not be read.

## Who shows the reminders (the Reminders screen)

delivery-not-yet = Reminders are not running yet.
delivery-this-app = This app shows your reminders as notifications while it runs (also from the tray).
delivery-elsewhere = Your reminders are shown by { $holder }, which is running on this computer.
delivery-phone = Your phone shows the reminders, even when the app is closed.

## More refusals and words of the app

error-autostart = Start at login could not be changed: { $detail }
error-photo-prepare = The photo could not be prepared: { $detail }
error-treatment-not-saved = The treatment was not saved.
window-over = { $title }: over

## Refusals (the store)

field-area = The treated area
field-clinic = The clinic
field-notes = Notes
field-this = This
invalid-text-control = { $what } contains characters that can't be saved (control characters).
invalid-text-long = { $what } can be at most { $max } characters; this has { $count }.
invalid-ended-future = The treatment can't have ended in the future: when did it end?
invalid-ended-long-ago = That is more than 20 years ago: check the year.
invalid-session-number = The session number is 1 to 12, not { $value }.
invalid-treatment-twice = A treatment that ended at this moment is already recorded.
invalid-already-rung = This reminder has already rung: snooze it or mark it done instead.
invalid-snooze-past = A snooze must end in the future.
invalid-photos-per-day = A day keeps at most { $max } photos; delete one first.
invalid-event-name = An event needs a name of 1 to 100 characters.

invalid-protocol-version = Protocol "{ $id }" version { $version } is already loaded with different content; give the new file a new version.

## Refusals (the store's own)

store-no-treatment = no treatment with id { $id }
store-no-treatments = no treatment recorded yet: add one first
store-no-settings = no settings saved yet: set your time zone first
store-no-reminder = no reminder with id { $id }
store-backup-refused = backup refused: { $detail }
store-corrupt = the database holds a value this app can't read ({ $detail }); restore it from a backup
store-photo-not-prepared = Only photos the app prepared (JPEG without metadata) can be kept.
store-photo-size-mismatch = The photo is { $width }x{ $height } pixels, not the { $said_width }x{ $said_height } it says.
store-photo-too-big = A kept photo is at most { $max } pixels a side.
store-photo-no-checkin = { $day } has no check-in yet: save the day's check-in, then add its photos.
store-photo-missing = There is no photo { $id }.

## The tray, and who shows the reminders

tray-open = Open Aftercare Companion
tray-quit = Quit
delivery-failed = Reminders can't run: { $detail }. Restart the app; if this stays, reinstall it.

welcome-quiet-from = From
welcome-quiet-until = Until

## The calendar export (crates/core/src/ics.rs)

category-activity = Activity
category-heat-water = Heat & water
category-sun = Sun
category-makeup = Make-up
category-skincare = Skincare
category-hydration = Hydration
category-hygiene = Hygiene
calendar-name = Aftercare
calendar-based-on = Based on: { $facts }. Your clinic's instructions come first.

## The command line (crates/cli): its output in the terminal's language

cli-moment = { $day }, { $time }
cli-strength-do = do
cli-treatment-ended = Treatment ended { $when } ({ $zone })
cli-day = day { $day }
cli-before-treatment = before the treatment
cli-now = Now: { $when } ({ $day })
cli-left = { $left } left
cli-starts-in = starts in { $left }
cli-moving = Moving from { $from } to { $to }
cli-window-moved = { $rule } now ends { $new } (was { $old })
cli-reminders-moved = reminders: { $moved } moved, { $added } added, { $removed } removed, { $unchanged } unchanged
cli-reminders-upcoming = Reminders ({ $upcoming } upcoming of { $total })
cli-after-quiet = (after quiet hours; was { $time })
cli-disclaimer = General aftercare guidance, not medical advice: your clinic's instructions come first.
cli-while-settling = while your skin settles: { $why }
cli-all-usual = Everything you logged fits the usual course of healing.
cli-add-clinic-phone = Add your clinic's number: aftercare settings --clinic-phone "+49 …"
cli-no-checkins = No check-ins yet. Log today: aftercare checkin --redness 2
cli-col-date = date
cli-col-day = day
cli-col-redness = redness
cli-col-expected = expected
cli-col-spots = spots
cli-col-notes = notes
cli-off = off
cli-settings-checkin = Daily check-in
cli-settings-quiet = Quiet hours
cli-from-zone = { $number } (from your time zone)
cli-settings-emergency = Emergency number
cli-settings-grace = Grace period
cli-minutes = { $minutes } min
cli-settings-series = Series length
cli-sessions =
    { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    }
cli-cant-start = can't start: { $error }
cli-did-you-mean = Did you mean { $name }?
cli-protocol-ok =
    ok: "{ $name }" version { $version }, { $rules ->
        [one] { $rules } rule
       *[other] { $rules } rules
    }, { $notes ->
        [one] { $notes } expected-course note
       *[other] { $notes } expected-course notes
    }
cli-quiet-form = quiet hours "{ $typed }": write them as HH:MM-HH:MM, like 22:00-07:00, or off
cli-treatment = #{ $id } ended { $when } ({ $zone })
cli-treatment-clinic = at { $clinic }
cli-treatment-session = session { $session }
cli-treatment-recorded = Recorded treatment { $treatment }.
cli-reminders-planned =
    { $count ->
        [one] { $count } reminder planned.
       *[other] { $count } reminders planned.
    }
cli-no-treatments = No treatments recorded yet. Add one: aftercare treatment add --ended 2026-11-20T14:00 --tz Europe/Berlin
cli-checkin-saved =
    Saved your check-in for { $date } (day { $day }): redness { $word } ({ $redness }), { $spots ->
        [one] { $spots } spot
       *[other] { $spots } spots
    }, swelling { $swelling }, pain { $pain }.
cli-checkin-updated =
    Updated your check-in for { $date } (day { $day }): redness { $word } ({ $redness }), { $spots ->
        [one] { $spots } spot
       *[other] { $spots } spots
    }, swelling { $swelling }, pain { $pain }.
cli-treatment-heading = Treatment { $treatment }
cli-no-settings = No settings yet. Start with: aftercare settings --tz Europe/Berlin
cli-settings-saved = Settings saved.
cli-csv-written =
    Wrote { $checkins ->
        [one] { $checkins } check-in
       *[other] { $checkins } check-ins
    } to { $file }.
cli-backed-up =
    Backed up { $treatments ->
        [one] { $treatments } treatment
       *[other] { $treatments } treatments
    } and { $checkins ->
        [one] { $checkins } check-in
       *[other] { $checkins } check-ins
    } to { $file }.
cli-backup-refused = { $file }: backup refused, nothing changed: { $reason }
cli-restored =
    Restored { $treatments ->
        [one] { $treatments } treatment
       *[other] { $treatments } treatments
    } and { $checkins ->
        [one] { $checkins } check-in
       *[other] { $checkins } check-ins
    } from { $file }.
cli-protocol-loaded = Now using "{ $id }" version { $version } for new treatments.
cli-protocol-builtin = Now using the built-in protocol for new treatments.
cli-not-a-date = "{ $typed }" is not a date like 2026-11-21
cli-not-a-photo-pick = "{ $typed }" is not first, latest, a date like 2026-11-21, or none
cli-report-written =
    Wrote the report ({ $days ->
        [one] { $days } day logged
       *[other] { $days } days logged
    }, { $warnings ->
        [one] { $warnings } warning sign
       *[other] { $warnings } warning signs
    }, { $photos ->
        [one] { $photos } photo
       *[other] { $photos } photos
    }, { $kib } KiB) to { $file }.
cli-photo-added = Added photo { $id } to { $date } (day { $day }): { $width }x{ $height }, { $kib } KiB, metadata removed.
cli-no-photos = No photos yet.
cli-photo-none-that-day = { $date } has no photos.
cli-photo-number =
    { $date } has { $count ->
        [one] { $count } photo
       *[other] { $count } photos
    }; pick 1 to { $count }.
cli-photo-written = Wrote photo { $id } of { $date } to { $file }.
cli-photo-deleted = Deleted photo { $id }.
cli-daemon-start = Delivering reminders from { $file } (Ctrl-C to stop).
cli-daemon-log-today = To log today: aftercare checkin --redness N
cli-daemon-linux-only = the reminder daemon runs on Linux desktops; on other systems the app delivers reminders
cli-reminders-not-shown = Not shown yet: notifications can't be shown right now
cli-reminders-delivered = Delivered
cli-snoozed-until = snoozed until { $until }, was due { $due }
cli-was-due = was due { $due }
cli-desktop-said-nothing = nothing
cli-tried = tried { $tries }×, trying again; the desktop said: { $reason }

## The report for the clinic (crates/report): the PDF in the client's language

report-pdf-title = Aftercare report
report-pdf-heading = Micro-needling aftercare: a report for the clinic
report-for = For: { $name }
report-made = Made { $when }
report-treatment = Treatment
report-ended = Ended
report-area = Treated area
report-clinic = Clinic
report-session = Session of the series
report-session-of = { $session } of { $total }
report-protocol = Aftercare protocol
report-protocol-version = { $name }, version { $version }
report-not-given = not given
report-at-the-clinic = ; at the clinic: { $when }
report-period = Period covered
report-period-logged =
    { $from } (day { $first }) to { $to } (day { $last }); { $logged ->
        [one] { $logged } day logged
       *[other] { $logged } days logged
    }
report-warnings = Warning signs the app raised
report-warnings-nothing-logged = No days were logged in this period, so the app had nothing to check.
report-warnings-none = None: every day logged in this period was within the usual course.
report-no-number = none given
report-warnings-told = With each sign the app showed the client the clinic's number ({ $number }) and said that the clinic's own instructions come first.
report-warning-day = day { $day }, { $date }
report-warning-days = days { $first } to { $last }, { $from } to { $to }
report-chart = Redness by day, against the usual course
report-no-checkins = No check-ins were logged in this period.
report-chart-axis = day after the treatment
report-chart-logged = the client's redness, as logged (0-4 self-assessment)
report-chart-usual = the usual course: like a sunburn at first, fading over about a week
report-col-date = Date
report-col-day = Day
report-col-redness = Redness
report-col-spots = New spots
report-col-swelling = Swelling
report-col-pain = Pain
report-col-signs = Signs ticked
report-col-notes = Notes
report-table = Day by day
report-table-continued = Day by day (continued)
report-no-signs = none
report-see-page = see page { $page }
report-notes-in-full = The client's notes in full
report-day-date = Day { $day } · { $date }
report-photos-heading = Photos
report-photos-as-taken = As the client took them (turned upright; location and camera details removed).
report-photo-redness = redness { $score } ({ $word })
report-photo-no-checkin = no check-in that day
report-footer-not-a-diagnosis = These are the client's own observations and the app's general aftercare information, not a diagnosis.
report-footer-period = Period: { $from } (day { $first }) to { $to } (day { $last }). Made { $made }. Page { $page } of { $pages }.
report-footer-missing-glyph = � marks a character this report has no font for; the client's text in the app keeps it.
report-no-photo-that-day = There is no photo of { $date } in the period.
report-photo-not-in-period = Photo { $id } is not one of the period's photos.
report-too-many-photos = A report carries at most { $max } photos; { $count } were picked.

## The command line's help (crates/cli/src/help.rs)

cli-help-about = Your micro-needling aftercare: what to avoid, until when, reminders, and a daily skin log.
cli-help-db = The database file (default: $AFTERCARE_DB, else the app's data folder).
cli-help-plan = Print the aftercare timeline and reminder plan (of the stored treatment unless --treated is given).
cli-help-can = "Can I …?" for a rule (gym, sun, …) or category (activity, heat-water, …). Exits 0 for yes, 1 for not yet.
cli-help-can-query = A rule id, category or everyday word: gym, sauna, pool, sun, make-up, actives, exercise…
cli-help-can-at = The moment asked about (default: now).
cli-help-ics = Write the timeline and reminders as an iCalendar (.ics) file.
cli-help-ics-out = Output file (default: standard output).
cli-help-treatment = Record or list treatments.
cli-help-treatment-add = Record a treatment.
cli-help-ended = When it ended: local time in --tz or RFC 3339.
cli-help-tz = The client's IANA time zone, e.g. Europe/Berlin.
cli-help-area = Treated area, e.g. "face".
cli-help-clinic = The clinic's name.
cli-help-treatment-notes = Notes about the treatment.
cli-help-series-number = Which session of the series this was (1 = first).
cli-help-treatment-list = List recorded treatments.
cli-help-checkin = Log how your skin is today (or on --date); saving a day again edits it.
cli-help-checkin-date = The local date (default: today in your zone).
cli-help-redness = 0 none, 1 almost none, 2 mild, 3 moderate, 4 severe.
cli-help-breakouts = Number of new spots (default: 0).
cli-help-swelling = 0 none to 3 marked (default: 0).
cli-help-pain = 0 no pain to 10 worst (default: 0).
cli-help-checkin-notes = Your notes for the day.
cli-help-checkin-treatment = The treatment id (default: the latest).
cli-help-photo = Photos of the treated skin, kept with the check-in of their day.
cli-help-photo-add = Add a photo (JPEG, PNG or WebP) to a logged day: turned upright, metadata (EXIF, GPS) dropped, scaled to at most 2048 px.
cli-help-photo-date = The day (default: today); its check-in must be saved first.
cli-help-photo-file = The photo file.
cli-help-photo-list = The photos of the current treatment, by day.
cli-help-photo-export = Write a day's photo as a JPEG file.
cli-help-photo-export-date = The day, like 2026-11-21.
cli-help-photo-number = Which of the day's photos, from 1 (default: the first).
cli-help-photo-out = The JPEG file to write.
cli-help-photo-delete = Delete a photo by the id `photo list` shows.
cli-help-photo-id = The photo's id.
cli-help-history = Your check-ins, the redness trend and any warning signs.
cli-help-settings = Show or change your settings.
cli-help-settings-tz = Your IANA time zone, e.g. Europe/Berlin.
cli-help-settings-checkin-at = The daily check-in reminder, HH:MM, or "off".
cli-help-settings-quiet = Quiet hours, HH:MM-HH:MM, or "off".
cli-help-clinic-name = Your clinic's name.
cli-help-clinic-phone = Your clinic's phone number, shown with every warning sign.
cli-help-emergency-number = The emergency number to call (112, 911, 000 …), or "default" for your time zone's.
cli-help-grace-minutes = Minutes a missed reminder is still worth delivering.
cli-help-series-length = Sessions in your series (1-12).
cli-help-export = Export check-ins as CSV, or everything as a JSON backup.
cli-help-export-csv = The CSV file to write (the latest treatment's check-ins).
cli-help-export-json = The JSON backup file to write (everything).
cli-help-report = Write a PDF report for your clinic: the treatment, the warning signs, the redness against the usual course and the days you logged (current treatment).
cli-help-report-out = The PDF file to write.
cli-help-report-from = First day covered, like 2026-11-21 (default: the treatment's day 1).
cli-help-report-to = Last day covered (default: today).
cli-help-report-no-notes = Leave your notes out of the report.
cli-help-report-name = A name to put on the report (none unless you give one).
cli-help-report-photos = Which photos go in: `first`, `latest` and dates, comma-separated, or `none` (default: first,latest).
cli-help-import = Restore everything from a JSON backup (replaces what is stored; checked first).
cli-help-import-file = The JSON backup file.
cli-help-load-protocol = Check a clinic's protocol file and make it the one used for new treatments.
cli-help-protocol-file = The protocol file (TOML).
cli-help-use-builtin = Go back to the built-in protocol for new treatments.
cli-help-daemon = Deliver reminders as desktop notifications until stopped (Ctrl-C or SIGTERM). Only one may run per database: the app and a daemon never both deliver.
cli-help-reminders = Reminders: upcoming, snoozed, delivered and missed (with their original due time).
cli-help-check-protocol = Check a clinic's protocol file and report the first problem with its line.
cli-help-show-protocol = Print the built-in protocol (a starting point for a clinic's own file).
cli-help-json = Print JSON (field names are a stable interface).
cli-help-help = Print help
cli-help-version = Print version
cli-help-help-command = Print this message or the help of the given command
cli-help-usage = Usage:
cli-help-commands = Commands
cli-help-options = Options
cli-help-arguments = Arguments
cli-help-treated = When the treatment ended: local time in --tz (2026-11-20T14:00) or RFC 3339. Without it, the stored treatment is used.
cli-help-protocol = A clinic's protocol file (TOML) instead of the built-in one.
cli-help-now = Pretend it is this moment (default: the system clock).
cli-help-checkin-at = Daily check-in reminder time, HH:MM, or "off" (default: your setting, else 20:00).
cli-help-quiet = Quiet hours, HH:MM-HH:MM (e.g. 22:00-07:00): reminders wait until they end.
cli-help-moved-to = Show what changes when the client moves to this zone (and plan for it).

## Mistakes on the command line (crates/cli/src/help.rs)

cli-error-more = For more information, try '--help'.
cli-error-unknown-argument = unexpected argument '{ $arg }'
cli-error-unknown-command = unrecognized subcommand '{ $command }'
cli-error-missing = the following required arguments were not provided: { $args }
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-error-too-many = unexpected value '{ $value }' for '{ $arg }': it takes none
cli-error-conflict = '{ $arg }' can't be used with '{ $other }'

## The command line: more words (help, errors, the reminder lock)

cli-help-breathing-trouble = Trouble breathing, with or without swelling of the face or throat (an emergency: call the emergency number).
cli-help-dark-patches = New dark patches on the treated skin.
cli-error-whole-number = a whole number, like 2
cli-error-range = a number from { $min } to { $max }
cli-standard-output = standard output
cli-signal-handler = signal handler
reminders-locked = reminders are already being delivered by { $holder } (lock { $path }); stop that one first
store-no-data-folder = no app-data folder on this system: set AFTERCARE_DB to a file path

## Timeline: its scale

timeline-axis = Days since your treatment ended

## A clinic's protocol file, checked (crates/core/src/protocol.rs, time.rs)

protocol-empty = { $field } is empty
protocol-too-long = { $field } is longer than { $max } characters
protocol-no-facts = names no facts: every piece of built-in advice must rest on a fact
protocol-unknown-fact = unknown fact id "{ $id }" (known: F1-F9, E1-E4, S1-S4, C1-C3, R1-R3)
protocol-fact-twice = fact "{ $id }" is listed twice
protocol-rule-id = a rule id is lower-case letters, digits and dashes, like "sauna-pool"
protocol-reserved-id = "{ $id }" is reserved for the app's own reminders
protocol-duplicate-rule = duplicate rule id "{ $id }"
protocol-ends-before-start = the window ends ({ $end }) before or when it starts ({ $start })
protocol-reminder-twice = reminder "{ $kind }" is listed twice
protocol-unknown-reminder = unknown reminder "{ $kind }" (use start, daily, end)
protocol-daily-at-form = daily_at is a local time written HH:MM, like "09:00"
protocol-daily-needs-time = a daily reminder needs daily_at = "HH:MM"
protocol-daily-at-unused = daily_at is set but remind has no "daily"
protocol-while-healing-do = while_healing is for rules that avoid or limit something, not for "do" rules
protocol-end-needs-texts = an "end" reminder needs end_title and end_message (what the client may do again)
protocol-translation-tag = a translation is named by its language, like "de" or "pt-BR" (the main texts are English)
protocol-translated-no-english = { $field } is translated but has no English text
protocol-unknown-field = unknown field `{ $field }` here
protocol-from-day = from_day must be between 1 and { $max }
protocol-to-day = to_day must be between from_day ({ $from }) and { $max }
protocol-question-id = a question id is lower-case letters, digits and dashes, like "gym"
protocol-duplicate-question = duplicate question id "{ $id }"
protocol-question-no-rules = question "{ $id }" names no rules
protocol-question-unknown-rule = question "{ $id }" names unknown rule "{ $rule }"
protocol-question-rule-twice = question "{ $id }" names rule "{ $rule }" twice
protocol-format = protocol format { $format } is not supported (this app reads format { $supported })
protocol-id = the protocol id is lower-case letters, digits and dashes
protocol-no-rules = the protocol has no [[rule]]
protocol-photo-day-twice = photo day { $day } appears twice
protocol-photo-days = photo days are day numbers from 1 to 366
protocol-in-rule = rule "{ $rule }"
offset-syntax = an offset is a whole number followed by h (elapsed hours) or d (calendar days), like "48h" or "7d"; got "{ $text }"
offset-negative = offset { $text } is negative: windows start at or after the end of the treatment
offset-too-long = offset { $text } is longer than a year ({ $days }d / { $hours }h)

## serde's refusals of a protocol or backup file, a protocol that is not TOML, a backup that is not JSON; the command line's rarer mistakes

data-missing-field = missing field `{ $field }`
data-unknown-choice = unknown value `{ $value }`: use one of { $choices }
data-duplicate-key = `{ $key }` is set twice
data-wrong-type = this value should be { $expected }
data-kind-text = text in quotes, like "Gym"
data-kind-yes-no = true or false
data-kind-number = a whole number, like 2
data-kind-list = a list in [ ], like ["end"]
data-kind-table = a group of named values
data-kind-other = a value of another kind
protocol-not-toml = not valid TOML at column { $column }: check the quotes, the [brackets] and that each line reads key = value
cli-error-twice = '{ $arg }' is given twice: give it once
cli-error-not-utf8 = an argument is not valid text (UTF-8)

## Where a backup is refused

data-unknown-field = unknown field `{ $field }`
data-not-json = not valid JSON here: the file may be cut short, or not a backup
data-not-base64 = not base64 text
backup-at-line = line { $line }
backup-at-line-column = line { $line }, column { $column }
backup-time-format = use HH:MM, like 21:30
backup-quiet-hours-half = quiet hours need both a start and an end
backup-language-unknown = "{ $tag }" is not a language the app speaks (en, de, en-XA)
backup-not-a-backup = this is not an Aftercare Companion backup (format { $format })
backup-version = backup version { $version } is not supported (this app reads version { $supported })
backup-id-twice = id { $id } appears twice
backup-id-bad = id { $id } is not positive or appears twice
backup-protocol-mismatch = protocol_id and version do not match the source
backup-protocols-active = more than one protocol is marked active
backup-no-protocol = no protocol with id { $id } in this backup
backup-day-twice = { $day } appears twice
backup-before-treatment = is before the treatment
backup-photos-per-day = a day keeps at most { $max } photos
backup-appears-twice = appears twice
backup-no-treatment = no treatment with id { $id } in this backup
backup-snoozed-until = is set for snoozed reminders, and only for them
backup-retry-at = is set, with owed_since and not_shown_reason, for reminders not shown, and only for them
backup-reason-long = can be at most { $max } characters

## The system's and the database's reasons

os-not-found = there is no such file or folder
os-permission-denied = this user account may not read or write it
os-already-exists = something of that name is already there
os-storage-full = the disk is full
os-read-only = the disk is read-only
os-is-a-folder = that is a folder, not a file
os-not-a-folder = part of the path is a file, not a folder
os-file-too-large = the file is too large for this disk
os-unreadable = the file's contents can't be read (cut short, or not what was expected)
os-other = the system refused (error number { $code })
db-busy = another program is using the database: try again in a moment
db-read-only = the database file can only be read, not written
db-damaged = the database file is damaged or not this app's: restore a backup into a new file
db-cant-open = the database file can't be opened
db-other = SQLite error { $code }
db-internal = an error inside the app
db-newer = this database was written by a newer version of the app: update the app

## Start-up

error-start = Aftercare Companion could not open its data ({ $path }): { $reason }.

## Placeholders on the command line (crates/cli/src/help.rs)

cli-value-options = OPTIONS
cli-value-area = AREA
cli-value-at = AT
cli-value-breakouts = BREAKOUTS
cli-value-checkin-at = CHECKIN_AT
cli-value-clinic = CLINIC
cli-value-clinic-name = CLINIC_NAME
cli-value-clinic-phone = CLINIC_PHONE
cli-value-command = COMMAND
cli-value-date = DATE
cli-value-db = DB
cli-value-emergency-number = EMERGENCY_NUMBER
cli-value-ended = ENDED
cli-value-file = FILE
cli-value-grace-minutes = GRACE_MINUTES
cli-value-id = ID
cli-value-moved-to = MOVED_TO
cli-value-name = NAME
cli-value-notes = NOTES
cli-value-now = NOW
cli-value-number = NUMBER
cli-value-out = OUT
cli-value-pain = PAIN
cli-value-picks = PICKS
cli-value-protocol = PROTOCOL
cli-value-query = QUERY
cli-value-quiet = QUIET
cli-value-redness = REDNESS
cli-value-series-length = SERIES_LENGTH
cli-value-series-number = SERIES_NUMBER
cli-value-swelling = SWELLING
cli-value-treated = TREATED
cli-value-treatment = TREATMENT
cli-value-tz = TZ

## When the app can't start (ui/src/App.svelte)

app-cant-start-title = Aftercare Companion can't start
app-cant-start-kept = Nothing has been changed or deleted. Close the app and open it again.
app-cant-start-clinic = Your reminders can't be shown until the app opens. If you're worried about your skin, call your clinic. In an emergency, call the emergency number.

## A command without its command (crates/cli/src/help.rs)

cli-error-missing-command = '{ $command }' needs a command: { $commands }
