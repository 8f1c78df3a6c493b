-- Submissions: the teacher's profile, projects and their evidence files.

-- Profile of teachers (and, from the evaluation issue on, of jurors): where they teach.
ALTER TABLE account
    ADD COLUMN region_code   CHAR(5)      NULL,
    ADD COLUMN school_name   VARCHAR(200) NULL,
    ADD COLUMN school_level  VARCHAR(32)  NULL,
    ADD COLUMN discipline    VARCHAR(100) NULL,
    ADD COLUMN phone         VARCHAR(20)  NULL,
    ADD CONSTRAINT fk_account_region FOREIGN KEY (region_code) REFERENCES region (code),
    ADD CONSTRAINT fk_account_school_level FOREIGN KEY (school_level) REFERENCES school_level (code);

CREATE TABLE submission (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    edition_id      BIGINT         NOT NULL,
    author_id       BIGINT         NOT NULL,
    title           VARCHAR(200)   NOT NULL,
    summary         VARCHAR(1000)  NULL,
    description     TEXT           NULL,
    discipline      VARCHAR(100)   NULL,
    school_level    VARCHAR(32)    NULL,
    region_code     CHAR(5)        NULL,
    school_name     VARCHAR(200)   NULL,
    co_authors      TEXT           NOT NULL DEFAULT '[]',
    technologies    TEXT           NOT NULL DEFAULT '[]',
    pupils_count    INT            NULL,
    video_url       VARCHAR(500)   NULL,
    site_url        VARCHAR(500)   NULL,
    status          VARCHAR(16)    NOT NULL DEFAULT 'DRAFT',
    submitted_at    DATETIME(6)    NULL,
    created_at      DATETIME(6)    NOT NULL,
    updated_at      DATETIME(6)    NOT NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    -- One active (not withdrawn) submission per teacher and edition: NULL for withdrawn rows,
    -- which the unique key below ignores.
    active_author_id BIGINT AS (CASE WHEN status <> 'WITHDRAWN' THEN author_id END) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT fk_submission_edition FOREIGN KEY (edition_id) REFERENCES edition (id),
    CONSTRAINT fk_submission_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT fk_submission_region FOREIGN KEY (region_code) REFERENCES region (code),
    CONSTRAINT fk_submission_school_level FOREIGN KEY (school_level) REFERENCES school_level (code),
    CONSTRAINT uq_submission_active_author UNIQUE (edition_id, active_author_id),
    CONSTRAINT ck_submission_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'WITHDRAWN', 'UNDER_REVIEW',
                                                      'LAUREATE', 'WINNER', 'NOT_RETAINED')),
    CONSTRAINT ck_submission_pupils CHECK (pupils_count IS NULL OR pupils_count > 0),
    CONSTRAINT ck_submission_lists CHECK (JSON_VALID(co_authors) AND JSON_VALID(technologies))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_submission_edition_status ON submission (edition_id, status);
CREATE INDEX ix_submission_edition_region ON submission (edition_id, region_code);
CREATE INDEX ix_submission_edition_level ON submission (edition_id, school_level);
CREATE INDEX ix_submission_author ON submission (author_id);

-- Evidence files. The bytes live in chunks of at most 1 MiB so that uploads and downloads
-- stream with bounded memory and no large packets.
CREATE TABLE attachment (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    submission_id   BIGINT        NOT NULL,
    filename        VARCHAR(255)  NOT NULL,
    content_type    VARCHAR(100)  NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    uploaded_by     BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_attachment_submission FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE,
    CONSTRAINT fk_attachment_uploader FOREIGN KEY (uploaded_by) REFERENCES account (id),
    CONSTRAINT ck_attachment_size CHECK (size_bytes > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_attachment_submission ON attachment (submission_id);

CREATE TABLE attachment_chunk (
    attachment_id  BIGINT      NOT NULL,
    seq            INT         NOT NULL,
    bytes          MEDIUMBLOB  NOT NULL,
    PRIMARY KEY (attachment_id, seq),
    CONSTRAINT fk_attachment_chunk_attachment FOREIGN KEY (attachment_id) REFERENCES attachment (id) ON DELETE CASCADE
) ENGINE=InnoDB;
