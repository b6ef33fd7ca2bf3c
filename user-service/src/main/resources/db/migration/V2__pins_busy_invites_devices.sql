-- PIN (hashed) with a lock after repeated failures; busy period (open-ended when busy_until is NULL).
ALTER TABLE members
  ADD COLUMN pin_hash            VARCHAR(100) NULL,
  ADD COLUMN failed_pin_attempts INT          NOT NULL DEFAULT 0,
  ADD COLUMN locked_until        DATETIME(6)  NULL,
  ADD COLUMN busy_from           DATETIME(6)  NULL,
  ADD COLUMN busy_until          DATETIME(6)  NULL;

-- 8-digit invite codes; globally unique so a code names exactly one household.
CREATE TABLE invites (
  id           CHAR(36)    NOT NULL PRIMARY KEY,
  household_id CHAR(36)    NOT NULL,
  code         CHAR(8)     NOT NULL,
  role         VARCHAR(10) NOT NULL,
  created_by   CHAR(36)    NOT NULL,
  created_at   DATETIME(6) NOT NULL,
  expires_at   DATETIME(6) NOT NULL,
  max_uses     INT         NOT NULL,
  uses         INT         NOT NULL DEFAULT 0,
  revoked_at   DATETIME(6) NULL,
  UNIQUE KEY ux_invites_code (code),
  KEY ix_invites_household (household_id),
  CONSTRAINT fk_invites_household FOREIGN KEY (household_id) REFERENCES households (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A browser registered as the household's shared device; its secret is stored hashed.
CREATE TABLE devices (
  id           CHAR(36)    NOT NULL PRIMARY KEY,
  household_id CHAR(36)    NOT NULL,
  name         VARCHAR(50) NOT NULL,
  secret_hash  CHAR(64)    NOT NULL,
  created_by   CHAR(36)    NOT NULL,
  created_at   DATETIME(6) NOT NULL,
  last_seen_at DATETIME(6) NULL,
  revoked_at   DATETIME(6) NULL,
  UNIQUE KEY ux_devices_secret (secret_hash),
  KEY ix_devices_household (household_id),
  CONSTRAINT fk_devices_household FOREIGN KEY (household_id) REFERENCES households (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A member session opened on a shared device carries the device; the subject is then the device.
ALTER TABLE refresh_tokens
  ADD COLUMN device_id CHAR(36) NULL,
  MODIFY COLUMN user_id CHAR(36) NULL;
