-- Notifications: an outbox of emails written in the transaction of the event that causes them,
-- single-use password tokens (reset and first password), and the reminders preference.

ALTER TABLE account ADD COLUMN reminders_enabled BOOLEAN NOT NULL DEFAULT TRUE;

-- One row per email. The dedup key names the event (e.g. `submission-received:12:3`,
-- `reminder:call-close:P7D:edition:4:account:9`): a second row for the same event is ignored, so
-- a replayed event or a reminder computed twice never mails twice.
CREATE TABLE outbox_message (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    dedup_key        VARCHAR(190)  NOT NULL,
    kind             VARCHAR(40)   NOT NULL,
    recipient        VARCHAR(254)  NOT NULL,
    account_id       BIGINT        NULL,
    language         CHAR(2)       NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    text_body        MEDIUMTEXT    NOT NULL,
    html_body        MEDIUMTEXT    NOT NULL,
    status           VARCHAR(16)   NOT NULL DEFAULT 'PENDING',
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)   NOT NULL,
    last_error       VARCHAR(1000) NULL,
    created_at       DATETIME(6)   NOT NULL,
    sent_at          DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_outbox_dedup UNIQUE (dedup_key),
    CONSTRAINT fk_outbox_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL,
    CONSTRAINT ck_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    CONSTRAINT ck_outbox_language CHECK (language IN ('fr', 'ar', 'en')),
    CONSTRAINT ck_outbox_attempts CHECK (attempts >= 0),
    CONSTRAINT ck_outbox_sent CHECK ((status = 'SENT') = (sent_at IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The worker's claim: due PENDING rows in order.
CREATE INDEX ix_outbox_due ON outbox_message (status, next_attempt_at, id);
CREATE INDEX ix_outbox_created ON outbox_message (created_at, id);

-- Only the SHA-256 of a token is kept; the token itself exists only in the email.
CREATE TABLE password_token (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    account_id  BIGINT       NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    purpose     VARCHAR(16)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    used_at     DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_password_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_password_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_password_token_purpose CHECK (purpose IN ('RESET', 'INVITATION')),
    CONSTRAINT ck_password_token_expiry CHECK (created_at < expires_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_password_token_account ON password_token (account_id, created_at);
