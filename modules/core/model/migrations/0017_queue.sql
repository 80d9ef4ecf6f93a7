-- Shop format 17: the dispatch queue read a window at a time, and the flag's memo.
-- 标记备注: the text a flag carries, as the platform's flags do (what the colour is about).
ALTER TABLE orders ADD COLUMN flag_memo TEXT NOT NULL DEFAULT '';
-- The queue (paid orders, oldest payment first) and the shipped list (newest shipment first) are
-- read through these, a window of rows at a time, never every order of the shop.
CREATE INDEX orders_queue ON orders(status, paid_at, id);
CREATE INDEX orders_shipped ON orders(status, shipped_at, id);
