#include "shopdesk/core/Transaction.h"

#include "PgCopy.h"
#include "StatementCache.h"
#include "WriteState.h"
#include "shopdesk/core/ChangeFeed.h"
#include "shopdesk/core/Database.h"
#include "shopdesk/core/Seat.h"
#include "shopdesk/core/ShopCheck.h"
#include "shopdesk/core/SqlDialect.h"
#include "shopdesk/core/SqlQuery.h"
#include "shopdesk/core/WriteRetry.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace shopdesk::core {

namespace {
/// BEGIN, COMMIT, SAVEPOINT … run as the connection's kept statements, like every SqlQuery.
bool run(const QSqlDatabase &db, const QString &sql, QSqlError *error = nullptr)
{
    // Work sent ahead on a server (LateIndexes::buildAhead) first: a COMMIT fails with it; a
    // ROLLBACK undoes it whatever became of it.
    if (auto e = detail::PgCopy::settle(db); e && !sql.startsWith(QLatin1String("ROLLBACK"))) {
        if (error)
            *error = *e;
        return false;
    }
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
/// The rows this connection has changed since it opened (SQLite's total_changes()); -2 when it
/// cannot be read (then counted as a change).
qint64 totalChanges(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT total_changes()")) && q.next() ? q.value(0).toLongLong() : -2;
}
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
    int &depth = detail::writeState(mConnection).depth;
    QSqlError error;
    if (depth == 0) {
        // A shop whose check was left for later (ShopCheck) and found damaged takes no write.
        const bool checkPending = ShopCheck::pending(db);
        if (!checkPending)
            if (Status s = ShopCheck::verdict(db); !s) {
                mBegin = s.error();
                return;
            }
        // The write lock first: every read the change is decided from (the next number, the
        // barcodes in use) comes after it. On SQLite nothing of the action has run yet when the
        // lock is refused, so trying BEGIN again is running the whole action again: another
        // writer holding it past the busy timeout gets a few more tries, each after a longer
        // pause (Retry::policy), before the user is told. (A server's conflicts come later, at
        // any statement or at COMMIT: retrying() runs those actions again from the start.)
        const QString driver = conn.driverName();
        const QString begin
            = driver == QLatin1String("QSQLITE") ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
        const int attempts = Retry::policy().attempts;
        bool begun = run(conn, begin, &error);
        for (int attempt = 0; !begun && Retry::isRetryable(error, driver) && attempt + 1 < attempts; ++attempt) {
            Retry::backoff(attempt);
            begun = run(conn, begin, &error);
        }
        if (!begun) {
            // Tried as often as the policy allows already: retrying() must not multiply the tries.
            mBegin = Error { tr("%1 Nothing was changed.").arg(Retry::failureMessage(db, error)) };
            return;
        }
        detail::WriteState &state = detail::writeState(mConnection);
        state.topics.clear();
        state.serials.clear();
        // Its verdict still to come: whether this transaction changes a row is counted, and if it
        // does, its COMMIT waits for the verdict. (A transaction that only reads, or whose writes
        // change nothing, as many a window's start-up does, never waits: it writes nothing to
        // the file. Until COMMIT, nothing reaches the shop file itself.)
        state.changesAtBegin = checkPending ? totalChanges(conn) : -1;
    } else {
        mSavepoint = QStringLiteral("sp_%1").arg(depth);
        if (!run(conn, QStringLiteral("SAVEPOINT ") + mSavepoint, &error)) {
            mBegin = Error { Retry::failureMessage(db, error) };
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
    if (mSavepoint.isEmpty()) {
        if (Status s = announce(); !s) {
            rollback();
            return s;
        }
        // Every change counted, the feed's own included: one on a shop whose verdict is still to
        // come waits for it here, and is undone whole on a damaged one.
        detail::WriteState &state = detail::writeState(mConnection);
        if (state.changesAtBegin != -1 && totalChanges(conn) != state.changesAtBegin)
            if (Status s = ShopCheck::verdict(mDb); !s) {
                rollback();
                return s;
            }
        state.changesAtBegin = -1;
    }
    const bool ok = mSavepoint.isEmpty() ? run(conn, QStringLiteral("COMMIT"), &error)
                                         : run(conn, QStringLiteral("RELEASE SAVEPOINT ") + mSavepoint, &error);
    if (!ok) {
        if (Retry::isRetryable(error, conn.driverName()))
            detail::noteRetryable(mConnection);
        rollback();
        return Error { tr("%1 Nothing was changed.").arg(Retry::failureMessage(mDb, error)) };
    }
    mActive = false;
    detail::WriteState &state = detail::writeState(mConnection);
    --state.depth;
    if (mSavepoint.isEmpty() && !state.serials.isEmpty()) {
        detail::noteOwnCommit(&mDb, state.serials);
        state.serials.clear();
    }
    return {};
}

Status Transaction::announce()
{
    detail::WriteState &state = detail::writeState(mConnection);
    if (state.topics.isEmpty())
        return {};
    QStringList topics(state.topics.cbegin(), state.topics.cend());
    state.topics.clear();
    topics.sort(); // the same order in every writer: two server transactions never deadlock on these rows
    const QString seat = Seat::current();
    for (const QString &topic : std::as_const(topics)) {
        SqlQuery q(mDb,
            QStringLiteral("UPDATE shop_changes SET serial = serial + 1, changed_by = :seat, changed_at = "
                           "CURRENT_TIMESTAMP WHERE topic = :topic"));
        if (!q.prepared())
            return {}; // a shop from before the change feed (a migration's own test): nothing to count
        q.bind({ { QStringLiteral(":seat"), seat }, { QStringLiteral(":topic"), topic } });
        if (Status s = q.run(); !s)
            return s;
        if (detail::feedWatches(&mDb)) {
            // The serial this transaction gave the topic (the row is locked until COMMIT): the
            // window's own feed is not to tell it about its own change.
            SqlQuery read(mDb, QStringLiteral("SELECT serial FROM shop_changes WHERE topic = :topic"));
            read.bind({ { QStringLiteral(":topic"), topic } });
            if (Status s = read.run(); !s)
                return s;
            if (read.next())
                state.serials.insert(topic, read.value(0).toLongLong());
            read.finish();
        }
    }
    if (mDb.connection().driverName() == QLatin1String("QPSQL")) {
        // PostgreSQL delivers a NOTIFY when (and only if) the transaction commits: the other PCs'
        // feeds (ChangeFeed) read the topic rows then.
        SqlQuery notify(mDb, QStringLiteral("SELECT pg_notify(:channel, :topics)"));
        notify.bind({ { QStringLiteral(":channel"), ChangeFeed::kChannel },
            { QStringLiteral(":topics"), topics.join(QLatin1Char(',')) } });
        if (Status s = notify.run(); !s)
            return s;
    }
    return {};
}

Result<bool> Transaction::lockIdBookmark(const QStringList &tables, bool wait)
{
    if (!mActive)
        return mBegin.ok() ? Result<bool>(false) : Result<bool>(mBegin.error());
    const QSqlDatabase conn = mDb.connection();
    for (const QString &sql : SqlDialect::idBookmarkLock(mDb.engine(), tables, wait)) {
        QSqlError error;
        if (!run(conn, sql, &error)) {
            // NOWAIT's refusal (lock_not_available): another transaction is writing them now.
            if (!wait && error.nativeErrorCode() == QLatin1String("55P03"))
                return false;
            if (Retry::isRetryable(error, conn.driverName()))
                detail::noteRetryable(mConnection);
            return Error { Retry::failureMessage(mDb, error) };
        }
    }
    return true;
}

Status Transaction::holdIdBookmark(const QStringList &tables) { return lockIdBookmark(tables, true).status(); }

Result<bool> Transaction::tryIdBookmark(const QStringList &tables) { return lockIdBookmark(tables, false); }

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
    detail::WriteState &state = detail::writeState(mConnection);
    --state.depth;
    if (mSavepoint.isEmpty()) {
        state.serials.clear();
        state.changesAtBegin = -1;
    }
}

} // namespace shopdesk::core
