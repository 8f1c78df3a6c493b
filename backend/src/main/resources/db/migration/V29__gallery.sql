-- The public gallery of laureate projects (issue 20, point 5). A row of gallery_entry is the author's
-- consent to show her awarded project; deleting it (revocation, erasure) takes the project and its
-- files out of every public answer. gallery_file lists the evidence files she chose, in her order;
-- a file is shown only while it is EVIDENCE and declared by her as showing no pupil
-- (attachment.shows_pupils = FALSE, set when she chose it), which the reading queries check again.
CREATE TABLE gallery_entry (
    submission_id  BIGINT       NOT NULL,
    consented_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (submission_id),
    CONSTRAINT fk_gallery_entry_submission FOREIGN KEY (submission_id) REFERENCES submission (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE gallery_file (
    submission_id  BIGINT  NOT NULL,
    attachment_id  BIGINT  NOT NULL,
    position       INT     NOT NULL,
    PRIMARY KEY (submission_id, attachment_id),
    CONSTRAINT uq_gallery_file_position UNIQUE (submission_id, position),
    CONSTRAINT fk_gallery_file_entry FOREIGN KEY (submission_id) REFERENCES gallery_entry (submission_id) ON DELETE CASCADE,
    CONSTRAINT fk_gallery_file_attachment FOREIGN KEY (attachment_id) REFERENCES attachment (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_gallery_file_attachment ON gallery_file (attachment_id);
