-- Version 1: the client's settings, treatments and daily check-ins.
-- Instants are RFC 3339 UTC text ("2026-11-20T13:00:00Z"); dates are local YYYY-MM-DD;
-- times of day are HH:MM. CHECK constraints repeat the domain's ranges as a second line
-- of defence: the Rust code validates first and names the field.

CREATE TABLE settings (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    zone          TEXT NOT NULL CHECK (length(zone) BETWEEN 1 AND 64),
    checkin_at    TEXT CHECK (checkin_at IS NULL OR checkin_at GLOB '[0-2][0-9]:[0-5][0-9]'),
    quiet_start   TEXT CHECK (quiet_start IS NULL OR quiet_start GLOB '[0-2][0-9]:[0-5][0-9]'),
    quiet_end     TEXT CHECK (quiet_end IS NULL OR quiet_end GLOB '[0-2][0-9]:[0-5][0-9]'),
    clinic_name   TEXT NOT NULL DEFAULT '' CHECK (length(clinic_name) <= 100),
    clinic_phone  TEXT NOT NULL DEFAULT '' CHECK (length(clinic_phone) <= 30),
    updated_at    TEXT NOT NULL,
    CHECK ((quiet_start IS NULL) = (quiet_end IS NULL))
);

CREATE TABLE treatments (
    id             INTEGER PRIMARY KEY,
    ended_at       TEXT NOT NULL,
    zone           TEXT NOT NULL CHECK (length(zone) BETWEEN 1 AND 64),
    area           TEXT NOT NULL DEFAULT '' CHECK (length(area) <= 100),
    clinic         TEXT NOT NULL DEFAULT '' CHECK (length(clinic) <= 100),
    notes          TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
    series_number  INTEGER CHECK (series_number IS NULL OR series_number BETWEEN 1 AND 12),
    created_at     TEXT NOT NULL
);

CREATE INDEX treatments_by_end ON treatments (ended_at);

CREATE TABLE checkins (
    treatment_id      INTEGER NOT NULL REFERENCES treatments (id) ON DELETE CASCADE,
    date              TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    redness           INTEGER NOT NULL CHECK (redness BETWEEN 0 AND 4),
    breakouts         INTEGER NOT NULL CHECK (breakouts BETWEEN 0 AND 500),
    swelling          INTEGER NOT NULL CHECK (swelling BETWEEN 0 AND 3),
    pain              INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
    warmth            INTEGER NOT NULL CHECK (warmth IN (0, 1)),
    itching           INTEGER NOT NULL CHECK (itching IN (0, 1)),
    peeling           INTEGER NOT NULL CHECK (peeling IN (0, 1)),
    bruising          INTEGER NOT NULL CHECK (bruising IN (0, 1)),
    bleeding          INTEGER NOT NULL CHECK (bleeding IN (0, 1)),
    pus               INTEGER NOT NULL CHECK (pus IN (0, 1)),
    red_streaks       INTEGER NOT NULL CHECK (red_streaks IN (0, 1)),
    blisters          INTEGER NOT NULL CHECK (blisters IN (0, 1)),
    fever             INTEGER NOT NULL CHECK (fever IN (0, 1)),
    breathing_trouble INTEGER NOT NULL CHECK (breathing_trouble IN (0, 1)),
    notes             TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    PRIMARY KEY (treatment_id, date)
) WITHOUT ROWID;
