-- Shop format 7: looking an order up by its tracking number (a scan at the packing table, a number
-- handed out from a courier's range, a tracking list) is an index seek, not a scan of every order.
CREATE INDEX orders_tracking_no ON orders(tracking_no);
