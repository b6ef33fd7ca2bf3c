-- A member's private calendar feed: only the SHA-256 of its secret token is kept; a new token replaces the old one.
CREATE TABLE calendar_feeds (
  member_id    CHAR(36)    NOT NULL PRIMARY KEY,
  household_id CHAR(36)    NOT NULL,
  token_hash   CHAR(64)    NOT NULL,
  created_at   DATETIME(6) NOT NULL,
  version      BIGINT      NOT NULL DEFAULT 0,
  UNIQUE KEY ux_calendar_feeds_token (token_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
