-- Version 7: a treatment knows from when the app looks after its reminders: the moment of
-- set-up (or of a restore) less the grace period then in force. Reminders due before it
-- never enter the ledger, so what fell due before the client entered the treatment is each
-- rule's state, not a list of "missed" reminders. NULL (older rows) keeps every reminder.

ALTER TABLE treatments ADD COLUMN reminders_from TEXT;
