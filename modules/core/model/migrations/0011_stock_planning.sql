-- Shop format 11: stock planning (补货 / 采购单). A SKU may keep its own minimum (安全库存), an item
-- may come from several suppliers (hot items from two factories), each supplier has a lead time,
-- and the shop orders from its suppliers with purchase orders (采购单) that receiving notes fill.

-- A SKU's own minimum; NULL: the item's (items.min_stock).
ALTER TABLE skus ADD COLUMN min_stock INTEGER CHECK (min_stock IS NULL OR min_stock >= 0);

-- Days from ordering to the goods arriving; 7 unless the store says otherwise.
ALTER TABLE suppliers ADD COLUMN lead_days INTEGER NOT NULL DEFAULT 7 CHECK (lead_days >= 0);

-- Which suppliers supply an item. items.supplier_id stays the usual one; every item that names a
-- supplier starts with that link. A link goes with its item.
CREATE TABLE item_suppliers (
    item_id     INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    supplier_id INTEGER NOT NULL REFERENCES suppliers(id),
    PRIMARY KEY (item_id, supplier_id)
);
CREATE INDEX item_suppliers_supplier ON item_suppliers(supplier_id);
INSERT INTO item_suppliers (item_id, supplier_id) SELECT id, supplier_id FROM items WHERE supplier_id IS NOT NULL;

-- A purchase order (采购单) to one supplier. What has arrived is what the posted receiving notes
-- made from it hold, so its state (ordered, partly received, received) is never stored twice.
CREATE TABLE purchase_orders (
    id          INTEGER PRIMARY KEY,
    po_no       TEXT NOT NULL UNIQUE,
    supplier_id INTEGER NOT NULL REFERENCES suppliers(id),
    ordered_on  TEXT NOT NULL,
    expected_on TEXT,
    actor       TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE INDEX purchase_orders_supplier ON purchase_orders(supplier_id);
CREATE TABLE purchase_order_lines (
    id            INTEGER PRIMARY KEY,
    po_id         INTEGER NOT NULL REFERENCES purchase_orders(id),
    sku_id        INTEGER NOT NULL REFERENCES skus(id),
    quantity      INTEGER NOT NULL CHECK (quantity > 0),
    unit_cost_fen INTEGER NOT NULL DEFAULT 0 CHECK (unit_cost_fen >= 0),
    UNIQUE (po_id, sku_id)
);
CREATE INDEX purchase_order_lines_sku ON purchase_order_lines(sku_id);

-- A receiving note made from a purchase order names it; NULL: goods that came without one.
ALTER TABLE receiving_notes ADD COLUMN purchase_order_id INTEGER REFERENCES purchase_orders(id);
CREATE INDEX receiving_notes_purchase_order ON receiving_notes(purchase_order_id);
