-- ShopDesk shop format 19: a replacement parcel's waybill (补发, shipping_extra_parcels) is printed
-- from the print view as an order's is, and marked printed.
-- A shipped migration: never renumbered or edited; a change is a new numbered script.

-- How many times the parcel's waybill was printed (0: never), when it last was, and the reason the
-- last reprint gave (a reprint needs one, as an order's does).
ALTER TABLE shipping_extra_parcels ADD COLUMN print_count INTEGER NOT NULL DEFAULT 0 CHECK (print_count >= 0);
ALTER TABLE shipping_extra_parcels ADD COLUMN printed_at TEXT;
ALTER TABLE shipping_extra_parcels ADD COLUMN reprint_reason TEXT NOT NULL DEFAULT '';
