-- ShopDesk shop format 2: records owned by single workbenches.

-- Inventory: receiving notes (入库单) from suppliers.
CREATE TABLE receiving_notes (
    id          INTEGER PRIMARY KEY,
    note_no     TEXT NOT NULL UNIQUE,
    supplier_id INTEGER NOT NULL REFERENCES suppliers(id),
    received_on TEXT NOT NULL,
    freight_fen INTEGER NOT NULL DEFAULT 0 CHECK (freight_fen >= 0),
    paid_fen    INTEGER NOT NULL DEFAULT 0 CHECK (paid_fen >= 0),
    status      TEXT NOT NULL DEFAULT 'draft',   -- draft | posted
    posted_at   TEXT,
    actor       TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT ''
);
CREATE TABLE receiving_lines (
    id            INTEGER PRIMARY KEY,
    note_id       INTEGER NOT NULL REFERENCES receiving_notes(id),
    sku_id        INTEGER NOT NULL REFERENCES skus(id),
    quantity      INTEGER NOT NULL CHECK (quantity > 0),
    unit_cost_fen INTEGER NOT NULL DEFAULT 0 CHECK (unit_cost_fen >= 0)
);
CREATE INDEX receiving_lines_note ON receiving_lines(note_id);

-- Customer service: the library of standard replies (快捷短语).
CREATE TABLE replies (
    id         INTEGER PRIMARY KEY,
    group_code TEXT NOT NULL,          -- presale | insale | aftersale | payment | logistics | returns | review | restock | a store's own
    code       TEXT NOT NULL UNIQUE,   -- short code typed by the agent, e.g. wl
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0
);

-- KPIs: the daily report (日报表), one row per day. Rates are fractions (0.0273 = 2.73%).
CREATE TABLE kpi_daily (
    day                 TEXT PRIMARY KEY,
    pv                  INTEGER NOT NULL DEFAULT 0 CHECK (pv >= 0),
    uv                  INTEGER NOT NULL DEFAULT 0 CHECK (uv >= 0),
    sales_fen           INTEGER NOT NULL DEFAULT 0 CHECK (sales_fen >= 0),
    units               INTEGER NOT NULL DEFAULT 0 CHECK (units >= 0),
    paid_buyers         INTEGER NOT NULL DEFAULT 0 CHECK (paid_buyers >= 0),
    paid_uv             INTEGER NOT NULL DEFAULT 0 CHECK (paid_uv >= 0),
    dsr                 REAL,
    bounce_rate         REAL,
    refund_dispute_rate REAL,
    good_rating_rate    REAL
);
