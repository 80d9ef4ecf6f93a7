-- Shop format 20: the buyer list (买家) and member tiers (会员) at 200,000 buyers. Each buyer's paid
-- orders (paid, shipped, finished) added up once and kept: how many, their total, the first and
-- the last payment, one row for every buyer (none yet: 0 and ''). The list reads a window of rows
-- at a time in the order of these indexes, and the tiers are one aggregate over this table,
-- instead of adding up every order of the shop each time the list opens.
-- core::BuyerSummaryRepository keeps it: new buyers and orders are brought in from the ids past
-- buyer_summary_upto before it is read (whoever wrote them: an import, an order typed in, the
-- demo), and an order whose status changes in place (the platform closed it) recomputes its buyer.
-- Returns are not kept here: they are counted for the rows shown, from the orders' indexes.
CREATE TABLE buyer_summary (
    buyer_id   INTEGER PRIMARY KEY REFERENCES buyers(id),
    orders     INTEGER NOT NULL DEFAULT 0,
    spend_fen  INTEGER NOT NULL DEFAULT 0,
    first_paid TEXT NOT NULL DEFAULT '',
    last_paid  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX buyer_summary_spend ON buyer_summary(spend_fen DESC, buyer_id);
CREATE INDEX buyer_summary_orders ON buyer_summary(orders, buyer_id);
CREATE INDEX buyer_summary_first ON buyer_summary(first_paid, buyer_id);
CREATE INDEX buyer_summary_last ON buyer_summary(last_paid, buyer_id);

-- The last buyer and order id the summary has taken in (one row).
CREATE TABLE buyer_summary_upto (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    buyers_upto INTEGER NOT NULL DEFAULT 0,
    orders_upto INTEGER NOT NULL DEFAULT 0
);

INSERT INTO buyer_summary (buyer_id, orders, spend_fen, first_paid, last_paid)
SELECT b.id, count(o.id), coalesce(sum(o.total_fen), 0), coalesce(min(o.paid_at), ''), coalesce(max(o.paid_at), '')
FROM buyers b LEFT JOIN orders o ON o.buyer_id = b.id AND o.status IN ('paid', 'shipped', 'finished')
GROUP BY b.id;

INSERT INTO buyer_summary_upto (id, buyers_upto, orders_upto)
VALUES (1, coalesce((SELECT max(id) FROM buyers), 0), coalesce((SELECT max(id) FROM orders), 0));

-- The buyers of a category (a segment for mass messages): the orders of its SKUs' lines, read
-- from this index alone.
CREATE INDEX order_lines_sku_order ON order_lines(sku_id, order_id);

-- The month's profit report looks up each line's cost at the time of payment and each order's
-- billed freight: both from the index alone (each replaces the narrower index it extends).
CREATE INDEX sku_costs_at_cover ON sku_costs(sku_id, changed_at, id, cost_fen);
DROP INDEX sku_costs_sku;
CREATE INDEX shipping_bill_fees_cover ON shipping_bill_fees(tracking_no, fee_fen);
DROP INDEX shipping_bill_fees_tracking;
