-- What shopping knows of user-service's members (from MemberJoined/Updated/Removed): who is an admin now, and who
-- has left, so a demoted admin or a removed member loses their powers here before their token expires.
CREATE TABLE members (
  id           CHAR(36)    NOT NULL PRIMARY KEY,
  household_id CHAR(36)    NOT NULL,
  role         VARCHAR(10) NOT NULL,
  active       BOOLEAN     NOT NULL,
  changed_at   DATETIME(6) NOT NULL,
  KEY ix_members_household (household_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
