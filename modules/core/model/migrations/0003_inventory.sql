-- ShopDesk shop format 3: the inventory workbench's stock-takes (盘点).
-- A shipped migration: never renumbered or edited; a change is a new numbered script.

-- One count (盘点单): the whole store (scope '') or one category. The system quantities are
-- snapshotted at the start as the last stock_moves.id they include; movements after it adjust
-- the expected quantity. Nothing here is ever deleted: a posted count is reversed by
-- compensating ledger rows.
CREATE TABLE stocktakes (
    id            INTEGER PRIMARY KEY,
    scope         TEXT NOT NULL DEFAULT '',       -- '' = whole store, else a category code
    status        TEXT NOT NULL DEFAULT 'open',   -- open | posted | reversed
    snapshot_move INTEGER NOT NULL DEFAULT 0,     -- last stock_moves.id in the snapshot
    closed_move   INTEGER,                        -- last stock_moves.id before posting
    started_at    TEXT NOT NULL,
    started_by    TEXT NOT NULL DEFAULT '',
    posted_at     TEXT,
    posted_by     TEXT NOT NULL DEFAULT '',
    reversed_at   TEXT,
    reversed_by   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX stocktakes_status ON stocktakes(status);

-- The snapshot: one row per SKU in the count.
CREATE TABLE stocktake_lines (
    stocktake_id  INTEGER NOT NULL REFERENCES stocktakes(id),
    sku_id        INTEGER NOT NULL REFERENCES skus(id),
    system_qty    INTEGER NOT NULL,
    unit_cost_fen INTEGER NOT NULL DEFAULT 0 CHECK (unit_cost_fen >= 0),
    PRIMARY KEY (stocktake_id, sku_id)
);

-- Every counted piece, as committed: a scan (+1 or ×N), a typed count (the difference to the
-- count so far), an imported line, the resolution of an unknown barcode, an undo. Counted per
-- SKU = the sum. sku_id NULL: an unknown barcode queued for the counter to resolve; it is
-- resolved (or set aside, quantity 0) by a later row whose reference is 'unknown:<id>'.
CREATE TABLE stocktake_counts (
    id           INTEGER PRIMARY KEY,
    stocktake_id INTEGER NOT NULL REFERENCES stocktakes(id),
    sku_id       INTEGER REFERENCES skus(id),
    barcode      TEXT NOT NULL DEFAULT '',
    quantity     INTEGER NOT NULL,
    source       TEXT NOT NULL,                   -- scan | typed | import | resolve | dismiss | undo
    reference    TEXT NOT NULL DEFAULT '',
    actor        TEXT NOT NULL DEFAULT '',
    counted_at   TEXT NOT NULL
);
CREATE INDEX stocktake_counts_sku ON stocktake_counts(stocktake_id, sku_id, quantity);
CREATE INDEX stocktake_counts_reference ON stocktake_counts(reference);

-- Payments to suppliers beyond what a receiving note records as paid. A supplier's account:
-- purchases (posted notes: goods at cost + freight) − payments = owed.
CREATE TABLE supplier_payments (
    id          INTEGER PRIMARY KEY,
    supplier_id INTEGER NOT NULL REFERENCES suppliers(id),
    paid_on     TEXT NOT NULL,
    amount_fen  INTEGER NOT NULL CHECK (amount_fen > 0),
    reference   TEXT NOT NULL DEFAULT '',
    actor       TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX supplier_payments_supplier ON supplier_payments(supplier_id);

-- Supplier exchange lists (退换货单): faulty pieces found at the quality check, booked out of
-- stock ('exchange_out'); what the supplier replaces is booked in ('exchange_in', same reference).
-- Closing the list puts what was not replaced on the faulty-goods account.
CREATE TABLE supplier_exchanges (
    id          INTEGER PRIMARY KEY,
    exchange_no TEXT NOT NULL UNIQUE,
    supplier_id INTEGER NOT NULL REFERENCES suppliers(id),
    status      TEXT NOT NULL DEFAULT 'open',    -- open | closed
    created_at  TEXT NOT NULL,
    closed_at   TEXT,
    actor       TEXT NOT NULL DEFAULT ''
);
CREATE TABLE supplier_exchange_lines (
    id          INTEGER PRIMARY KEY,
    exchange_id INTEGER NOT NULL REFERENCES supplier_exchanges(id),
    sku_id      INTEGER NOT NULL REFERENCES skus(id),
    quantity    INTEGER NOT NULL CHECK (quantity > 0),
    reason      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX supplier_exchange_lines_exchange ON supplier_exchange_lines(exchange_id);

-- The separate account of faulty goods (次品账), outside sellable stock: pieces a supplier did
-- not replace, damaged buyer returns. Rows are only added.
CREATE TABLE faulty_goods (
    id          INTEGER PRIMARY KEY,
    sku_id      INTEGER NOT NULL REFERENCES skus(id),
    quantity    INTEGER NOT NULL CHECK (quantity <> 0),
    source      TEXT NOT NULL,                   -- unreplaced | damaged_return
    reference   TEXT NOT NULL DEFAULT '',        -- exchange number, order number
    supplier_id INTEGER REFERENCES suppliers(id),
    actor       TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX faulty_goods_reference ON faulty_goods(reference);
