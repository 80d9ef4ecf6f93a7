-- Shop format 27: each receiving note's pieces and goods value (Σ quantity × unit cost) added up
-- once and kept (issue 18). The receiving notes list and the suppliers' accounts read this table
-- instead of adding up every line of every note (half a million lines in a shop that receives
-- each SKU) each time they open. A note's lines are only ever added (a note is written whole, a
-- reversal marks the note), so the table holds the sums of the lines up to
-- receiving_note_totals_upto, and a reader adds the few lines past it: whoever wrote them, the
-- figure is right. inventory::ReceivingRepository takes the lines past the bookmark in.
CREATE TABLE receiving_note_totals (
    note_id   INTEGER PRIMARY KEY REFERENCES receiving_notes(id),
    pieces    INTEGER NOT NULL DEFAULT 0,
    goods_fen INTEGER NOT NULL DEFAULT 0
);

-- The last receiving line the table has taken in (one row).
CREATE TABLE receiving_note_totals_upto (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    lines_upto INTEGER NOT NULL DEFAULT 0
);

INSERT INTO receiving_note_totals (note_id, pieces, goods_fen)
SELECT note_id, sum(quantity), sum(quantity * unit_cost_fen) FROM receiving_lines GROUP BY note_id;

INSERT INTO receiving_note_totals_upto (id, lines_upto)
VALUES (1, coalesce((SELECT max(id) FROM receiving_lines), 0));
