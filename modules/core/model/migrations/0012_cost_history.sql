-- Shop format 12: what the goods cost (成本) and what the courier billed, for profit (毛利 / 利润率)
-- and the period stock report (进销存报表).
-- A shipped migration: never renumbered or edited; a change is a new numbered script.

-- Each SKU's cost history. A receiving note that posts a unit cost other than the SKU's adds a row:
-- the moving-average cost (移动加权平均) after the pieces arrive, (on hand × cost before + received ×
-- unit cost) / (on hand + received), which is also written to skus.cost_fen. A reversed note adds a
-- row taking its pieces back out of the average. Rows are only added. The cost of a SKU at a moment
-- is that of its last row at or before it; before its first row, that row's cost_before_fen; a SKU
-- without rows costs what skus / items say.
CREATE TABLE sku_costs (
    id              INTEGER PRIMARY KEY,
    sku_id          INTEGER NOT NULL REFERENCES skus(id),
    changed_at      TEXT NOT NULL,
    cost_before_fen INTEGER NOT NULL CHECK (cost_before_fen >= 0),
    cost_fen        INTEGER NOT NULL CHECK (cost_fen >= 0),
    quantity        INTEGER NOT NULL,            -- pieces received (negative: a reversed note)
    unit_cost_fen   INTEGER NOT NULL CHECK (unit_cost_fen >= 0),
    on_hand_before  INTEGER NOT NULL,
    source          TEXT NOT NULL,               -- receive | reverse
    reference       TEXT NOT NULL DEFAULT ''     -- the receiving note's number
);
CREATE INDEX sku_costs_sku ON sku_costs(sku_id, changed_at);
CREATE INDEX sku_costs_reference ON sku_costs(reference);

-- What a courier's monthly bill charged per parcel, kept when the bill is checked: profit takes it in
-- place of the price table's estimate.
CREATE TABLE shipping_bill_fees (
    tracking_no TEXT NOT NULL,
    courier     TEXT NOT NULL,
    fee_fen     INTEGER NOT NULL CHECK (fee_fen >= 0),
    checked_at  TEXT NOT NULL,
    PRIMARY KEY (courier, tracking_no)
);
CREATE INDEX shipping_bill_fees_tracking ON shipping_bill_fees(tracking_no);

-- The period stock report and the stock value read each SKU's movements from the indexes alone: per
-- kind up to a moment or over a span (the pieces), and over each span of one cost (the value).
CREATE INDEX stock_moves_sku_kind_time ON stock_moves(sku_id, kind, moved_at, quantity, reverses);
CREATE INDEX stock_moves_sku_time ON stock_moves(sku_id, moved_at, kind, quantity, reverses);
