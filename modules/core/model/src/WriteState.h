#pragma once

// The write bookkeeping of this thread's connections, shared by Transaction, SqlQuery and the
// change feed (internal to core).

#include <QHash>
#include <QSet>
#include <QString>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::core::detail {

/// What the open transaction on one connection has done so far.
struct WriteState {
    int depth = 0; ///< open transactions (the outermost and its savepoints)
    QSet<QString> topics; ///< what its writes touched, announced at the outermost COMMIT
    /// The topics' serials the open transaction set (read back only while a feed watches the shop),
    /// this process's own commits once COMMIT succeeds.
    QHash<QString, qint64> serials;
    /// SQLite's total_changes() when the transaction began with the shop's check still to come
    /// (ShopCheck); -1 otherwise.
    qint64 changesAtBegin = -1;
};

/// This thread's state for `connection` (connections are per thread, so this is too).
WriteState &writeState(const QString &connection);

/// The change feed's topic of a table a statement writes ("items", "orders", "stock" …), empty
/// for the feed's own table; "everything" for a table it does not know.
QString topicOfTable(const QString &table);
/// The table an INSERT, UPDATE or DELETE statement writes, empty for any other statement.
QString writtenTable(const QString &statement);

/// Whether a change feed watches `db` (then its commits' serials are worth remembering).
bool feedWatches(const Database *db);
/// Remembers that a connection of `db` in this process committed these topics' serials: the
/// feed of `db` does not tell its own window about them again (ChangeFeed).
void noteOwnCommit(const Database *db, const QHash<QString, qint64> &serials);

/// Marks that the last failure on this thread, on `connection`, was another writer getting in the
/// way (SQLite busy, PostgreSQL serialization failure or deadlock): the whole action may be run again.
void noteRetryable(const QString &connection);
/// Whether one was noted since clearRetryable(), on a connection with no transaction still open
/// (inside a caller's transaction the caller's action is the one to run again).
bool retryableNoted();
void clearRetryable();

} // namespace shopdesk::core::detail
