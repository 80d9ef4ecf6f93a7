-- Shop format 10: after-sale cases (售后) and the replacement parcels they send.
-- A shipped migration: never renumbered or edited; a change is a new numbered script.

-- One case per return (退货), exchange (换货), refund only (仅退款), lost (丢件), damaged (破损),
-- undeliverable (无法派送) or refused (拒收) parcel, tied to the order. The reason is one of the
-- store's own list (shop setting aftersale.reasons), as the store wrote it.
CREATE TABLE aftersale_cases (
    id          INTEGER PRIMARY KEY,
    case_no     TEXT NOT NULL UNIQUE,            -- 售后单号 SH<yyyyMMdd>-<nnn>
    order_id    INTEGER NOT NULL REFERENCES orders(id),
    kind        TEXT NOT NULL,                   -- return | exchange | refund_only | lost | damaged | undeliverable | refused
    reason      TEXT NOT NULL DEFAULT '',
    state       TEXT NOT NULL DEFAULT 'open',    -- open | received | refunded | resent | closed
    refund_fen  INTEGER NOT NULL DEFAULT 0 CHECK (refund_fen >= 0),
    note        TEXT NOT NULL DEFAULT '',
    opened_by   TEXT NOT NULL DEFAULT '',
    opened_at   TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    closed_at   TEXT,
    claim_id    INTEGER REFERENCES shipping_claims(id),   -- lost, damaged, undeliverable, refused
    parcel_id   INTEGER                          -- the replacement parcel (shipping_extra_parcels)
);
CREATE INDEX aftersale_cases_order ON aftersale_cases(order_id);
CREATE INDEX aftersale_cases_state ON aftersale_cases(state);
CREATE INDEX aftersale_cases_opened ON aftersale_cases(opened_at);

-- The order lines a case is about, and how many pieces of each.
CREATE TABLE aftersale_lines (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES aftersale_cases(id),
    order_line_id INTEGER NOT NULL REFERENCES order_lines(id),
    sku_id        INTEGER NOT NULL REFERENCES skus(id),
    quantity      INTEGER NOT NULL CHECK (quantity > 0)
);
CREATE INDEX aftersale_lines_case ON aftersale_lines(case_id);

-- Goods that came back, as inspected: intact ones are a stock_moves row ('return'), damaged ones a
-- faulty_goods row ('damaged_return'); both carry the order number as reference and the case
-- number as note.
CREATE TABLE aftersale_receipts (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES aftersale_cases(id),
    sku_id        INTEGER NOT NULL REFERENCES skus(id),
    quantity      INTEGER NOT NULL CHECK (quantity > 0),
    intact        INTEGER NOT NULL CHECK (intact IN (0, 1)),
    booked_id     INTEGER NOT NULL,              -- stock_moves.id (intact) or faulty_goods.id (damaged)
    received_at   TEXT NOT NULL,
    actor         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX aftersale_receipts_case ON aftersale_receipts(case_id);

-- Every step of a case, in order: what undo takes back (the last one only).
CREATE TABLE aftersale_events (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES aftersale_cases(id),
    action      TEXT NOT NULL,                   -- open | receive | refund | resend | close
    from_state  TEXT NOT NULL DEFAULT '',
    to_state    TEXT NOT NULL,
    amount_fen  INTEGER NOT NULL DEFAULT 0,
    actor       TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL
);
CREATE INDEX aftersale_events_case ON aftersale_events(case_id);

-- Shipping: a parcel sent for an order that has already left (an exchange's replacement, a lost
-- parcel sent again). The order stays shipped with its own tracking number; the parcel has its
-- own, goes through the packing station (三查) and is booked out of stock when it ships.
CREATE TABLE shipping_extra_parcels (
    id          INTEGER PRIMARY KEY,
    order_id    INTEGER NOT NULL REFERENCES orders(id),
    courier     TEXT NOT NULL,
    tracking_no TEXT NOT NULL UNIQUE,
    reference   TEXT NOT NULL DEFAULT '',        -- what asked for it (a case number)
    status      TEXT NOT NULL DEFAULT 'waiting', -- waiting | shipped
    created_at  TEXT NOT NULL,
    actor       TEXT NOT NULL DEFAULT '',
    shipped_at  TEXT,
    packer      TEXT NOT NULL DEFAULT '',
    weight_g    INTEGER CHECK (weight_g >= 0)
);
CREATE INDEX shipping_extra_parcels_order ON shipping_extra_parcels(order_id);
CREATE TABLE shipping_extra_parcel_lines (
    id          INTEGER PRIMARY KEY,
    parcel_id   INTEGER NOT NULL REFERENCES shipping_extra_parcels(id),
    sku_id      INTEGER NOT NULL REFERENCES skus(id),
    quantity    INTEGER NOT NULL CHECK (quantity > 0)
);
CREATE INDEX shipping_extra_parcel_lines_parcel ON shipping_extra_parcel_lines(parcel_id);

-- A claim now also covers parcels refused (拒收) or undeliverable (无法派送), and holds the amount
-- claimed for the goods of a lost or damaged one: the monthly bill check deducts them (月结抵扣).
ALTER TABLE shipping_claims ADD COLUMN claim_fen INTEGER NOT NULL DEFAULT 0;
