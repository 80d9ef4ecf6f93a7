#include "StatementCache.h"

#include "PgCopy.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace shopdesk::core::detail {

struct StatementSlot {
    std::optional<QSqlQuery> idle; ///< empty while lent
    bool dropped = false; ///< its connection is gone (or the cache let it go): never refilled
};

namespace {

/// Above this many statements on one connection (SQL built at run time, such as IN lists of
/// varying length), the idle ones are dropped and prepared again when next asked for.
constexpr qsizetype kMaxStatements = 256;

using Statements = QHash<QString, std::shared_ptr<StatementSlot>>;

/// By connection name. Connections are per thread, but a Database closes the ones of its other
/// threads when it is destroyed, hence one registry under a mutex (uncontended: one lookup each).
struct Registry {
    QMutex mutex;
    QHash<QString, Statements> byConnection;
};

/// Never destroyed: a Database kept in a static (opened before the first statement was lent, so
/// destroyed after this registry would be) still drops its statements here at exit.
Registry &registry()
{
    static Registry *r = new Registry;
    return *r;
}

QSqlQuery prepareNew(const QSqlDatabase &connection, const QString &sql, bool *prepared)
{
    QSqlQuery q(connection);
    // Forward-only on SQLite (no copy of the rows). Not on the server: there Qt reads a forward-only
    // result a row at a time from the connection, and a second statement run while the first is
    // read (a lookup inside a loop over rows) would cut the first short.
    q.setForwardOnly(connection.driverName() != QLatin1String("QPSQL"));
    *prepared = q.prepare(sql);
    return q;
}

} // namespace

bool preparable(const QSqlDatabase &connection, const QString &sql)
{
    if (connection.driverName() != QLatin1String("QPSQL"))
        return true;
    static const QStringList queries { QStringLiteral("SELECT"), QStringLiteral("INSERT"), QStringLiteral("UPDATE"),
        QStringLiteral("DELETE"), QStringLiteral("WITH"), QStringLiteral("VALUES") };
    const QString first = sql.trimmed().section(QLatin1Char(' '), 0, 0).toUpper();
    return queries.contains(first);
}

LentStatement lendStatement(const QSqlDatabase &connection, const QString &sql)
{
    // Preparing is a statement too: work sent ahead on a server goes first (an error of it is
    // reported by the statement's run).
    PgCopy::settleQuietly(connection);
    const QString name = connection.connectionName();
    Registry &r = registry();
    {
        QMutexLocker lock(&r.mutex);
        const Statements &statements = r.byConnection[name];
        if (const auto it = statements.constFind(sql); it != statements.cend()) {
            const std::shared_ptr<StatementSlot> &slot = it.value();
            if (slot->idle) {
                LentStatement lent { std::move(*slot->idle), slot, true };
                slot->idle.reset();
                return lent;
            }
            // Lent already: this borrower gets a statement of its own, not kept.
            lock.unlock();
            LentStatement lent;
            lent.query = prepareNew(connection, sql, &lent.prepared);
            return lent;
        }
    }
    // Prepared outside the lock; only a statement that prepared is kept.
    LentStatement lent;
    lent.query = prepareNew(connection, sql, &lent.prepared);
    if (!lent.prepared)
        return lent;
    QMutexLocker lock(&r.mutex);
    Statements &statements = r.byConnection[name];
    if (statements.size() >= kMaxStatements) {
        statements.removeIf([](const Statements::iterator &it) {
            if (!it.value()->idle)
                return false;
            it.value()->dropped = true;
            return true;
        });
    }
    if (!statements.contains(sql)) {
        lent.slot = std::make_shared<StatementSlot>();
        statements.insert(sql, lent.slot);
    }
    return lent;
}

void giveBack(const std::shared_ptr<StatementSlot> &slot, QSqlQuery &&query)
{
    query.finish(); // no read cursor (and so no read snapshot) stays open between uses
    QSqlQuery gone; // finalised after the lock is released, when it is not kept
    {
        QMutexLocker lock(&registry().mutex);
        if (!slot->dropped && !slot->idle) {
            slot->idle.emplace(std::move(query));
            return;
        }
        gone = std::move(query);
    }
}

void dropStatements(const QString &connectionName)
{
    Statements statements;
    {
        QMutexLocker lock(&registry().mutex);
        statements = registry().byConnection.take(connectionName);
        for (const auto &slot : std::as_const(statements))
            slot->dropped = true;
    }
    // The idle statements are finalised here, as `statements` goes; lent ones with their borrower.
}

int keptStatements(const QString &connectionName)
{
    QMutexLocker lock(&registry().mutex);
    return int(registry().byConnection.value(connectionName).size());
}

} // namespace shopdesk::core::detail
