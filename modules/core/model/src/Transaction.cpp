#include "shopdesk/core/Transaction.h"

#include "StatementCache.h"
#include "shopdesk/core/Database.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace shopdesk::core {

namespace {
// Open transactions per connection. Connections are per thread, so this is too.
thread_local QHash<QString, int> tDepth;

/// BEGIN, COMMIT, SAVEPOINT … run as the connection's kept statements, like every SqlQuery.
bool run(const QSqlDatabase &db, const QString &sql, QSqlError *error = nullptr)
{
    if (!detail::preparable(db, sql)) { // the server prepares no BEGIN, COMMIT or SAVEPOINT
        QSqlQuery q(db);
        const bool ok = q.exec(sql);
        if (!ok && error)
            *error = q.lastError();
        return ok;
    }
    detail::LentStatement lent = detail::lendStatement(db, sql);
    const bool ok = lent.prepared && lent.query.exec();
    if (!ok && error)
        *error = lent.query.lastError();
    if (lent.slot)
        detail::giveBack(lent.slot, std::move(lent.query));
    return ok;
}

/// Tries after the busy timeout for the write lock: each waits this much longer before it asks again.
constexpr int kBusyRetries = 3;
constexpr int kFirstBackoffMs = 200;
} // namespace

Transaction::Transaction(const Database &db)
    : mDb(db)
{
    QSqlDatabase conn = db.connection();
    mConnection = conn.connectionName();
    if (db.isReadOnly()) {
        mBegin = Error { db.readOnlyReason() };
        return;
    }
    int &depth = tDepth[mConnection];
    QSqlError error;
    if (depth == 0) {
        // The write lock first: every read the change is decided from (the next number, the
        // barcodes in use) comes after it. Another writer holding it past the busy timeout gets
        // a few more tries, each after a longer pause, before the user is told.
        const bool sqlite = conn.driverName() == QLatin1String("QSQLITE");
        bool begun = run(conn, sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"), &error);
        for (int attempt = 0; !begun && Database::isBusy(error) && attempt < kBusyRetries; ++attempt) {
            QThread::msleep(kFirstBackoffMs << attempt);
            begun = run(conn, sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"), &error);
        }
        if (!begun) {
            mBegin = Error { tr("%1 Nothing was changed.").arg(db.failureMessage(error)) };
            return;
        }
    } else {
        mSavepoint = QStringLiteral("sp_%1").arg(depth);
        if (!run(conn, QStringLiteral("SAVEPOINT ") + mSavepoint, &error)) {
            mBegin = Error { db.failureMessage(error) };
            return;
        }
    }
    ++depth;
    mActive = true;
}

Transaction::~Transaction()
{
    if (mActive)
        rollback();
}

Status Transaction::commit()
{
    if (!mActive)
        return mBegin.ok() ? Status { Error { tr("The change was already finished.") } } : mBegin;
    QSqlDatabase conn = mDb.connection();
    QSqlError error;
    const bool ok = mSavepoint.isEmpty() ? run(conn, QStringLiteral("COMMIT"), &error)
                                         : run(conn, QStringLiteral("RELEASE SAVEPOINT ") + mSavepoint, &error);
    if (!ok) {
        rollback();
        return Error { tr("%1 Nothing was changed.").arg(mDb.failureMessage(error)) };
    }
    mActive = false;
    --tDepth[mConnection];
    return {};
}

void Transaction::rollback()
{
    if (!mActive)
        return;
    QSqlDatabase conn = mDb.connection();
    if (mSavepoint.isEmpty()) {
        run(conn, QStringLiteral("ROLLBACK"));
    } else {
        run(conn, QStringLiteral("ROLLBACK TO SAVEPOINT ") + mSavepoint);
        run(conn, QStringLiteral("RELEASE SAVEPOINT ") + mSavepoint);
    }
    mActive = false;
    --tDepth[mConnection];
}

} // namespace shopdesk::core
