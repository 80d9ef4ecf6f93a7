// A backup taken while another thread keeps writing is a complete, sound shop file.

#include "TestShop.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/Transaction.h>

#include <QFileInfo>
#include <QThread>

#include <atomic>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;

TEST_CASE("a backup taken during writes opens and passes the integrity check")
{
    SHOPDESK_FILES_ONLY();
    test::TestShop shop;
    std::atomic<bool> stop { false };
    std::atomic<int> written { 0 };
    QThread *writer = QThread::create([&] {
        while (!stop.load()) {
            core::Transaction tx(shop.db());
            if (!tx.isActive())
                continue;
            core::SqlQuery q(shop.db(), QStringLiteral("INSERT INTO suppliers (name) VALUES (:n)"));
            q.bind(QStringLiteral(":n"), QStringLiteral("supplier %1").arg(written.load()));
            if (q.run() && tx.commit())
                ++written;
        }
        shop.db().releaseThreadConnection();
    });
    writer->start();
    while (written.load() < 50)
        QThread::msleep(1);

    const QString copy = shop.file(QStringLiteral("backup.shopdesk"));
    const core::Status s = shop.db().backupTo(copy);
    while (written.load() < 100)
        QThread::msleep(1);
    stop = true;
    writer->wait();
    delete writer;
    REQUIRE(s.ok());

    auto backup = core::Database::open(copy, core::Database::Mode::OpenExisting);
    REQUIRE(backup.ok());
    auto problems = (*backup)->integrityCheck();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
    const int inBackup = test::scalar(**backup, QStringLiteral("SELECT count(*) FROM suppliers")).toInt();
    CHECK(inBackup >= 50);
    CHECK(inBackup <= written.load());
}

TEST_CASE("a backup never overwrites an existing file")
{
    SHOPDESK_FILES_ONLY();
    test::TestShop shop;
    const QString copy = shop.file(QStringLiteral("there.shopdesk"));
    REQUIRE(shop.db().backupTo(copy).ok());
    const core::Status again = shop.db().backupTo(copy);
    CHECK_FALSE(again.ok());
    CHECK(again.errorMessage().contains(QStringLiteral("already exists")));
}
