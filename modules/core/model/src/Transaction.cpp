#include "shopdesk/core/Transaction.h"

#include "StatementCache.h"
#include "shopdesk/core/Database.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace shopdesk::core {

namespace {
// Open transactions per connection. Connections are per thread, so this is too.
thread_local QHash<QString, int> tDepth;

/// BEGIN, COMMIT, SAVEPOINT … run as the connection's kept statements, like every SqlQuery.
bool run(const QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    detail::LentStatement lent = detail::lendStatement(db, sql);
    const bool ok = lent.prepared && lent.query.exec();
    if (!ok && error)
        *error = lent.query.lastError().text();
    if (lent.slot)
        detail::giveBack(lent.slot, std::move(lent.query));
    return ok;
}
} // namespace

Transaction::Transaction(const Database &db)
    : mDb(db)
{
    QSqlDatabase conn = db.connection();
    mConnection = conn.connectionName();
    int &depth = tDepth[mConnection];
    QString error;
    if (depth == 0) {
        const bool sqlite = conn.driverName() == QLatin1String("QSQLITE");
        if (!run(conn, sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"), &error)) {
            mBegin = Error {
                tr("The shop file is busy or cannot be written (%1). Nothing was changed; try again.").arg(error)
            };
            return;
        }
    } else {
        mSavepoint = QStringLiteral("sp_%1").arg(depth);
        if (!run(conn, QStringLiteral("SAVEPOINT ") + mSavepoint, &error)) {
            mBegin = Error {
                tr("The shop file is busy or cannot be written (%1). Nothing was changed; try again.").arg(error)
            };
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
    QString error;
    const bool ok = mSavepoint.isEmpty() ? run(conn, QStringLiteral("COMMIT"), &error)
                                         : run(conn, QStringLiteral("RELEASE SAVEPOINT ") + mSavepoint, &error);
    if (!ok) {
        rollback();
        return Error { tr("The change could not be saved (%1). Nothing was changed.").arg(error) };
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
