// Several PCs on one shop: a buyer's profile (size profile, note, 钢丝客户) is saved with the
// buyer's row version it was read at (core::RowVersions). Two Database objects on one shop are two
// PCs: a stale save is refused, naming who saved the buyer and when, and writes nothing; from the
// buyer's page it leaves no step on the undo stack.

#include "BuyersFixture.h"
#include "BuyersView.h"
#include "BuyersWorkbench.h"
#include "RetryGuard.h"

#include <shopdesk/buyers/BuyersModule.h>
#include <shopdesk/buyers/BuyersService.h>
#include <shopdesk/core/Database.h>
#include <shopdesk/core/Language.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/PanelContract.h>
#include <shopdesk/core/Seat.h>
#include <shopdesk/core/Transaction.h>

#include <QMainWindow>
#include <QSpinBox>
#include <QSqlQuery>
#include <QUndoStack>

#include <memory>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::BuyersShop;
using test::u8;

namespace {
/// The seat in force while the test runs (a PC's name), put back after.
struct SeatGuard {
    explicit SeatGuard(const QString &name) { core::Seat::setCurrent(name); }
    ~SeatGuard() { core::Seat::setCurrent(QString()); }
};

/// Stamps the buyer as changed at 14:02 today, local time (what the message shows).
void changedAt1402(const core::Database &db, const QString &nick)
{
    const QString utc
        = QDateTime(QDate::currentDate(), QTime(14, 2)).toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(QStringLiteral("UPDATE buyers SET changed_at = ? WHERE nick = ?")));
    q.addBindValue(utc);
    q.addBindValue(nick);
    REQUIRE(q.exec());
}

/// The stored profile as text: height, weight, usual size, note, loyal, version, changed by.
QString stored(const core::Database &db, const QString &nick)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(QStringLiteral("SELECT height_cm, weight_kg, usual_size, note, loyal, row_version, changed_by "
                                     "FROM buyers WHERE nick = ?")));
    q.addBindValue(nick);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return QStringLiteral("%1|%2|%3|%4|%5|v%6|%7")
        .arg(q.value(0).isNull() ? QStringLiteral("-") : q.value(0).toString(),
            q.value(1).isNull() ? QStringLiteral("-") : QString::number(q.value(1).toDouble()), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString());
}
} // namespace

TEST_CASE("a stale buyer profile edit from another PC is refused, naming who saved it and when")
{
    core::language::install(QStringLiteral("en"));
    BuyersShop s;
    const buyers::BuyersService agent(s.db());
    auto second = core::Database::open(s.path(), core::Database::Mode::OpenExisting);
    REQUIRE(second.ok());
    const buyers::BuyersService manager(**second);

    // Both PCs open 老丁's page: version 0, nobody has changed the buyer yet.
    auto seenByAgent = agent.detail(s.d());
    auto seenByManager = manager.detail(s.d());
    REQUIRE(seenByAgent.ok());
    REQUIRE(seenByManager.ok());
    REQUIRE(*seenByAgent);
    REQUIRE(*seenByManager);
    CHECK((*seenByAgent)->version == 0);
    CHECK((*seenByManager)->version == 0);
    CHECK(stored(s.db(), s.d()) == QStringLiteral("-|-|||0|v0|"));

    buyers::BuyerProfile mine = (*seenByAgent)->profile;
    mine.heightCm = 172;
    mine.usualSize = QStringLiteral("XL");
    {
        SeatGuard seat(u8("客服-小美"));
        auto saved = agent.saveProfile(s.d(), mine, (*seenByAgent)->version);
        REQUIRE(saved.ok());
        CHECK(*saved == 1);
    }
    changedAt1402(s.db(), s.d());
    CHECK(stored(s.db(), s.d()) == u8("172|-|XL||0|v1|客服-小美"));

    // The manager's form still holds version 0: refused, and 老丁's profile is the agent's.
    buyers::BuyerProfile theirs = (*seenByManager)->profile;
    theirs.weightKg = 80;
    theirs.note = u8("要发顺丰");
    {
        SeatGuard seat(u8("店长"));
        auto stale = manager.saveProfile(s.d(), theirs, (*seenByManager)->version);
        REQUIRE_FALSE(stale.ok());
        CHECK(stale.errorMessage()
            == u8("The profile of 老丁 was changed by 客服-小美 at 14:02: open it again and redo the change."));
        core::language::install(QStringLiteral("zh_CN"));
        auto staleZh = manager.saveProfile(s.d(), theirs, (*seenByManager)->version);
        core::language::install(QStringLiteral("en"));
        REQUIRE_FALSE(staleZh.ok());
        CHECK(staleZh.errorMessage() == u8("买家老丁的资料已被 客服-小美 在 14:02 修改，请重新打开后再改。"));
    }
    CHECK(stored(s.db(), s.d()) == u8("172|-|XL||0|v1|客服-小美"));

    // Read again, the manager's edit goes through on top of the agent's.
    auto again = manager.detail(s.d());
    REQUIRE(again.ok());
    REQUIRE(*again);
    CHECK((*again)->version == 1);
    CHECK((*again)->profile.heightCm == 172);
    buyers::BuyerProfile merged = (*again)->profile;
    merged.weightKg = 80;
    {
        SeatGuard seat(u8("店长"));
        auto saved = manager.saveProfile(s.d(), merged, (*again)->version);
        REQUIRE(saved.ok());
        CHECK(*saved == 2);
    }
    CHECK(stored(s.db(), s.d()) == u8("172|80|XL||0|v2|店长"));

    // A save that read no version (an import, a script) only counts the version on.
    REQUIRE(agent.setProfile(s.d(), merged).ok());
    CHECK(stored(s.db(), s.d()).section(QLatin1Char('|'), 5, 5) == QStringLiteral("v3"));
}

TEST_CASE("the buyer's page refuses a stale profile save: nothing written, no undo step, the message shown")
{
    core::language::install(QStringLiteral("zh_CN"));
    BuyersShop s;
    core::ShopEvents events;
    const core::PanelContext context { s.db(), events, QStringLiteral("test") };
    QStringList errors;
    QObject::connect(&events, &core::ShopEvents::error, [&errors](const QString &m) { errors << m; });
    QMainWindow window;
    auto factory = buyers::makePanelFactory();
    std::unique_ptr<core::Workbench> wb(factory->createWorkbench(context, &window));
    REQUIRE(wb);
    auto *workbench = static_cast<buyers::BuyersWorkbench *>(wb.get());
    buyers::BuyersView *view = workbench->buyers();
    REQUIRE(view->showBuyer(s.d()));

    // Another PC saves 老丁's profile after the page was read.
    auto other = core::Database::open(s.path(), core::Database::Mode::OpenExisting);
    REQUIRE(other.ok());
    buyers::BuyerProfile p;
    p.usualSize = QStringLiteral("L");
    {
        SeatGuard seat(u8("客服-阿杰"));
        REQUIRE(buyers::BuyersService(**other).saveProfile(s.d(), p, 0).ok());
    }
    changedAt1402(s.db(), s.d());

    window.findChild<QSpinBox *>(QStringLiteral("height"))->setValue(180);
    CHECK_FALSE(view->saveProfile());
    CHECK(errors == QStringList { u8("买家老丁的资料已被 客服-阿杰 在 14:02 修改，请重新打开后再改。") });
    CHECK(workbench->undoStack()->count() == 0);
    CHECK(stored(s.db(), s.d()) == u8("-|-|L||0|v1|客服-阿杰"));

    // Opened again, the page shows the other PC's profile and the edit goes through, undoably.
    errors.clear();
    SeatGuard seat(u8("客服-小美"));
    REQUIRE(view->showBuyer(s.d()));
    window.findChild<QSpinBox *>(QStringLiteral("height"))->setValue(180);
    REQUIRE(view->saveProfile());
    CHECK(errors.isEmpty());
    CHECK(workbench->undoStack()->count() == 1);
    CHECK(stored(s.db(), s.d()) == u8("180|-|L||0|v2|客服-小美"));
    workbench->undoStack()->undo();
    CHECK(errors.isEmpty());
    CHECK(stored(s.db(), s.d()) == u8("-|-|L||0|v3|客服-小美"));
    core::language::install(QStringLiteral("en"));
}

namespace {
/// A paid order of `buyerId` for one tee, as a PC's order import writes it.
core::Order paidOrder(const QString &no, qint64 buyerId, qint64 fen, qint64 sku)
{
    core::Order o;
    o.orderNo = no;
    o.buyerId = buyerId;
    o.status = QStringLiteral("paid");
    o.paidAt = QDateTime(QDate(2026, 11, 28), QTime(10, 0));
    o.createdAt = o.paidAt.addSecs(-120);
    o.total = core::Money::fromFen(fen);
    o.lines = { { 0, 0, sku, {}, {}, {}, 1, core::Money::fromFen(fen) } };
    return o;
}

QString spendOf(const QVector<buyers::BuyerRow> &rows, const QString &nick)
{
    for (const buyers::BuyerRow &r : rows)
        if (r.nick == nick)
            return QStringLiteral("%1 paid order(s), %2 fen").arg(r.orders).arg(r.spendFen);
    return QStringLiteral("no row");
}
} // namespace

TEST_CASE("an order another PC commits after a later one still counts in its buyer's spend")
{
    if (!test::onServer())
        SKIP("about orders committing out of id order, which only a server allows: a shop file has one writer at a "
             "time");
    BuyersShop shop;
    auto importing = shop.openAgain(); // 老丁's new order: the lower id, committed last
    auto service = shop.openAgain(); // 小方's order, committed first
    auto manager = shop.openAgain(); // the buyer list
    REQUIRE(buyers::BuyersService(*manager).list({}).ok()); // the kept totals caught up with the shop
    test::noLockWait(*manager);

    const qint64 ding
        = test::scalar(shop.db(), QStringLiteral("SELECT id FROM buyers WHERE nick = '老丁'")).toLongLong();
    const qint64 fang
        = test::scalar(shop.db(), QStringLiteral("SELECT id FROM buyers WHERE nick = '小方'")).toLongLong();
    auto held = std::make_unique<core::Transaction>(*importing);
    REQUIRE(held->isActive());
    REQUIRE(core::OrderRepository(*importing).addOrder(paidOrder(QStringLiteral("O-D2"), ding, 8800, shop.teeM)).ok());
    REQUIRE(core::OrderRepository(*service).addOrder(paidOrder(QStringLiteral("O-F2"), fang, 4000, shop.teeM)).ok());

    QList<int> waits;
    test::RetryGuard guard({ 4, 0, [&](int attempt, int) { waits << attempt; } });
    // While 老丁's order is still being written, the list does not wait for it (an import of
    // thousands of orders would hold the manager's window up): it shows the totals it kept, and
    // does not mark 小方's later order as read either.
    auto seen = buyers::BuyersService(*manager).list({});
    INFO(seen.errorMessage().toStdString());
    REQUIRE(seen.ok());
    CHECK(waits.isEmpty());
    CHECK(spendOf(*seen, BuyersShop::d()) == QStringLiteral("1 paid order(s), 5799 fen"));
    REQUIRE(held->commit().ok());
    held.reset();
    // After the other PC's commit, the next read counts both orders, each once.
    auto later = buyers::BuyersService(*manager).list({});
    REQUIRE(later.ok());
    CHECK(spendOf(*later, BuyersShop::d()) == QStringLiteral("2 paid order(s), 14599 fen")); // ¥57.99 + ¥88
    CHECK(spendOf(*later, BuyersShop::f()) == QStringLiteral("1 paid order(s), 4000 fen"));
    CHECK(waits.isEmpty());
}
