-- Optimistic locking (JPA @Version) on the rows two people can edit at the same time: a household's settings,
-- a member's profile and busy period, an invite code. A stale write is refused (409 editedMeanwhile) instead of
-- silently overwriting the other person's change.
ALTER TABLE households ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE members ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE invites ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
