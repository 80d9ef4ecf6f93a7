// A write that finds another writer holding the shop is run again after a pause, a few times;
// the user never reads the engine's "database is locked". Two Database objects on one file stand
// for two PCs (or two programs); the retry policy's wait is where the test lets the other go.

#include "ListingsFixture.h"
#include "ListingsService.h"
#include "RetryGuard.h"
#include "TestShop.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/Transaction.h>
#include <shopdesk/core/WriteRetry.h>

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::scalar;

namespace {
using PolicyGuard = test::RetryGuard;

/// The second writer gives up on the lock at once: the test drives the waits itself.
void noBusyWait(const core::Database &db) { test::noLockWait(db); }

/// What the other PC's open write transaction holds. On SQLite BEGIN IMMEDIATE takes the file's
/// write lock; on the server a transaction locks only what it touches: `lock` there (SELECT … FOR
/// UPDATE of a row, or LOCK TABLE).
void hold(const core::Database &db, const QString &lock)
{
    if (!test::onServer())
        return;
    QSqlQuery q(db.connection());
    const bool locked = q.exec(lock);
    INFO(q.lastError().text().toStdString());
    REQUIRE(locked);
}

const QString kLockItem = QStringLiteral("SELECT id FROM items WHERE code = 'WY-3001' FOR UPDATE");
const QString kLockSuppliers = QStringLiteral("LOCK TABLE suppliers IN EXCLUSIVE MODE");
} // namespace

TEST_CASE("a write that finds the shop locked by another writer succeeds once the other lets go")
{
    test::TestShop shop;
    listings::ListingsService first(shop.db());
    auto id = first.addItem(test::newListingsItem(QStringLiteral("WY-3001"), QString::fromUtf8("卫衣 加绒")));
    REQUIRE(id.ok());

    auto second = core::Database::open(shop.path(), core::Database::Mode::OpenExisting);
    REQUIRE(second.ok());
    noBusyWait(**second);

    auto holder = std::make_unique<core::Transaction>(shop.db()); // the other PC's write lock
    REQUIRE(holder->isActive());
    hold(shop.db(), kLockItem);
    QList<int> waits;
    PolicyGuard guard({ 4, 0, [&](int attempt, int) {
                           waits << attempt;
                           if (holder)
                               REQUIRE(holder->commit().ok());
                           holder.reset();
                       } });

    listings::ListingsService other(**second);
    const core::Status s = other.setPrice(*id, core::Money::fromYuan(129));
    INFO(s.errorMessage());
    REQUIRE(s.ok());
    CHECK(waits == QList<int> { 0 });
    CHECK(
        scalar(shop.db(), QStringLiteral("SELECT price_fen FROM items WHERE code = 'WY-3001'")).toLongLong() == 12900);
}

TEST_CASE("a write that stays locked out after every try tells the user in ShopDesk's words, and writes nothing")
{
    test::TestShop shop;
    listings::ListingsService first(shop.db());
    auto id = first.addItem(test::newListingsItem(QStringLiteral("WY-3001"), QString::fromUtf8("卫衣 加绒")));
    REQUIRE(id.ok());
    auto second = core::Database::open(shop.path(), core::Database::Mode::OpenExisting);
    REQUIRE(second.ok());
    noBusyWait(**second);

    core::Transaction holder(shop.db());
    REQUIRE(holder.isActive());
    hold(shop.db(), kLockItem);
    QList<int> waits;
    PolicyGuard guard({ 4, 100, [&](int attempt, int ms) { waits << attempt * 10000 + ms; } });

    const core::Status s = listings::ListingsService(**second).setPrice(*id, core::Money::fromYuan(129));
    REQUIRE(!s.ok());
    // Three waits between four tries, each twice as long as the one before.
    CHECK(waits == QList<int> { 100, 10200, 20400 });
    if (test::onServer()) {
        CHECK(s.errorMessage()
            == QStringLiteral("Another PC was changing the same records at the same moment, and the shop stayed busy: "
                              "try again in a moment."));
    } else {
        const QString shown = QDir::toNativeSeparators(QFileInfo(shop.path()).absoluteFilePath());
        CHECK(s.errorMessage()
            == QStringLiteral("“%1” is in use by another program (or another ShopDesk) that is writing to it, and "
                              "stayed busy: try again in a moment. Nothing was changed.")
                   .arg(shown));
    }
    REQUIRE(holder.commit().ok());
    CHECK(scalar(shop.db(), QStringLiteral("SELECT price_fen FROM items WHERE code = 'WY-3001'")).toLongLong() == 9900);
}

TEST_CASE("a server's serialization failure, deadlock and lock timeout are conflicts to run again; others are not")
{
    const QString pg = QStringLiteral("QPSQL");
    CHECK(core::Retry::isRetryable(
        QSqlError(QString(), QString(), QSqlError::TransactionError, QStringLiteral("40001")), pg));
    CHECK(core::Retry::isRetryable(
        QSqlError(QString(), QString(), QSqlError::StatementError, QStringLiteral("40P01")), pg));
    CHECK(core::Retry::isRetryable(
        QSqlError(QString(), QString(), QSqlError::StatementError, QStringLiteral("55P03")), pg));
    CHECK(!core::Retry::isRetryable(
        QSqlError(QString(), QString(), QSqlError::StatementError, QStringLiteral("23505")), pg));
    const QString sqlite = QStringLiteral("QSQLITE");
    CHECK(core::Retry::isRetryable(
        QSqlError(QString(), QString(), QSqlError::StatementError, QStringLiteral("5")), sqlite));
    CHECK(core::Retry::isRetryable(
        QSqlError(QString(), QString(), QSqlError::StatementError, QStringLiteral("517")), sqlite));
    CHECK(!core::Retry::isRetryable(
        QSqlError(QString(), QString(), QSqlError::StatementError, QStringLiteral("19")), sqlite));
}

TEST_CASE("retrying() runs a whole action again only when it failed on another writer, the outermost only")
{
    PolicyGuard guard({ 3, 0, [](int, int) {} });
    int runs = 0;
    // A plain refusal (bad input) is not tried again.
    core::Status refused = core::retrying([&]() -> core::Status {
        ++runs;
        return core::Error { QStringLiteral("no") };
    });
    CHECK(!refused.ok());
    CHECK(runs == 1);

    test::TestShop shop;
    auto second = core::Database::open(shop.path(), core::Database::Mode::OpenExisting);
    REQUIRE(second.ok());
    noBusyWait(**second);
    auto holder = std::make_unique<core::Transaction>(shop.db());
    hold(shop.db(), kLockSuppliers);
    runs = 0;
    // A statement of its own (no transaction) meets the other writer's lock: the action runs again.
    core::Result<int> r = core::retrying([&]() -> core::Result<int> {
        ++runs;
        if (runs == 2)
            holder.reset(); // the other writer rolls back between the first and second run
        if (core::Status s
            = core::SqlQuery(**second, QStringLiteral("INSERT INTO suppliers (name) VALUES ('A')")).run();
            !s)
            return s.error();
        return runs;
    });
    REQUIRE(r.ok());
    CHECK(*r == 2);
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM suppliers")).toInt() == 1);

    // Nested retrying(): only the outermost runs again (the tries do not multiply).
    holder = std::make_unique<core::Transaction>(shop.db());
    hold(shop.db(), kLockSuppliers);
    int outerRuns = 0, innerRuns = 0;
    core::Status nested = core::retrying([&]() -> core::Status {
        if (++outerRuns == 3)
            holder.reset();
        return core::retrying([&]() -> core::Status {
            ++innerRuns;
            return core::SqlQuery(**second, QStringLiteral("INSERT INTO suppliers (name) VALUES ('B')")).run();
        });
    });
    REQUIRE(nested.ok());
    CHECK(outerRuns == 3);
    CHECK(innerRuns == 3);
}
