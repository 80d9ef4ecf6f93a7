-- ShopDesk shop format 21: what the dispatch queue sorts and filters on, kept in indexed columns
-- of the orders, so a step of the queue view (open, filter, sort, scroll) walks an index for a
-- window of rows instead of computing an expression for every queued order.
-- A shipped migration: never renumbered or edited; a change is a new numbered script.

-- 发货时限: when a queued order must leave ("yyyy-MM-dd HH:mm:ss", the stored local time; '' for
-- an order without a payment time), by DispatchDeadline's rule (shared/DOMAIN.md).
ALTER TABLE orders ADD COLUMN ship_by TEXT;
-- The courier it goes by: its own, else the one the store's courier rules choose. NULL until the
-- rules are applied (QueueKeyRepository: the rules are shop settings, applied when the queue is read).
ALTER TABLE orders ADD COLUMN ship_courier TEXT;
-- How many times its waybill was printed (shipping_prints).
ALTER TABLE orders ADD COLUMN print_count INTEGER NOT NULL DEFAULT 0;

UPDATE orders SET print_count = (SELECT count(*) FROM shipping_prints p WHERE p.order_id = orders.id)
WHERE id IN (SELECT order_id FROM shipping_prints);

-- The deadline of every queued order: 48 h on a promotion day (the platforms' dates and the
-- store's own), the same day's end when paid before 16:00, else 24 h.
UPDATE orders SET ship_by = CASE
    WHEN paid_at IS NULL OR paid_at = '' THEN ''
    WHEN substr(paid_at, 6, 5) IN ('01-01', '02-14', '05-20', '06-18', '11-11', '12-12')
        OR EXISTS (SELECT 1 FROM kpi_promotions k WHERE k.day = substr(orders.paid_at, 1, 10))
        THEN datetime(paid_at, '+48 hours')
    WHEN substr(paid_at, 12, 8) < '16:00:00' THEN substr(paid_at, 1, 10) || ' 23:59:59'
    ELSE datetime(paid_at, '+24 hours') END
WHERE status = 'paid';

-- One index per way the queue sorts (status first: the queue is the paid orders; id last: the
-- tie-break and the keyset cursor). The amount index also covers the totals' one aggregate.
CREATE INDEX orders_queue_ship_by ON orders(status, ship_by, id);
CREATE INDEX orders_queue_courier ON orders(status, ship_courier, id);
CREATE INDEX orders_queue_amount ON orders(status, total_fen, id, ship_by);
CREATE INDEX orders_queue_printed ON orders(status, print_count, id);
CREATE INDEX orders_queue_order_no ON orders(status, order_no, id);
CREATE INDEX orders_queue_receiver ON orders(status, receiver_name, id);
CREATE INDEX orders_queue_province ON orders(status, province, id);
CREATE INDEX orders_queue_tracking ON orders(status, tracking_no, id);
CREATE INDEX orders_queue_flag ON orders(status, flag, id);
