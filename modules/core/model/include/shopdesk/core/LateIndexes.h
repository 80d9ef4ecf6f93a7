#pragma once

// For repositories only: widgets and dialogs never include this.

#include "shopdesk/core/Database.h"
#include "shopdesk/core/Result.h"

#include <QStringList>

namespace shopdesk::core {

/// Part of the dialect layer (SqlDialect): for a large import into a server, as pg_restore does,
/// the tables' plain (non-unique) indexes and their foreign keys are dropped before the rows go in
/// and made again after, in the caller's transaction: each index is built once from the rows
/// instead of grown row by row, each foreign key checked once over all the rows (one join) instead
/// of by a trigger per row. On a server those two cost more than the rows themselves. The unique
/// indexes stay: they check the rows and find them by key as they are written; a row that breaks a
/// foreign key fails the import when the key is added back, as it would have when written. Another
/// PC cannot read those tables, nor write the tables they refer to, until the import commits (the
/// DDL locks them); when the transaction rolls back, everything is as it was. On a shop file the
/// same holds for the plain indexes (SQLite builds an index from sorted rows about twice as fast as
/// it grows one row by row); its foreign keys stay. For a small import it does nothing.
class LateIndexes {
public:
    static constexpr qint64 kLateIndexRows = 10000;

    LateIndexes(const Database &db, QStringList tables);
    /// Drops the indexes, when `newRows` is at least kLateIndexRows and no fewer than `heldRows`
    /// (what the tables already hold): building anew what is there costs more than it saves.
    Status drop(qint64 newRows, qint64 heldRows);
    /// Starts making again what drop() dropped of `table`, on the server, while the import goes
    /// on with the next table's rows (the connection is busy with it meanwhile: BulkInsert keeps
    /// its rows, any other statement waits for it). Call once that table's rows are all in.
    Status buildAhead(const QString &table);
    /// Makes again what drop() dropped (waiting for what buildAhead() started); call before the
    /// transaction commits.
    Status build();
    /// The indexes and foreign keys dropped and not made again yet.
    int dropped() const;

private:
    const Database &mDb;
    QStringList mTables;
    /// By table: the CREATE INDEX statements, then the ALTER TABLE … ADD CONSTRAINT statements of
    /// its foreign keys, as the server gave them (indexes first: checking a key reads the table once).
    QList<std::pair<QString, QStringList>> mDropped;
};

} // namespace shopdesk::core
