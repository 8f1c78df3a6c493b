-- A conflict of interest is declared by the juror on one of their assignments, or recorded by an
-- administrator on the juror's behalf (before any assignment, or one that is then removed):
-- recorded_by names that administrator, and stays NULL for a juror's own declaration.
ALTER TABLE conflict
    ADD COLUMN recorded_by BIGINT NULL,
    ADD CONSTRAINT fk_conflict_recorded_by FOREIGN KEY (recorded_by) REFERENCES account (id);
