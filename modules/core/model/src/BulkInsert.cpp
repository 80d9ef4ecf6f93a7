#include "shopdesk/core/BulkInsert.h"

#include "NativeSqlite.h"
#include "shopdesk/core/SqlQuery.h"

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

BulkInsert::BulkInsert(const Database &db, QString into, int columns, int rowsPerStatement, Binding binding)
    : mDb(db)
    , mInto(std::move(into))
    , mColumns(columns)
    , mBatch(rowsPerStatement)
    , mServer(db.engine() == SqlDialect::Engine::PostgreSql)
{
    if (mServer)
        mBatch = serverRows(columns, rowsPerStatement);
    mPending.reserve(qsizetype(columns) * mBatch);
    for (int c = 0; c < columns; ++c)
        mExpressions << QStringLiteral("?");
#ifdef SHOPDESK_NATIVE_SQLITE
    if (binding == Binding::Fastest) {
        if (sqlite3 *handle = nativeHandle(db.connection())) {
            mNative = std::make_unique<Native>();
            mNative->db = handle;
        }
    }
#else
    Q_UNUSED(binding);
#endif
    if (!mNative) {
        for (int i = 0; i < columns * mBatch; ++i)
            mNames << placeholder(i);
    }
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
    Q_ASSERT(mPending.isEmpty() && mPortable.empty() && column >= 0 && column < mColumns);
    Q_ASSERT(expression.count(QLatin1Char('?')) == 1);
    mExpressions[column] = expression;
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

bool BulkInsert::add(std::initializer_list<QVariant> row)
{
    Q_ASSERT(int(row.size()) == mColumns);
    for (const QVariant &v : row)
        mPending.append(storedValue(v));
    return mPending.size() >= qsizetype(mColumns) * mBatch;
}

bool BulkInsert::add(const QList<QVariant> &row)
{
    Q_ASSERT(int(row.size()) == mColumns);
    for (const QVariant &v : row)
        mPending.append(storedValue(v));
    return mPending.size() >= qsizetype(mColumns) * mBatch;
}

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

} // namespace shopdesk::core
