-- Email confirmation: a teacher who registers confirms their address through a single-use link
-- before they can sign in. Accounts that exist before this migration count as confirmed.
ALTER TABLE account ADD COLUMN email_confirmed BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE account SET email_confirmed = TRUE;

-- A confirmation link is a password token of its own purpose; it carries the bcrypt hash of the
-- password chosen at the registration that asked for it, which becomes the account's password when
-- the link is used (so whoever registers the same address again cannot set the password of
-- another person's link).
ALTER TABLE password_token DROP CONSTRAINT ck_password_token_purpose;
ALTER TABLE password_token ADD CONSTRAINT ck_password_token_purpose
    CHECK (purpose IN ('RESET', 'INVITATION', 'CONFIRMATION'));
ALTER TABLE password_token ADD COLUMN password_hash VARCHAR(100) NULL;

-- Password-reset requests: the request only writes this row, whatever the address (so its work and
-- time tell nothing about which addresses have an account); a background job then mails the link to
-- the account, if there is one, and deletes the row.
CREATE TABLE password_reset_request (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    email         VARCHAR(254) NOT NULL COLLATE utf8mb4_unicode_ci,
    requested_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
