-- One national call per year: at most one edition is OPEN at a time. The service refuses to open a
-- second one with a 409 that names the open edition; this key makes the rule hold when two
-- administrators open two editions at the same moment (the second write waits for the first and
-- fails on the key). A database that already has several OPEN editions must have all but one moved
-- on (to EVALUATION) before this version is installed: the key cannot be added otherwise.
ALTER TABLE edition
    ADD COLUMN open_call TINYINT AS (CASE WHEN status = 'OPEN' THEN 1 END) PERSISTENT,
    ADD CONSTRAINT uq_edition_single_open UNIQUE (open_call);

-- The demonstration's past editions: their certificates were written when the demo data was first
-- loaded, so they carried that day's date (2026 on a 2016 certificate). A certificate is issued at the
-- ceremony: the morning of the ceremony day (09:00 UTC, 10:00 in Casablanca on 25 May 2016), as the
-- demo data now writes it. Corrections an administrator issued (certificates that replace another)
-- keep their own date.
UPDATE certificate c
    JOIN edition e ON e.id = c.edition_id
SET c.issued_at = TIMESTAMP(e.ceremony_date, '09:00:00')
WHERE e.demo = TRUE
  AND e.ceremony_date IS NOT NULL
  AND c.issued_at > TIMESTAMP(e.ceremony_date, '23:59:59')
  AND NOT EXISTS (SELECT 1 FROM (SELECT replaced_by FROM certificate WHERE replaced_by IS NOT NULL) r
                  WHERE r.replaced_by = c.id);
