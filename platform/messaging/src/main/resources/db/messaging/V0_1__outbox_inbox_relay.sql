-- Shared by every service (Flyway location classpath:db/messaging); service migrations start at V1.
-- The outbox is written in the caller's transaction and read by the relay (binlog or polling).
CREATE TABLE outbox (
  seq            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  event_id       CHAR(36)     NOT NULL,
  topic          VARCHAR(200) NOT NULL,
  event_type     VARCHAR(100) NOT NULL,
  event_version  INT          NOT NULL,
  household_id   CHAR(36)     NOT NULL,
  aggregate_type VARCHAR(100) NOT NULL,
  aggregate_id   VARCHAR(100) NOT NULL,
  occurred_at    DATETIME(6)  NOT NULL,
  traceparent    VARCHAR(64)  NULL,
  payload        LONGTEXT     NOT NULL,
  published_at   DATETIME(6)  NULL,
  UNIQUE KEY ux_outbox_event (event_id),
  KEY ix_outbox_pending (published_at, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per (consumer, event) applied; written in the same transaction as the effect.
CREATE TABLE inbox (
  consumer    VARCHAR(100) NOT NULL,
  event_id    CHAR(36)     NOT NULL,
  event_type  VARCHAR(100) NOT NULL,
  received_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (consumer, event_id),
  KEY ix_inbox_received (received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Debezium's binlog offsets and schema history live in the service's own schema.
CREATE TABLE relay_offset (
  offset_key   VARCHAR(700) NOT NULL PRIMARY KEY,
  offset_value LONGTEXT     NULL
) ENGINE=InnoDB DEFAULT CHARSET=ascii;

CREATE TABLE relay_schema_history (
  seq         BIGINT   NOT NULL AUTO_INCREMENT PRIMARY KEY,
  record_json LONGTEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
