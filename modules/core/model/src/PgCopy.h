#pragma once

// PostgreSQL's COPY FROM STDIN, beside QtSql on the same connection: the server's bulk path for
// BulkInsert. Only where the build found libpq (SHOPDESK_PG_COPY); elsewhere handleOf() is null and
// BulkInsert keeps its multi-row INSERTs.

#include <QByteArray>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlDatabase;
struct pg_conn;

namespace shopdesk::core::detail {

class PgCopy {
public:
    /// The libpq connection under a QPSQL connection that is open; null on any other driver, or
    /// when this build has no libpq of its own.
    static pg_conn *handleOf(const QSqlDatabase &connection);

    /// Appends `value` to `row` in COPY's text format: \N for NULL, backslash escapes for tab,
    /// newline, carriage return and backslash, bytea as \\x hex. As storedValue() would store it:
    /// a null QString is '' (never NULL), a bool 0 or 1.
    static void appendValue(QByteArray &row, const QVariant &value);

    /// Runs one statement that returns no rows; the server's error when it fails.
    static std::optional<QSqlError> exec(pg_conn *conn, const QByteArray &sql);
    /// Sends `sql` (statements separated by ';') to run on the server while ShopDesk goes on. The
    /// connection is busy with it until it is settled; every statement of ShopDesk's own settles
    /// it first (SqlQuery, Transaction, BulkInsert). One at a time per thread.
    static std::optional<QSqlError> sendAhead(pg_conn *conn, const QByteArray &sql);
    /// `COPY <into> FROM STDIN` with `rows`, sent by another thread while this one goes on (the
    /// next rows are read meanwhile); settled like sendAhead(), a refused row's error then.
    static std::optional<QSqlError> copyAhead(pg_conn *conn, const QByteArray &into, QByteArray rows);
    /// True while work sent ahead on `conn` is still running on the server (it does not wait).
    static bool aheadBusy(pg_conn *conn);
    /// Waits for work sent ahead on `connection`, if any (else at once): its first error, or an
    /// error of an earlier settle that had no caller to report it to.
    static std::optional<QSqlError> settle(const QSqlDatabase &connection);
    static std::optional<QSqlError> settle(pg_conn *conn);
    /// Settles, keeping an error for the next settle() that can report it (for callers that
    /// cannot fail: preparing a statement).
    static void settleQuietly(const QSqlDatabase &connection);

    /// `COPY <into> FROM STDIN` with `rows` (text format, one line per row); the server's error
    /// when a row is refused (then the open transaction is aborted and nothing of it is kept).
    /// Call settle() first: it does not.
    static std::optional<QSqlError> copy(pg_conn *conn, const QByteArray &into, const QByteArray &rows);
};

} // namespace shopdesk::core::detail
