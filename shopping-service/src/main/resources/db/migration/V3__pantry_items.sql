-- The stock items of each household's pantry, as inventory-service announces them (StockItemAdded/StockItemRemoved,
-- ADR 0017): a list item may link only to one of its own household's.
CREATE TABLE pantry_items (
  id           CHAR(36) NOT NULL PRIMARY KEY,
  household_id CHAR(36) NOT NULL,
  KEY ix_pantry_items_household (household_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- What shopping already learnt from inventory (items put on the list by a StockBelowMinimum); manual links are not
-- trusted, they may name anything.
INSERT IGNORE INTO pantry_items (id, household_id)
  SELECT DISTINCT stock_item_id, household_id FROM shopping_items WHERE stock_item_id IS NOT NULL AND source = 'STOCK';
