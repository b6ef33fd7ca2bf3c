-- Optimistic locking (ADR 0007): rows two people can edit at once carry a version that Hibernate checks on update.
ALTER TABLE chores ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE tasks ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE substitute_requests ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
