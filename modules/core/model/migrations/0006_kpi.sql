-- KPI workbench (数据报表): ad spend per campaign and day, sales targets, the store's own promotion
-- dates. Money is integer fen; days are "yyyy-MM-dd".

-- Paid traffic per campaign (直通车 ztc / 钻展 zuanzhan / 淘宝客 taobaoke) and day.
CREATE TABLE kpi_campaign_daily (
    day       TEXT NOT NULL,
    campaign  TEXT NOT NULL,
    channel   TEXT NOT NULL DEFAULT 'ztc',
    spend_fen INTEGER NOT NULL DEFAULT 0 CHECK (spend_fen >= 0),
    paid_uv   INTEGER NOT NULL DEFAULT 0 CHECK (paid_uv >= 0),
    sales_fen INTEGER NOT NULL DEFAULT 0 CHECK (sales_fen >= 0),
    PRIMARY KEY (day, campaign)
);

-- Sales targets: quarter 0 is the whole year; category '' is every category.
CREATE TABLE kpi_targets (
    year      INTEGER NOT NULL,
    quarter   INTEGER NOT NULL CHECK (quarter >= 0 AND quarter <= 4),
    category  TEXT NOT NULL DEFAULT '',
    sales_fen INTEGER NOT NULL CHECK (sales_fen >= 0),
    PRIMARY KEY (year, quarter, category)
);

-- The store's own promotion dates (店庆 …); the platforms' dates are built in.
CREATE TABLE kpi_promotions (
    day  TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (day, name)
);

-- The month report aggregates paid orders and their lines by day and by item (bench/kpi: a month
-- over a million order lines). Covering indexes let it read only the indexes, never the rows.
CREATE INDEX kpi_orders_paid_cover ON orders(paid_at, status, total_fen, buyer_id);
CREATE INDEX kpi_order_lines_cover ON order_lines(order_id, sku_id, quantity, price_fen);
