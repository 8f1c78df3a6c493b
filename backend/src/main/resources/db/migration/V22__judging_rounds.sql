-- Staged competitions: an edition is judged in 1 to 3 ordered rounds (a regional pre-selection by
-- each academy's jury, a national round, a finalists' round). Every existing edition becomes a
-- single national round that carries its current settings, its criteria and its assignments, so an
-- edition with one round works exactly as before.
--
-- The edition's jurors_per_project, blind_review and evaluation_close_at columns stay: they hold the
-- settings of the edition's current round (the open one, else the last), kept in step by the round
-- service, so what reads them keeps reading the round being judged.

CREATE TABLE judging_round (
    id                       BIGINT        NOT NULL AUTO_INCREMENT,
    edition_id               BIGINT        NOT NULL,
    position                 INT           NOT NULL,
    name_fr                  VARCHAR(200)  NOT NULL,
    name_ar                  VARCHAR(200)  NULL,
    name_en                  VARCHAR(200)  NULL,
    scope                    VARCHAR(10)   NOT NULL,
    rubric                   VARCHAR(16)   NOT NULL,
    jurors_per_project       INT           NOT NULL,
    blind_review             BOOLEAN       NOT NULL,
    exclude_previous_jurors  BOOLEAN       NOT NULL DEFAULT FALSE,
    evaluation_close_at      DATETIME(6)   NOT NULL,
    -- How many projects go on to the next round: per region in a REGIONAL round, overall in a
    -- NATIONAL one; NULL for the last round.
    advance_count            INT           NULL,
    status                   VARCHAR(10)   NOT NULL DEFAULT 'PENDING',
    opened_at                DATETIME(6)   NULL,
    closed_at                DATETIME(6)   NULL,
    shortlist_confirmed_at   DATETIME(6)   NULL,
    shortlist_confirmed_by   BIGINT        NULL,
    -- The finalists' round: the jury's president records the deliberation's minutes.
    president_id             BIGINT        NULL,
    minutes                  TEXT          NULL,
    minutes_recorded_at      DATETIME(6)   NULL,
    version                  BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_round_edition FOREIGN KEY (edition_id) REFERENCES edition (id) ON DELETE CASCADE,
    CONSTRAINT fk_round_confirmed_by FOREIGN KEY (shortlist_confirmed_by) REFERENCES account (id),
    CONSTRAINT fk_round_president FOREIGN KEY (president_id) REFERENCES account (id),
    CONSTRAINT uq_round_position UNIQUE (edition_id, position),
    CONSTRAINT ck_round_position CHECK (position BETWEEN 1 AND 3),
    CONSTRAINT ck_round_scope CHECK (scope IN ('REGIONAL', 'NATIONAL')),
    CONSTRAINT ck_round_rubric CHECK (rubric IN ('CLD21', 'PRESENTATION')),
    CONSTRAINT ck_round_jurors CHECK (jurors_per_project BETWEEN 1 AND 10),
    CONSTRAINT ck_round_advance CHECK (advance_count IS NULL OR advance_count BETWEEN 1 AND 1000),
    CONSTRAINT ck_round_status CHECK (status IN ('PENDING', 'OPEN', 'CLOSED', 'ADVANCED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One national round per existing edition, with the edition's settings; its status follows the
-- edition's (open while the edition is in EVALUATION, closed after).
INSERT INTO judging_round (edition_id, position, name_fr, name_ar, name_en, scope, rubric, jurors_per_project,
                           blind_review, evaluation_close_at, status, opened_at, closed_at)
SELECT e.id, 1, 'Jury national', 'اللجنة الوطنية', 'National jury', 'NATIONAL', 'CLD21', e.jurors_per_project,
       e.blind_review, e.evaluation_close_at,
       CASE WHEN e.status IN ('DRAFT', 'OPEN') THEN 'PENDING' WHEN e.status = 'EVALUATION' THEN 'OPEN' ELSE 'CLOSED' END,
       CASE WHEN e.status IN ('DRAFT', 'OPEN') THEN NULL ELSE e.updated_at END,
       CASE WHEN e.status IN ('DRAFT', 'OPEN', 'EVALUATION') THEN NULL ELSE e.updated_at END
FROM edition e;

-- The projects of each round: the first round's are the edition's projects under review (after
-- screening), a later round's are the ones its previous round advanced. A region is copied from the
-- project so a regional round's quotas and lists read one table.
CREATE TABLE round_entry (
    round_id        BIGINT         NOT NULL,
    submission_id   BIGINT         NOT NULL,
    region_code     CHAR(5)        NULL,
    -- IN while judged; ADVANCED or NOT_ADVANCED once the round's shortlist is confirmed.
    outcome         VARCHAR(12)    NOT NULL DEFAULT 'IN',
    -- The shortlist being prepared: whether it goes on, whether that differs from the proposal
    -- computed from the ranking and quotas, and the recorded reason of an adjustment.
    advances        BOOLEAN        NULL,
    adjusted        BOOLEAN        NOT NULL DEFAULT FALSE,
    adjust_reason   VARCHAR(1000)  NULL,
    decided_at      DATETIME(6)    NULL,
    decided_by      BIGINT         NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (round_id, submission_id),
    CONSTRAINT fk_entry_round FOREIGN KEY (round_id) REFERENCES judging_round (id) ON DELETE CASCADE,
    CONSTRAINT fk_entry_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_entry_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_entry_decided_by FOREIGN KEY (decided_by) REFERENCES account (id),
    CONSTRAINT ck_entry_outcome CHECK (outcome IN ('IN', 'ADVANCED', 'NOT_ADVANCED')),
    CONSTRAINT ck_entry_reason CHECK (adjusted = FALSE OR adjust_reason IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_round_entry_region ON round_entry (round_id, region_code, outcome);
CREATE INDEX ix_round_entry_submission ON round_entry (submission_id);

INSERT INTO round_entry (round_id, submission_id, region_code, outcome)
SELECT r.id, s.id, s.region_code, 'IN'
FROM submission s JOIN judging_round r ON r.edition_id = s.edition_id AND r.position = 1
WHERE s.status IN ('UNDER_REVIEW', 'LAUREATE', 'WINNER', 'SPECIAL_MENTION', 'NOT_RETAINED');

-- Criteria: the edition's own rubric (round_id NULL) serves its CLD21 rounds; a presentation rubric
-- belongs to its round.
ALTER TABLE criterion
    ADD COLUMN round_id BIGINT NULL AFTER edition_id,
    ADD CONSTRAINT fk_criterion_round FOREIGN KEY (round_id) REFERENCES judging_round (id) ON DELETE CASCADE,
    DROP INDEX uq_criterion_code,
    ADD COLUMN round_key BIGINT AS (COALESCE(round_id, 0)) PERSISTENT,
    ADD CONSTRAINT uq_criterion_code UNIQUE (edition_id, round_key, code);

-- Assignments and evaluations belong to a round; the same juror may judge the same project in two
-- rounds (unless the round excludes it), never twice in one.
ALTER TABLE assignment ADD COLUMN round_id BIGINT NULL AFTER edition_id;
UPDATE assignment a JOIN judging_round r ON r.edition_id = a.edition_id AND r.position = 1 SET a.round_id = r.id;
ALTER TABLE assignment
    MODIFY round_id BIGINT NOT NULL,
    ADD CONSTRAINT fk_assignment_round FOREIGN KEY (round_id) REFERENCES judging_round (id),
    ADD CONSTRAINT uq_assignment_round_pair UNIQUE (round_id, submission_id, juror_id),
    ADD INDEX ix_assignment_round_juror_submission (round_id, juror_id, submission_id),
    ADD INDEX ix_assignment_round_submission (round_id, submission_id, juror_id);
ALTER TABLE assignment ADD INDEX ix_assignment_submission_juror (submission_id, juror_id);
ALTER TABLE assignment DROP INDEX uq_assignment_pair;

ALTER TABLE evaluation ADD COLUMN round_id BIGINT NULL AFTER edition_id;
UPDATE evaluation e JOIN assignment a ON a.id = e.assignment_id SET e.round_id = a.round_id;
ALTER TABLE evaluation DROP FOREIGN KEY fk_evaluation_assignment_identity;
ALTER TABLE evaluation MODIFY round_id BIGINT NOT NULL;
CREATE UNIQUE INDEX uq_assignment_round_identity ON assignment (id, edition_id, round_id, submission_id, juror_id);
ALTER TABLE evaluation
    ADD CONSTRAINT fk_evaluation_assignment_round_identity
        FOREIGN KEY (assignment_id, edition_id, round_id, submission_id, juror_id)
        REFERENCES assignment (id, edition_id, round_id, submission_id, juror_id) ON DELETE CASCADE ON UPDATE CASCADE;
CREATE INDEX ix_evaluation_round_ranking ON evaluation (round_id, status, juror_id, submission_id, raw_score);

-- Regional coordinators: the coordinator of one academy (AREF), whose region is the account's.
ALTER TABLE account DROP CONSTRAINT ck_account_role;
ALTER TABLE account ADD CONSTRAINT ck_account_role CHECK (role IN ('TEACHER', 'JURY', 'COORDINATOR', 'ADMIN'));
ALTER TABLE account ADD CONSTRAINT ck_account_coordinator_region CHECK (role <> 'COORDINATOR' OR region_code IS NOT NULL);

-- Eligibility screening against the edition's checklist, before the first round. An ineligible
-- project leaves the competition with the INELIGIBLE status.
CREATE TABLE screening_item (
    edition_id  BIGINT         NOT NULL,
    position    INT            NOT NULL,
    label_fr    VARCHAR(500)   NOT NULL,
    label_ar    VARCHAR(500)   NULL,
    label_en    VARCHAR(500)   NULL,
    PRIMARY KEY (edition_id, position),
    CONSTRAINT fk_screening_item_edition FOREIGN KEY (edition_id) REFERENCES edition (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE screening (
    submission_id  BIGINT         NOT NULL,
    outcome        VARCHAR(10)    NOT NULL,
    -- The checklist's answers, one character per item in order: Y (met) or N (not met).
    answers        VARCHAR(50)    NOT NULL,
    reason         VARCHAR(1000)  NULL,
    screened_by    BIGINT         NOT NULL,
    screened_at    DATETIME(6)    NOT NULL,
    version        BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (submission_id),
    CONSTRAINT fk_screening_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_screening_by FOREIGN KEY (screened_by) REFERENCES account (id),
    CONSTRAINT ck_screening_outcome CHECK (outcome IN ('ELIGIBLE', 'INELIGIBLE')),
    CONSTRAINT ck_screening_reason CHECK (outcome = 'ELIGIBLE' OR reason IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE submission DROP CONSTRAINT ck_submission_status;
ALTER TABLE submission ADD CONSTRAINT ck_submission_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'WITHDRAWN',
    'INELIGIBLE', 'UNDER_REVIEW', 'LAUREATE', 'WINNER', 'SPECIAL_MENTION', 'NOT_RETAINED'));

-- The finalists' presentations: one slot per finalist in a round.
CREATE TABLE presentation_slot (
    id                BIGINT         NOT NULL AUTO_INCREMENT,
    round_id          BIGINT         NOT NULL,
    submission_id     BIGINT         NOT NULL,
    starts_at         DATETIME(6)    NOT NULL,
    duration_minutes  INT            NOT NULL,
    place             VARCHAR(300)   NULL,
    video_url         VARCHAR(500)   NULL,
    -- Bumped at every change: the calendar invitation's SEQUENCE.
    sequence          INT            NOT NULL DEFAULT 0,
    created_at        DATETIME(6)    NOT NULL,
    updated_at        DATETIME(6)    NOT NULL,
    version           BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_slot_round FOREIGN KEY (round_id) REFERENCES judging_round (id) ON DELETE CASCADE,
    CONSTRAINT fk_slot_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT uq_slot_finalist UNIQUE (round_id, submission_id),
    CONSTRAINT ck_slot_duration CHECK (duration_minutes BETWEEN 5 AND 240),
    CONSTRAINT ck_slot_where CHECK (place IS NOT NULL OR video_url IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The delegation to the international forum: the forum's dates, and who goes (the winner and any
-- companions, each a project of the edition).
ALTER TABLE edition
    ADD COLUMN forum_starts_on DATE NULL AFTER forum_year,
    ADD COLUMN forum_ends_on DATE NULL AFTER forum_starts_on;

CREATE TABLE delegation_member (
    edition_id     BIGINT       NOT NULL,
    submission_id  BIGINT       NOT NULL,
    role           VARCHAR(10)  NOT NULL,
    position       INT          NOT NULL,
    PRIMARY KEY (edition_id, submission_id),
    CONSTRAINT fk_delegation_edition FOREIGN KEY (edition_id) REFERENCES edition (id) ON DELETE CASCADE,
    CONSTRAINT fk_delegation_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT ck_delegation_role CHECK (role IN ('WINNER', 'COMPANION'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
