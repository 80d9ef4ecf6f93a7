-- ShopDesk shop format 1: the shop's shared records.
-- Portable SQL (SQLite now, PostgreSQL later): plain types, explicit constraints, no triggers.
-- Money is integer fen. Times are local wall-clock text "yyyy-MM-dd HH:mm:ss", days "yyyy-MM-dd".

CREATE TABLE shop_settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE suppliers (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    contact TEXT NOT NULL DEFAULT '',
    phone   TEXT NOT NULL DEFAULT '',
    city    TEXT NOT NULL DEFAULT '',
    note    TEXT NOT NULL DEFAULT ''
);

-- 宝贝: one product, with its variants in skus.
CREATE TABLE items (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,          -- 货号
    title         TEXT NOT NULL,
    category      TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL DEFAULT 'profit', -- traffic 引流款 | profit 利润款 | image 形象款
    main_push     INTEGER NOT NULL DEFAULT 0 CHECK (main_push IN (0, 1)),
    price_fen     INTEGER NOT NULL DEFAULT 0 CHECK (price_fen >= 0),
    cost_fen      INTEGER NOT NULL DEFAULT 0 CHECK (cost_fen >= 0),
    on_shelf      INTEGER NOT NULL DEFAULT 1 CHECK (on_shelf IN (0, 1)),
    out_of_season INTEGER NOT NULL DEFAULT 0 CHECK (out_of_season IN (0, 1)),
    archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    min_stock     INTEGER NOT NULL DEFAULT 0 CHECK (min_stock >= 0),
    supplier_id   INTEGER REFERENCES suppliers(id),
    listed_at     TEXT,                          -- start of the current 7-day shelf cycle
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX items_category ON items(category);

-- SKU: one colour × size of an item, with its own barcode.
CREATE TABLE skus (
    id        INTEGER PRIMARY KEY,
    item_id   INTEGER NOT NULL REFERENCES items(id),
    color     TEXT NOT NULL DEFAULT '',
    size      TEXT NOT NULL DEFAULT '',
    barcode   TEXT NOT NULL UNIQUE,
    price_fen INTEGER CHECK (price_fen >= 0),    -- NULL: the item's price
    cost_fen  INTEGER CHECK (cost_fen >= 0),     -- NULL: the item's cost
    UNIQUE (item_id, color, size)
);

CREATE TABLE buyers (
    id         INTEGER PRIMARY KEY,
    nick       TEXT NOT NULL UNIQUE,             -- 买家会员名
    name       TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE orders (
    id             INTEGER PRIMARY KEY,
    order_no       TEXT NOT NULL UNIQUE,         -- 订单编号
    platform       TEXT NOT NULL DEFAULT 'taobao',
    buyer_id       INTEGER REFERENCES buyers(id),
    status         TEXT NOT NULL,                -- unpaid | paid | shipped | finished | closed
    receiver_name  TEXT NOT NULL DEFAULT '',
    receiver_phone TEXT NOT NULL DEFAULT '',
    province       TEXT NOT NULL DEFAULT '',
    city           TEXT NOT NULL DEFAULT '',
    district       TEXT NOT NULL DEFAULT '',
    address        TEXT NOT NULL DEFAULT '',
    postcode       TEXT NOT NULL DEFAULT '',
    buyer_message  TEXT NOT NULL DEFAULT '',
    seller_note    TEXT NOT NULL DEFAULT '',
    flag           TEXT NOT NULL DEFAULT '',     -- red | green | yellow | blue | purple
    total_fen      INTEGER NOT NULL DEFAULT 0 CHECK (total_fen >= 0),
    freight_fen    INTEGER NOT NULL DEFAULT 0 CHECK (freight_fen >= 0),
    created_at     TEXT NOT NULL,
    paid_at        TEXT,
    shipped_at     TEXT,
    courier        TEXT NOT NULL DEFAULT '',
    tracking_no    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX orders_status ON orders(status);
CREATE INDEX orders_paid_at ON orders(paid_at);
CREATE INDEX orders_buyer ON orders(buyer_id);

CREATE TABLE order_lines (
    id            INTEGER PRIMARY KEY,
    order_id      INTEGER NOT NULL REFERENCES orders(id),
    sku_id        INTEGER REFERENCES skus(id),   -- NULL while the line is not matched to a SKU
    title         TEXT NOT NULL DEFAULT '',
    attributes    TEXT NOT NULL DEFAULT '',
    merchant_code TEXT NOT NULL DEFAULT '',      -- 商家编码
    quantity      INTEGER NOT NULL CHECK (quantity > 0),
    price_fen     INTEGER NOT NULL DEFAULT 0 CHECK (price_fen >= 0)
);
CREATE INDEX order_lines_order ON order_lines(order_id);
CREATE INDEX order_lines_sku ON order_lines(sku_id);

-- The stock ledger: every movement is a row; on-hand per SKU is the sum of its rows.
-- Rows are never edited or deleted: a mistake is reversed by a compensating row.
CREATE TABLE stock_moves (
    id        INTEGER PRIMARY KEY,
    sku_id    INTEGER NOT NULL REFERENCES skus(id),
    kind      TEXT NOT NULL,       -- receive | ship | return | exchange_out | exchange_in | stocktake | correction
    quantity  INTEGER NOT NULL CHECK (quantity <> 0),
    reference TEXT NOT NULL DEFAULT '',  -- note number, order number, tracking number
    actor     TEXT NOT NULL DEFAULT '',  -- who
    moved_at  TEXT NOT NULL,             -- when
    note      TEXT NOT NULL DEFAULT '',
    reverses  INTEGER REFERENCES stock_moves(id)
);
CREATE INDEX stock_moves_sku ON stock_moves(sku_id, quantity);
CREATE INDEX stock_moves_moved_at ON stock_moves(moved_at);
CREATE INDEX stock_moves_reference ON stock_moves(reference);
