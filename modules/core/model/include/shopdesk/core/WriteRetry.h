#pragma once

#include "shopdesk/core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <type_traits>

class QSqlError;

namespace shopdesk::core {

class Database;

/// How a business action is run again when another writer got in the way: SQLite's write lock
/// held past the busy timeout, or a PostgreSQL serialization failure (SQLSTATE 40001) or deadlock
/// (40P01). Each try waits longer than the one before (firstBackoffMs, doubled each time).
struct RetryPolicy {
    int attempts = 4; ///< tries in all, the first one included
    int firstBackoffMs = 200;
    /// Waits before try `attempt` + 2 (from 0). Empty: sleeps the backoff. Tests drive it (they
    /// release the other writer's lock here instead of waiting).
    std::function<void(int attempt, int milliseconds)> wait;
};

class Retry {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::core::Retry)
public:
    /// The policy in force (process-wide).
    static RetryPolicy policy();
    /// Puts `policy` in force; gives the one it replaces (for tests to put back).
    static RetryPolicy setPolicy(RetryPolicy policy);
    /// Waits as the policy says before the next try.
    static void backoff(int attempt);

    /// Whether `error` on a connection of `driverName` means that another writer got in the way,
    /// so that the same action, run again from the start, may succeed.
    static bool isRetryable(const QSqlError &error, const QString &driverName);
    /// What the user reads when a statement on `db` failed: Database::failureMessage, or for the
    /// server's conflicts (serialization failure, deadlock) a ShopDesk sentence of its own. Never
    /// the engine's text.
    static QString failureMessage(const Database &db, const QSqlError &error);

    /// For retrying(): starts a try; after a failure, whether running the action again may help.
    static void beginTry();
    static bool shouldRetry();
    /// For retrying(): only the outermost of nested retrying() calls on a thread tries again.
    class Scope {
    public:
        Scope();
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;
        bool outermost() const { return mOutermost; }

    private:
        bool mOutermost;
    };
};

/// Runs a whole business action (a service call: its own Transaction, reads and writes) and runs
/// it again, after the policy's backoff, when it failed only because another writer got in the
/// way. Inside a caller's transaction, or inside another retrying(), it runs once: the outermost
/// action is the one retried.
/// `action` returns a Status or a Result<T>.
template<typename Action>
auto retrying(Action &&action) -> std::invoke_result_t<Action &>
{
    const Retry::Scope scope;
    const int attempts = scope.outermost() ? Retry::policy().attempts : 1;
    for (int attempt = 0;; ++attempt) {
        Retry::beginTry();
        auto result = action();
        if (result.ok() || attempt + 1 >= attempts || !Retry::shouldRetry())
            return result;
        Retry::backoff(attempt);
    }
}

} // namespace shopdesk::core
