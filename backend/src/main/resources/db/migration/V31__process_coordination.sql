-- Several API processes on one database (issue 22): what they coordinate through, on a single
-- server as on a Galera cluster (no GET_LOCK, no lock held across nodes; a conditional UPDATE is
-- certified on every node, so at most one of two racing claims commits).

-- One row per recurring job (JobLeases). A process runs a round only after claiming the row with a
-- conditional UPDATE: the round is due (next_run_at passed) and no other process holds it (lease_until
-- passed). A process that dies mid-round leaves the lease to expire.
CREATE TABLE job_lease (
    name         VARCHAR(64)   NOT NULL,
    owner        VARCHAR(100)  NULL,
    next_run_at  DATETIME(3)   NOT NULL,
    lease_until  DATETIME(3)   NOT NULL,
    PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO job_lease (name, next_run_at, lease_until) VALUES
    ('outbox-worker', '2000-01-01', '2000-01-01'),
    ('reminders', '2000-01-01', '2000-01-01'),
    ('outbox-retention', '2000-01-01', '2000-01-01'),
    ('evidence-retention', '2000-01-01', '2000-01-01'),
    ('password-reset-requests', '2000-01-01', '2000-01-01');

-- A version per kind of data kept in memory by every process (PublicPagesCache): the transaction
-- that changes what is kept adds one, and each process compares it with the one it kept by.
CREATE TABLE change_version (
    name     VARCHAR(64) NOT NULL,
    version  BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO change_version (name, version) VALUES ('public-pages', 0);
