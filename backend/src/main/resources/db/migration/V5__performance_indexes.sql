-- Indexes for the ranking, progress and statistics of a national-scale edition (bench/, issue 7).
-- The submitted evaluations of an edition are read as assignment (edition, submission, juror) joined
-- to evaluation (assignment, status, score): with these two indexes both sides are read from the
-- index alone, without a lookup of each row.
CREATE INDEX ix_assignment_edition_submission ON assignment (edition_id, submission_id, juror_id);
CREATE INDEX ix_evaluation_assignment_score ON evaluation (assignment_id, status, raw_score);
