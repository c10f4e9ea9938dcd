-- Version 3: a check-in reminder whose day was already logged is "skipped" (kept, never
-- shown); the ledger counts snoozes. SQLite changes a CHECK only by rebuilding the table.

CREATE TABLE reminder_ledger_v3 (
    reminder_id    TEXT PRIMARY KEY,
    treatment_id   INTEGER NOT NULL REFERENCES treatments (id) ON DELETE CASCADE,
    rule           TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('start', 'daily', 'end', 'check-in')),
    day            INTEGER CHECK (day IS NULL OR day BETWEEN 1 AND 400),
    due_at         TEXT NOT NULL,
    planned_at     TEXT NOT NULL,
    title          TEXT NOT NULL,
    body           TEXT NOT NULL,
    state          TEXT NOT NULL DEFAULT 'planned'
                   CHECK (state IN ('planned', 'delivered', 'snoozed', 'dismissed', 'missed', 'skipped')),
    snoozed_until  TEXT,
    snoozes        INTEGER NOT NULL DEFAULT 0 CHECK (snoozes >= 0),
    delivered_at   TEXT,
    dismissed_at   TEXT,
    missed_at      TEXT,
    skipped_at     TEXT,
    updated_at     TEXT NOT NULL,
    CHECK ((state = 'snoozed') = (snoozed_until IS NOT NULL))
);

INSERT INTO reminder_ledger_v3 (reminder_id, treatment_id, rule, kind, day, due_at, planned_at, title, body,
                                state, snoozed_until, delivered_at, dismissed_at, missed_at, updated_at)
SELECT reminder_id, treatment_id, rule, kind, day, due_at, planned_at, title, body,
       state, snoozed_until, delivered_at, dismissed_at, missed_at, updated_at
FROM reminder_ledger;

DROP TABLE reminder_ledger;
ALTER TABLE reminder_ledger_v3 RENAME TO reminder_ledger;
CREATE INDEX ledger_by_due ON reminder_ledger (state, due_at);
