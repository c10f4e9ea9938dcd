-- Version 5: a reminder whose notification could not be shown is "not-shown", not
-- delivered: it waits for its retry (`retry_at`) while still within its grace period,
-- counted from `owed_since` (when it was first due to ring). `failed_shows` and
-- `not_shown_reason` keep the last failure for the client and `aftercare reminders`.
-- SQLite changes a CHECK only by rebuilding the table.

CREATE TABLE reminder_ledger_v5 (
    reminder_id       TEXT PRIMARY KEY,
    treatment_id      INTEGER NOT NULL REFERENCES treatments (id) ON DELETE CASCADE,
    rule              TEXT NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('start', 'daily', 'end', 'check-in')),
    day               INTEGER CHECK (day IS NULL OR day BETWEEN 1 AND 400),
    due_at            TEXT NOT NULL,
    planned_at        TEXT NOT NULL,
    title             TEXT NOT NULL,
    body              TEXT NOT NULL,
    state             TEXT NOT NULL DEFAULT 'planned'
                      CHECK (state IN ('planned', 'delivered', 'snoozed', 'dismissed', 'missed', 'skipped', 'not-shown')),
    snoozed_until     TEXT,
    snoozes           INTEGER NOT NULL DEFAULT 0 CHECK (snoozes >= 0),
    delivered_at      TEXT,
    dismissed_at      TEXT,
    missed_at         TEXT,
    skipped_at        TEXT,
    updated_at        TEXT NOT NULL,
    owed_since        TEXT,
    retry_at          TEXT,
    failed_shows      INTEGER NOT NULL DEFAULT 0 CHECK (failed_shows >= 0),
    not_shown_reason  TEXT CHECK (not_shown_reason IS NULL OR length(not_shown_reason) <= 500),
    CHECK ((state = 'snoozed') = (snoozed_until IS NOT NULL)),
    CHECK ((state = 'not-shown') = (retry_at IS NOT NULL)),
    CHECK (state <> 'not-shown' OR (owed_since IS NOT NULL AND not_shown_reason IS NOT NULL))
);

INSERT INTO reminder_ledger_v5 (reminder_id, treatment_id, rule, kind, day, due_at, planned_at, title, body,
                                state, snoozed_until, snoozes, delivered_at, dismissed_at, missed_at,
                                skipped_at, updated_at)
SELECT reminder_id, treatment_id, rule, kind, day, due_at, planned_at, title, body,
       state, snoozed_until, snoozes, delivered_at, dismissed_at, missed_at, skipped_at, updated_at
FROM reminder_ledger;

DROP TABLE reminder_ledger;
ALTER TABLE reminder_ledger_v5 RENAME TO reminder_ledger;
CREATE INDEX ledger_by_due ON reminder_ledger (state, due_at);
