// The window opens a shop without SQLite's quick check in front of it (issue 18): the check runs
// after the window shows, on a worker thread; a damaged shop is then told to the user, and no
// write reaches it, before the verdict or after.

#include "MainWindow.h"
#include "Modules.h"
#include "TestShop.h"

#include <shopdesk/core/ShopCheck.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/Transaction.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>

#include <atomic>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;

namespace {
/// The window's way of opening (as shopdesk's main() sets it) for the length of a test.
struct Deferred {
    Deferred() { core::ShopCheck::setDeferred(true); }
    ~Deferred() { core::ShopCheck::setDeferred(false); }
};

/// Adds 2,000 items to the shop (a file the check reads for a while).
void addItems(test::TestShop &shop)
{
    QSqlQuery q(shop.db().connection());
    REQUIRE(q.exec(QStringLiteral("BEGIN")));
    for (int i = 0; i < 2000; ++i)
        REQUIRE(q.exec(QStringLiteral("INSERT INTO items (code, title, created_at, updated_at) VALUES ('NZK-%1', "
                                      "'牛仔裤 男 修身 直筒 第%1款', '2026-01-01 09:00:00', '2026-01-01 09:00:00')")
                           .arg(i)));
    REQUIRE(q.exec(QStringLiteral("COMMIT")));
}

/// A shop file of 2,000 items with its middle page turned into noise; gives its path.
QString damagedShop(test::TestShop &shop)
{
    addItems(shop);
    const QString path = shop.path();
    shop.close();
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 middle = (f.size() / 2) / 4096 * 4096;
    REQUIRE(f.seek(middle));
    QByteArray page = f.read(4096);
    for (char &c : page)
        c = char(~c);
    REQUIRE(f.seek(middle));
    REQUIRE(f.write(page) == 4096);
    return path;
}
// The check's pace (ShopCheck::setPace): the first time SQLite asks, the check is running; it is
// held there until the test lets it go on.
QSemaphore gRunning, gGoOn;
std::atomic<int> gAsks { 0 };
void holdOnFirstAsk()
{
    if (gAsks.fetch_add(1) == 0) {
        gRunning.release();
        gGoOn.acquire();
    }
}
} // namespace

TEST_CASE("closing a shop while its deferred check reads the file stops the check instead of waiting for it")
{
    SHOPDESK_FILES_ONLY();
    test::TestShop shop;
    addItems(shop);
    const QString path = shop.path();
    shop.close();
    const Deferred deferred;
    core::ShopCheck::setPace(&holdOnFirstAsk);
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    REQUIRE(core::ShopCheck::pending(**db));
    QFuture<core::Status> verdict = core::ShopCheck::start(**db);
    // A limit for a broken build only (the worker is inside the check long before), not a measure.
    REQUIRE(gRunning.tryAcquire(1, 60000));
    core::ShopCheck::stop(**db); // what closing the shop asks
    gGoOn.release();
    verdict.waitForFinished();
    core::ShopCheck::setPace(nullptr);
    // SQLite asked once: the check ended there, and says why; the shop closes without waiting.
    CHECK(gAsks.load() == 1);
    CHECK(verdict.result().errorMessage()
        == QStringLiteral("The check of “%1” was stopped: the shop was closed before it ended.")
               .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    db->reset();
}

TEST_CASE("the window shows a damaged shop at once, then tells the user, and the shop takes no write")
{
    SHOPDESK_FILES_ONLY();
    test::TestShop shop;
    const QString path = damagedShop(shop);
    const QByteArray damaged = test::fileBytes(path);
    const QString refusal = QStringLiteral(
        "“%1” is damaged: SQLite's check of the file failed. ShopDesk changes nothing in it, so that nothing more is "
        "lost. Open a backup copy instead (one you made, or a .bak copy beside the shop); shopdesk-cli check lists "
        "the damage.")
                                .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    const Deferred deferred;
    {
        app::MainWindow window(app::panelFactories());
        window.setQuietErrors(true);
        QStringList errors;
        QObject::connect(&window, &app::MainWindow::errorShown, [&](const QString &m) { errors << m; });
        QSignalSpy shown(&window, &app::MainWindow::errorShown);
        window.show();
        REQUIRE(window.openShop(path));
        REQUIRE(window.shop()); // open, the check not yet run: nothing but the header was read
        // The verdict arrives from the worker once the event loop runs (the spy's limit only keeps
        // a broken check from hanging the run).
        while (!errors.contains(refusal) && shown.wait(120000)) { }
        CHECK(errors.contains(refusal));
        REQUIRE(window.shop());
        core::Transaction tx(*window.shop());
        CHECK(tx.beginStatus().errorMessage() == refusal);
        CHECK(core::SqlQuery(*window.shop(), QStringLiteral("INSERT INTO suppliers (name) VALUES ('A')"))
                  .run()
                  .errorMessage()
            == refusal);
    }
    CHECK(test::fileBytes(path) == damaged);
}

TEST_CASE("the window's deferred check passes a sound shop, which then takes writes")
{
    SHOPDESK_FILES_ONLY();
    test::TestShop shop;
    const QString path = shop.path();
    shop.close();
    {
        // Opened once before, as a shop that is used daily has been (its first opening keeps a
        // few settings, which is a write).
        app::MainWindow first(app::panelFactories());
        first.setQuietErrors(true);
        first.show();
        REQUIRE(first.openShop(path));
    }
    const Deferred deferred;
    app::MainWindow window(app::panelFactories());
    window.setQuietErrors(true);
    QStringList errors;
    QObject::connect(&window, &app::MainWindow::errorShown, [&](const QString &m) { errors << m; });
    window.show();
    REQUIRE(window.openShop(path));
    CHECK(core::ShopCheck::pending(*window.shop())); // the window is up; no start-up read waited for it
    // A write asks for the verdict: the check (begun by the window, or run here) passes first.
    REQUIRE(core::SqlQuery(*window.shop(), QStringLiteral("INSERT INTO suppliers (name) VALUES ('A')")).run().ok());
    CHECK_FALSE(core::ShopCheck::pending(*window.shop()));
    CHECK(core::ShopCheck::verdict(*window.shop()).ok());
    CHECK(test::scalar(*window.shop(), QStringLiteral("SELECT count(*) FROM suppliers")).toInt() == 1);
    CHECK(errors.isEmpty());
}
