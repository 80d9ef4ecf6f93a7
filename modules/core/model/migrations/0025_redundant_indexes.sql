-- Four indexes each the first column of a wider one (issue 19: an import writes every index
-- of the rows it adds; on a server a big import builds them again after its rows). The wider
-- index serves every lookup the narrow one did:
--   orders_status (status)          → orders_queue (status, paid_at, id)
--   orders_paid_at (paid_at)        → kpi_orders_paid_cover (paid_at, status, total_fen, buyer_id)
--   order_lines_order (order_id)    → kpi_order_lines_cover (order_id, sku_id, quantity, price_fen)
--   order_lines_sku (sku_id)        → order_lines_sku_order (sku_id, order_id)
DROP INDEX orders_status;
DROP INDEX orders_paid_at;
DROP INDEX order_lines_order;
DROP INDEX order_lines_sku;
