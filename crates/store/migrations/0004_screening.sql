-- The pre-treatment checklist (C1-C3) answers, as JSON; NULL until the client fills it in.
ALTER TABLE settings ADD COLUMN screening TEXT;
