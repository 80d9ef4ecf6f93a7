-- The buyer list's returns column (issue 18): whether an order's goods came back is looked up by
-- its order number. The orders' buyer index now carries it, so the list counts a buyer's returns
-- from indexes alone instead of reading each of the buyer's orders (the best buyers of a big shop
-- have hundreds). The same index still serves every lookup by buyer.
DROP INDEX orders_buyer;
CREATE INDEX orders_buyer ON orders(buyer_id, order_no);
