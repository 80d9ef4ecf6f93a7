-- Shop format 9: the buyers workbench (买家 / 会员). What agents record about a buyer beside the
-- note: the size profile (身高 / 体重 / usual size, 尺码) and the flag 钢丝客户 (a loyal buyer, who
-- gets new items first). Every buyer of an older file starts with no profile and not loyal.
-- Member tiers are not stored: they follow from the orders each time they are read.
ALTER TABLE buyers ADD COLUMN height_cm INTEGER;
ALTER TABLE buyers ADD COLUMN weight_kg REAL;
ALTER TABLE buyers ADD COLUMN usual_size TEXT NOT NULL DEFAULT '';
ALTER TABLE buyers ADD COLUMN loyal INTEGER NOT NULL DEFAULT 0;

-- The buyer list adds up every buyer's orders (count, spend, first and last payment, returns):
-- a covering index in buyer order lets it read the index alone, one run per buyer.
CREATE INDEX buyers_orders_cover ON orders(buyer_id, status, paid_at, total_fen, flag);
