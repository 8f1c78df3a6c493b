-- Emails past their retention have their address, subject and bodies erased (OutboxRetention). The
-- time of the erasure is kept, and the index lets each pass find the emails still to erase without
-- reading again the ones already erased.
ALTER TABLE outbox_message
    ADD COLUMN erased_at DATETIME(6) NULL,
    ADD INDEX ix_outbox_erasure (erased_at, created_at);
