-- Shop format 15: a blind count (盲盘). The counters' screens hide 应有数 (the expected quantity)
-- while the count is open, so what they scan is what is on the shelf, not what the book says.
ALTER TABLE stocktakes ADD COLUMN blind INTEGER NOT NULL DEFAULT 0 CHECK (blind IN (0, 1));
