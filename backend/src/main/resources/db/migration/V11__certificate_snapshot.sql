-- A certificate keeps what it was issued for: the holder's name, the school, the project's title
-- and the edition's number, year, title and ceremony place, copied at publication. Later edits of
-- the profile, the project or the edition no longer change a certificate already issued; a
-- correction is an administrator's reissue, which revokes the old code and issues a new one.

ALTER TABLE certificate
    ADD COLUMN holder_first_name  VARCHAR(100)  NULL,
    ADD COLUMN holder_last_name   VARCHAR(100)  NULL,
    ADD COLUMN school_name        VARCHAR(200)  NULL,
    ADD COLUMN project_title      VARCHAR(200)  NULL,
    ADD COLUMN edition_number     INT           NULL,
    ADD COLUMN edition_year       INT           NULL,
    ADD COLUMN edition_title      VARCHAR(200)  NULL,
    ADD COLUMN place              VARCHAR(200)  NULL,
    ADD COLUMN revoked_at         DATETIME(6)   NULL,
    ADD COLUMN revocation_reason  VARCHAR(500)  NULL,
    ADD COLUMN replaced_by        BIGINT        NULL;

-- Certificates issued before this version: what the data says now is the best record there is.
UPDATE certificate c
    JOIN submission s ON s.id = c.submission_id
    JOIN account a ON a.id = s.author_id
    JOIN edition e ON e.id = c.edition_id
SET c.holder_first_name = a.first_name,
    c.holder_last_name  = a.last_name,
    c.school_name       = s.school_name,
    c.project_title     = s.title,
    c.edition_number    = e.number,
    c.edition_year      = e.year,
    c.edition_title     = e.title,
    c.place             = COALESCE(e.ceremony_venue, 'Rabat');

ALTER TABLE certificate
    MODIFY holder_first_name  VARCHAR(100)  NOT NULL,
    MODIFY holder_last_name   VARCHAR(100)  NOT NULL,
    MODIFY project_title      VARCHAR(200)  NOT NULL,
    MODIFY edition_number     INT           NOT NULL,
    MODIFY edition_year       INT           NOT NULL,
    MODIFY edition_title      VARCHAR(200)  NOT NULL,
    MODIFY place              VARCHAR(200)  NOT NULL;

-- A project keeps every certificate it was given (old codes must answer "revoked"), but only one in
-- force at a time: NULL for the revoked ones.
ALTER TABLE certificate
    ADD COLUMN in_force_for BIGINT AS (CASE WHEN revoked_at IS NULL THEN submission_id END) PERSISTENT,
    ADD CONSTRAINT uq_certificate_in_force UNIQUE (in_force_for),
    ADD CONSTRAINT fk_certificate_replaced_by FOREIGN KEY (replaced_by) REFERENCES certificate (id),
    ADD CONSTRAINT ck_certificate_revocation CHECK (
        (revoked_at IS NULL AND revocation_reason IS NULL AND replaced_by IS NULL)
        OR (revoked_at IS NOT NULL AND revocation_reason IS NOT NULL));

CREATE INDEX ix_certificate_submission ON certificate (submission_id);
ALTER TABLE certificate DROP INDEX uq_certificate_submission;
