#pragma once

// For repositories only: widgets and dialogs never include this (tests/architecture checks it).

#include "shopdesk/core/Database.h"
#include "shopdesk/core/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

#include <initializer_list>
#include <map>
#include <memory>

namespace shopdesk::core {

class SqlQuery;

/// Many rows into one table, written as multi-row INSERTs (`rowsPerStatement` rows each) through
/// prepared statements that are reused: an import of 100,000 orders becomes a few thousand
/// statements instead of a few hundred thousand. Call inside a Transaction; `add` rows, `flush`
/// when it says the batch is full and once at the end.
///
/// Values follow SqlQuery::bind: a null QString is stored as '' (our records' "no text"), and
/// QVariant() is SQL NULL.
///
/// Binding: QtSql binds each value through a name lookup, which is most of the cost of a large
/// import. On the SQLite driver, when the QSQLITE plugin and ShopDesk share one SQLite library
/// (checked when configuring and again when opening: SHOPDESK_NATIVE_SQLITE), values are bound
/// straight to SQLite's own prepared statement on the same connection and transaction. Any other
/// driver (PostgreSQL) or build uses the portable QtSql path; both write the same rows.
///
/// On a PostgreSQL server, where the build has libpq (SHOPDESK_PG_COPY), rows are sent with COPY,
/// kCopyRows at a time (COPY is PostgreSQL's own: the named dialect layer here is PgCopy). A table
/// with an expression column (setExpression), or Binding::Portable, or a build without libpq,
/// gets multi-row INSERTs:
///
/// On a server every statement is a round trip and a parse, so there a batch is larger than the
/// `rowsPerStatement` asked for (which suits SQLite): up to kServerRows rows, within PostgreSQL's
/// limit on bound values per statement (kServerValues). A flush writes the rows it holds in
/// statements of a few fixed sizes (the full batch and powers of two below it), so that however
/// the caller's flushes fall, only a handful of statements are ever prepared.
class BulkInsert {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::core::BulkInsert)
public:
    enum class Binding {
        Fastest, ///< native SQLite binding where it is safe, else portable
        Portable, ///< QtSql named binding only
    };

    /// Rows per statement on a server (a power of two), when the values fit.
    static constexpr int kServerRows = 512;
    /// PostgreSQL's limit on the values bound to one statement.
    static constexpr int kServerValues = 65535;
    /// Rows per COPY on a server (see isCopy()).
    static constexpr int kCopyRows = 4096;

    /// `into` is the table and its column list, e.g. "order_lines (order_id, sku_id, quantity)".
    BulkInsert(const Database &db, QString into, int columns, int rowsPerStatement, Binding binding = Binding::Fastest);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    /// Makes the value written to `column` (from 0) the SQL `expression` of the value added, which
    /// stands in it as `?`: e.g. "(SELECT id FROM orders WHERE order_no = ?)" for a line added with
    /// its order's number, so that rows refer to rows written before by their keys and every id
    /// stays the database's own (none counted up from MAX(id)). Call before the first add().
    void setExpression(int column, const QString &expression);

    /// Adds a row of exactly `columns` values; true when the batch is full and must be flushed.
    bool add(std::initializer_list<QVariant> row);
    bool add(const QList<QVariant> &row);
    /// Writes the rows added so far; with COPY, while the connection is busy with work sent ahead
    /// (LateIndexes::buildAhead), the rows are kept and written at a later flush or at finish().
    Status flush();
    /// Writes every row added so far, waiting for work sent ahead first.
    Status finish();
    /// With COPY into a table of plain columns: each flush is sent by another thread while the
    /// caller reads on, and a flush while the last is still being sent keeps its rows for the
    /// next (so the batches grow to what the server takes). A refused row fails the next
    /// statement on the connection. The caller must end with finish(). Call before add().
    void setAhead(bool ahead);
    /// Rows added and not yet written.
    int pending() const;

    /// True when this statement binds through SQLite's own API (see the class comment).
    bool isNative() const { return mNative != nullptr; }
    /// True when this statement writes to a server with COPY (see the class comment).
    bool isCopy() const { return mCopy != nullptr; }
    /// True when a BulkInsert on `db` (Binding::Fastest) writes with COPY.
    static bool copiesTo(const Database &db);
    /// A new id for a row of this table, from the table's own sequence (its identity column
    /// `id`), reserved kCopyRows at a time: for rows written with COPY that others refer to (an
    /// order's lines), when the rows cannot find each other by key. Only where isCopy().
    Result<qint64> newId();
    /// True when this build can bind natively (SHOPDESK_NATIVE_SQLITE).
    static bool nativeBuilt();
    /// Rows per statement: `rowsPerStatement` on SQLite, a server's batch (or kCopyRows per COPY)
    /// on a server.
    int rowsPerStatement() const { return mBatch; }
    /// The server's rows per statement for a table of `columns` columns: kServerRows, or the
    /// largest power of two whose values fit in kServerValues; never fewer than `asked`.
    static int serverRows(int columns, int asked);

private:
    struct Native;
    struct Copy;
    template<typename Row>
    bool addRow(const Row &row);
    Status flushCopy(bool now);
    Status copyFailure(const QSqlError &error) const;
    QString statement(int rows) const;
    QString placeholder(int index) const;
    /// Multi-row INSERT statements (not COPY): the batch, the values kept, their placeholders.
    void useStatements();
    Status flushPortable(int rows);
    Status flushServer();
    Status failure(int sqliteCode) const;

    const Database &mDb;
    QString mInto;
    int mColumns, mBatch;
    int mAsked; ///< the rowsPerStatement asked for
    bool mServer = false;
    QStringList mExpressions; ///< per column: "?" or an expression around it
    QList<QVariant> mPending;
    QStringList mNames;
    std::map<int, std::unique_ptr<SqlQuery>> mPortable;
    std::unique_ptr<Native> mNative;
    std::unique_ptr<Copy> mCopy;
    bool mAhead = false;
    QList<qint64> mIds; ///< reserved by newId(), not yet given
    qsizetype mNextId = 0;
};

} // namespace shopdesk::core
