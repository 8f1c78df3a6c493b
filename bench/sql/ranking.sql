-- The statements of RankingService (evaluation package) for the ranking of the edition @edition:
-- every submitted score, the jurors of each project (and the disabled ones yet to submit), the projects with their authors. The harness
-- runs them in the mariadb client and adds their server times, to compare the endpoint with the
-- database's own time. Keep them in step with RankingService.SCORES, STAFFING and PROJECTS.
SELECT juror_id, submission_id, CAST(raw_score * 10000 AS SIGNED) FROM evaluation WHERE edition_id = @edition AND status = 'SUBMITTED';
SELECT a.submission_id, COUNT(*), SUM(a.juror_id IN (SELECT id FROM account WHERE enabled = FALSE) AND NOT EXISTS (
SELECT 1 FROM evaluation ev WHERE ev.assignment_id = a.id AND ev.status = 'SUBMITTED')) FROM assignment a
WHERE a.edition_id = @edition GROUP BY a.submission_id;
SELECT s.id, s.title, CONCAT(acc.first_name, ' ', acc.last_name), s.region_code, s.school_level, s.discipline
FROM submission s STRAIGHT_JOIN account acc ON acc.id = s.author_id
WHERE s.edition_id = @edition AND s.status IN ('UNDER_REVIEW', 'LAUREATE', 'WINNER', 'SPECIAL_MENTION', 'NOT_RETAINED');
