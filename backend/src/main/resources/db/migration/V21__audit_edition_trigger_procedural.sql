-- The trigger of V19 that writes each audit entry's edition, rewritten as a procedure body: the V19
-- form (an INSERT ... SELECT over a derived table) made every audit row about 80 µs dearer, and the
-- automatic assignment of a national edition writes one row per assignment (60,000 rows: 5.1 s with
-- the V19 trigger, 1.6 s with this one, 0.4 s with none, measured on MariaDB 10.11). Same rule: the
-- edition of the entity the entry is about, else that of the entity's earlier entries; none for accounts.
DROP TRIGGER IF EXISTS tr_audit_log_edition;

DELIMITER $$
CREATE TRIGGER tr_audit_log_edition AFTER INSERT ON audit_log FOR EACH ROW
BEGIN
    DECLARE found BIGINT DEFAULT CASE NEW.entity_type
        WHEN 'EDITION' THEN NEW.entity_id
        WHEN 'SUBMISSION' THEN (SELECT s.edition_id FROM submission s WHERE s.id = NEW.entity_id)
        WHEN 'ASSIGNMENT' THEN (SELECT a.edition_id FROM assignment a WHERE a.id = NEW.entity_id)
        WHEN 'EVALUATION' THEN (SELECT e.edition_id FROM evaluation e WHERE e.id = NEW.entity_id)
        WHEN 'AWARD' THEN (SELECT w.edition_id FROM award w WHERE w.id = NEW.entity_id)
        WHEN 'CERTIFICATE' THEN (SELECT c.edition_id FROM certificate c WHERE c.id = NEW.entity_id)
        WHEN 'OUTBOX_MESSAGE' THEN (SELECT o.edition_id FROM outbox_message o WHERE o.id = NEW.entity_id)
    END;
    IF found IS NULL AND NEW.entity_type <> 'ACCOUNT' THEN
        SET found = (SELECT x.edition_id FROM audit_log_edition x JOIN audit_log q ON q.id = x.audit_id
                     WHERE q.entity_type = NEW.entity_type AND q.entity_id = NEW.entity_id
                     ORDER BY x.audit_id DESC LIMIT 1);
    END IF;
    IF found IS NOT NULL THEN
        INSERT INTO audit_log_edition (audit_id, edition_id, occurred_at) VALUES (NEW.id, found, NEW.occurred_at);
    END IF;
END$$
DELIMITER ;
