# Die Texte der App auf Deutsch (siehe en.ftl).

## The shell

app-loading = Wird geladen …
app-unexpected-error = Etwas ist schiefgelaufen.
app-dismiss = Schließen
leave-title = Ohne Speichern schließen?
leave-text = Was Sie auf dieser Seite eingegeben haben, ist noch nicht gespeichert. Wenn Sie jetzt schließen, geht es verloren.
leave-keep = Weiter bearbeiten
leave-go = Schließen, ohne zu speichern

nav-main = Hauptmenü
nav-today = Heute
nav-checkin = Check-in
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
reminders-done-early-label = { $title }: schon erledigt
reminders-skip = Auslassen
reminders-skip-label = { $title } auslassen
reminders-snooze-15 = 15 Min.
reminders-snooze-15-label = { $title } verschieben: 15 Min.
reminders-snooze-hour = 1 Std.
reminders-snooze-hour-label = { $title } verschieben: 1 Std.
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

zone-search-placeholder = Stadt oder Land suchen
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

## Today

today-day = Tag { $day }
today-treated = Behandelt am { $when }
today-checkin-heading = Heutiger Check-in
today-checkin-logged =
    Eingetragen: Rötung { $redness }, { $spots ->
        [one] { $spots } Pickel
       *[other] { $spots } Pickel
    }.
today-checkin-edit = Ändern
today-checkin-not-yet = Noch nicht eingetragen.
today-checkin-log = Heute eintragen
today-avoid-heading = Jetzt vermeiden
today-avoid-none = Nichts ist mehr tabu.
strength-avoid = meiden
strength-limit = begrenzen
today-still-healing = Noch etwas länger mit Vorsicht: { $reason }.
today-ok-in = { $what } in { $left }
today-tip = Allgemeiner Tipp: { $tip }
today-keep-doing = Weiter so
today-until = bis { $when }
today-can-i = Darf ich …?
today-question = { $label }?
verdict-yes = Ja
verdict-with-care = Mit Vorsicht
verdict-not-yet = Noch nicht
today-fine-from = Wieder in Ordnung ab { $when }.
today-normal-heading = Normal an Tag { $day }
today-fine-again = Wieder erlaubt
today-ok = OK
today-since = seit { $when }

## Countdowns (the same rule in Rust: crates/core/countdown-cases.json)

countdown-now = jetzt
countdown-minutes = { $minutes } Min.
countdown-hours-minutes = { $hours } Std. { $minutes } Min.
countdown-hours = { $hours } Std.
countdown-days-hours = { $days } Tg. { $hours } Std.
countdown-days = { $days } Tg.

## The check-in's scales

redness-0 = Keine
redness-1 = Kaum
redness-2 = Leicht
redness-3 = Mittel
redness-4 = Stark
redness-0-hint = die Haut sieht aus wie sonst
redness-1-hint = ein zarter rosa Schimmer
redness-2-hint = rosa, wie ein leichter Sonnenbrand
redness-3-hint = deutlich rot, wie ein Sonnenbrand
redness-4-hint = tief dunkelrot, viel stärker als ein Sonnenbrand
swelling-0 = Keine
swelling-1 = Leicht
swelling-2 = Deutlich
swelling-3 = Stark
symptom-warmth = Haut fühlt sich warm an
symptom-itching = Juckende Knötchen oder Juckreiz
symptom-peeling = Schälen oder Schuppen
symptom-bruising = Blaue Flecken
symptom-bleeding = Blutung
symptom-pus = Eiter oder gelbe Krusten
symptom-red-streaks = Sich ausbreitende rote Streifen
symptom-blisters = Gruppierte Bläschen oder Kribbeln
symptom-fever = Fieber oder Schüttelfrost
symptom-breathing-trouble = Atemnot
symptom-dark-patches = Neue dunkle Flecken

## Check-in

checkin-day = Tag
checkin-day-logged = { $day } (eingetragen)
checkin-logged-today = Sie haben heute schon eingetragen: ändern Sie, was Sie möchten, und speichern Sie erneut.
checkin-logged-that-day = Diesen Tag haben Sie schon eingetragen: ändern Sie, was Sie möchten, und speichern Sie erneut.
checkin-ask-today = Wie sieht Ihre Haut heute aus?
checkin-ask-that-day = Wie sah Ihre Haut an diesem Tag aus?
checkin-redness = Rötung
checkin-redness-choice = Rötung { $score }: { $word }
checkin-spots = Neue Pickel
checkin-spots-what = die Zahl neuer Pickel
checkin-swelling = Schwellung
checkin-pain = Schmerzen (0 = keine, 10 = am stärksten): { $pain }
checkin-any-of-these = Trifft etwas davon zu?
checkin-breathing = Atmung
checkin-breathing-label = Atemnot, mit oder ohne Schwellung von Gesicht oder Hals
checkin-breathing-hint = Das ist ein Notfall. Eine gewöhnliche Schwellung der behandelten Haut ist oben „Schwellung“.
checkin-notes = Notizen
checkin-notes-placeholder = Alles, was Sie sich merken möchten
checkin-save = Check-in speichern
checkin-saved = Gespeichert
checkin-updated = Geändert
checkin-saved-day = Tag { $day } ({ $date }).
checkin-saved-summary =
    Rötung { $redness } ({ $word }), { $spots ->
        [one] { $spots } neuer Pickel
       *[other] { $spots } neue Pickel
    }, Schwellung { $swelling }, Schmerz { $pain }/10.
checkin-saved-notes = Notizen:
checkin-go-today = Zu „Heute“
checkin-self-care = Pflege für Ihre Haut

## Warnings

warning-then-call = Rufen Sie dann { $clinic } an.
warning-add-number = (Die Nummer können Sie in den Einstellungen eintragen.)

## Reminders not shown

not-shown-heading =
    { $count ->
        [one] Erinnerungen können gerade nicht als Mitteilung erscheinen: 1 wartet
       *[other] Erinnerungen können gerade nicht als Mitteilung erscheinen: { $count } warten
    }
not-shown-here = Hier sind sie.
not-shown-below = Sie stehen unten.
not-shown-later = Sie erscheinen auch, sobald Mitteilungen wieder funktionieren.
not-shown-due = fällig { $when }
not-shown-reason = Was Ihr Desktop meldete

## Sources

facts-why = Warum ({ $ids })

## Progress

progress-empty = Noch keine Check-ins. Tragen Sie jeden Tag ein, wie Ihre Haut aussieht, dann sehen Sie hier den Verlauf.
progress-redness-intro = Ihre Rötung (durchgezogen) neben dem üblichen Verlauf nach dem Microneedling (gestrichelt): anfangs wie ein Sonnenbrand, dann über etwa eine Woche abklingend.
progress-redness-chart = Rötung nach Tag: { $values }
progress-point = Tag { $day }: { $value }
progress-no-data = noch keine Daten
progress-point-redness = Tag { $day }: Rötung { $value }
progress-axis = Tag nach der Behandlung →
progress-spots-heading = Neue Pickel und Beschwerden
progress-spots-chart = Neue Pickel nach Tag
progress-point-symptoms =
    Tag { $day }: { $count ->
        [one] { $count } Beschwerde
       *[other] { $count } Beschwerden
    }
progress-spots-legend = Balken: neue Pickel. Punkte oben: Tage mit mindestens einer der abgefragten Beschwerden.
progress-table = Die Werte als Tabelle
progress-table-caption = Ihre Check-ins nach Tag, mit der üblichen Rötung an diesem Tag
progress-usual = Üblich
progress-signs = Anzeichen

## Report for the clinic

report-heading = Bericht für meine Praxis
report-intro = Ein PDF für Ihre Praxis: Ihre Behandlung, etwaige Warnzeichen, Ihre Rötung neben dem üblichen Verlauf und die eingetragenen Tage. Es wird auf diesem Gerät gespeichert; ob Sie es weitergeben, entscheiden Sie.
report-from = Von
report-from-hint = Leer: Tag 1
report-to = Bis
report-to-hint = Leer: heute
report-from-half-typed = Der erste Tag ist kein vollständiges Datum: vervollständigen oder leeren Sie es.
report-to-half-typed = Der letzte Tag ist kein vollständiges Datum: vervollständigen oder leeren Sie es.
report-notes = Meine Notizen mitnehmen
report-photos = Diese Fotos mitnehmen
photo-day = Tag { $day } · { $date }
report-name = Name auf dem Bericht
optional = (freiwillig)
report-making = Bericht wird erstellt …
report-make = Bericht erstellen
file-saved = Gespeichert: { $path } ({ $kb } KB).

## Photos

photos-heading = Fotos
photo-no-checkin = kein Check-in
photo-redness = Rötung { $score } ({ $word })
photo-nth = { $photo } ({ $n } von { $of })
photos-none = Noch keine Fotos. Sie können sie beim Check-in hinzufügen.
photos-none-days = Noch keine Fotos. Sie können sie beim Check-in hinzufügen; an den Tagen { $days } ist ein Foto vorgesehen.
photos-by-day = Fotos nach Tag
photos-compare-this = { $photo } vergleichen
photos-compare = Zwei Tage vergleichen
photos-earlier = Früher
photos-later = Später
photos-how = Art des Vergleichs
photos-side-by-side = Nebeneinander
photos-slider = Schieberegler
photos-slide = Schieben: links { $left }, rechts { $right }
photos-one-day = Fügen Sie an einem anderen Tag ein Foto hinzu, um hier zu vergleichen.

## A day's photos

photos-added =
    { $count ->
        [one] Foto hinzugefügt.
       *[other] { $count } Fotos hinzugefügt.
    }
photo-deleted = Foto gelöscht.
photos-of-day = Fotos dieses Tages
photos-of-photo-day = Fotos dieses Tages · Fototag
photos-save-first = Speichern Sie zuerst den Check-in dieses Tages; dann können Sie Fotos hinzufügen.
photos-guide-lead = Für vergleichbare Fotos:
photos-guide = gleiches Licht (Tageslicht am Fenster), gleicher Abstand, kein Make-up, dieselbe Gesichtsseite.
photos-guide-like-last = gleiches Licht (Tageslicht am Fenster), gleicher Abstand, kein Make-up, dieselbe Gesichtsseite, wie beim letzten Foto:
photos-guide-how = So werden Fotos vergleichbar
photos-guide-short = Jedes Mal gleiches Licht, gleicher Abstand, kein Make-up, dieselbe Gesichtsseite.
photos-last-alt = Ihr letztes Foto, Tag { $day }
photos-last = Zuletzt: Tag { $day }
photos-adding = Wird hinzugefügt …
photos-take = Foto aufnehmen oder hinzufügen
photos-privacy = Nur auf diesem Gerät gespeichert, ohne Standort- oder Kameradaten. Am Computer können Sie ein Bild auch hierher ziehen.
photos-alt = Foto { $n } vom { $date }
photos-delete-ask = Dieses Foto löschen?
photos-delete-yes = Ja, Foto { $n } löschen
photos-delete = Löschen
photos-keep = Behalten
photos-delete-label = Foto { $n } löschen
photos-delete-dots = Löschen …

## Timeline

timeline-intro = Von Ihrer Behandlung ({ $when }) bis zur letzten Verhaltensregel, Tag für Tag.
timeline-past = vorbei
timeline-with-care = mit Vorsicht
timeline-now = jetzt
timeline-upcoming = demnächst
timeline-window = { $title }: { $from } bis { $to }

## Sessions

sessions-series = Ihre Behandlungsreihe
sessions-done =
    { $of ->
        [one] { $done } von { $of } Sitzung erledigt.
       *[other] { $done } von { $of } Sitzungen erledigt.
    }
sessions-done-on =
    { $of ->
        [one] { $done } von { $of } Sitzung erledigt ({ $dates }).
       *[other] { $done } von { $of } Sitzungen erledigt ({ $dates }).
    }
sessions-between = zwischen { $from } und { $to }.
sessions-before-booking = Vor der Buchung
sessions-check-heading = Ein Datum prüfen
sessions-check-label = Datum der nächsten Sitzung
sessions-check = Prüfen
sessions-date-works = { $date } passt.
sessions-screening = Vorab-Fragen
sessions-screening-unanswered = Noch nicht beantwortet. Beantworten Sie die Fragen, bevor Sie die nächste Sitzung buchen.
sessions-screening-save = Antworten speichern
sessions-events = Wichtige Termine
sessions-events-intro = Hochzeiten, Urlaube, Fotos: Die Planung warnt, wenn eine Sitzung zu nah daran läge.
event-makeup = Mit Make-up
event-beach = Strand oder Sonne
event-other = Anderes
sessions-event-remove = Entfernen
sessions-event-remove-label = { $label } entfernen
sessions-event-date = Datum
sessions-event-kind = Art
sessions-event-what = Was ist es?
sessions-event-placeholder = Hochzeit
sessions-event-add = Termin hinzufügen

## Settings

settings-grace-what = die Nachfrist
settings-series-what = die Zahl der Sitzungen
settings-saved = Einstellungen gespeichert.
settings-restored =
    { $treatments ->
        [one] { $treatments } Behandlung
       *[other] { $treatments } Behandlungen
    } und { $checkins ->
        [one] { $checkins } Check-in
       *[other] { $checkins } Check-ins
    } aus { $file } wiederhergestellt.
settings-clinic = Praxis
settings-clinic-name = Name der Praxis
settings-clinic-phone = Telefon der Praxis
settings-emergency = Notrufnummer (leer = { $number }, passend zu Ihrer Zeitzone)
settings-zone = Zeitzone
settings-checkin-at = Tägliche Check-in-Erinnerung (leer = aus)
settings-quiet-from = Ruhe ab
settings-quiet-until = Ruhe bis
settings-grace = Nachfrist für Erinnerungen, die verpasst wurden, während die App geschlossen war (Minuten)
settings-series = Sitzungen in Ihrer Behandlungsreihe
settings-app = App
settings-keep-in-tray = Im Infobereich weiterlaufen, wenn das Fenster geschlossen wird
settings-start-at-login = Bei der Anmeldung starten
settings-save = Einstellungen speichern
settings-data = Ihre Daten
settings-data-where = Nur auf diesem Gerät gespeichert: { $path }
settings-backup = Sichern
settings-export-csv = Als CSV exportieren
settings-export-calendar = Kalender exportieren
settings-restore = Aus einer Sicherung wiederherstellen
settings-protocol = Nachsorge-Protokoll
settings-protocol-summary =
    { $name } · Version { $version } · { $rules ->
        [one] { $rules } Regel
       *[other] { $rules } Regeln
    }
settings-protocol-builtin = eingebaut
settings-protocol-load = Protokoll Ihrer Praxis laden (TOML)
settings-protocol-use-builtin = Das eingebaute Protokoll verwenden
settings-about = Über die App
settings-about-version = Aftercare Companion { $version }. Funktioniert offline; kein Konto, kein Tracking.
settings-about-disclaimer = Diese App hilft Ihnen, die Nachsorge Ihrer Praxis einzuhalten. Sie ist keine medizinische Beratung und ersetzt weder Ihre Praxis noch einen Arzt. Wenn Sie etwas beunruhigt, rufen Sie Ihre Praxis an; im Notfall wählen Sie die örtliche Notrufnummer.

## Numbers typed, and errors before a command runs

number-empty = Geben Sie { $what } ein: eine ganze Zahl von { $min } bis { $max }.
number-not-whole = { $subject } ist eine ganze Zahl wie 2, nicht { $text }.
number-not-a-number = { $subject } ist eine Zahl von { $min } bis { $max }, nicht „{ $text }“.
number-out-of-range = { $subject } muss zwischen { $min } und { $max } liegen, nicht { $text }.
error-unreadable = Das ließ sich nicht lesen ({ $detail }).
error-nothing-changed = Etwas ist schiefgegangen; es wurde nichts geändert.

## Welcome

welcome-title = Willkommen bei Aftercare Companion
welcome-intro = Erzählen Sie uns von Ihrer Microneedling-Behandlung: Wir erstellen Ihren Nachsorgeplan, erinnern Sie im richtigen Moment und helfen Ihnen, Ihre Haut im Blick zu behalten.
welcome-privacy = Kein Konto. Alles, was Sie eingeben, bleibt auf diesem Gerät: Nichts wird irgendwohin gesendet.
welcome-ended-at = Wann endete die Behandlung?
welcome-area = Behandelte Stelle
welcome-area-placeholder = Gesicht, Hals, Narben …
welcome-checkin-at = Tägliche Check-in-Erinnerung
welcome-quiet = Ruhezeiten (keine Erinnerungen)
welcome-screening = Die Checkliste vor der Behandlung beantworten (freiwillig)
welcome-checklist = Checkliste
welcome-start = Meinen Nachsorgeplan starten
welcome-disclaimer = Diese App hilft Ihnen, die Nachsorge Ihrer Praxis einzuhalten. Sie ist keine medizinische Beratung.

## Warning signs (crates/core/src/redflag.rs): the tiers, and why each was raised

tier-self-care = Selbstpflege
tier-call-clinic = Rufen Sie heute Ihre Praxis an
tier-emergency = Notfall: Holen Sie jetzt Hilfe
flag-breathing = Atemnot ist ein Notfall, erst recht mit Schwellung von Gesicht oder Hals: Wählen Sie jetzt den Notruf.
sign-pus = Eiter oder gelbe Krusten
sign-red-streaks = rote Streifen
sign-fever = Fieber oder Schüttelfrost
flag-infection = { $signs } können Zeichen einer Infektion sein. Rufen Sie heute Ihre Praxis an.
flag-blisters = Bläschen in Gruppen oder Kribbeln können auf einen Lippenherpes-Schub hindeuten. Rufen Sie heute Ihre Praxis an.
worse-redness = Rötung
worse-swelling = Schwellung
worse-pain = Schmerzen
flag-worsening = An Tag { $day } wurde es schlimmer: { $what }. Nach den ersten zwei Tagen sollte es besser werden. Rufen Sie heute Ihre Praxis an.
flag-above-course = Die Rötung ist an Tag { $day } { $redness }; um diese Zeit klingt sie meist schon ab. Rufen Sie heute Ihre Praxis an.
flag-dark-patches = Neue dunkle Flecken auf der behandelten Haut sollten Sie Ihrer Praxis zeigen. Rufen Sie heute Ihre Praxis an.
flag-warmth = Die behandelte Haut fühlt sich an Tag { $day } noch warm an. Rufen Sie heute Ihre Praxis an.
flag-itching = Juckende Knötchen, die Tage später auftauchen und bleiben, sind einen Anruf bei Ihrer Praxis wert. Rufen Sie heute Ihre Praxis an.
flag-redness-past-week = Die Rötung ist an Tag { $day } noch { $redness }; meist klingt sie innerhalb einer Woche ab. Rufen Sie heute Ihre Praxis an.
flag-breakouts = In der ersten Woche können ein paar kleine Pickel auftreten. Sie sind meist gering und verschwinden schnell wieder.
flag-irritation = Blaue Flecken, Blutungen oder Schälen können vorkommen. Bleiben Sie bei milden Reinigungsmitteln und Feuchtigkeitscremes.

## When to call (crates/core/src/escalation.rs)

call-clinic-first = Die Anweisungen Ihrer Praxis haben Vorrang; dies sind allgemeine Informationen, keine medizinische Beratung.
call-if-unreachable = Wenn Sie Ihre Praxis nicht erreichen, wenden Sie sich an eine Arztpraxis oder den ärztlichen Bereitschaftsdienst.
call-sign-breathing = Atemnot, mit oder ohne Schwellung von Gesicht oder Hals: Wählen Sie jetzt den Notruf.
call-sign-worsening = Rötung, Schwellung oder Schmerzen werden nach den ersten zwei Tagen schlimmer statt besser.
call-sign-infection = Wärme, Eiter oder gelbe Krusten, rote Streifen, Fieber oder Schüttelfrost.
call-sign-blisters = Gruppierte Bläschen oder Kribbeln (Anzeichen eines Lippenherpes-Schubs, oft ein bis zwei Tage danach).
call-sign-itching = Juckende Knötchen, die Tage später auftreten und nicht abklingen.
call-sign-redness-week = Rötung, die länger als eine Woche anhält.
call-sign-dark-patches = Neue dunkle Flecken auf der behandelten Haut.
warning-first-emergency = Rufen Sie jetzt { $number } an.
warning-first-clinic = Rufen Sie heute { $clinic } an.
warning-first-clinic-number = Rufen Sie heute { $clinic } an: { $phone }.

warning-then-call-number = Rufen Sie dann { $clinic } an: { $phone }.

## Still healing (crates/core/src/checkin.rs, timeline.rs, reminder.rs)

healing-redness = Ihr letzter Check-in ({ $date }) zeigte noch Rötung ({ $redness })
healing-signs = Ihr letzter Check-in ({ $date }) zeigte noch Zeichen der Heilung

## Reminders (crates/core/src/reminder.rs)

reminder-longer-title = { $title }: noch etwas länger
reminder-longer-body = Die übliche Zeit ist um, aber { $why }. Halten Sie sich vorsichtshalber weiter daran, bis sich Ihre Haut beruhigt hat.
reminder-checkin-title = Wie geht es Ihrer Haut heute?
reminder-checkin-body = Tag { $day }: Notieren Sie Rötung, Pickel und wie sich Ihre Haut anfühlt. Das dauert keine Minute.
reminder-checkin-last = Zwei Wochen sind um: ein letzter kurzer Blick darauf, wie sich Ihre Haut beruhigt hat.
reminder-checkin-photo = Fototag: Machen Sie eines bei gleichem Licht und aus gleichem Abstand wie zuvor.

## Can I …? (crates/core/src/timeline.rs)

answer-reason-healing = { $why }, also halten Sie sich noch etwas länger an „{ $title }“
answer-reason-until = { $title } bis { $when }
answer-reason = { $title }
answer-yes = Ja: Keine Nachsorgeregel dazu gilt gerade.
answer-yes-and = Ja, und es gehört zu Ihrer Nachsorge: { $rules }.
answer-with-care = Mit Vorsicht: { $reasons }.
answer-not-yet-until = Noch nicht: { $reasons }. Wieder in Ordnung ab { $when } (in { $left }).
answer-not-yet = Noch nicht: { $reasons }.

## Notifications (crates/reminders)

notification-earlier =
    (Dazu { $count ->
        [one] 1 frühere Erinnerung
       *[other] { $count } frühere Erinnerungen
    } derselben Art.)
notification-starts = Ihre Nachsorge beginnt jetzt
notification-fine-again = Das ist wieder erlaubt
notification-several = { $count } Nachsorge-Erinnerungen
notification-snooze = 15 Min. später
notification-log-today = Heute eintragen

## Sessions (crates/core/src/series.rs)

series-session-of = Sitzung { $number } von { $of }
series-maintenance-session = Erhaltungssitzung
series-first-session = Erste Sitzung
series-maintenance-note =
    { $length ->
        [one] Nach einer Sitzung sichert eine Erhaltungssitzung alle { $from }–{ $to } Monate das Ergebnis.
       *[other] Nach einer Reihe von { $length } Sitzungen sichert eine Erhaltungssitzung alle { $from }–{ $to } Monate das Ergebnis.
    }
series-note-gap = Lassen Sie zwischen zwei Sitzungen mindestens einen Monat vergehen; 4–6 Wochen Abstand bringen über eine Reihe von drei Sitzungen die besten Ergebnisse.
series-note-maintenance = Ist Ihr Ziel erreicht, sichert eine Erhaltungssitzung alle 3–6 Monate das Ergebnis.
series-note-more = Manche brauchen mehr Sitzungen: monatlich, insgesamt drei bis etwa zwölf. Ihre Praxis berät Sie dazu.
series-note-events = Buchen Sie keine Sitzung kurz vor einem Anlass mit Make-up oder einer Strandreise: Ihre Haut kann dann noch gerötet sein.
series-note-roller = Benutzen Sie zwischen den Sitzungen zu Hause einen Roller? Wählen Sie einen sanften und desinfizieren Sie ihn nach jeder Anwendung.
series-too-soon = Zu früh: Lassen Sie mindestens einen Monat zwischen zwei Sitzungen (ab { $date }).
series-earlier = Früher als empfohlen: Der Zeitraum beginnt am { $date }.
series-later = Später als der empfohlene Zeitraum (bis { $date }); das ist in Ordnung, die Ergebnisse bauen sich vielleicht langsamer auf.
series-near-event =
    { $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    } vor „{ $event }“: Ihre Haut kann dann noch gerötet sein. Wählen Sie einen späteren Termin.
series-unsettled-redness = die Rötung war am { $date } { $redness }
series-unsettled-warning = ein Warnzeichen in Ihrem letzten Check-in
series-unsettled = Ihre Haut hat sich noch nicht beruhigt ({ $why }). Warten Sie, oder fragen Sie Ihre Praxis.

## Screening before booking (crates/core/src/screening.rs)

screening-cold-sore = Haben Sie gerade einen Lippenherpes?
screening-cold-sore-why = das Needling kann einen aktiven Lippenherpes verbreiten oder entzünden
screening-cystic-acne = Haben Sie eine aktive zystische Akne?
screening-cystic-acne-why = das Needling kann eine aktive zystische Akne verbreiten oder entzünden
screening-psoriasis = Haben Sie Schuppenflechte (Psoriasis)?
screening-psoriasis-why = bei Schuppenflechte wird Microneedling allgemein nicht empfohlen
screening-eczema = Haben Sie ein Ekzem?
screening-eczema-why = bei Ekzemen wird Microneedling allgemein nicht empfohlen
screening-pregnant = Sind Sie schwanger?
screening-pregnant-why = die Betäubungscreme ist in der Schwangerschaft nicht zugelassen
screening-breastfeeding = Stillen Sie?
screening-breastfeeding-why = die Betäubungscreme ist in der Stillzeit nicht zugelassen
screening-clear = Nichts davon trifft auf Sie zu. Ihre Praxis entscheidet und prüft es beim Termin noch einmal.
screening-talk-first = Sprechen Sie vor der Buchung mit Ihrer Praxis: { $reasons }.

## The facts behind the advice (crates/core/src/fact.rs, from shared/reference/aftercare-facts.md)

fact-f1 = In den ersten 24–48 Stunden kein Fitnessstudio und kein anstrengender Sport; nur sanfte Bewegung.
fact-f2 = Ein paar Tage lang Schwitzen und Sport meiden, bis die Haut abgeheilt ist.
fact-f3 = Mindestens ein paar Tage lang Saunen, gemeinsam genutzte Schwimmbäder und Whirlpools meiden.
fact-f4 = In der ersten Woche direktes Sonnenlicht meiden.
fact-f5 = Nur milde Reinigung und sanfte Feuchtigkeitspflege; saubere Haut hilft, Infektionen vorzubeugen.
fact-f6 = In den ersten zwei Tagen auf Make-up verzichten; wenn es sein muss, wenig und nichts, was die Poren verstopft.
fact-f7 = In den ersten zwei Tagen Produkte auf Alkoholbasis und Wirkstoffe weglassen.
fact-f8 = Viel Wasser trinken, solange die Haut heilt.
fact-f9 = Die Betäubungscreme lässt innerhalb weniger Stunden nach; ein leichtes Pochen danach ist normal.
fact-e1 = Die Haut sieht anfangs wie sonnenverbrannt aus; die Rötung geht über etwa eine Woche stetig zurück.
fact-e2 = In der ersten Woche können ein paar kleine Pickel auftreten; sie sind meist harmlos und vergehen schnell.
fact-e3 = Die meisten gehen sofort ihrem Alltag nach; die Pflege zählt in den ersten Tagen am meisten.
fact-e4 = Feine Linien können schon bald nach einer Sitzung weicher und die Haut voller wirken.
fact-s1 = Die besten Ergebnisse bringen 3 Sitzungen im Abstand von 4–6 Wochen, mindestens ein Monat dazwischen.
fact-s2 = Manche brauchen mehr: monatliche Sitzungen, von 3 bis etwa 12.
fact-s3 = Ist das Ziel erreicht, eine Erhaltungssitzung alle 3–6 Monate.
fact-s4 = Keine Sitzung kurz vor einem Anlass mit Make-up oder einer Strandreise buchen.
fact-c1 = Nicht empfohlen bei aktivem Lippenherpes oder zystischer Akne.
fact-c2 = Meist nicht empfohlen bei Schuppenflechte oder Ekzemen.
fact-c3 = Nicht in Schwangerschaft oder Stillzeit (die Betäubungscreme ist nicht zugelassen).
fact-r1 = Leichte Reizung ist die übliche Nebenwirkung; blaue Flecken, Blutungen oder Schälen sind seltener; Infektionen sind selten.
fact-r2 = Roller für zu Hause müssen nach jeder Anwendung desinfiziert werden.
fact-r3 = Die Praxis anrufen, wenn es nach 2–3 Tagen schlimmer wird, oder bei Eiter, roten Streifen, Fieber, Bläschen oder Rötung über eine Woche hinaus; Atemnot ist ein Notfall.

## Refusals (core): each next to its field

invalid-redness = Die Rötung ist 0 (keine) bis 4 (stark), nicht { $value }.
invalid-breakouts = Neue Pickel: eine Anzahl von 0 bis { $max }, nicht { $value }.
invalid-swelling = Schwellung: 0 bis { $max } (0 keine bis 3 stark), nicht { $value }.
invalid-pain = Schmerz: 0 bis { $max } (0 kein Schmerz bis 10 am stärksten), nicht { $value }.
invalid-notes-long = Notizen dürfen höchstens { $max } Zeichen haben; diese haben { $count }.
invalid-notes-control = Die Notizen enthalten Zeichen, die sich nicht speichern lassen (Steuerzeichen).
invalid-date-before = { $date } liegt vor Ihrer Behandlung (Tag 1 ist { $first }).
invalid-date-future = { $date } liegt in der Zukunft: Wählen Sie heute oder einen früheren Tag.
invalid-emergency-number = Die Notrufnummer hat 2 bis 6 Ziffern, etwa 112, 911 oder 000.
invalid-quiet-hours = Die Ruhezeit beginnt und endet zur selben Zeit: Wählen Sie verschiedene Zeiten, oder schalten Sie sie aus.
invalid-event-kind = „{ $kind }“ ist keine Art von Termin: makeup, beach oder other.
invalid-series-length = Eine Reihe hat 1 bis { $max } Sitzungen, nicht { $value }.
invalid-sessions-same-date = Zwei Sitzungen liegen auf demselben Datum.
invalid-clinic-name = Der Name der Praxis darf höchstens { $max } Zeichen haben, in einer Zeile.
invalid-grace = Die Nachfrist beträgt 0 bis { $max } Minuten, nicht { $value }.
invalid-phone = Eine Telefonnummer besteht aus Ziffern, Leerzeichen und + - ( ), etwa +49 30 1234567.

## Report refusals (crates/report)

report-outside = { $date } liegt außerhalb der Behandlungstage. Der Bericht kann { $first } (Tag { $day }) bis { $today } (heute) umfassen.
report-last-before-first = Der letzte Tag ({ $last }) liegt vor dem ersten ({ $first }).
report-name-long = Der Name darf höchstens { $max } Zeichen haben; dieser hat { $count }.
report-name-marks = Der Name darf keine Zeilenumbrüche, Steuerzeichen oder unsichtbaren Formatierungszeichen enthalten.

## Photos refused (crates/photos)

photo-empty = Die Datei ist leer: Wählen Sie ein Foto ({ $formats }).
photo-too-large = Die Datei hat { $mb } MB; Fotos dürfen höchstens 30 MB groß sein.
photo-not-an-image = Diese Datei ist kein Bild, das die App lesen kann: Wählen Sie ein Foto ({ $formats }).
photo-unsupported = { $format }-Bilder lassen sich nicht hinzufügen; möglich sind { $formats }.
photo-too-many-pixels = Das Bild hat entpackt mehr Pixel, als eine Kamera aufnimmt; es lässt sich nicht hinzufügen.
photo-damaged = Das Foto ist beschädigt und lässt sich nicht lesen ({ $detail }).
photo-not-stored = Das Foto ließ sich nicht speichern ({ $detail }).

## Refusals (core): what could not be read

error-unknown-zone = unbekannte Zeitzone „{ $zone }“: Verwenden Sie einen IANA-Namen wie Europe/Berlin oder America/New_York
error-bad-moment = „{ $text }“ lässt sich nicht als Zeitpunkt lesen: Verwenden Sie 2026-11-20T14:00 (Ortszeit) oder 2026-11-20T13:00:00Z
error-bad-time-of-day = „{ $text }“ lässt sich nicht als Uhrzeit lesen: Verwenden Sie HH:MM, etwa 20:00
error-unknown-query = nichts namens „{ $query }“ in diesem Protokoll; versuchen Sie: { $known }
error-out-of-range = { $what } liegt außerhalb des Bereichs, den diese App berechnen kann

## Refusals (the app's commands)

invalid-quiet-start = Die Ruhezeit braucht auch eine Anfangszeit.
invalid-quiet-end = Die Ruhezeit braucht auch eine Endzeit.
invalid-date-empty = Wählen Sie ein Datum.
invalid-date-unreadable = „{ $text }“ ist kein Datum, das die App lesen kann: Wählen Sie eines im Kalender.
invalid-ended-at-empty = Geben Sie Datum und Uhrzeit ein, zu der Ihre Behandlung endete.
invalid-ended-at = Das lässt sich nicht als Datum und Uhrzeit lesen: Wählen Sie im Kalender, wann Ihre Behandlung endete.
invalid-grace-negative = Die Nachfrist kann nicht negativ sein.
invalid-series-range = Eine Reihe hat 1 bis 12 Sitzungen.
invalid-photo-not-a-file = Das Foto kam nicht als Datei an: Wählen Sie es noch einmal.
error-export-folder = Der Export-Ordner { $folder } lässt sich nicht anlegen: { $detail }
error-window-close = Das Fenster ließ sich nicht schließen: { $detail }. Schließen Sie es noch einmal.
error-no-event = Es gibt keinen Termin { $id } (vielleicht wurde er schon entfernt).
error-database = Die Datenbank der App hat versagt: { $detail }. Es wurde nichts geändert.
error-report = Der Bericht ließ sich nicht erstellen: { $detail }. Es wurde nichts geschrieben.
input-missing = Das fehlt: Bitte ausfüllen.
input-missing-field = „{ $field }“ fehlt: Bitte ausfüllen.
input-unknown-field = „{ $field }“ gibt es in diesem Formular nicht.
input-whole-number = Verwenden Sie eine ganze Zahl, etwa 2.
input-number-range = Diese Zahl ist zu groß oder zu klein.
input-empty = Das darf nicht leer sein.
input-choice = Wählen Sie eine der angebotenen Möglichkeiten.
input-tick = Haken setzen oder entfernen.
input-text = Geben Sie das als Text ein.
input-unreadable = Das ließ sich nicht lesen.

## Who shows the reminders (the Reminders screen)

delivery-not-yet = Die Erinnerungen laufen noch nicht.
delivery-this-app = Diese App zeigt Ihre Erinnerungen als Mitteilungen, solange sie läuft (auch aus dem Infobereich).
delivery-elsewhere = Ihre Erinnerungen zeigt { $holder }, das auf diesem Computer läuft.
delivery-phone = Ihr Telefon zeigt die Erinnerungen, auch wenn die App geschlossen ist.

## More refusals and words of the app

error-autostart = Der Start bei der Anmeldung ließ sich nicht ändern: { $detail }
error-photo-prepare = Das Foto ließ sich nicht vorbereiten: { $detail }
error-treatment-not-saved = Die Behandlung wurde nicht gespeichert.
window-over = { $title }: vorbei

## Refusals (the store)

field-area = Die behandelte Stelle
field-clinic = Die Praxis
field-notes = Die Notizen
field-this = Das
invalid-text-control = { $what } enthält Zeichen, die sich nicht speichern lassen (Steuerzeichen).
invalid-text-long = { $what } darf höchstens { $max } Zeichen haben; hier sind es { $count }.
invalid-ended-future = Die Behandlung kann nicht in der Zukunft geendet haben: Wann endete sie?
invalid-ended-long-ago = Das ist mehr als 20 Jahre her: Prüfen Sie das Jahr.
invalid-session-number = Die Nummer der Sitzung ist 1 bis 12, nicht { $value }.
invalid-treatment-twice = Eine Behandlung, die zu diesem Zeitpunkt endete, ist schon eingetragen.
invalid-already-rung = Diese Erinnerung hat schon geklingelt: Verschieben Sie sie oder markieren Sie sie als erledigt.
invalid-snooze-past = Ein Aufschub muss in der Zukunft enden.
invalid-photos-per-day = Pro Tag sind höchstens { $max } Fotos möglich; löschen Sie zuerst eines.
invalid-event-name = Ein Termin braucht einen Namen mit 1 bis 100 Zeichen.

invalid-protocol-version = Das Protokoll „{ $id }“ in Version { $version } ist schon mit anderem Inhalt geladen; geben Sie der neuen Datei eine neue Version.

## Refusals (the store's own)

store-no-treatment = keine Behandlung mit der Nummer { $id }
store-no-treatments = noch keine Behandlung eingetragen: Tragen Sie zuerst eine ein
store-no-settings = noch keine Einstellungen gespeichert: Wählen Sie zuerst Ihre Zeitzone
store-no-reminder = keine Erinnerung mit der Kennung { $id }
store-backup-refused = Sicherung abgelehnt: { $detail }
store-corrupt = die Datenbank enthält einen Wert, den diese App nicht lesen kann ({ $detail }); stellen Sie sie aus einer Sicherung wieder her
store-photo-not-prepared = Aufbewahrt werden nur Fotos, die die App vorbereitet hat (JPEG ohne Metadaten).
store-photo-size-mismatch = Das Foto hat { $width }x{ $height } Pixel, nicht die angegebenen { $said_width }x{ $said_height }.
store-photo-too-big = Ein Foto darf höchstens { $max } Pixel pro Seite haben.
store-photo-no-checkin = Für { $day } gibt es noch keinen Check-in: Speichern Sie zuerst den Check-in des Tages, und fügen Sie dann die Fotos hinzu.
store-photo-missing = Es gibt kein Foto mit der Kennung { $id }.

## The tray, and who shows the reminders

tray-open = Aftercare Companion öffnen
tray-quit = Beenden
delivery-failed = Die Erinnerungen können nicht laufen: { $detail }. Starten Sie die App neu; bleibt das so, installieren Sie sie neu.

welcome-quiet-from = Von
welcome-quiet-until = Bis

## The calendar export (crates/core/src/ics.rs)

category-activity = Bewegung
category-heat-water = Hitze & Wasser
category-sun = Sonne
category-makeup = Make-up
category-skincare = Hautpflege
category-hydration = Trinken
category-hygiene = Hygiene
calendar-name = Nachsorge
calendar-based-on = Beruht auf: { $facts }. Die Anweisungen Ihrer Praxis haben Vorrang.

## The command line (crates/cli): its output in the terminal's language

cli-moment = { $day }, { $time }
cli-strength-do = empfohlen
cli-treatment-ended = Behandlung endete am { $when } ({ $zone })
cli-day = Tag { $day }
cli-before-treatment = vor der Behandlung
cli-now = Jetzt: { $when } ({ $day })
cli-left = noch { $left }
cli-starts-in = beginnt in { $left }
cli-moving = Umzug von { $from } nach { $to }
cli-window-moved = { $rule } endet jetzt { $new } (vorher { $old })
cli-reminders-moved = Erinnerungen: { $moved } verschoben, { $added } neu, { $removed } entfernt, { $unchanged } unverändert
cli-reminders-upcoming = Erinnerungen ({ $upcoming } von { $total } stehen noch an)
cli-after-quiet = (nach der Ruhezeit; geplant war { $time })
cli-disclaimer = Allgemeine Hinweise zur Nachsorge, keine medizinische Beratung: Die Anweisungen Ihrer Praxis haben Vorrang.
cli-while-settling = solange sich Ihre Haut beruhigt: { $why }
cli-all-usual = Alles, was Sie eingetragen haben, passt zum üblichen Heilungsverlauf.
cli-add-clinic-phone = Tragen Sie die Nummer Ihrer Praxis ein: aftercare settings --clinic-phone "+49 …"
cli-no-checkins = Noch keine Check-ins. Heute eintragen: aftercare checkin --redness 2
cli-col-date = Datum
cli-col-day = Tag
cli-col-redness = Rötung
cli-col-expected = üblich
cli-col-spots = Pickel
cli-col-notes = Notizen
cli-off = aus
cli-settings-checkin = Täglicher Check-in
cli-settings-quiet = Ruhezeit
cli-from-zone = { $number } (passend zu Ihrer Zeitzone)
cli-settings-emergency = Notrufnummer
cli-settings-grace = Nachfrist
cli-minutes = { $minutes } Min.
cli-settings-series = Behandlungsreihe
cli-sessions =
    { $sessions ->
        [one] { $sessions } Sitzung
       *[other] { $sessions } Sitzungen
    }
cli-cant-start = kann nicht starten: { $error }
cli-did-you-mean = Meinten Sie { $name }?
cli-protocol-ok =
    in Ordnung: „{ $name }“ Version { $version }, { $rules ->
        [one] { $rules } Verhaltensregel
       *[other] { $rules } Verhaltensregeln
    }, { $notes ->
        [one] { $notes } Hinweis zum üblichen Verlauf
       *[other] { $notes } Hinweise zum üblichen Verlauf
    }
cli-quiet-form = Ruhezeit „{ $typed }“: Schreiben Sie sie als HH:MM-HH:MM, etwa 22:00-07:00, oder „off“.
cli-treatment = #{ $id }, beendet am { $when } ({ $zone })
cli-treatment-clinic = bei { $clinic }
cli-treatment-session = Sitzung { $session }
cli-treatment-recorded = Behandlung gespeichert: { $treatment }.
cli-reminders-planned =
    { $count ->
        [one] { $count } Erinnerung geplant.
       *[other] { $count } Erinnerungen geplant.
    }
cli-no-treatments = Noch keine Behandlung gespeichert. Fügen Sie eine hinzu: aftercare treatment add --ended 2026-11-20T14:00 --tz Europe/Berlin
cli-checkin-saved =
    Check-in für { $date } (Tag { $day }) gespeichert: Rötung { $word } ({ $redness }), { $spots ->
        [one] { $spots } Pickel
       *[other] { $spots } Pickel
    }, Schwellung { $swelling }, Schmerz { $pain }.
cli-checkin-updated =
    Check-in für { $date } (Tag { $day }) geändert: Rötung { $word } ({ $redness }), { $spots ->
        [one] { $spots } Pickel
       *[other] { $spots } Pickel
    }, Schwellung { $swelling }, Schmerz { $pain }.
cli-treatment-heading = Behandlung { $treatment }
cli-no-settings = Noch keine Einstellungen. Beginnen Sie mit: aftercare settings --tz Europe/Berlin
cli-settings-saved = Einstellungen gespeichert.
cli-csv-written =
    { $checkins ->
        [one] { $checkins } Check-in
       *[other] { $checkins } Check-ins
    } in { $file } gespeichert.
cli-backed-up =
    { $treatments ->
        [one] { $treatments } Behandlung
       *[other] { $treatments } Behandlungen
    } und { $checkins ->
        [one] { $checkins } Check-in
       *[other] { $checkins } Check-ins
    } in { $file } gesichert.
cli-backup-refused = { $file }: Sicherung abgelehnt, nichts geändert: { $reason }
cli-restored =
    { $treatments ->
        [one] { $treatments } Behandlung
       *[other] { $treatments } Behandlungen
    } und { $checkins ->
        [one] { $checkins } Check-in
       *[other] { $checkins } Check-ins
    } aus { $file } wiederhergestellt.
cli-protocol-loaded = Neue Behandlungen nutzen jetzt das Protokoll „{ $id }“ in Version { $version }.
cli-protocol-builtin = Neue Behandlungen nutzen jetzt das eingebaute Protokoll.
cli-not-a-date = „{ $typed }“ ist kein Datum wie 2026-11-21
cli-not-a-photo-pick = „{ $typed }“ ist weder first, latest, ein Datum wie 2026-11-21 noch none
cli-report-written =
    Bericht ({ $days ->
        [one] { $days } eingetragener Tag
       *[other] { $days } eingetragene Tage
    }, { $warnings ->
        [one] { $warnings } Warnzeichen
       *[other] { $warnings } Warnzeichen
    }, { $photos ->
        [one] { $photos } Foto
       *[other] { $photos } Fotos
    }, { $kib } KiB) in { $file } gespeichert.
cli-photo-added = Foto { $id } für { $date } (Tag { $day }) hinzugefügt: { $width }x{ $height }, { $kib } KiB, Metadaten entfernt.
cli-no-photos = Noch keine Fotos.
cli-photo-none-that-day = Am { $date } gibt es keine Fotos.
cli-photo-number =
    Am { $date } gibt es { $count ->
        [one] { $count } Foto
       *[other] { $count } Fotos
    }; wählen Sie 1 bis { $count }.
cli-photo-written = Foto { $id } vom { $date } in { $file } gespeichert.
cli-photo-deleted = Foto { $id } gelöscht.
cli-daemon-start = Erinnerungen aus { $file } werden zugestellt (Strg-C beendet).
cli-daemon-log-today = Heute eintragen: aftercare checkin --redness N
cli-daemon-linux-only = der Erinnerungsdienst läuft auf Linux-Desktops; auf anderen Systemen stellt die App die Erinnerungen zu
cli-reminders-not-shown = Noch nicht angezeigt: Mitteilungen können gerade nicht erscheinen
cli-reminders-delivered = Zugestellt
cli-snoozed-until = verschoben bis { $until }, ursprünglich fällig { $due }
cli-was-due = ursprünglich fällig { $due }
cli-desktop-said-nothing = nichts
cli-tried = { $tries }× versucht, neuer Versuch folgt; der Desktop meldete: { $reason }

## The report for the clinic (crates/report): the PDF in the client's language

report-pdf-title = Nachsorgebericht
report-pdf-heading = Nachsorge nach dem Microneedling: ein Bericht für die Praxis
report-for = Für: { $name }
report-made = Erstellt am { $when }
report-treatment = Behandlung
report-ended = Beendet
report-area = Behandelte Stelle
report-clinic = Praxis
report-session = Sitzung
report-session-of = { $session } von { $total }
report-protocol = Nachsorge-Protokoll
report-protocol-version = { $name }, Version { $version }
report-not-given = nicht angegeben
report-at-the-clinic = ; in der Praxis: { $when }
report-period = Zeitraum
report-period-logged =
    { $from } (Tag { $first }) bis { $to } (Tag { $last }); { $logged ->
        [one] { $logged } Tag eingetragen
       *[other] { $logged } Tage eingetragen
    }
report-warnings = Warnzeichen, die die App gemeldet hat
report-warnings-nothing-logged = In diesem Zeitraum wurde kein Tag eingetragen; die App hatte also nichts zu prüfen.
report-warnings-none = Keine: Jeder eingetragene Tag in diesem Zeitraum lag im üblichen Verlauf.
report-no-number = keine angegeben
report-warnings-told = Mit jedem Zeichen hat die App der Klientin oder dem Klienten die Nummer der Praxis ({ $number }) gezeigt und gesagt, dass die Anweisungen der Praxis Vorrang haben.
report-warning-day = Tag { $day }, { $date }
report-warning-days = Tag { $first } bis { $last }, { $from } bis { $to }
report-chart = Rötung pro Tag, verglichen mit dem üblichen Verlauf
report-no-checkins = In diesem Zeitraum wurden keine Check-ins eingetragen.
report-chart-axis = Tag nach der Behandlung
report-chart-logged = die Rötung laut Klientin oder Klient (0-4, Selbsteinschätzung)
report-chart-usual = der übliche Verlauf: anfangs wie ein Sonnenbrand, dann über etwa eine Woche abklingend
report-col-date = Datum
report-col-day = Tag
report-col-redness = Rötung
report-col-spots = Neue Pickel
report-col-swelling = Schwellung
report-col-pain = Schmerz
report-col-signs = Angekreuzte Zeichen
report-col-notes = Notizen
report-table = Tag für Tag
report-table-continued = Tag für Tag (Fortsetzung)
report-no-signs = keine
report-see-page = siehe Seite { $page }
report-notes-in-full = Die Notizen der Klientin oder des Klienten im Wortlaut
report-day-date = Tag { $day } · { $date }
report-photos-heading = Fotos
report-photos-as-taken = So, wie die Klientin oder der Klient sie aufgenommen hat (aufrecht gedreht; Ort und Kameradaten entfernt).
report-photo-redness = Rötung { $score } ({ $word })
report-photo-no-checkin = an diesem Tag kein Check-in
report-footer-not-a-diagnosis = Dies sind die eigenen Beobachtungen der Klientin oder des Klienten und allgemeine Nachsorgehinweise der App, keine Diagnose.
report-footer-period = Zeitraum: { $from } (Tag { $first }) bis { $to } (Tag { $last }). Erstellt am { $made }. Seite { $page } von { $pages }.
report-footer-missing-glyph = � steht für ein Zeichen, für das dieser Bericht keine Schrift hat; in der App bleibt der Text vollständig.
report-no-photo-that-day = Vom { $date } gibt es in diesem Zeitraum kein Foto.
report-photo-not-in-period = Foto { $id } gehört nicht zu den Fotos dieses Zeitraums.
report-too-many-photos = Ein Bericht enthält höchstens { $max } Fotos; gewählt wurden { $count }.

## The command line's help (crates/cli/src/help.rs)

cli-help-about = Ihre Nachsorge nach dem Microneedling: was Sie meiden, bis wann, Erinnerungen und ein tägliches Hauttagebuch.
cli-help-db = Die Datenbankdatei (Standard: $AFTERCARE_DB, sonst der Datenordner der App).
cli-help-plan = Zeitplan der Nachsorge und Erinnerungen ausgeben (der gespeicherten Behandlung, außer mit --treated).
cli-help-can = „Darf ich …?“ für eine Verhaltensregel (gym, sun, …) oder Kategorie (activity, heat-water, …). Exit-Code 0 für ja, 1 für noch nicht.
cli-help-can-query = Eine Regel, Kategorie oder ein Alltagswort: gym, sauna, pool, sun, make-up, actives, exercise …
cli-help-can-at = Der gefragte Zeitpunkt (Standard: jetzt).
cli-help-ics = Zeitplan und Erinnerungen als iCalendar-Datei (.ics) schreiben.
cli-help-ics-out = Zieldatei (Standard: die Standardausgabe).
cli-help-treatment = Behandlungen eintragen oder auflisten.
cli-help-treatment-add = Eine Behandlung eintragen.
cli-help-ended = Wann sie endete: Ortszeit in --tz oder RFC 3339.
cli-help-tz = Die IANA-Zeitzone, etwa Europe/Berlin.
cli-help-area = Behandelte Stelle, etwa „Gesicht“.
cli-help-clinic = Der Name der Praxis.
cli-help-treatment-notes = Notizen zur Behandlung.
cli-help-series-number = Die wievielte Sitzung der Reihe das war (1 = die erste).
cli-help-treatment-list = Eingetragene Behandlungen auflisten.
cli-help-checkin = Eintragen, wie es Ihrer Haut heute geht (oder am --date); speichern Sie einen Tag erneut, wird er geändert.
cli-help-checkin-date = Das Datum vor Ort (Standard: heute in Ihrer Zeitzone).
cli-help-redness = 0 keine, 1 kaum, 2 leicht, 3 mittel, 4 stark.
cli-help-breakouts = Zahl neuer Pickel (Standard: 0).
cli-help-swelling = 0 keine bis 3 stark (Standard: 0).
cli-help-pain = 0 kein Schmerz bis 10 am stärksten (Standard: 0).
cli-help-checkin-notes = Ihre Notizen zum Tag.
cli-help-checkin-treatment = Die Nummer der Behandlung (Standard: die letzte).
cli-help-photo = Fotos der behandelten Haut, beim Check-in ihres Tages abgelegt.
cli-help-photo-add = Ein Foto (JPEG, PNG oder WebP) zu einem eingetragenen Tag hinzufügen: aufrecht gedreht, ohne Metadaten (EXIF, GPS), auf höchstens 2048 px verkleinert.
cli-help-photo-date = Der Tag (Standard: heute); sein Check-in muss zuerst gespeichert sein.
cli-help-photo-file = Die Fotodatei.
cli-help-photo-list = Die Fotos der aktuellen Behandlung, nach Tagen.
cli-help-photo-export = Ein Foto eines Tages als JPEG-Datei schreiben.
cli-help-photo-export-date = Der Tag, etwa 2026-11-21.
cli-help-photo-number = Welches Foto des Tages, ab 1 (Standard: das erste).
cli-help-photo-out = Die JPEG-Datei, die geschrieben wird.
cli-help-photo-delete = Ein Foto löschen, mit der Nummer, die `photo list` zeigt.
cli-help-photo-id = Die Nummer des Fotos.
cli-help-history = Ihre Check-ins, der Verlauf der Rötung und etwaige Warnzeichen.
cli-help-settings = Ihre Einstellungen zeigen oder ändern.
cli-help-settings-tz = Ihre IANA-Zeitzone, etwa Europe/Berlin.
cli-help-settings-checkin-at = Die tägliche Check-in-Erinnerung, HH:MM, oder „off“.
cli-help-settings-quiet = Ruhezeit, HH:MM-HH:MM, oder „off“.
cli-help-clinic-name = Der Name Ihrer Praxis.
cli-help-clinic-phone = Die Telefonnummer Ihrer Praxis, bei jedem Warnzeichen angezeigt.
cli-help-emergency-number = Die Notrufnummer (112, 911, 000 …) oder „default“ für die Ihrer Zeitzone.
cli-help-grace-minutes = Wie viele Minuten eine verpasste Erinnerung noch zugestellt wird.
cli-help-series-length = Sitzungen in Ihrer Behandlungsreihe (1-12).
cli-help-export = Check-ins als CSV exportieren oder alles als JSON-Sicherung.
cli-help-export-csv = Die CSV-Datei, die geschrieben wird (die Check-ins der letzten Behandlung).
cli-help-export-json = Die JSON-Sicherung, die geschrieben wird (alles).
cli-help-report = Einen PDF-Bericht für Ihre Praxis schreiben: die Behandlung, die Warnzeichen, die Rötung im Vergleich zum üblichen Verlauf und die eingetragenen Tage (aktuelle Behandlung).
cli-help-report-out = Die PDF-Datei, die geschrieben wird.
cli-help-report-from = Erster Tag, etwa 2026-11-21 (Standard: Tag 1 der Behandlung).
cli-help-report-to = Letzter Tag (Standard: heute).
cli-help-report-no-notes = Ihre Notizen aus dem Bericht lassen.
cli-help-report-name = Ein Name für den Bericht (keiner, wenn Sie keinen angeben).
cli-help-report-photos = Welche Fotos hinein: `first`, `latest` und Daten, durch Kommas getrennt, oder `none` (Standard: first,latest).
cli-help-import = Alles aus einer JSON-Sicherung wiederherstellen (ersetzt das Gespeicherte; vorher geprüft).
cli-help-import-file = Die JSON-Sicherung.
cli-help-load-protocol = Die Protokolldatei einer Praxis prüfen und für neue Behandlungen verwenden.
cli-help-protocol-file = Die Protokolldatei (TOML).
cli-help-use-builtin = Für neue Behandlungen wieder das eingebaute Protokoll verwenden.
cli-help-daemon = Erinnerungen als Desktop-Mitteilungen zustellen, bis der Dienst beendet wird (Strg-C oder SIGTERM). Pro Datenbank läuft nur ein Dienst: App und Dienst stellen nie beide zu.
cli-help-reminders = Erinnerungen: anstehend, verschoben, zugestellt und verpasst (mit ihrer ursprünglichen Zeit).
cli-help-check-protocol = Die Protokolldatei einer Praxis prüfen und das erste Problem mit seiner Zeile melden.
cli-help-show-protocol = Das eingebaute Protokoll ausgeben (ein Ausgangspunkt für die eigene Datei einer Praxis).
cli-help-json = JSON ausgeben (die Feldnamen sind eine feste Schnittstelle).
cli-help-help = Hilfe anzeigen
cli-help-version = Version anzeigen
cli-help-help-command = Diese Hilfe oder die Hilfe des genannten Befehls anzeigen
cli-help-usage = Aufruf:
cli-help-commands = Befehle
cli-help-options = Optionen
cli-help-arguments = Argumente
cli-help-treated = Wann die Behandlung endete: Ortszeit in --tz (2026-11-20T14:00) oder RFC 3339. Ohne das gilt die gespeicherte Behandlung.
cli-help-protocol = Die Protokolldatei einer Praxis (TOML) statt des eingebauten Protokolls.
cli-help-now = So tun, als wäre es dieser Zeitpunkt (Standard: die Systemuhr).
cli-help-checkin-at = Uhrzeit der täglichen Check-in-Erinnerung, HH:MM, oder „off“ (Standard: Ihre Einstellung, sonst 20:00).
cli-help-quiet = Ruhezeit, HH:MM-HH:MM (etwa 22:00-07:00): Erinnerungen warten, bis sie endet.
cli-help-moved-to = Zeigen, was sich bei einem Umzug in diese Zeitzone ändert (und dafür planen).

## Mistakes on the command line (crates/cli/src/help.rs)

cli-error-more = Mehr dazu unter „--help“.
cli-error-unknown-argument = unerwartetes Argument „{ $arg }“
cli-error-unknown-command = unbekannter Befehl „{ $command }“
cli-error-missing = Es fehlt: { $args }
cli-error-invalid-value = „{ $value }“ passt nicht zu { $arg }
cli-error-too-many = { $arg } nimmt keinen Wert, auch nicht „{ $value }“
cli-error-conflict = { $arg } geht nicht zusammen mit { $other }

## The command line: more words (help, errors, the reminder lock)

cli-help-breathing-trouble = Atemnot, mit oder ohne Schwellung von Gesicht oder Hals (ein Notfall: Rufen Sie den Notruf).
cli-help-dark-patches = Neue dunkle Flecken auf der behandelten Haut.
cli-error-whole-number = eine ganze Zahl, etwa 2
cli-error-range = eine Zahl von { $min } bis { $max }
cli-standard-output = Standardausgabe
cli-signal-handler = Signalbehandlung
reminders-locked = Erinnerungen werden schon von { $holder } zugestellt (Sperre { $path }); beenden Sie das zuerst
store-no-data-folder = kein Datenordner für Apps auf diesem System: Setzen Sie AFTERCARE_DB auf einen Dateipfad

## Timeline: its scale

timeline-axis = Tage seit dem Ende Ihrer Behandlung

## A clinic's protocol file, checked (crates/core/src/protocol.rs, time.rs)

protocol-empty = { $field } ist leer
protocol-too-long = { $field } ist länger als { $max } Zeichen
protocol-no-facts = nennt keine Fakten: Jeder eingebaute Rat muss auf einem Fakt beruhen
protocol-unknown-fact = unbekannter Fakt „{ $id }“ (bekannt: F1-F9, E1-E4, S1-S4, C1-C3, R1-R3)
protocol-fact-twice = Fakt „{ $id }“ steht zweimal in der Liste
protocol-rule-id = die id einer Regel besteht aus Kleinbuchstaben, Ziffern und Bindestrichen, etwa „sauna-pool“
protocol-reserved-id = „{ $id }“ ist für die eigenen Erinnerungen der App reserviert
protocol-duplicate-rule = die Regel-id „{ $id }“ kommt doppelt vor
protocol-ends-before-start = der Zeitraum endet ({ $end }), bevor oder wenn er beginnt ({ $start })
protocol-reminder-twice = Erinnerung „{ $kind }“ steht zweimal in der Liste
protocol-unknown-reminder = unbekannte Erinnerung „{ $kind }“ (möglich: start, daily, end)
protocol-daily-at-form = daily_at ist eine Uhrzeit vor Ort als HH:MM, etwa „09:00“
protocol-daily-needs-time = eine tägliche Erinnerung braucht daily_at = "HH:MM"
protocol-daily-at-unused = daily_at ist gesetzt, aber remind enthält kein „daily“
protocol-while-healing-do = while_healing gilt für Regeln, die etwas meiden oder begrenzen, nicht für „do“-Regeln
protocol-end-needs-texts = eine „end“-Erinnerung braucht end_title und end_message (was wieder erlaubt ist)
protocol-translation-tag = eine Übersetzung trägt den Namen ihrer Sprache, etwa „de“ oder „pt-BR“ (die Haupttexte sind Englisch)
protocol-translated-no-english = { $field } ist übersetzt, hat aber keinen englischen Text
protocol-unknown-field = unbekanntes Feld `{ $field }` an dieser Stelle
protocol-from-day = from_day muss zwischen 1 und { $max } liegen
protocol-to-day = to_day muss zwischen from_day ({ $from }) und { $max } liegen
protocol-question-id = die id einer Frage besteht aus Kleinbuchstaben, Ziffern und Bindestrichen, etwa „gym“
protocol-duplicate-question = die Frage-id „{ $id }“ kommt doppelt vor
protocol-question-no-rules = Frage „{ $id }“ nennt keine Regeln
protocol-question-unknown-rule = Frage „{ $id }“ nennt die unbekannte Regel „{ $rule }“
protocol-question-rule-twice = Frage „{ $id }“ nennt die Regel „{ $rule }“ zweimal
protocol-format = Protokollformat { $format } wird nicht unterstützt (diese App liest Format { $supported })
protocol-id = die id des Protokolls besteht aus Kleinbuchstaben, Ziffern und Bindestrichen
protocol-no-rules = das Protokoll hat keine [[rule]]
protocol-photo-day-twice = Fototag { $day } kommt zweimal vor
protocol-photo-days = Fototage sind Tageszahlen von 1 bis 366
protocol-in-rule = Regel „{ $rule }“
offset-syntax = ein Abstand ist eine ganze Zahl mit h (vergangene Stunden) oder d (Kalendertage), etwa „48h“ oder „7d“; gefunden: „{ $text }“
offset-negative = der Abstand { $text } ist negativ: Zeiträume beginnen mit dem Ende der Behandlung oder danach
offset-too-long = der Abstand { $text } ist länger als ein Jahr ({ $days }d / { $hours }h)

## serde's refusals of a protocol or backup file, a protocol that is not TOML, a backup that is not JSON; the command line's rarer mistakes

data-missing-field = das Feld `{ $field }` fehlt
data-unknown-choice = unbekannter Wert `{ $value }`: möglich sind { $choices }
data-duplicate-key = `{ $key }` ist doppelt gesetzt
data-wrong-type = hier gehört { $expected } hin
data-kind-text = Text in Anführungszeichen, etwa "Sport"
data-kind-yes-no = true oder false
data-kind-number = eine ganze Zahl, etwa 2
data-kind-list = eine Liste in [ ], etwa ["end"]
data-kind-table = eine Gruppe benannter Werte
data-kind-other = ein Wert anderer Art
protocol-not-toml = kein gültiges TOML in Spalte { $column }: prüfen Sie die Anführungszeichen, die [Klammern] und dass jede Zeile Schlüssel = Wert lautet
cli-error-twice = { $arg } ist doppelt angegeben: bitte nur einmal
cli-error-not-utf8 = ein Argument ist kein gültiger Text (UTF-8)

## Where a backup is refused

data-unknown-field = unbekanntes Feld `{ $field }`
data-not-json = kein gültiges JSON an dieser Stelle: die Datei ist vielleicht abgeschnitten oder keine Sicherung
data-not-base64 = kein Base64-Text
backup-at-line = Zeile { $line }
backup-at-line-column = Zeile { $line }, Spalte { $column }
backup-time-format = im Format HH:MM, etwa 21:30
backup-quiet-hours-half = die Ruhezeit braucht einen Beginn und ein Ende
backup-language-unknown = „{ $tag }“ ist keine Sprache der App (en, de, en-XA)
backup-not-a-backup = das ist keine Sicherung von Aftercare Companion (Format { $format })
backup-version = Sicherungen der Version { $version } werden nicht unterstützt (diese App liest Version { $supported })
backup-id-twice = die Kennung { $id } kommt zweimal vor
backup-id-bad = die Kennung { $id } ist nicht positiv oder kommt zweimal vor
backup-protocol-mismatch = protocol_id und version passen nicht zum Quelltext des Protokolls
backup-protocols-active = mehr als ein Protokoll ist als aktiv markiert
backup-no-protocol = diese Sicherung enthält kein Protokoll mit der Kennung { $id }
backup-day-twice = { $day } kommt zweimal vor
backup-before-treatment = liegt vor der Behandlung
backup-photos-per-day = ein Tag hat höchstens { $max } Fotos
backup-appears-twice = kommt zweimal vor
backup-no-treatment = diese Sicherung enthält keine Behandlung mit der Kennung { $id }
backup-snoozed-until = ist bei verschobenen Erinnerungen gesetzt, und nur bei ihnen
backup-retry-at = ist mit owed_since und not_shown_reason bei nicht angezeigten Erinnerungen gesetzt, und nur bei ihnen
backup-reason-long = darf höchstens { $max } Zeichen haben

## The system's and the database's reasons

os-not-found = diese Datei oder diesen Ordner gibt es nicht
os-permission-denied = dieses Benutzerkonto darf sie nicht lesen oder schreiben
os-already-exists = dort gibt es schon etwas mit diesem Namen
os-storage-full = der Datenträger ist voll
os-read-only = der Datenträger ist schreibgeschützt
os-is-a-folder = das ist ein Ordner, keine Datei
os-not-a-folder = ein Teil des Pfads ist eine Datei, kein Ordner
os-file-too-large = die Datei ist zu groß für diesen Datenträger
os-unreadable = der Inhalt der Datei ist nicht lesbar (abgeschnitten oder nicht wie erwartet)
os-other = das System hat abgelehnt (Fehlernummer { $code })
db-busy = ein anderes Programm benutzt die Datenbank: bitte gleich noch einmal versuchen
db-read-only = die Datenbankdatei kann nur gelesen, nicht geschrieben werden
db-damaged = die Datenbankdatei ist beschädigt oder nicht von dieser App: stellen Sie eine Sicherung in einer neuen Datei wieder her
db-cant-open = die Datenbankdatei lässt sich nicht öffnen
db-other = SQLite-Fehler { $code }
db-internal = ein Fehler in der App
db-newer = diese Datenbank stammt von einer neueren Version der App: bitte die App aktualisieren

## Start-up

error-start = Aftercare Companion konnte seine Daten nicht öffnen ({ $path }): { $reason }.

## Placeholders on the command line (crates/cli/src/help.rs)

cli-value-options = OPTIONEN
cli-value-area = BEREICH
cli-value-at = ZEITPUNKT
cli-value-breakouts = ANZAHL
cli-value-checkin-at = UHRZEIT
cli-value-clinic = PRAXIS
cli-value-clinic-name = NAME
cli-value-clinic-phone = TELEFON
cli-value-command = BEFEHL
cli-value-date = DATUM
cli-value-db = DATENBANK
cli-value-emergency-number = NOTRUFNUMMER
cli-value-ended = ENDE
cli-value-file = DATEI
cli-value-grace-minutes = MINUTEN
cli-value-id = ID
cli-value-moved-to = ZEITZONE
cli-value-name = NAME
cli-value-notes = NOTIZEN
cli-value-now = ZEITPUNKT
cli-value-number = NUMMER
cli-value-out = DATEI
cli-value-pain = SCHMERZ
cli-value-picks = AUSWAHL
cli-value-protocol = PROTOKOLL
cli-value-query = FRAGE
cli-value-quiet = RUHEZEIT
cli-value-redness = RÖTUNG
cli-value-series-length = ANZAHL
cli-value-series-number = NUMMER
cli-value-swelling = SCHWELLUNG
cli-value-treated = ZEITPUNKT
cli-value-treatment = BEHANDLUNG
cli-value-tz = ZEITZONE

## When the app can't start (ui/src/App.svelte)

app-cant-start-title = Aftercare Companion kann nicht starten
app-cant-start-kept = Es wurde nichts geändert oder gelöscht. Schließen Sie die App und öffnen Sie sie erneut.
app-cant-start-clinic = Ihre Erinnerungen können erst erscheinen, wenn die App wieder startet. Wenn Sie sich Sorgen um Ihre Haut machen, rufen Sie Ihre Praxis an. Im Notfall wählen Sie den Notruf.

## A command without its command (crates/cli/src/help.rs)

cli-error-missing-command = „{ $command }“ braucht einen Befehl: { $commands }
