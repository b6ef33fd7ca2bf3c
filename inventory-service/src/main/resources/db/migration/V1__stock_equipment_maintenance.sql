-- Households as far as inventory needs them: the time zone that says which day it is (fed by user-service events).
CREATE TABLE households (
  id         CHAR(36)    NOT NULL PRIMARY KEY,
  time_zone  VARCHAR(64) NOT NULL,
  updated_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE stock_items (
  id                      CHAR(36)       NOT NULL PRIMARY KEY,
  household_id            CHAR(36)       NOT NULL,
  name                    VARCHAR(100)   NOT NULL,
  category                VARCHAR(20)    NOT NULL,
  unit                    VARCHAR(20)    NOT NULL,
  quantity                DECIMAL(12,3)  NOT NULL,
  minimum                 DECIMAL(12,3)  NOT NULL,
  reorder_quantity        DECIMAL(12,3)  NULL,
  consumption_period_days INT            NULL,
  last_purchased_on       DATE           NULL,
  -- the day the consumption period counts as run out (purchase + period - 2 days), kept for the scan
  period_signal_on        DATE           NULL,
  -- a StockBelowMinimum has gone out and no restock has re-armed it yet
  low_signalled           BOOLEAN        NOT NULL,
  created_at              DATETIME(6)    NOT NULL,
  updated_at              DATETIME(6)    NOT NULL,
  version                 BIGINT         NOT NULL,
  KEY ix_stock_household_name (household_id, name),
  KEY ix_stock_period_scan (low_signalled, period_signal_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE stock_movements (
  id             CHAR(36)      NOT NULL PRIMARY KEY,
  -- insertion order: the history's order even when two movements share an instant
  seq            BIGINT        NOT NULL AUTO_INCREMENT,
  household_id   CHAR(36)      NOT NULL,
  stock_item_id  CHAR(36)      NOT NULL,
  kind           VARCHAR(20)   NOT NULL,
  delta          DECIMAL(12,3) NOT NULL,
  quantity_after DECIMAL(12,3) NOT NULL,
  member_id      CHAR(36)      NULL,
  source_ref     VARCHAR(100)  NULL,
  occurred_at    DATETIME(6)   NOT NULL,
  UNIQUE KEY ux_movements_seq (seq),
  KEY ix_movements_item (household_id, stock_item_id, seq),
  CONSTRAINT fk_movements_item FOREIGN KEY (stock_item_id) REFERENCES stock_items (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE equipment (
  id           CHAR(36)     NOT NULL PRIMARY KEY,
  household_id CHAR(36)     NOT NULL,
  kind         VARCHAR(20)  NOT NULL,
  name         VARCHAR(100) NOT NULL,
  location     VARCHAR(100) NULL,
  installed_on DATE         NULL,
  created_at   DATETIME(6)  NOT NULL,
  updated_at   DATETIME(6)  NOT NULL,
  version      BIGINT       NOT NULL,
  KEY ix_equipment_household (household_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE maintenance_tasks (
  id              CHAR(36)     NOT NULL PRIMARY KEY,
  household_id    CHAR(36)     NOT NULL,
  equipment_id    CHAR(36)     NOT NULL,
  name            VARCHAR(100) NOT NULL,
  interval_days   INT          NULL,
  interval_months INT          NULL,
  last_done_on    DATE         NULL,
  last_done_by    CHAR(36)     NULL,
  next_due_on     DATE         NOT NULL,
  lead_days       INT          NOT NULL,
  weight          INT          NOT NULL,
  -- next_due_on - lead_days: from this day on the task is upcoming and MaintenanceDue goes out
  notify_on       DATE         NOT NULL,
  -- MaintenanceDue has gone out for the cycle ending at next_due_on (reset when the due date rolls)
  due_notified    BOOLEAN      NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  updated_at      DATETIME(6)  NOT NULL,
  version         BIGINT       NOT NULL,
  KEY ix_maintenance_household (household_id, next_due_on),
  KEY ix_maintenance_scan (due_notified, notify_on),
  CONSTRAINT fk_maintenance_equipment FOREIGN KEY (equipment_id) REFERENCES equipment (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Members as far as inventory needs them (from user-service events): the current role and whether they still belong,
-- so a demoted admin or a removed member loses their powers here when the event arrives, not when the token expires.
CREATE TABLE members (
  id           CHAR(36)    NOT NULL PRIMARY KEY,
  household_id CHAR(36)    NOT NULL,
  role         VARCHAR(20) NOT NULL,
  active       BOOLEAN     NOT NULL,
  updated_at   DATETIME(6) NOT NULL,
  KEY ix_members_household (household_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
