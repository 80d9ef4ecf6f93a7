-- Shop format 8: a supplier (供应商) the shop no longer buys from is archived (归档), not deleted:
-- its items, receiving notes and account stay as they are, but a new receiving note cannot choose
-- it. Every supplier of an older file starts unarchived.
ALTER TABLE suppliers ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
