-- A special mention is a final outcome of its own: publication gives each project under review the
-- kind of its award as its status (WINNER, LAUREATE or SPECIAL_MENTION), NOT_RETAINED without one.
-- Until now a special mention was filed as NOT_RETAINED.

ALTER TABLE submission DROP CONSTRAINT ck_submission_status;
ALTER TABLE submission ADD CONSTRAINT ck_submission_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'WITHDRAWN',
    'UNDER_REVIEW', 'LAUREATE', 'WINNER', 'SPECIAL_MENTION', 'NOT_RETAINED'));

-- Editions already published: each special mention filed as not retained gets its own outcome, and
-- the correction is in the project's history like any change of status (made by the system).
INSERT INTO audit_log (occurred_at, actor_id, actor_email, entity_type, entity_id, action, before_state, after_state)
SELECT UTC_TIMESTAMP(6), NULL, 'system', 'SUBMISSION', s.id, 'STATUS', '{"status":"NOT_RETAINED"}',
       '{"status":"SPECIAL_MENTION"}'
FROM submission s JOIN award a ON a.submission_id = s.id
WHERE a.kind = 'SPECIAL_MENTION' AND s.status = 'NOT_RETAINED';

UPDATE submission s JOIN award a ON a.submission_id = s.id
SET s.status = 'SPECIAL_MENTION', s.version = s.version + 1
WHERE a.kind = 'SPECIAL_MENTION' AND s.status = 'NOT_RETAINED';
