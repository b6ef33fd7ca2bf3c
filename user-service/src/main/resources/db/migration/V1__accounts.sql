CREATE TABLE households (
  id                         CHAR(36)      NOT NULL PRIMARY KEY,
  name                       VARCHAR(50)   NOT NULL,
  time_zone                  VARCHAR(64)   NOT NULL,
  locale                     VARCHAR(8)    NOT NULL,
  location_label             VARCHAR(100)  NOT NULL,
  latitude                   DECIMAL(8, 5) NOT NULL,
  longitude                  DECIMAL(8, 5) NOT NULL,
  idle_timeout_minutes       INT           NOT NULL,
  rotation_unit              VARCHAR(10)   NOT NULL,
  shopping_approval_required BOOLEAN       NOT NULL,
  created_at                 DATETIME(6)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE users (
  id            CHAR(36)     NOT NULL PRIMARY KEY,
  email         VARCHAR(254) NOT NULL,
  password_hash VARCHAR(200) NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  UNIQUE KEY ux_users_email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- display_name_key is the case-folded name: unique per household, case-insensitively.
CREATE TABLE members (
  id               CHAR(36)    NOT NULL PRIMARY KEY,
  household_id     CHAR(36)    NOT NULL,
  user_id          CHAR(36)    NULL,
  display_name     VARCHAR(50) NOT NULL,
  display_name_key VARCHAR(50) NOT NULL,
  nickname         VARCHAR(50) NULL,
  role             VARCHAR(10) NOT NULL,
  relation         VARCHAR(20) NOT NULL,
  avatar           VARCHAR(20) NOT NULL,
  colour           VARCHAR(7)  NOT NULL,
  created_at       DATETIME(6) NOT NULL,
  UNIQUE KEY ux_members_name (household_id, display_name_key),
  KEY ix_members_user (user_id),
  CONSTRAINT fk_members_household FOREIGN KEY (household_id) REFERENCES households (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Opaque refresh tokens, stored as SHA-256 hashes only; rotated on use, revocable.
CREATE TABLE refresh_tokens (
  id           CHAR(36)    NOT NULL PRIMARY KEY,
  token_hash   CHAR(64)    NOT NULL,
  user_id      CHAR(36)    NOT NULL,
  member_id    CHAR(36)    NOT NULL,
  household_id CHAR(36)    NOT NULL,
  created_at   DATETIME(6) NOT NULL,
  expires_at   DATETIME(6) NOT NULL,
  revoked_at   DATETIME(6) NULL,
  UNIQUE KEY ux_refresh_hash (token_hash),
  KEY ix_refresh_user (user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- RS256 signing keys (private JWK). Kept so tokens survive restarts and replicas share keys.
CREATE TABLE signing_keys (
  kid        VARCHAR(64) NOT NULL PRIMARY KEY,
  jwk_json   TEXT        NOT NULL,
  created_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
