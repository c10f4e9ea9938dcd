-- Instants the database compares, as integer epoch milliseconds it can compare and index.
-- The text columns stay the exact instants (nanoseconds, what the app reads back); these
-- are derived from them by SQLite itself, so they can never disagree. Text does not sort
-- like instants do once fractional digits vary ("…:00Z" sorts after "…:00.5Z").

-- When a reminder rings next: its snooze, else its retry, else its due time
-- (LedgerEntry::effective_due). The claim asks for what is due by this.
ALTER TABLE reminder_ledger ADD COLUMN next_due_ms INTEGER
    GENERATED ALWAYS AS (CAST(unixepoch(COALESCE(snoozed_until, retry_at, due_at), 'subsec') * 1000 AS INTEGER)) VIRTUAL;
-- Replaces the index on the text due time, which no query compares any more.
DROP INDEX ledger_by_due;
CREATE INDEX ledger_by_next_due ON reminder_ledger (state, next_due_ms);

-- When a treatment ended: the latest treatment is the current case.
ALTER TABLE treatments ADD COLUMN ended_ms INTEGER
    GENERATED ALWAYS AS (CAST(unixepoch(ended_at, 'subsec') * 1000 AS INTEGER)) VIRTUAL;
DROP INDEX treatments_by_end;
CREATE INDEX treatments_by_end ON treatments (ended_ms, id);
