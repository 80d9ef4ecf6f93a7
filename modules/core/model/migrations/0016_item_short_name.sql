-- Shop format 16: an item's short name (简称), for messages to buyers: "牛仔裤 深蓝色 30码" reads
-- better in a chat than the 30-character title written for the platform's search. Empty: the
-- item's category name stands for it (the colour and size of the buyer's line follow it).
ALTER TABLE items ADD COLUMN short_name TEXT NOT NULL DEFAULT '';
