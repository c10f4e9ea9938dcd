# Die Texte der App auf Deutsch (siehe en.ftl).

## The shell

app-loading = Wird geladen …
app-unexpected-error = Etwas ist schiefgelaufen.
app-dismiss = Schließen

nav-main = Hauptmenü
nav-today = Heute
nav-checkin = Eintrag
nav-progress = Verlauf
nav-plan = Plan
nav-more = Mehr

plan-timeline = Zeitplan
plan-sessions = Sitzungen

more-title = Mehr
more-back = Mehr
more-reminders = Erinnerungen
more-reminders-hint = Anstehend, verpasst und verschoben
more-call = Wann Sie Ihre Praxis anrufen sollten
more-call-hint = Die Anzeichen und die Nummern zum Anrufen
more-settings = Einstellungen
more-settings-hint = Praxis, Zeitzone, Sprache, Erinnerungen, Ihre Daten

## When to call

call-title = Wann anrufen
call-heading = Wann Sie Ihre Praxis anrufen sollten
call-your-clinic = Ihre Praxis
call-clinic-button = { $clinic } anrufen: { $phone }
call-add-number = Tragen Sie die Nummer Ihrer Praxis in den Einstellungen ein, um sie von hier aus anzurufen.
call-emergency-number = Notrufnummer:

## Reminders

reminders-title = Erinnerungen
reminders-not-shown = Noch nicht angezeigt ({ $count })
reminders-missed = Verpasst ({ $count })
reminders-snoozed = Verschoben ({ $count })
reminders-upcoming = Anstehend ({ $count })
reminders-nothing-planned = Nichts geplant.
reminders-recent = Zuletzt
reminders-originally-due = Ursprünglich fällig { $when }
reminders-snoozed-times = { $count ->
    [one] einmal verschoben
   *[other] { $count }-mal verschoben
}
reminders-day-count = { $count ->
    [one] { $count } Erinnerung
   *[other] { $count } Erinnerungen
}
reminders-done-early = Schon erledigt
reminders-done-early-label = { $title } schon als erledigt markieren
reminders-skip = Auslassen
reminders-skip-label = { $title } auslassen
reminders-snooze-15 = 15 Min.
reminders-snooze-15-label = { $title } um 15 Minuten verschieben
reminders-snooze-hour = 1 Std.
reminders-snooze-hour-label = { $title } um 1 Stunde verschieben
reminders-snooze-morning = Morgen
reminders-snooze-morning-label = { $title } auf morgen früh verschieben
reminders-done = Erledigt
reminders-done-label = { $title } als erledigt markieren
reminder-state-planned = Anstehend
reminder-state-snoozed = Verschoben
reminder-state-missed = Verpasst
reminder-state-not-shown = Nicht angezeigt
reminder-state-delivered = Angezeigt
reminder-state-dismissed = Erledigt
reminder-state-skipped = Ausgelassen

## Dates

day-today = Heute
day-tomorrow = Morgen
day-yesterday = Gestern
checkin-day-label = { $when } · Tag { $day }

## The time zone picker

zone-search-placeholder = Nach Stadt oder Land suchen
zone-search-label = Zeitzonen nach Stadt oder Land suchen
zone-picked = Gewählt: { $zone }
zone-none-picked = Noch keine Zeitzone gewählt.
zone-no-match = Keine Zeitzone passt zu „{ $query }“.

## Language

language-label = Sprache
language-system = Wie auf diesem Gerät ({ $language })
language-en = English
language-de = Deutsch
language-en-XA = Pseudo-Sprache (zum Testen)
