-- The statements of RankingService (evaluation package) for the ranking of the edition @edition:
-- every submitted score, the jurors of each project, the projects with their authors. The harness
-- runs them in the mariadb client and adds their server times, to compare the endpoint with the
-- database's own time. Keep them in step with RankingService.SCORES, STAFFING and PROJECTS.
SELECT juror_id, submission_id, CAST(raw_score * 10000 AS SIGNED) FROM evaluation WHERE edition_id = @edition AND status = 'SUBMITTED';
SELECT submission_id, COUNT(*) FROM assignment WHERE edition_id = @edition GROUP BY submission_id;
SELECT s.id, s.title, CONCAT(acc.first_name, ' ', acc.last_name), s.region_code, s.school_level, s.discipline
FROM submission s STRAIGHT_JOIN account acc ON acc.id = s.author_id
WHERE s.edition_id = @edition AND s.status IN ('UNDER_REVIEW', 'LAUREATE', 'WINNER', 'SPECIAL_MENTION', 'NOT_RETAINED');
