-- Evidence retention (law 09-08): each pass of the scheduled job that erases the files of projects
-- without an award, past their edition's evidence_retention_months after publication. One row per
-- pass that ran (a process that found the job running elsewhere writes none); the erased files are
-- deleted (their bytes with them), so the counts here are the record of what was erased.
CREATE TABLE retention_pass (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    started_at   DATETIME(6)   NOT NULL,
    finished_at  DATETIME(6)   NULL,
    editions     INT           NOT NULL DEFAULT 0,
    files        INT           NOT NULL DEFAULT 0,
    bytes        BIGINT        NOT NULL DEFAULT 0,
    errors       INT           NOT NULL DEFAULT 0,
    last_error   VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    INDEX ix_retention_pass_started (started_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What each pass erased in each edition: the report's "was erased on" per edition.
CREATE TABLE retention_pass_edition (
    pass_id     BIGINT       NOT NULL,
    edition_id  BIGINT       NOT NULL,
    files       INT          NOT NULL,
    bytes       BIGINT       NOT NULL,
    erased_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (pass_id, edition_id),
    INDEX ix_retention_pass_edition (edition_id, erased_at),
    CONSTRAINT fk_retention_pass_edition_pass FOREIGN KEY (pass_id) REFERENCES retention_pass (id) ON DELETE CASCADE,
    CONSTRAINT fk_retention_pass_edition_edition FOREIGN KEY (edition_id) REFERENCES edition (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
