#include "shopdesk/core/BulkInsert.h"

#include "NativeSqlite.h"
#include "PgCopy.h"
#include "WriteState.h"
#include "shopdesk/core/SqlQuery.h"
#include "shopdesk/core/WriteRetry.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

#ifdef SHOPDESK_NATIVE_SQLITE
#include <sqlite3.h>
#endif

namespace shopdesk::core {

#ifdef SHOPDESK_NATIVE_SQLITE
using detail::nativeHandle;

struct BulkInsert::Native {
    sqlite3 *db = nullptr;
    std::map<int, sqlite3_stmt *> statements; // by row count

    ~Native()
    {
        for (auto &[rows, stmt] : statements)
            sqlite3_finalize(stmt);
    }

    /// Binds `values` (storedValue()s: no null text) to `stmt`; SQLITE_STATIC: they outlive the step.
    static int bind(sqlite3_stmt *stmt, const QList<QVariant> &values)
    {
        int rc = SQLITE_OK;
        for (qsizetype i = 0; i < values.size() && rc == SQLITE_OK; ++i) {
            const QVariant &v = values.at(i);
            const int at = int(i + 1);
            switch (v.typeId()) {
            case QMetaType::UnknownType:
                rc = sqlite3_bind_null(stmt, at);
                break;
            case QMetaType::QString: {
                const QString *s = static_cast<const QString *>(v.constData());
                rc = sqlite3_bind_text16(stmt, at, s->utf16(), int(s->size() * sizeof(char16_t)), SQLITE_STATIC);
                break;
            }
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::Long:
            case QMetaType::Short:
            case QMetaType::Bool:
                rc = sqlite3_bind_int64(stmt, at, v.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(stmt, at, v.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray *b = static_cast<const QByteArray *>(v.constData());
                rc = sqlite3_bind_blob(stmt, at, b->constData(), int(b->size()), SQLITE_STATIC);
                break;
            }
            default:
                if (v.isNull()) {
                    rc = sqlite3_bind_null(stmt, at);
                } else {
                    const QString s = v.toString();
                    rc = sqlite3_bind_text16(stmt, at, s.utf16(), int(s.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
                }
            }
        }
        return rc;
    }
};
#else
struct BulkInsert::Native { };
#endif

/// The server's bulk path: rows kept as COPY text and sent with COPY.
struct BulkInsert::Copy {
    pg_conn *conn = nullptr;
    QByteArray into; ///< the table and its columns, as `into` names them
    QByteArray rows; ///< COPY text of the rows added
    int count = 0;
};

BulkInsert::BulkInsert(const Database &db, QString into, int columns, int rowsPerStatement, Binding binding)
    : mDb(db)
    , mInto(std::move(into))
    , mColumns(columns)
    , mBatch(rowsPerStatement)
    , mAsked(rowsPerStatement)
    , mServer(db.engine() == SqlDialect::Engine::PostgreSql)
{
    for (int c = 0; c < columns; ++c)
        mExpressions << QStringLiteral("?");
    if (binding == Binding::Fastest && copiesTo(db)) {
        mCopy = std::make_unique<Copy>();
        mCopy->conn = detail::PgCopy::handleOf(db.connection());
        mCopy->into = mInto.toUtf8();
        mBatch = std::max(kCopyRows, rowsPerStatement);
        return;
    }
#ifdef SHOPDESK_NATIVE_SQLITE
    if (binding == Binding::Fastest) {
        if (sqlite3 *handle = nativeHandle(db.connection())) {
            mNative = std::make_unique<Native>();
            mNative->db = handle;
        }
    }
#endif
    useStatements();
}

void BulkInsert::useStatements()
{
    if (mServer)
        mBatch = serverRows(mColumns, mAsked);
    mPending.reserve(qsizetype(mColumns) * mBatch);
    if (mNative)
        return; // SQLite's own binding: positional
    for (int i = 0; i < mColumns * mBatch; ++i)
        mNames << placeholder(i);
}

BulkInsert::~BulkInsert() = default;

bool BulkInsert::nativeBuilt()
{
#ifdef SHOPDESK_NATIVE_SQLITE
    return true;
#else
    return false;
#endif
}

int BulkInsert::serverRows(int columns, int asked)
{
    int rows = kServerRows;
    while (rows > 1 && qint64(rows) * columns > kServerValues)
        rows /= 2;
    return std::max(rows, asked);
}

void BulkInsert::setExpression(int column, const QString &expression)
{
    Q_ASSERT(pending() == 0 && mPortable.empty() && column >= 0 && column < mColumns);
    Q_ASSERT(expression.count(QLatin1Char('?')) == 1);
    mExpressions[column] = expression;
    if (mCopy) {
        // COPY takes values, not expressions: such a table gets the server's multi-row INSERTs.
        mCopy.reset();
        useStatements();
    }
}

QString BulkInsert::placeholder(int index) const
{
    return mNative ? QStringLiteral("?") : QStringLiteral(":v%1").arg(index);
}

QString BulkInsert::statement(int rows) const
{
    QStringList all;
    all.reserve(rows);
    for (int r = 0; r < rows; ++r) {
        QStringList one;
        for (int c = 0; c < mColumns; ++c) {
            QString value = mExpressions.at(c);
            one << value.replace(QLatin1Char('?'), placeholder(r * mColumns + c));
        }
        all << QLatin1Char('(') + one.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    return QStringLiteral("INSERT INTO %1 VALUES %2").arg(mInto, all.join(QStringLiteral(", ")));
}

int BulkInsert::pending() const { return mCopy ? mCopy->count : int(mPending.size() / mColumns); }

template<typename Row>
bool BulkInsert::addRow(const Row &row)
{
    Q_ASSERT(int(row.size()) == mColumns);
    if (mCopy) {
        QByteArray &text = mCopy->rows;
        for (const QVariant &v : row) {
            detail::PgCopy::appendValue(text, v); // writes null text as '', flags as 0/1: as storedValue()
            text.append('\t');
        }
        text.back() = '\n';
        return ++mCopy->count >= mBatch;
    }
    for (const QVariant &v : row)
        mPending.append(storedValue(v));
    return mPending.size() >= qsizetype(mColumns) * mBatch;
}

bool BulkInsert::add(std::initializer_list<QVariant> row) { return addRow(row); }

bool BulkInsert::add(const QList<QVariant> &row) { return addRow(row); }

Status BulkInsert::failure(int sqliteCode) const
{
    // What the code means for the user (disk full, busy, a duplicate...), not SQLite's text.
    return Error { mDb.failureMessage(
        QSqlError(QString(), QString(), QSqlError::StatementError, QString::number(sqliteCode))) };
}

Status BulkInsert::flush()
{
    const int rows = pending();
    if (rows == 0)
        return {};
    if (mCopy)
        return flushCopy(false);
#ifdef SHOPDESK_NATIVE_SQLITE
    if (mNative) {
        sqlite3_stmt *&stmt = mNative->statements[rows];
        if (!stmt) {
            const QByteArray sql = statement(rows).toUtf8();
            if (sqlite3_prepare_v2(mNative->db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK) {
                stmt = nullptr;
                mPending.clear();
                return failure(sqlite3_extended_errcode(mNative->db));
            }
        }
        int rc = Native::bind(stmt, mPending);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(stmt);
        const int cause = rc == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode(mNative->db);
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt); // the bound text belonged to mPending
        mPending.clear();
        if (rc != SQLITE_DONE)
            return failure(cause);
        return {};
    }
#endif
    if (mServer)
        return flushServer();
    return flushPortable(rows);
}

Status BulkInsert::flushServer()
{
    // The full batches, then what is left in statements of powers of two (binary digits of the
    // rest): at most log2(batch) + 1 statement sizes are ever prepared, however flushes fall.
    const QList<QVariant> all = std::exchange(mPending, {});
    mPending.reserve(qsizetype(mColumns) * mBatch);
    qsizetype from = 0;
    qsizetype left = all.size() / mColumns;
    while (left > 0) {
        int rows = mBatch;
        while (rows > left)
            rows /= 2;
        mPending = all.mid(from * mColumns, qsizetype(rows) * mColumns);
        if (Status s = flushPortable(rows); !s)
            return s;
        from += rows;
        left -= rows;
    }
    return {};
}

Status BulkInsert::flushPortable(int rows)
{
    std::unique_ptr<SqlQuery> &slot = mPortable[rows];
    if (!slot)
        slot = std::make_unique<SqlQuery>(mDb, statement(rows));
    SqlQuery *q = slot.get();
    // Named placeholders: Qt binds them by a name lookup, cheaper than its positional bookkeeping.
    for (qsizetype i = 0; i < mPending.size(); ++i)
        q->bindValue(mNames[i], mPending[i]);
    mPending.clear();
    return q->run();
}

void BulkInsert::setAhead(bool ahead) { mAhead = ahead && mCopy; }

bool BulkInsert::copiesTo(const Database &db)
{
    return db.engine() == SqlDialect::Engine::PostgreSql && detail::PgCopy::handleOf(db.connection()) != nullptr;
}

Result<qint64> BulkInsert::newId()
{
    Q_ASSERT(mCopy);
    if (mNextId >= mIds.size()) {
        // nextval() gives each value once, whoever else takes ids at the same time; an id
        // reserved and not used is a gap, as a rolled-back INSERT leaves one.
        // The sequence found once per call (not per row, as nextval(pg_get_serial_sequence(…)) would).
        SqlQuery q(mDb,
            QStringLiteral(
                "WITH q AS MATERIALIZED (SELECT CAST(pg_get_serial_sequence(:table, 'id') AS regclass) AS s) "
                "SELECT nextval(q.s) FROM q CROSS JOIN generate_series(1, :n)"));
        const QString table = mInto.left(mInto.indexOf(QLatin1Char('('))).trimmed();
        q.bind({ { QStringLiteral(":table"), table }, { QStringLiteral(":n"), kCopyRows } });
        if (Status s = q.run(); !s)
            return s.error();
        mIds.clear();
        mNextId = 0;
        while (q.next())
            mIds.append(q.value(0).toLongLong());
        std::sort(mIds.begin(), mIds.end());
        if (mIds.isEmpty())
            return Error { tr("The shop server gave no new record number.") };
    }
    return mIds.at(mNextId++);
}

Status BulkInsert::copyFailure(const QSqlError &error) const
{
    if (Retry::isRetryable(error, mDb.connection().driverName()))
        detail::noteRetryable(mDb.connection().connectionName());
    return Error { Retry::failureMessage(mDb, error) };
}

Status BulkInsert::finish()
{
    if (mCopy) {
        if (auto e = detail::PgCopy::settle(mCopy->conn))
            return copyFailure(*e);
        return pending() == 0 ? Status() : flushCopy(true);
    }
    return flush();
}

Status BulkInsert::flushCopy(bool now)
{
    Copy &c = *mCopy;
    // While the server works on what was sent ahead (indexes being built), the rows wait here and
    // go in one COPY once it is done, or at finish().
    if (!now && detail::PgCopy::aheadBusy(c.conn))
        return {};
    if (auto e = detail::PgCopy::settle(c.conn))
        return copyFailure(*e);
    QByteArray rows = std::exchange(c.rows, {});
    c.rows.reserve(rows.size()); // the next batch is about as long
    c.count = 0;
    if (auto e = mAhead && !now ? detail::PgCopy::copyAhead(c.conn, c.into, std::move(rows))
                                : detail::PgCopy::copy(c.conn, c.into, rows))
        return copyFailure(*e);
    return {};
}

} // namespace shopdesk::core
