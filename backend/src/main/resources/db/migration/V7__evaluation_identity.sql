-- The ranking reads every submitted evaluation of an edition with its juror and project. Joining
-- 60,000 evaluations to their assignments one by one cost more than everything else in it, so an
-- evaluation carries the edition, project and juror of its assignment. A composite foreign key
-- makes the copies impossible to get wrong: they must equal the assignment's, and follow it.

ALTER TABLE evaluation
    ADD COLUMN edition_id BIGINT NULL AFTER assignment_id,
    ADD COLUMN submission_id BIGINT NULL AFTER edition_id,
    ADD COLUMN juror_id BIGINT NULL AFTER submission_id;

UPDATE evaluation e JOIN assignment a ON a.id = e.assignment_id
SET e.edition_id = a.edition_id, e.submission_id = a.submission_id, e.juror_id = a.juror_id;

ALTER TABLE evaluation
    MODIFY edition_id BIGINT NOT NULL,
    MODIFY submission_id BIGINT NOT NULL,
    MODIFY juror_id BIGINT NOT NULL;

CREATE UNIQUE INDEX uq_assignment_identity ON assignment (id, edition_id, submission_id, juror_id);

ALTER TABLE evaluation
    ADD CONSTRAINT fk_evaluation_assignment_identity FOREIGN KEY (assignment_id, edition_id, submission_id, juror_id)
        REFERENCES assignment (id, edition_id, submission_id, juror_id) ON DELETE CASCADE ON UPDATE CASCADE;

-- The submitted evaluations of an edition, per juror, read from the index alone.
CREATE INDEX ix_evaluation_edition_ranking ON evaluation (edition_id, status, juror_id, submission_id, raw_score);
