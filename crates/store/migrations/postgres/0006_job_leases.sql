-- Leases on background jobs: when several instances share the database, the one holding
-- a job's lease runs it and the others skip it until the lease is released or expires.
-- expires_at is in Unix seconds, by the clock of the instance that took the lease.
CREATE TABLE job_leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
