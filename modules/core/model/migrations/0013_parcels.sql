-- Shop format 13: parcels (包裹). Usually one order leaves as one parcel under its own waybill and
-- none of this is used. A parcel row appears when the clerk merges several orders of one buyer
-- into one parcel (合并发货: one waybill, one tracking number for every order) or splits an order
-- into several parcels (拆单发货: one now, one later, each with its own waybill and number).
-- parcel_lines says which order lines (and how many pieces of each) travel in which parcel.
CREATE TABLE parcels (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL,                  -- merged | split
    status          TEXT NOT NULL DEFAULT 'open',   -- open | shipped
    courier         TEXT NOT NULL DEFAULT '',
    tracking_no     TEXT NOT NULL DEFAULT '',
    printed_at      TEXT,                           -- its waybill's first print (a merge is undone only before)
    weight_g        INTEGER CHECK (weight_g >= 0),
    packer          TEXT NOT NULL DEFAULT '',
    est_freight_fen INTEGER CHECK (est_freight_fen >= 0),
    created_at      TEXT NOT NULL,
    shipped_at      TEXT,
    actor           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX parcels_tracking_no ON parcels(tracking_no);
CREATE INDEX parcels_status ON parcels(status);

CREATE TABLE parcel_lines (
    parcel_id INTEGER NOT NULL REFERENCES parcels(id),
    order_id  INTEGER NOT NULL REFERENCES orders(id),
    line_id   INTEGER NOT NULL REFERENCES order_lines(id),
    quantity  INTEGER NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (parcel_id, line_id)
);
CREATE INDEX parcel_lines_order ON parcel_lines(order_id);
CREATE INDEX parcel_lines_line ON parcel_lines(line_id);
