-- Evaluation: jury assignments, declared conflicts, evaluations and their scores.

CREATE TABLE assignment (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    edition_id     BIGINT       NOT NULL,
    submission_id  BIGINT       NOT NULL,
    juror_id       BIGINT       NOT NULL,
    origin         VARCHAR(8)   NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    created_by     BIGINT       NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_assignment_edition FOREIGN KEY (edition_id) REFERENCES edition (id),
    CONSTRAINT fk_assignment_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_assignment_juror FOREIGN KEY (juror_id) REFERENCES account (id),
    CONSTRAINT uq_assignment_pair UNIQUE (submission_id, juror_id),
    CONSTRAINT ck_assignment_origin CHECK (origin IN ('MANUAL', 'AUTO', 'EXTRA'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_assignment_edition_juror ON assignment (edition_id, juror_id);

-- A juror's declaration that they must not judge a submission (kept after the assignment is removed).
CREATE TABLE conflict (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    submission_id  BIGINT         NOT NULL,
    juror_id       BIGINT         NOT NULL,
    reason         VARCHAR(1000)  NOT NULL,
    declared_at    DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_conflict_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT fk_conflict_juror FOREIGN KEY (juror_id) REFERENCES account (id),
    CONSTRAINT uq_conflict_pair UNIQUE (submission_id, juror_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One evaluation per assignment. raw_score (0-100, the weighted rubric score) is computed by the
-- database when the evaluation is submitted and cleared when it is reopened.
CREATE TABLE evaluation (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    assignment_id    BIGINT        NOT NULL,
    status           VARCHAR(16)   NOT NULL DEFAULT 'DRAFT',
    private_comment  TEXT          NULL,
    feedback         TEXT          NULL,
    raw_score        DECIMAL(9,4)  NULL,
    submitted_at     DATETIME(6)   NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_evaluation_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id) ON DELETE CASCADE,
    CONSTRAINT uq_evaluation_assignment UNIQUE (assignment_id),
    CONSTRAINT ck_evaluation_status CHECK (status IN ('DRAFT', 'SUBMITTED')),
    CONSTRAINT ck_evaluation_raw CHECK ((status = 'SUBMITTED') = (raw_score IS NOT NULL)),
    CONSTRAINT ck_evaluation_raw_range CHECK (raw_score IS NULL OR (raw_score >= 0 AND raw_score <= 100))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_evaluation_status ON evaluation (status);

-- A score per criterion; gates holds the juror's yes/no answers when the level was computed from them.
CREATE TABLE evaluation_score (
    evaluation_id  BIGINT       NOT NULL,
    criterion_id   BIGINT       NOT NULL,
    score          INT          NOT NULL,
    gates          VARCHAR(100) NULL,
    PRIMARY KEY (evaluation_id, criterion_id),
    CONSTRAINT fk_score_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id) ON DELETE CASCADE,
    CONSTRAINT fk_score_criterion FOREIGN KEY (criterion_id) REFERENCES criterion (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
