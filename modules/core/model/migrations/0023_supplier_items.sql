-- Which items each supplier has delivered (issue 18): one row per supplier and item on a posted
-- receiving note, kept by posting and reversing notes in their own transactions, so that the
-- suppliers list reads a few thousand rows instead of every receiving line.
CREATE TABLE supplier_items_received (
    supplier_id INTEGER NOT NULL REFERENCES suppliers(id),
    item_id     INTEGER NOT NULL REFERENCES items(id),
    PRIMARY KEY (supplier_id, item_id)
);
INSERT INTO supplier_items_received (supplier_id, item_id)
SELECT DISTINCT n.supplier_id, k.item_id FROM receiving_notes n
JOIN receiving_lines l ON l.note_id = n.id JOIN skus k ON k.id = l.sku_id
WHERE n.status = 'posted';
-- A reversed note's items are looked up by SKU among the supplier's other posted notes.
CREATE INDEX receiving_lines_sku ON receiving_lines(sku_id);
