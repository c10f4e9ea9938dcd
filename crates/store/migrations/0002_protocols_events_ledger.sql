-- Version 2: clinic protocols, marked events, the reminder ledger, and the settings the
-- reminder runtime and series planner need.

CREATE TABLE protocols (
    id           INTEGER PRIMARY KEY,
    protocol_id  TEXT NOT NULL CHECK (length(protocol_id) BETWEEN 1 AND 40),
    version      TEXT NOT NULL CHECK (length(version) BETWEEN 1 AND 40),
    origin       TEXT NOT NULL,
    source       TEXT NOT NULL CHECK (length(source) <= 262144),
    loaded_at    TEXT NOT NULL,
    active       INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
    UNIQUE (protocol_id, version)
);

-- At most one active clinic protocol; none active means the built-in one.
CREATE UNIQUE INDEX one_active_protocol ON protocols (active) WHERE active = 1;

ALTER TABLE treatments ADD COLUMN protocol_id INTEGER REFERENCES protocols (id);

CREATE TABLE marked_events (
    id     INTEGER PRIMARY KEY,
    date   TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    kind   TEXT NOT NULL CHECK (kind IN ('makeup', 'beach', 'other')),
    label  TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 100)
);

ALTER TABLE settings ADD COLUMN grace_minutes INTEGER NOT NULL DEFAULT 120 CHECK (grace_minutes BETWEEN 0 AND 1440);
ALTER TABLE settings ADD COLUMN series_length INTEGER NOT NULL DEFAULT 3 CHECK (series_length BETWEEN 1 AND 12);
ALTER TABLE settings ADD COLUMN keep_in_tray INTEGER NOT NULL DEFAULT 1 CHECK (keep_in_tray IN (0, 1));
ALTER TABLE settings ADD COLUMN start_at_login INTEGER NOT NULL DEFAULT 0 CHECK (start_at_login IN (0, 1));

-- One row per planned reminder id: the runtime claims a row and marks it delivered in
-- one transaction, so a reminder is delivered at most once even across a crash.
CREATE TABLE reminder_ledger (
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
                   CHECK (state IN ('planned', 'delivered', 'snoozed', 'dismissed', 'missed')),
    snoozed_until  TEXT,
    delivered_at   TEXT,
    dismissed_at   TEXT,
    missed_at      TEXT,
    updated_at     TEXT NOT NULL,
    CHECK ((state = 'snoozed') = (snoozed_until IS NOT NULL))
);

CREATE INDEX ledger_by_due ON reminder_ledger (state, due_at);
