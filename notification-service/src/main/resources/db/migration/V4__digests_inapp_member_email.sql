-- The member's address as user-service announces it (MemberJoined.email, ADR 0009); a member's own address in the
-- notification settings wins over it.
ALTER TABLE members ADD COLUMN email VARCHAR(320) NULL;
-- When the household's daily digests go out, in its zone (the admins' overdue digest and the members' digests).
ALTER TABLE households ADD COLUMN digest_time TIME NOT NULL DEFAULT '19:00:00';
-- A member who wants one e-mail a day instead of one per message.
ALTER TABLE preferences ADD COLUMN daily_digest BOOLEAN NOT NULL DEFAULT FALSE;
-- Set by TaskOverdue, cleared when the task moves: what the admins' overdue digest lists.
ALTER TABLE tasks ADD COLUMN overdue_at DATETIME(6) NULL;
-- A message is listed in the inbox by its in-app delivery (one channel like the others), not when it is written.
ALTER TABLE notifications ALTER COLUMN in_app SET DEFAULT FALSE;

-- One row per household and local day: inserting it claims the day's digests (the unique key makes a second replica's
-- insert wait for the first one's commit and then find the row), so they go out once whatever runs them.
CREATE TABLE digest_runs (
  id            CHAR(36)    NOT NULL PRIMARY KEY,
  household_id  CHAR(36)    NOT NULL,
  digest_date   DATE        NOT NULL,
  due_at        DATETIME(6) NOT NULL,
  ran_at        DATETIME(6) NOT NULL,
  UNIQUE KEY ux_digest_runs_day (household_id, digest_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
