#pragma once

// Internal to core (the dialect layer's server side; see SqlDialect.h).

#include "shopdesk/core/SqlDialect.h"

#include <QStringList>

namespace shopdesk::core::detail {

/// The few SQLite functions the repositories' SQL uses, defined on the server with SQLite's
/// meaning (instr, datetime(time, modifier), group_concat, the sum of a condition), so that the
/// same statement runs on both engines. Created (or replaced) in the shop's schema by each
/// migration step on the server.
QStringList serverFunctions();

/// The statement that moves the id counter of `table`'s `column` on past the largest id it
/// holds, after rows were written with their ids given (a whole shop copied in), so that the next
/// row the database numbers does not collide. Empty on SQLite, which numbers a new row after the
/// largest id by itself; on the server, setval of the identity column's sequence. (Here rather
/// than in SqlDialect.h, which nearly every file includes through Database.h.)
QString resetIdentity(SqlDialect::Engine engine, const QString &table, const QString &column = QStringLiteral("id"));

/// The statement that opens a read-only transaction that sees one snapshot of the whole shop
/// however many statements read it: SQLite's BEGIN (its first read fixes the snapshot), the
/// server's REPEATABLE READ (its READ COMMITTED default would see each statement's own moment).
QString beginSnapshot(SqlDialect::Engine engine);

} // namespace shopdesk::core::detail
