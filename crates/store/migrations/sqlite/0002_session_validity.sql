-- Sessions started before this instant are no longer accepted for the account
-- (set when its password changes), in Unix milliseconds.
ALTER TABLE users ADD COLUMN sessions_valid_after BIGINT NOT NULL DEFAULT 0;
