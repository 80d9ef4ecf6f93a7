#include "shopdesk/core/WriteRetry.h"

#include "WriteState.h"
#include "shopdesk/core/Database.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>

namespace shopdesk::core {

namespace {
QMutex gPolicyMutex;
RetryPolicy &policyStore()
{
    static RetryPolicy p;
    return p;
}

// PostgreSQL's SQLSTATEs for "run the transaction again": serialization_failure, deadlock_detected,
// and lock_not_available (a row or table another PC held locked past lock_timeout, the server's
// equal of SQLite's busy timeout: run again after a pause, as on SQLite).
const QString kSerializationFailure = QStringLiteral("40001");
const QString kDeadlock = QStringLiteral("40P01");
const QString kLockNotAvailable = QStringLiteral("55P03");
// SQLite's primary result codes SQLITE_BUSY and SQLITE_LOCKED.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
} // namespace

RetryPolicy Retry::policy()
{
    QMutexLocker lock(&gPolicyMutex);
    return policyStore();
}

RetryPolicy Retry::setPolicy(RetryPolicy policy)
{
    QMutexLocker lock(&gPolicyMutex);
    std::swap(policyStore(), policy);
    return policy;
}

void Retry::backoff(int attempt)
{
    const RetryPolicy p = policy();
    const int ms = p.firstBackoffMs << qBound(0, attempt, 10);
    if (p.wait)
        p.wait(attempt, ms);
    else if (ms > 0)
        QThread::msleep(ms);
}

bool Retry::isRetryable(const QSqlError &error, const QString &driverName)
{
    const QString code = error.nativeErrorCode();
    if (driverName == QLatin1String("QSQLITE")) {
        bool ok = false;
        const int primary = code.toInt(&ok) & 0xff;
        return ok && (primary == kSqliteBusy || primary == kSqliteLocked);
    }
    return code == kSerializationFailure || code == kDeadlock || code == kLockNotAvailable;
}

QString Retry::failureMessage(const Database &db, const QSqlError &error)
{
    if (db.connection().driverName() != QLatin1String("QSQLITE") && isRetryable(error, db.connection().driverName()))
        return tr("Another PC was changing the same records at the same moment, and the shop stayed busy: try "
                  "again in a moment.");
    return db.failureMessage(error);
}

namespace {
thread_local int tRetryDepth = 0;
} // namespace

Retry::Scope::Scope()
    : mOutermost(tRetryDepth++ == 0)
{
}

Retry::Scope::~Scope() { --tRetryDepth; }

void Retry::beginTry() { detail::clearRetryable(); }

bool Retry::shouldRetry() { return detail::retryableNoted(); }

namespace detail {

namespace {
thread_local QHash<QString, WriteState> tStates;
thread_local QString tRetryable; ///< the connection of the failure noted; empty: none
thread_local bool tNoted = false;
} // namespace

WriteState &writeState(const QString &connection) { return tStates[connection]; }

void noteRetryable(const QString &connection)
{
    tNoted = true;
    tRetryable = connection;
}

bool retryableNoted() { return tNoted && tStates.value(tRetryable).depth == 0; }

void clearRetryable()
{
    tNoted = false;
    tRetryable.clear();
}

} // namespace detail

} // namespace shopdesk::core
