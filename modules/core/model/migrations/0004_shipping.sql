-- ShopDesk shop format 4: records owned by the shipping workbench (发货).
-- A shipped migration: never renumbered or edited; a change is a new numbered script.

-- One row per printing of an order's waybill; the first is the print, later ones are reprints
-- with their reason (补打原因).
CREATE TABLE shipping_prints (
    id         INTEGER PRIMARY KEY,
    order_id   INTEGER NOT NULL REFERENCES orders(id),
    printed_at TEXT NOT NULL,
    layout     TEXT NOT NULL,
    copies     INTEGER NOT NULL DEFAULT 1 CHECK (copies > 0),
    reprint    INTEGER NOT NULL DEFAULT 0 CHECK (reprint IN (0, 1)),
    reason     TEXT NOT NULL DEFAULT '',
    actor      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX shipping_prints_order ON shipping_prints(order_id);

-- The packing of a shipped order: who packed, its weight, the estimated freight.
CREATE TABLE shipping_packs (
    order_id       INTEGER PRIMARY KEY REFERENCES orders(id),
    courier        TEXT NOT NULL,
    tracking_no    TEXT NOT NULL,
    weight_g       INTEGER CHECK (weight_g >= 0),
    packer         TEXT NOT NULL DEFAULT '',
    est_freight_fen INTEGER CHECK (est_freight_fen >= 0),
    packed_at      TEXT NOT NULL
);
CREATE INDEX shipping_packs_tracking ON shipping_packs(tracking_no);

-- A number range a courier issued to the store (e.g. 773000000001 … 773000000999).
CREATE TABLE shipping_tracking_ranges (
    id       INTEGER PRIMARY KEY,
    courier  TEXT NOT NULL,
    prefix   TEXT NOT NULL DEFAULT '',
    next_no  INTEGER NOT NULL CHECK (next_no >= 0),
    last_no  INTEGER NOT NULL CHECK (last_no >= 0),
    digits   INTEGER NOT NULL CHECK (digits > 0),
    added_at TEXT NOT NULL
);

-- The courier's pickup (揽收) of one day: the stubs (底单) scanned at the handover.
CREATE TABLE shipping_pickups (
    id          INTEGER PRIMARY KEY,
    courier     TEXT NOT NULL,
    day         TEXT NOT NULL,
    archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at  TEXT NOT NULL,
    UNIQUE (courier, day)
);
CREATE TABLE shipping_pickup_scans (
    id          INTEGER PRIMARY KEY,
    pickup_id   INTEGER NOT NULL REFERENCES shipping_pickups(id),
    tracking_no TEXT NOT NULL,
    scanned_at  TEXT NOT NULL,
    actor       TEXT NOT NULL DEFAULT '',
    UNIQUE (pickup_id, tracking_no)
);

-- A claim (索赔) for a lost or damaged parcel: the stub and the order kept together.
CREATE TABLE shipping_claims (
    id          INTEGER PRIMARY KEY,
    order_id    INTEGER NOT NULL REFERENCES orders(id),
    courier     TEXT NOT NULL,
    tracking_no TEXT NOT NULL,
    kind        TEXT NOT NULL,           -- lost | damaged
    stub_day    TEXT,
    note        TEXT NOT NULL DEFAULT '',
    opened_at   TEXT NOT NULL,
    actor       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX shipping_claims_order ON shipping_claims(order_id);
