-- Judging integrity (issue 18): feedback moderation, and the audit log and the outbox read by edition.

-- The text an administrator wrote, before publication, in place of a juror's feedback for the teacher.
-- The juror's own text stays unchanged in evaluation.feedback (the juror keeps reading it) and the
-- change, before and after, is in the audit log. source_sha256 is the SHA-256 of the juror's feedback
-- that was moderated: if the juror changes it afterwards (the evaluation reopened), the moderation no
-- longer applies and the teacher reads the juror's new text until it is moderated again. An empty
-- text withholds the juror's feedback. version starts at 1 and grows with each change.
CREATE TABLE evaluation_moderation (
    evaluation_id       BIGINT        NOT NULL,
    feedback            TEXT          NOT NULL,
    source_sha256       CHAR(64)      NOT NULL,
    moderated_by        BIGINT        NULL,
    moderated_by_email  VARCHAR(254)  NOT NULL,
    moderated_at        DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL,
    PRIMARY KEY (evaluation_id),
    CONSTRAINT fk_moderation_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id) ON DELETE CASCADE,
    CONSTRAINT fk_moderation_account FOREIGN KEY (moderated_by) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_moderation_length CHECK (CHAR_LENGTH(feedback) <= 10000),
    CONSTRAINT ck_moderation_source CHECK (source_sha256 REGEXP '^[0-9a-f]{64}$'),
    CONSTRAINT ck_moderation_version CHECK (version >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The outbox remembers the edition an email is about (submissions, jury, reminders, results).
ALTER TABLE outbox_message
    ADD COLUMN edition_id BIGINT NULL AFTER account_id,
    ADD CONSTRAINT fk_outbox_edition FOREIGN KEY (edition_id) REFERENCES edition (id) ON DELETE SET NULL;

-- The emails already written: their key names the edition, or the project of the edition.
UPDATE outbox_message o
SET o.edition_id = CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(o.dedup_key, ':edition:', -1), ':', 1) AS UNSIGNED)
WHERE o.dedup_key LIKE '%:edition:%'
  AND EXISTS (SELECT 1 FROM edition e
              WHERE e.id = CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(o.dedup_key, ':edition:', -1), ':', 1) AS UNSIGNED));

UPDATE outbox_message o
    JOIN submission s ON s.id = CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(o.dedup_key, ':', 2), ':', -1) AS UNSIGNED)
SET o.edition_id = s.edition_id
WHERE o.edition_id IS NULL
  AND (o.dedup_key LIKE 'submission-received:%' OR o.dedup_key LIKE 'submission-withdrawn:%');

-- The edition each audit entry is about, so that the log reads by edition, newest first, from an index.
-- An AFTER INSERT trigger writes it whatever writes the entry (an entity, or an INSERT ... SELECT of many
-- rows): from the entity the entry names, else from an earlier entry about the same entity (one deleted
-- since). Account entries belong to no edition. (A BEFORE INSERT trigger setting a column of audit_log
-- itself would be simpler, but MariaDB 11.4 then refuses a multi-row INSERT ... SELECT into it with
-- "Column 'occurred_at' cannot be null".) No foreign key to edition: the log keeps the number of an
-- edition deleted since.
CREATE TABLE audit_log_edition (
    audit_id     BIGINT       NOT NULL,
    edition_id   BIGINT       NOT NULL,
    occurred_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (audit_id),
    CONSTRAINT fk_audit_log_edition_entry FOREIGN KEY (audit_id) REFERENCES audit_log (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_audit_log_edition ON audit_log_edition (edition_id, occurred_at, audit_id);

-- The entries already written, from the entities they name, then from the other entries about the same entity.
INSERT INTO audit_log_edition (audit_id, edition_id, occurred_at)
SELECT k.id, k.edition_id, k.occurred_at FROM (
    SELECT l.id, l.occurred_at, CASE l.entity_type
        WHEN 'EDITION' THEN l.entity_id
        WHEN 'SUBMISSION' THEN (SELECT s.edition_id FROM submission s WHERE s.id = l.entity_id)
        WHEN 'ASSIGNMENT' THEN (SELECT a.edition_id FROM assignment a WHERE a.id = l.entity_id)
        WHEN 'EVALUATION' THEN (SELECT e.edition_id FROM evaluation e WHERE e.id = l.entity_id)
        WHEN 'AWARD' THEN (SELECT w.edition_id FROM award w WHERE w.id = l.entity_id)
        WHEN 'CERTIFICATE' THEN (SELECT c.edition_id FROM certificate c WHERE c.id = l.entity_id)
    END AS edition_id
    FROM audit_log l) k
WHERE k.edition_id IS NOT NULL;

INSERT INTO audit_log_edition (audit_id, edition_id, occurred_at)
SELECT l.id, k.edition_id, l.occurred_at
FROM audit_log l
    JOIN (SELECT q.entity_type, q.entity_id, MAX(x.edition_id) AS edition_id
          FROM audit_log_edition x JOIN audit_log q ON q.id = x.audit_id
          GROUP BY q.entity_type, q.entity_id) k
        ON k.entity_type = l.entity_type AND k.entity_id = l.entity_id
WHERE l.entity_type <> 'ACCOUNT'
  AND NOT EXISTS (SELECT 1 FROM audit_log_edition y WHERE y.audit_id = l.id);

CREATE TRIGGER tr_audit_log_edition AFTER INSERT ON audit_log FOR EACH ROW
INSERT INTO audit_log_edition (audit_id, edition_id, occurred_at)
SELECT NEW.id, k.edition_id, NEW.occurred_at FROM (SELECT COALESCE(
    CASE NEW.entity_type
        WHEN 'EDITION' THEN NEW.entity_id
        WHEN 'SUBMISSION' THEN (SELECT s.edition_id FROM submission s WHERE s.id = NEW.entity_id)
        WHEN 'ASSIGNMENT' THEN (SELECT a.edition_id FROM assignment a WHERE a.id = NEW.entity_id)
        WHEN 'EVALUATION' THEN (SELECT e.edition_id FROM evaluation e WHERE e.id = NEW.entity_id)
        WHEN 'AWARD' THEN (SELECT w.edition_id FROM award w WHERE w.id = NEW.entity_id)
        WHEN 'CERTIFICATE' THEN (SELECT c.edition_id FROM certificate c WHERE c.id = NEW.entity_id)
        WHEN 'OUTBOX_MESSAGE' THEN (SELECT o.edition_id FROM outbox_message o WHERE o.id = NEW.entity_id)
    END,
    CASE WHEN NEW.entity_type <> 'ACCOUNT' THEN
        (SELECT x.edition_id FROM audit_log_edition x JOIN audit_log q ON q.id = x.audit_id
         WHERE q.entity_type = NEW.entity_type AND q.entity_id = NEW.entity_id ORDER BY x.audit_id DESC LIMIT 1)
    END) AS edition_id) k
WHERE k.edition_id IS NOT NULL;

-- The other filters of the audit log, each newest first from its index: by actor, by action, and by
-- date alone (the unfiltered list too).
CREATE INDEX ix_audit_log_actor ON audit_log (actor_email, occurred_at, id);
CREATE INDEX ix_audit_log_action ON audit_log (action, occurred_at, id);
CREATE INDEX ix_audit_log_occurred ON audit_log (occurred_at, id);

-- The filters of the outbox, newest first: by edition, by status, by recipient (by date: ix_outbox_created).
CREATE INDEX ix_outbox_edition ON outbox_message (edition_id, created_at, id);
CREATE INDEX ix_outbox_status_created ON outbox_message (status, created_at, id);
CREATE INDEX ix_outbox_recipient ON outbox_message (recipient, created_at, id);
