-- Version 10: the language the client chose in Settings (NULL: the device's).

ALTER TABLE settings ADD COLUMN language TEXT CHECK (language IS NULL OR language IN ('en', 'de', 'en-XA'));
