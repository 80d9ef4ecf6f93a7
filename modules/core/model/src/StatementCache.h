#pragma once

// Internal to core: the prepared statements each connection keeps (SqlQuery lends them; Database
// drops a connection's statements before it closes the connection).

#include <QSqlQuery>
#include <QString>

#include <memory>

class QSqlDatabase;

namespace shopdesk::core::detail {

/// One kept statement of one connection: idle in the cache, or lent to a SqlQuery.
struct StatementSlot;

/// A statement lent from a connection's cache: the borrower owns `query` until it gives it back
/// (giveBack). A statement already lent (the same SQL run again inside a loop over its own rows)
/// comes freshly prepared with no slot: the borrower simply drops it.
struct LentStatement {
    QSqlQuery query;
    std::shared_ptr<StatementSlot> slot;
    bool prepared = false;
};

/// Whether `sql` can be a prepared statement on `connection`: always on SQLite; on the server only
/// queries (SELECT, INSERT, UPDATE, DELETE, WITH, VALUES), never BEGIN, COMMIT, SAVEPOINT or SET,
/// which must be run directly (a failed PREPARE would also abort the server's open transaction).
bool preparable(const QSqlDatabase &connection, const QString &sql);

/// The connection's prepared statement for `sql` (forward-only), prepared on first use.
LentStatement lendStatement(const QSqlDatabase &connection, const QString &sql);

/// Finishes the statement (resets its cursor) and puts it back in its slot, unless its connection
/// was closed meanwhile (then the statement is finalised here).
void giveBack(const std::shared_ptr<StatementSlot> &slot, QSqlQuery &&query);

/// Forgets (finalises) every idle statement kept for the named connection: called before the
/// connection is closed and removed, so no kept statement outlives it.
void dropStatements(const QString &connectionName);

/// How many statements are kept for the named connection (for tests).
int keptStatements(const QString &connectionName);

} // namespace shopdesk::core::detail
