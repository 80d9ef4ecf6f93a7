-- Shop format 26: each SKU's stock on hand (现有库存) added up once and kept (issue 18). The
-- items list, the reorder plan, the availability and the profit's stock value read this table instead
-- of adding up the whole stock ledger (a million rows in a year's shop) each time they open.
-- The ledger is only ever added to (a correction or a reversal is a new row), so the table holds
-- the sum of the ledger rows up to stock_on_hand_upto, and a reader adds the few rows past it:
-- whoever wrote them (core::StockLedger, a copied shop, a test), the figure is right.
-- core::StockOnHandRepository takes the rows past the bookmark in after each booking.
CREATE TABLE stock_on_hand (
    sku_id   INTEGER PRIMARY KEY REFERENCES skus(id),
    quantity INTEGER NOT NULL DEFAULT 0
);

-- The last ledger row the table has taken in (one row).
CREATE TABLE stock_on_hand_upto (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    moves_upto INTEGER NOT NULL DEFAULT 0
);

INSERT INTO stock_on_hand (sku_id, quantity)
SELECT sku_id, sum(quantity) FROM stock_moves GROUP BY sku_id;

INSERT INTO stock_on_hand_upto (id, moves_upto)
VALUES (1, coalesce((SELECT max(id) FROM stock_moves), 0));
