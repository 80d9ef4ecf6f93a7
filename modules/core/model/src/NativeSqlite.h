#pragma once

// Core's few calls straight into the SQLite library, beside QtSql: only where the QSQLITE plugin
// uses the same shared library as ShopDesk (SHOPDESK_NATIVE_SQLITE; Debian's does). Elsewhere the
// functions do nothing and say so.

#include <QSqlDatabase>

#include <atomic>

struct sqlite3;

namespace shopdesk::core::detail {

/// The connection's sqlite3 handle when it is safe to use with the SQLite library ShopDesk links
/// (one library, not two copies); null otherwise (another driver, or a plugin with its own copy).
sqlite3 *nativeHandle(const QSqlDatabase &connection);

/// Makes the statements `connection` runs from now on stop (with SQLITE_INTERRUPT) soon after
/// `*stop` turns true: SQLite asks every few thousand steps. `pace`, when set, is called on each
/// ask first (tests hold a statement there). Gives the connection's handle, for interrupt(); null
/// when it has none (then nothing is watched).
sqlite3 *stopWhen(const QSqlDatabase &connection, const std::atomic<bool> *stop, void (*pace)() = nullptr);
/// Stops what the connection of `handle` runs now, from any thread (sqlite3_interrupt): for a long
/// single step, such as the page walk of a quick check, which asks nothing between pages.
void interrupt(sqlite3 *handle);
/// Takes stopWhen's watch off `connection` again.
void stopWatching(const QSqlDatabase &connection);

} // namespace shopdesk::core::detail
