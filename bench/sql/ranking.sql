-- The ranking statement of RankingService (evaluation package), for the edition @edition and no
-- region or level filter: the harness runs it in the mariadb client to compare the endpoint with
-- the database's own time. Keep it in step with RankingService.RANKING.
SET STATEMENT optimizer_switch = 'split_materialized=off' FOR
WITH ev AS (SELECT a.submission_id, a.juror_id, e.raw_score FROM evaluation e
            JOIN assignment a ON a.id = e.assignment_id WHERE a.edition_id = @edition AND e.status = 'SUBMITTED'),
juror AS (SELECT juror_id, AVG(raw_score) mu, STDDEV_POP(raw_score) sd FROM ev GROUP BY juror_id),
overall AS (SELECT AVG(raw_score) mu, STDDEV_POP(raw_score) sd FROM ev),
per_project AS (SELECT ev.submission_id, AVG(ev.raw_score) raw,
  AVG(CASE WHEN j.sd > 0 THEN (ev.raw_score - j.mu) / j.sd ELSE 0 END) z, COUNT(*) n,
  MAX(ev.raw_score) - MIN(ev.raw_score) spread FROM ev JOIN juror j ON j.juror_id = ev.juror_id
  GROUP BY ev.submission_id),
staffing AS (SELECT submission_id, COUNT(*) assigned FROM assignment WHERE edition_id = @edition
  GROUP BY submission_id),
ranked AS (SELECT s.id, s.title, CONCAT(acc.first_name, ' ', acc.last_name) author, s.region_code,
  s.school_level, s.discipline, p.raw,
  CASE WHEN p.raw IS NULL THEN NULL ELSE LEAST(100, GREATEST(0, o.mu + p.z * COALESCE(o.sd, 0))) END norm,
  COALESCE(p.n, 0) n, COALESCE(st.assigned, 0) assigned, p.spread,
  ROW_NUMBER() OVER (ORDER BY p.raw IS NULL, LEAST(100, GREATEST(0, o.mu + p.z * COALESCE(o.sd, 0))) DESC,
    p.raw DESC, COALESCE(p.n, 0) DESC, s.id) rnk
  FROM submission s JOIN account acc ON acc.id = s.author_id CROSS JOIN overall o
  LEFT JOIN per_project p ON p.submission_id = s.id LEFT JOIN staffing st ON st.submission_id = s.id
  WHERE s.edition_id = @edition AND s.status IN ('UNDER_REVIEW', 'LAUREATE', 'WINNER', 'NOT_RETAINED'))
SELECT id, title, author, region_code, school_level, discipline, raw, norm, n, assigned, spread, rnk
FROM ranked WHERE (NULL IS NULL OR region_code = NULL) AND (NULL IS NULL OR school_level = NULL)
ORDER BY rnk;
