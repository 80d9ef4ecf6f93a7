-- Several writers at once (issue 19): the rows people edit by hand carry a version, bumped by
-- every edit, with who (the seat name) and when (UTC, CURRENT_TIMESTAMP). An edit names the
-- version it read and is refused when another seat changed the row since: nothing is overwritten
-- unseen. Counts, scans, ledger rows and imports add rows and carry no version.
ALTER TABLE items ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE items ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE items ADD COLUMN changed_at TEXT NOT NULL DEFAULT '';
ALTER TABLE skus ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE skus ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE skus ADD COLUMN changed_at TEXT NOT NULL DEFAULT '';
ALTER TABLE replies ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE replies ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE replies ADD COLUMN changed_at TEXT NOT NULL DEFAULT '';
ALTER TABLE buyers ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE buyers ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE buyers ADD COLUMN changed_at TEXT NOT NULL DEFAULT '';
ALTER TABLE suppliers ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE suppliers ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE suppliers ADD COLUMN changed_at TEXT NOT NULL DEFAULT '';

-- The change feed: one row per topic a panel shows, its serial counted up by every write
-- transaction that touched it (in that transaction, so it commits with the change). Another PC's
-- feed sees the serial move (SQLite: after PRAGMA data_version changed; PostgreSQL: NOTIFY at
-- commit) and the panels of that topic refresh. One row per topic: the table never grows.
CREATE TABLE shop_changes (
    topic      TEXT PRIMARY KEY,
    serial     INTEGER NOT NULL DEFAULT 0,
    changed_by TEXT NOT NULL DEFAULT '',
    changed_at TEXT NOT NULL DEFAULT ''
);
INSERT INTO shop_changes (topic) VALUES
    ('items'), ('orders'), ('stock'), ('replies'), ('buyers'), ('kpi'), ('promotions'), ('everything');
