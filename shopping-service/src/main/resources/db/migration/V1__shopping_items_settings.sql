-- One shopping list per household: its items (open, pending approval, purchased, rejected) and its settings.
CREATE TABLE shopping_items (
  id                  CHAR(36)      NOT NULL PRIMARY KEY,
  household_id        CHAR(36)      NOT NULL,
  name                VARCHAR(100)  NOT NULL,
  -- The name folded for matching (NFKC width, case, katakana -> hiragana, spaces); binary so folding decides alone.
  name_key            VARCHAR(255)  COLLATE utf8mb4_bin NOT NULL,
  quantity            DECIMAL(10,2) NOT NULL,
  unit                VARCHAR(20)   NULL,
  memo                VARCHAR(500)  NULL,
  category            VARCHAR(40)   NOT NULL,
  status              VARCHAR(10)   NOT NULL,
  source              VARCHAR(10)   NOT NULL,
  stock_item_id       CHAR(36)      NULL,
  -- The StockBelowMinimum event (crossing) that created the item, if any.
  source_event_id     CHAR(36)      NULL,
  added_by_member_id  CHAR(36)      NULL,
  added_at            DATETIME(6)   NOT NULL,
  decided_by_member_id CHAR(36)     NULL,
  decided_at          DATETIME(6)   NULL,
  reject_reason       VARCHAR(200)  NULL,
  purchased_by_member_id CHAR(36)   NULL,
  purchased_at        DATETIME(6)   NULL,
  -- Set only while the item is open or pending, NULL otherwise (NULLs never clash): at most one open item per
  -- name and per stock item in a household, whatever races past the service's own look-up.
  open_name_key       VARCHAR(255)  COLLATE utf8mb4_bin NULL,
  open_stock_key      CHAR(36)      NULL,
  version             BIGINT        NOT NULL,
  UNIQUE KEY ux_items_open_name (household_id, open_name_key),
  UNIQUE KEY ux_items_open_stock (household_id, open_stock_key),
  UNIQUE KEY ux_items_source_event (source_event_id),
  KEY ix_items_status (household_id, status, added_at),
  KEY ix_items_history (household_id, status, purchased_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE shopping_settings (
  household_id          CHAR(36)     NOT NULL PRIMARY KEY,
  members_need_approval BOOLEAN      NOT NULL,
  -- The household's categories in order, one per line.
  categories            TEXT         NOT NULL,
  updated_at            DATETIME(6)  NOT NULL,
  version               BIGINT       NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
