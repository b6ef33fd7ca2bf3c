-- Replicas of user-service's households and members, fed by its events (never read from its schema).
CREATE TABLE households (
  id            CHAR(36)    NOT NULL PRIMARY KEY,
  time_zone     VARCHAR(64) NOT NULL,
  locale        VARCHAR(8)  NOT NULL,
  rotation_unit VARCHAR(10) NOT NULL,
  updated_at    DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE members (
  id           CHAR(36)    NOT NULL PRIMARY KEY,
  household_id CHAR(36)    NOT NULL,
  display_name VARCHAR(50) NOT NULL,
  role         VARCHAR(10) NOT NULL,
  active       BOOLEAN     NOT NULL,
  updated_at   DATETIME(6) NOT NULL,
  KEY ix_members_household (household_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- weekdays: bitmask Mon=1 … Sun=64 (as in the original app); every_n_days and month_day are the other schedules.
CREATE TABLE chores (
  id            CHAR(36)    NOT NULL PRIMARY KEY,
  household_id  CHAR(36)    NOT NULL,
  name          VARCHAR(50) NOT NULL,
  weight        TINYINT     NOT NULL,
  schedule_kind VARCHAR(10) NOT NULL,
  weekdays      TINYINT     NULL,
  every_n_days  INT         NULL,
  month_day     TINYINT     NULL,
  due_time      TIME        NULL,
  minimum_role  VARCHAR(10) NULL,
  active        BOOLEAN     NOT NULL,
  default_key   VARCHAR(30) NULL,
  position      INT         NOT NULL DEFAULT 0,
  created_at    DATETIME(6) NOT NULL,
  UNIQUE KEY ux_chores_default (household_id, default_key),
  KEY ix_chores_household (household_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Empty list = everyone eligible.
CREATE TABLE chore_candidates (
  chore_id  CHAR(36) NOT NULL,
  member_id CHAR(36) NOT NULL,
  PRIMARY KEY (chore_id, member_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
