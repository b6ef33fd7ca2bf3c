-- One row per chore occurrence; never deleted once done (history), future open ones may be re-assigned.
CREATE TABLE tasks (
  id                 CHAR(36)    NOT NULL PRIMARY KEY,
  household_id       CHAR(36)    NOT NULL,
  chore_id           CHAR(36)    NOT NULL,
  chore_name         VARCHAR(50) NOT NULL,
  task_date          DATE        NOT NULL,
  due_at             DATETIME(6) NOT NULL,
  weight             TINYINT     NOT NULL,
  period_start       DATE        NOT NULL,
  assignee_member_id CHAR(36)    NULL,
  pinned             BOOLEAN     NOT NULL DEFAULT FALSE,
  status             VARCHAR(10) NOT NULL,
  completed_at       DATETIME(6) NULL,
  completed_by       CHAR(36)    NULL,
  overdue_at         DATETIME(6) NULL,
  explanation        LONGTEXT    NULL,
  created_at         DATETIME(6) NOT NULL,
  UNIQUE KEY ux_tasks_occurrence (chore_id, task_date),
  KEY ix_tasks_household_date (household_id, task_date),
  KEY ix_tasks_due (status, overdue_at, due_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Each member's fair share of a period's weighted work, in proportion to the days they were available.
-- The fairness ledger is derived: weight of the tasks a member did or holds minus their shares, so
-- completions by someone else, substitutions and reassignments move credit without bookkeeping.
CREATE TABLE fair_shares (
  household_id CHAR(36) NOT NULL,
  member_id    CHAR(36) NOT NULL,
  period_start DATE     NOT NULL,
  share        DOUBLE   NOT NULL,
  PRIMARY KEY (household_id, member_id, period_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE periods (
  household_id CHAR(36)    NOT NULL,
  period_start DATE        NOT NULL,
  period_end   DATE        NOT NULL,
  generated_at DATETIME(6) NOT NULL,
  PRIMARY KEY (household_id, period_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Busy periods of the member replica (from MemberBusyChanged).
ALTER TABLE members
  ADD COLUMN busy_from  DATETIME(6) NULL,
  ADD COLUMN busy_until DATETIME(6) NULL;
