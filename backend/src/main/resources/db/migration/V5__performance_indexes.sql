-- Indexes for a national-scale edition (20,000 projects, 60,000 evaluations), found by the
-- benchmark (bench/, `make bench`).

-- The submitted evaluations of an edition (ranking, progress, statistics) are read as assignment
-- (edition, submission, juror) joined to evaluation (assignment, status, score): with these two
-- indexes both sides are read from the index alone, without a lookup of each row.
CREATE INDEX ix_assignment_edition_submission ON assignment (edition_id, submission_id, juror_id);
CREATE INDEX ix_evaluation_assignment_score ON evaluation (assignment_id, status, raw_score);

-- Participation counts by status, region, level and discipline (statistics, published results)
-- read the index alone instead of every submission row with its texts.
CREATE INDEX ix_submission_edition_status_profile ON submission (edition_id, status, region_code, school_level, discipline);

-- The admin list of an edition's submissions in a region, newest first, reads one page in index
-- order instead of sorting the whole region.
CREATE INDEX ix_submission_edition_region_created ON submission (edition_id, region_code, created_at);
