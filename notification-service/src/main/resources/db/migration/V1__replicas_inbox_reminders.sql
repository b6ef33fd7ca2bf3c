-- notification-service's own schema. Households, members and open tasks are replicas fed by events (never a read of
-- another service's schema); notifications are the in-app inbox; reminders are the durable table of due reminders.

CREATE TABLE households (
  id            CHAR(36)    NOT NULL PRIMARY KEY,
  name          VARCHAR(200) NOT NULL,
  time_zone     VARCHAR(64) NOT NULL,
  locale        VARCHAR(16) NOT NULL,
  evening_time  TIME        NOT NULL DEFAULT '21:00:00',
  morning_time  TIME        NOT NULL DEFAULT '07:00:00',
  updated_at    DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE members (
  id            CHAR(36)     NOT NULL PRIMARY KEY,
  household_id  CHAR(36)     NOT NULL,
  display_name  VARCHAR(200) NOT NULL,
  role          VARCHAR(16)  NOT NULL,
  has_login     BOOLEAN      NOT NULL,
  active        BOOLEAN      NOT NULL,
  updated_at    DATETIME(6)  NOT NULL,
  KEY ix_members_household (household_id, active)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Tasks the service may have to remind about, as the rotation's events describe them.
CREATE TABLE tasks (
  id                  CHAR(36)     NOT NULL PRIMARY KEY,
  household_id        CHAR(36)     NOT NULL,
  chore_name          VARCHAR(200) NULL,
  task_date           DATE         NOT NULL,
  due_at              DATETIME(6)  NULL,
  assignee_member_id  CHAR(36)     NULL,
  done                BOOLEAN      NOT NULL,
  updated_at          DATETIME(6)  NOT NULL,
  KEY ix_tasks_household (household_id, task_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Who asked for something whose outcome they must hear (a substitute request, a shopping approval): the outcome
-- events do not name them.
CREATE TABLE requests (
  id                  CHAR(36)     NOT NULL PRIMARY KEY,
  household_id        CHAR(36)     NOT NULL,
  kind                VARCHAR(32)  NOT NULL,
  requester_member_id CHAR(36)     NULL,
  subject             VARCHAR(200) NULL,
  task_id             CHAR(36)     NULL,
  created_at          DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per task and reminder kind (EVENING: the evening before, MORNING: the morning of). Rescheduling rewrites
-- the row; the sender claims due rows with SELECT ... FOR UPDATE SKIP LOCKED, so two replicas never send one twice.
CREATE TABLE reminders (
  id            CHAR(36)    NOT NULL PRIMARY KEY,
  household_id  CHAR(36)    NOT NULL,
  task_id       CHAR(36)    NOT NULL,
  kind          VARCHAR(16) NOT NULL,
  member_id     CHAR(36)    NOT NULL,
  due_at        DATETIME(6) NOT NULL,
  status        VARCHAR(16) NOT NULL,
  sent_at       DATETIME(6) NULL,
  version       BIGINT      NOT NULL,
  UNIQUE KEY ux_reminders_task_kind (task_id, kind),
  KEY ix_reminders_due (status, due_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The in-app inbox. seq orders a member's messages and is the Server-Sent Events id (Last-Event-ID replay);
-- dedupe_key (the causing event, or the reminder) keeps one message per member whatever is redelivered.
CREATE TABLE notifications (
  id            CHAR(36)     NOT NULL PRIMARY KEY,
  seq           BIGINT       NOT NULL AUTO_INCREMENT,
  household_id  CHAR(36)     NOT NULL,
  member_id     CHAR(36)     NOT NULL,
  kind          VARCHAR(40)  NOT NULL,
  title         VARCHAR(300) NOT NULL,
  body          VARCHAR(2000) NOT NULL,
  link          VARCHAR(200) NULL,
  dedupe_key    VARCHAR(120) NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  read_at       DATETIME(6)  NULL,
  UNIQUE KEY ux_notifications_seq (seq),
  UNIQUE KEY ux_notifications_dedupe (member_id, dedupe_key),
  KEY ix_notifications_inbox (household_id, member_id, seq),
  KEY ix_notifications_unread (household_id, member_id, read_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
