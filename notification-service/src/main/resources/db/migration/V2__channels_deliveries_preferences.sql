-- Household webhooks (the secret signs signed-json posts; the API shows it once and never again).
CREATE TABLE webhooks (
  id            CHAR(36)      NOT NULL PRIMARY KEY,
  household_id  CHAR(36)      NOT NULL,
  url           VARCHAR(2000) NOT NULL,
  format        VARCHAR(16)   NOT NULL,
  kinds         VARCHAR(1000) NOT NULL,
  secret        VARCHAR(100)  NOT NULL,
  created_at    DATETIME(6)   NOT NULL,
  version       BIGINT        NOT NULL,
  KEY ix_webhooks_household (household_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A member's choices: e-mail address, and which kind goes to which channel ("KIND:CHANNEL" pairs switched off).
CREATE TABLE preferences (
  member_id     CHAR(36)      NOT NULL PRIMARY KEY,
  household_id  CHAR(36)      NOT NULL,
  email         VARCHAR(320)  NULL,
  disabled      VARCHAR(2000) NOT NULL,
  updated_at    DATETIME(6)   NOT NULL,
  version       BIGINT        NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per message x channel x target: the unique key means a message is never delivered twice to one channel,
-- however often its event is redelivered. Retried with exponential backoff until it is sent or given up.
CREATE TABLE deliveries (
  id               CHAR(36)      NOT NULL PRIMARY KEY,
  household_id     CHAR(36)      NOT NULL,
  notification_id  CHAR(36)      NOT NULL,
  member_id        CHAR(36)      NOT NULL,
  channel          VARCHAR(16)   NOT NULL,
  target           VARCHAR(320)  NOT NULL,
  kind             VARCHAR(40)   NOT NULL,
  status           VARCHAR(16)   NOT NULL,
  attempts         INT           NOT NULL,
  next_attempt_at  DATETIME(6)   NOT NULL,
  last_error       VARCHAR(500)  NULL,
  created_at       DATETIME(6)   NOT NULL,
  sent_at          DATETIME(6)   NULL,
  version          BIGINT        NOT NULL,
  UNIQUE KEY ux_deliveries_once (notification_id, channel, target),
  KEY ix_deliveries_due (status, next_attempt_at),
  KEY ix_deliveries_household (household_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A message a member switched off for the inbox is still the message other channels deliver; it is not listed.
ALTER TABLE notifications ADD COLUMN in_app BOOLEAN NOT NULL DEFAULT TRUE;
