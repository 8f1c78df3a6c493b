-- The anonymisation helper of blind editions (issue 20): the last scan of each project for its
-- author's identity (names, school, email, co-authors) in its text fields and evidence files.
--
-- A scan holds for the project's version, its evidence files (their ids in order) and the terms
-- searched: evidence_key and terms_key are SHA-256 (hex) of the ids joined by commas and of
-- the terms; any change of one makes it stale, and it is done again when next
-- asked for (and at submit). findings_count and kinds (comma separated, e.g. 'NAME,EMAIL') let the
-- administrators' list filter and page in SQL; report holds the findings and files as JSON.
CREATE TABLE anonymity_scan (
    submission_id       BIGINT        NOT NULL,
    submission_version  BIGINT        NOT NULL,
    evidence_key        CHAR(64)      NOT NULL,
    terms_key           CHAR(64)      NOT NULL,
    scanned_at          DATETIME(6)   NOT NULL,
    findings_count      INT           NOT NULL,
    unchecked_files     INT           NOT NULL,
    kinds               VARCHAR(40)   NOT NULL,
    report              MEDIUMTEXT    NOT NULL,
    PRIMARY KEY (submission_id),
    CONSTRAINT fk_anonymity_scan_submission FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE,
    CONSTRAINT ck_anonymity_scan_counts CHECK (findings_count >= 0 AND unchecked_files >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
