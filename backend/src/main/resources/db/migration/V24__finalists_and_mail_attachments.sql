-- An outbox email may carry one attachment (a calendar invitation for a presentation slot): its
-- file name, content type and bytes, sent with the email and erased with its content at retention.
ALTER TABLE outbox_message
    ADD COLUMN attachment_name VARCHAR(100) NULL AFTER html_body,
    ADD COLUMN attachment_type VARCHAR(100) NULL AFTER attachment_name,
    ADD COLUMN attachment_data MEDIUMBLOB NULL AFTER attachment_type,
    ADD CONSTRAINT ck_outbox_attachment CHECK ((attachment_name IS NULL) = (attachment_type IS NULL));
