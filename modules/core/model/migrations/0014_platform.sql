-- Shop format 14: the platform's side of shipping, kept as the shop's own data.

-- 商品对应关系: a line of the platform's export the clerk matched by hand, remembered so that every
-- line like it (now and in every later import) matches the same SKU. `kind` 'code': the line's
-- 商家编码 (outer code) is `source`; 'title': it had none and its title is `source`. The colour and
-- size are those of the line's attributes (商品属性), as the import reads them.
CREATE TABLE shipping_mappings (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('code', 'title')),
    source     TEXT NOT NULL,
    color      TEXT NOT NULL DEFAULT '',
    size       TEXT NOT NULL DEFAULT '',
    sku_id     INTEGER NOT NULL REFERENCES skus(id),
    created_at TEXT NOT NULL,
    actor      TEXT NOT NULL DEFAULT '',
    UNIQUE (kind, source, color, size)
);

-- A shipped order written to the platform's bulk-shipping file (批量发货), so the next export of
-- "everything not yet exported" leaves it out.
CREATE TABLE shipping_exports (
    order_id    INTEGER PRIMARY KEY REFERENCES orders(id),
    exported_at TEXT NOT NULL,
    file        TEXT NOT NULL DEFAULT '',
    actor       TEXT NOT NULL DEFAULT ''
);

-- The couriers the shop adds to the built-in ones: its name, the name the platform knows it by
-- (物流公司 in the bulk-shipping file) and the form of its tracking numbers (a regular expression).
CREATE TABLE shipping_couriers (
    code             TEXT PRIMARY KEY,
    name             TEXT NOT NULL,
    platform_name    TEXT NOT NULL,
    tracking_pattern TEXT NOT NULL
);

-- Each courier's price table as the shop's own data: first kg (首重) and each additional kg (续重)
-- by province ("*": every other province). Empty until the shop edits or imports a courier's table:
-- until then the built-in table (resources/shipping/prices) is its starting value.
CREATE TABLE shipping_prices (
    courier        TEXT NOT NULL,
    province       TEXT NOT NULL,
    first_fen      INTEGER NOT NULL CHECK (first_fen >= 0),
    additional_fen INTEGER NOT NULL CHECK (additional_fen >= 0),
    PRIMARY KEY (courier, province)
);
