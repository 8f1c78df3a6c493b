-- Awards decided during deliberation, and the certificates issued at publication.

CREATE TABLE award (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    edition_id     BIGINT        NOT NULL,
    submission_id  BIGINT        NOT NULL,
    kind           VARCHAR(16)   NOT NULL,
    award_rank     INT           NOT NULL,
    citation       TEXT          NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    -- At most one winner per edition, whatever the races: NULL for the other kinds.
    winner_of      BIGINT AS (CASE WHEN kind = 'WINNER' THEN edition_id END) PERSISTENT,
    PRIMARY KEY (id),
    CONSTRAINT fk_award_edition FOREIGN KEY (edition_id) REFERENCES edition (id),
    CONSTRAINT fk_award_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT uq_award_submission UNIQUE (submission_id),
    CONSTRAINT uq_award_rank UNIQUE (edition_id, award_rank),
    CONSTRAINT uq_award_winner UNIQUE (winner_of),
    CONSTRAINT ck_award_kind CHECK (kind IN ('WINNER', 'LAUREATE', 'SPECIAL_MENTION')),
    CONSTRAINT ck_award_rank CHECK (award_rank > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One certificate per project in the competition of a published edition; the code is random and
-- unguessable (128 bits), printed on the PDF and checked by anyone at /api/certificates/{code}.
CREATE TABLE certificate (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    code           CHAR(29)     NOT NULL,
    edition_id     BIGINT       NOT NULL,
    submission_id  BIGINT       NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    issued_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_certificate_edition FOREIGN KEY (edition_id) REFERENCES edition (id),
    CONSTRAINT fk_certificate_submission FOREIGN KEY (submission_id) REFERENCES submission (id),
    CONSTRAINT uq_certificate_code UNIQUE (code),
    CONSTRAINT uq_certificate_submission UNIQUE (submission_id),
    CONSTRAINT ck_certificate_kind CHECK (kind IN ('WINNER', 'LAUREATE', 'SPECIAL_MENTION', 'PARTICIPATION'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_award_edition_kind ON award (edition_id, kind, award_rank);
