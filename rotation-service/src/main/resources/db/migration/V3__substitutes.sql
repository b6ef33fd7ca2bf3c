-- 代役: a request to have someone else do one's task; the first eligible member to accept takes it.
CREATE TABLE substitute_requests (
  id                   CHAR(36)     NOT NULL PRIMARY KEY,
  household_id         CHAR(36)     NOT NULL,
  task_id              CHAR(36)     NOT NULL,
  requester_member_id  CHAR(36)     NOT NULL,
  note                 VARCHAR(200) NULL,
  status               VARCHAR(10)  NOT NULL,
  substitute_member_id CHAR(36)     NULL,
  created_at           DATETIME(6)  NOT NULL,
  expires_at           DATETIME(6)  NOT NULL,
  closed_at            DATETIME(6)  NULL,
  KEY ix_substitutes_household (household_id, status),
  KEY ix_substitutes_task (task_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
