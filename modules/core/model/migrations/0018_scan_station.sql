-- ShopDesk shop format 18: the packing station (三查) records each flag a packer overrode.
-- A shipped migration: never renumbered or edited; a change is a new numbered script.

-- A flagged order (黄旗 cannot ship yet, 红旗 special request …) is packed only after the packer
-- explicitly overrides its flag at the station; each override is kept with who made it and when.
CREATE TABLE shipping_flag_overrides (
    id          INTEGER PRIMARY KEY,
    order_id    INTEGER NOT NULL REFERENCES orders(id),
    flag        TEXT NOT NULL,
    packer      TEXT NOT NULL DEFAULT '',
    actor       TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL
);
CREATE INDEX shipping_flag_overrides_order ON shipping_flag_overrides(order_id);
