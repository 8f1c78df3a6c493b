-- Calibration before scoring: the jurors an administrator chose score the same two or three sample
-- projects on the edition's rubric before they receive their real assignments; the report compares
-- them. Everything lives in its own tables: the ranking, the statistics and the agreement report read
-- only evaluation and evaluation_score, so a calibration score can never count.

-- At most one calibration per edition. While it is OPEN, the assignments of its jurors in the edition
-- are held back from them; closing it releases them.
CREATE TABLE calibration (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    edition_id  BIGINT       NOT NULL,
    status      VARCHAR(8)   NOT NULL DEFAULT 'OPEN',
    created_at  DATETIME(6)  NOT NULL,
    created_by  BIGINT       NULL,
    closed_at   DATETIME(6)  NULL,
    closed_by   BIGINT       NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_calibration_edition FOREIGN KEY (edition_id) REFERENCES edition (id),
    CONSTRAINT fk_calibration_created_by FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT fk_calibration_closed_by FOREIGN KEY (closed_by) REFERENCES account (id),
    CONSTRAINT uq_calibration_edition UNIQUE (edition_id),
    CONSTRAINT ck_calibration_status CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT ck_calibration_closed CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The jurors taking part, chosen when the calibration starts.
CREATE TABLE calibration_juror (
    calibration_id  BIGINT  NOT NULL,
    juror_id        BIGINT  NOT NULL,
    PRIMARY KEY (calibration_id, juror_id),
    CONSTRAINT fk_calibration_juror_calibration FOREIGN KEY (calibration_id) REFERENCES calibration (id) ON DELETE CASCADE,
    CONSTRAINT fk_calibration_juror_account FOREIGN KEY (juror_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A juror's calibrations, read on every visit of their assignments.
CREATE INDEX ix_calibration_juror_juror ON calibration_juror (juror_id, calibration_id);

-- An anonymised copy of a project: what a juror needs to score it, nothing that names its author
-- (no author, co-authors, school, region, links or files; their names are blanked out of the texts).
-- The original project is untouched; source_submission_id and source_edition_id are for administrators.
CREATE TABLE calibration_sample (
    id                    BIGINT         NOT NULL AUTO_INCREMENT,
    calibration_id        BIGINT         NOT NULL,
    position              INT            NOT NULL,
    source_submission_id  BIGINT         NULL,
    source_edition_id     BIGINT         NOT NULL,
    title                 VARCHAR(200)   NOT NULL,
    summary               VARCHAR(1000)  NULL,
    description           TEXT           NULL,
    discipline            VARCHAR(100)   NULL,
    school_level          VARCHAR(32)    NULL,
    technologies          TEXT           NOT NULL DEFAULT '[]',
    pupils_count          INT            NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_calibration_sample_calibration FOREIGN KEY (calibration_id) REFERENCES calibration (id) ON DELETE CASCADE,
    CONSTRAINT fk_calibration_sample_source FOREIGN KEY (source_submission_id) REFERENCES submission (id) ON DELETE SET NULL,
    CONSTRAINT fk_calibration_sample_edition FOREIGN KEY (source_edition_id) REFERENCES edition (id),
    CONSTRAINT fk_calibration_sample_level FOREIGN KEY (school_level) REFERENCES school_level (code),
    CONSTRAINT uq_calibration_sample_position UNIQUE (calibration_id, position),
    CONSTRAINT uq_calibration_sample_source UNIQUE (calibration_id, source_submission_id),
    CONSTRAINT ck_calibration_sample_technologies CHECK (JSON_VALID(technologies))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A juror's scores of a sample: every criterion of the rubric, the weighted 0-100 total computed by
-- the database as for an evaluation. Revisable while the calibration is open.
CREATE TABLE calibration_response (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    sample_id   BIGINT        NOT NULL,
    juror_id    BIGINT        NOT NULL,
    raw_score   DECIMAL(9,4)  NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_calibration_response_sample FOREIGN KEY (sample_id) REFERENCES calibration_sample (id) ON DELETE CASCADE,
    CONSTRAINT fk_calibration_response_juror FOREIGN KEY (juror_id) REFERENCES account (id),
    CONSTRAINT uq_calibration_response UNIQUE (sample_id, juror_id),
    CONSTRAINT ck_calibration_response_raw CHECK (raw_score IS NULL OR (raw_score >= 0 AND raw_score <= 100))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE calibration_score (
    response_id   BIGINT        NOT NULL,
    criterion_id  BIGINT        NOT NULL,
    score         INT           NOT NULL,
    gates         VARCHAR(100)  NULL,
    PRIMARY KEY (response_id, criterion_id),
    CONSTRAINT fk_calibration_score_response FOREIGN KEY (response_id) REFERENCES calibration_response (id) ON DELETE CASCADE,
    CONSTRAINT fk_calibration_score_criterion FOREIGN KEY (criterion_id) REFERENCES criterion (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
