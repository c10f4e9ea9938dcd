-- Version 9: photos of the treated skin, kept with the check-in of their day (deleting the
-- check-in or its treatment deletes them) and inside the database, so a photo and its
-- check-in are written, backed up and restored together (see the README: why BLOBs).

CREATE TABLE photos (
    id           INTEGER PRIMARY KEY,
    treatment_id INTEGER NOT NULL,
    date         TEXT NOT NULL,
    added_at     TEXT NOT NULL,
    width        INTEGER NOT NULL CHECK (width BETWEEN 1 AND 2048),
    height       INTEGER NOT NULL CHECK (height BETWEEN 1 AND 2048),
    jpeg         BLOB NOT NULL,
    thumbnail    BLOB NOT NULL,
    FOREIGN KEY (treatment_id, date) REFERENCES checkins (treatment_id, date) ON DELETE CASCADE
);

CREATE INDEX photos_by_day ON photos (treatment_id, date);
