-- A juror's list reads their assignments of one edition in project order: with the project as the
-- index's last column the rows come out sorted, with no temporary table or sort. It replaces the
-- (edition, juror) index, of which it is an extension.
ALTER TABLE assignment
    ADD INDEX ix_assignment_edition_juror_submission (edition_id, juror_id, submission_id),
    DROP INDEX ix_assignment_edition_juror;
