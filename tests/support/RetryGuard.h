#pragma once

#include "TestShop.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/WriteRetry.h>

#include <QSqlQuery>

#include <utility>

#include <catch2/catch_test_macros.hpp>

namespace shopdesk::test {

/// Puts the process's retry policy back when the test ends. A test's policy drives the waits
/// itself: its `wait` lets the other PC go (commits the transaction that held the way).
struct RetryGuard {
    explicit RetryGuard(core::RetryPolicy p)
        : old(core::Retry::setPolicy(std::move(p)))
    {
    }
    ~RetryGuard() { core::Retry::setPolicy(old); }
    RetryGuard(const RetryGuard &) = delete;
    RetryGuard &operator=(const RetryGuard &) = delete;
    core::RetryPolicy old;
};

/// The connection gives up on a lock at once instead of waiting (the retry policy's wait is then
/// where the test lets the other writer go). On the server lock_timeout 0 means "for ever": 1 ms.
inline void noLockWait(const core::Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(onServer() ? QStringLiteral("SET lock_timeout = 1") : QStringLiteral("PRAGMA busy_timeout = 0")));
}

} // namespace shopdesk::test
