-- Shop format 28: each month's buyers and repeat buyers (回头客) kept once worked out (issue 18).
-- The repeat-rate table and the members' chart show thirteen months; counting each month's
-- distinct buyers over a year of orders took a quarter of a second each time they opened.
-- A month's row holds its figures from the orders up to repeat_months_upto: an order added
-- later (a higher id) makes its month's row and every later one out of date, and a paid order
-- closed in place (core::OrderRepository::followPlatformStatus) drops its month's and the later
-- rows. A reader takes a row only while no order past the bookmark is paid in or before its
-- month, so a figure shown is right whoever wrote the orders; core::MemberRepository works the
-- rest out and keeps them. Empty at first: months are kept as they are first shown.
CREATE TABLE repeat_months (
    month         TEXT PRIMARY KEY,                -- yyyy-MM
    buyers        INTEGER NOT NULL DEFAULT 0,
    repeat_buyers INTEGER NOT NULL DEFAULT 0
);

-- The last order the kept months have taken into account (one row).
CREATE TABLE repeat_months_upto (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    orders_upto INTEGER NOT NULL DEFAULT 0
);

INSERT INTO repeat_months_upto (id, orders_upto) VALUES (1, coalesce((SELECT max(id) FROM orders), 0));
