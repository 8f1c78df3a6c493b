-- The statements the admin submissions list sent for one page before issue 22 (as Hibernate wrote
-- them, the account check left out), for bench/run.py to time against the statements it sends now:
-- the page's ids from the index, the rows of those ids with a correlated count of each one's files,
-- and the exact count of the filter. @edition, @offset and @ids are replaced by the harness.
SELECT s.id FROM submission s WHERE 1 = 1 AND s.edition_id = @edition AND s.region_code = 'MA-01'
 ORDER BY s.created_at DESC, s.id DESC LIMIT @offset, 50;
SELECT s.id, e.id, e.number, e.year, e.title, e.title_ar, e.title_en, e.status, e.submissions_close_at, a.id,
       a.first_name, a.last_name, a.email, s.title, s.summary, s.discipline, s.school_level, s.region_code,
       s.school_name, s.pupils_count, s.status,
       (SELECT COUNT(t.id) FROM attachment t WHERE t.submission_id = s.id AND t.purpose = 'EVIDENCE'),
       s.submitted_at, s.created_at, s.updated_at
  FROM submission s JOIN edition e ON e.id = s.edition_id JOIN account a ON a.id = s.author_id
 WHERE s.id IN (@ids);
SELECT COUNT(s.id) FROM submission s WHERE 1 = 1 AND s.edition_id = @edition AND s.region_code = 'MA-01';
