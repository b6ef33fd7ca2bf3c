-- Every-N-days chores count from their start (the day they were created, or one an admin sets), not from 1970.
ALTER TABLE chores ADD COLUMN starts_on DATE NULL;
UPDATE chores SET starts_on = DATE(created_at);
ALTER TABLE chores MODIFY starts_on DATE NOT NULL;

-- Fair shares count only the days a member was present.
ALTER TABLE members ADD COLUMN joined_at DATETIME(6) NULL;
UPDATE members SET joined_at = updated_at;

-- A period's roster is announced once it has assignees, not when its row appears.
ALTER TABLE periods ADD COLUMN published_at DATETIME(6) NULL;
UPDATE periods SET published_at = generated_at;

-- Fair shares per day: periods that overlap (the unit switched mid-week) replace a day's share instead of adding
-- a second one. Old per-period shares are kept on their period's first day, so balances stay as they were.
CREATE TABLE daily_shares (
  household_id CHAR(36) NOT NULL,
  share_date   DATE     NOT NULL,
  member_id    CHAR(36) NOT NULL,
  share        DOUBLE   NOT NULL,
  PRIMARY KEY (household_id, share_date, member_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO daily_shares (household_id, share_date, member_id, share)
  SELECT household_id, period_start, member_id, share FROM fair_shares;
DROP TABLE fair_shares;

-- The planning of a household is serialised on its replica row (SELECT … FOR UPDATE); this index serves
-- the overdue list of the dashboard, which is not limited to the current period.
CREATE INDEX ix_tasks_household_overdue ON tasks (household_id, status, due_at);
