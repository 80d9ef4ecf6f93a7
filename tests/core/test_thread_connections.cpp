// Each thread gets its own connection to the shop, and a thread's connection goes when the thread
// ends: a later thread, even one the system gives the same thread id, opens its own and never
// inherits the one of a thread that has gone (Qt refuses a connection made in another thread, which
// a caller sees as "Driver not loaded").

#include "TestShop.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/Transaction.h>

#include <QSqlDatabase>
#include <QThread>

#include <thread>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;

namespace {
/// What one worker thread saw of its connection.
struct Seen {
    Qt::HANDLE threadId = nullptr;
    QString connection;
    bool open = false;
    QString error;
    int suppliers = -1;
};

/// Adds a supplier from this thread, in a transaction, and counts them (the thread's own connection).
Seen addSupplier(const core::Database &db, const QString &name)
{
    Seen seen;
    seen.threadId = QThread::currentThreadId();
    seen.connection = db.connection().connectionName();
    seen.open = db.connection().isOpen();
    core::Transaction tx(db);
    if (!tx.isActive()) {
        seen.error = tx.beginStatus().errorMessage();
        return seen;
    }
    core::SqlQuery add(db, QStringLiteral("INSERT INTO suppliers (name) VALUES (:n)"));
    add.bind(QStringLiteral(":n"), name);
    if (core::Status s = add.run(); !s) {
        seen.error = s.errorMessage();
        return seen;
    }
    if (core::Status s = tx.commit(); !s) {
        seen.error = s.errorMessage();
        return seen;
    }
    core::SqlQuery count(db, QStringLiteral("SELECT COUNT(*) FROM suppliers"));
    if (core::Status s = count.run(); !s) {
        seen.error = s.errorMessage();
        return seen;
    }
    seen.suppliers = count.next() ? count.value(0).toInt() : -1;
    return seen;
}
} // namespace

TEST_CASE("a connection made in a thread that has ended is gone, and its name is never handed on")
{
    test::TestShop shop;
    Seen first;
    std::thread worker([&] { first = addSupplier(shop.db(), QStringLiteral("A")); });
    worker.join();
    INFO(first.error.toStdString());
    REQUIRE(first.error.isEmpty());
    CHECK(first.suppliers == 1);
    REQUIRE_FALSE(first.connection.isEmpty());
    CHECK_FALSE(QSqlDatabase::contains(first.connection));
    CHECK(shop.db().connection().connectionName() != first.connection); // this thread's own
}

TEST_CASE("a new thread gets a working connection, even when it has the id of a thread that ended")
{
    test::TestShop shop;
    Seen first;
    std::thread one([&] { first = addSupplier(shop.db(), QStringLiteral("supplier 1")); });
    one.join();
    REQUIRE(first.error.isEmpty());
    // A joined thread's id (its stack) is usually handed to the very next thread: keep starting
    // threads until one has it, each adding a supplier through its own connection.
    bool reused = false;
    int added = 1;
    for (int i = 2; i <= 50 && !reused; ++i) {
        Seen next;
        std::thread t([&] { next = addSupplier(shop.db(), QStringLiteral("supplier %1").arg(i)); });
        t.join();
        INFO("thread " << i << ": " << next.error.toStdString());
        REQUIRE(next.error.isEmpty());
        CHECK(next.open);
        CHECK(next.suppliers == i);
        CHECK(next.connection != first.connection);
        reused = next.threadId == first.threadId;
        added = i;
    }
    if (!reused)
        WARN("no thread id was reused in 50 threads: the reuse itself was not exercised");
    CHECK(test::scalar(shop.db(), QStringLiteral("SELECT COUNT(*) FROM suppliers")).toInt() == added);
}

TEST_CASE("a QThread's connection is closed when the thread finishes")
{
    test::TestShop shop;
    Seen seen;
    QThread *worker = QThread::create([&] { seen = addSupplier(shop.db(), QStringLiteral("A")); });
    worker->start();
    REQUIRE(worker->wait());
    delete worker;
    REQUIRE(seen.error.isEmpty());
    CHECK(seen.suppliers == 1);
    CHECK_FALSE(QSqlDatabase::contains(seen.connection));
}
