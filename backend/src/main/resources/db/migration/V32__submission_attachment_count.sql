-- The number of a submission's evidence files, kept on its row (issue 22): the admin list read it
-- with a correlated COUNT per row. Every statement that adds or removes an evidence file changes it
-- in the same transaction (AttachmentService, RetentionRepository, ErasureService).
ALTER TABLE submission ADD COLUMN attachment_count INT NOT NULL DEFAULT 0;

UPDATE submission s
   SET s.attachment_count = (SELECT COUNT(*) FROM attachment a
                              WHERE a.submission_id = s.id AND a.purpose = 'EVIDENCE');

ALTER TABLE submission ADD CONSTRAINT ck_submission_attachment_count CHECK (attachment_count >= 0);
