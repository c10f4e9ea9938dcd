-- Version 6: the check-in asks about new dark patches (R3), and the client may choose the
-- emergency number (NULL: the default of the time zone's country).

ALTER TABLE checkins ADD COLUMN dark_patches INTEGER NOT NULL DEFAULT 0 CHECK (dark_patches IN (0, 1));
ALTER TABLE settings ADD COLUMN emergency_number TEXT
    CHECK (emergency_number IS NULL OR (length(emergency_number) BETWEEN 2 AND 6 AND emergency_number NOT GLOB '*[^0-9]*'));
