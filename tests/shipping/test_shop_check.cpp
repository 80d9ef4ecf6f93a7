// The order export's 店铺名称 against the shop's own name: another shop's orders are imported only
// when the clerk agrees (a question in the queue, --other-shop on the command line); and the
// import's summary counts what the queue shows.

#include "QueueView.h"
#include "ShippingBench.h"
#include "ShippingFixture.h"

#include <shopdesk/core/ShopSettings.h>
#include <shopdesk/shipping/ShippingCommands.h>
#include <shopdesk/shipping/ShippingService.h>

#include <QLabel>
#include <QSignalSpy>
#include <QTableView>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using shopdesk::test::scalar;
using shopdesk::test::shippingData;

namespace {
const QString kOrders = QStringLiteral("ExportOrderList202611201530.csv");
const QString kItems = QStringLiteral("ExportOrderDetailList202611201530.csv");

core::CliOutcome runImport(const test::TestShop &shop, const QStringList &args)
{
    for (const core::CliCommand &c : shipping::cliCommands())
        if (c.name == QLatin1String("orders")) {
            core::CliInvocation in;
            in.dbPath = shop.path();
            in.args = QStringList { QStringLiteral("import") } + args;
            in.json = true;
            in.actor = QStringLiteral("cli");
            return c.run(in);
        }
    FAIL("no orders command");
    return {};
}

std::pair<bool, QString> importInQueue(shipping::QueueView &queue)
{
    QSignalSpy finished(&queue, &shipping::QueueView::importFinished);
    queue.startImport(shippingData(kOrders), shippingData(kItems));
    if (queue.importRunning())
        REQUIRE(finished.wait(60000));
    REQUIRE(finished.size() == 1);
    return { finished.at(0).at(0).toBool(), finished.at(0).at(1).toString() };
}
} // namespace

TEST_CASE("an export of another shop is refused unless the clerk agrees")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    REQUIRE(core::ShopSettings(shop.db()).set(core::ShopSettings::kShopName, QString::fromUtf8("衣橱小铺")).ok());
    shipping::ShippingService service(shop.db());
    CHECK(*service.otherShopOf(shippingData(kOrders)) == QString::fromUtf8("小店"));

    auto refused = service.importFiles(shippingData(kOrders), shippingData(kItems));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage()
        == QString::fromUtf8(
            "ExportOrderList202611201530.csv, line 2, field 店铺名称: the order 3012345678901234567 is "
            "of the shop “小店”, but this shop is “衣橱小铺”: nothing was imported."));
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM orders")).toInt() == 0);

    auto cli = runImport(shop, { shippingData(kOrders), shippingData(kItems) });
    CHECK(cli.exitCode == 1);
    CHECK(cli.text
        == QString::fromUtf8("ExportOrderList202611201530.csv holds the orders of the shop “小店”, but this shop is "
                             "“衣橱小铺”; nothing was imported. Add --other-shop to import them all the same."));
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM orders")).toInt() == 0);

    auto agreed = runImport(shop, { shippingData(kOrders), shippingData(kItems), QStringLiteral("--other-shop") });
    INFO(agreed.text);
    REQUIRE(agreed.exitCode == 0);
    CHECK(agreed.json.value(QStringLiteral("added")).toInt() == 7);
    CHECK(agreed.json.value(QStringLiteral("queue_orders")).toInt() == 4);
    CHECK(agreed.json.value(QStringLiteral("queue_unmatched")).toInt() == 1);
}

TEST_CASE("the shop's own export imports without a question")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    REQUIRE(core::ShopSettings(shop.db()).set(core::ShopSettings::kShopName, QString::fromUtf8("小店")).ok());
    shipping::ShippingService service(shop.db());
    CHECK(service.otherShopOf(shippingData(kOrders))->isEmpty());
    auto summary = service.importFiles(shippingData(kOrders), shippingData(kItems));
    REQUIRE(summary.ok());
    CHECK(summary->added == 7);
}

TEST_CASE("the queue asks before importing another shop's orders, and its summary counts what it shows")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    REQUIRE(core::ShopSettings(shop.db()).set(core::ShopSettings::kShopName, QString::fromUtf8("衣橱小铺")).ok());
    test::ShippingBench bench(shop.db(), QStringLiteral("clerk"));
    shipping::QueueView &queue = *bench.bench->queue();
    QStringList asked;
    bool answer = false;
    queue.setOtherShopQuestion([&](const QString &theirs, const QString &own) {
        asked << theirs << own;
        return answer;
    });
    queue.setNow([] { return QDateTime(QDate(2026, 11, 20), QTime(12, 0)); });

    const auto no = importInQueue(queue);
    CHECK_FALSE(no.first);
    CHECK(asked == QStringList { QString::fromUtf8("小店"), QString::fromUtf8("衣橱小铺") });
    CHECK(no.second == QString::fromUtf8("Nothing was imported: the orders are of the shop “小店”."));
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM orders")).toInt() == 0);

    answer = true;
    const auto yes = importInQueue(queue);
    REQUIRE(yes.first);
    CHECK(yes.second
        == QStringLiteral("7 new orders (4 for dispatch, 1 shipped, 1 closed, 1 unpaid); 0 already in the shop; "
                          "0 updated. Orders to ship now: 4, with 1 lines not matched to a SKU."));
    CHECK(queue.findChild<QLabel *>(QStringLiteral("queueCount"))->text()
        == QStringLiteral("Orders to ship: 4 (must leave today: 4, overdue: 0)"));
    CHECK(queue.table()->model()->rowCount() == 4);

    // Again: nothing new, and the summary still counts the queue as it is (the one unmatched line stays).
    const auto again = importInQueue(queue);
    REQUIRE(again.first);
    CHECK(again.second
        == QStringLiteral("0 new orders (0 for dispatch, 0 shipped, 0 closed, 0 unpaid); 7 already in the shop; "
                          "0 updated. Orders to ship now: 4, with 1 lines not matched to a SKU."));
    CHECK(queue.findChild<QLabel *>(QStringLiteral("queueCount"))->text()
        == QStringLiteral("Orders to ship: 4 (must leave today: 4, overdue: 0)"));
}

TEST_CASE("a shop without the items: the summary lists the unmatched lines of the queue's orders only")
{
    test::TestShop shop;
    auto summary = shipping::ShippingService(shop.db()).importFiles(shippingData(kOrders), shippingData(kItems));
    INFO(summary.errorMessage());
    REQUIRE(summary.ok());
    CHECK(summary->added == 7);
    // The paid orders' five lines; the lines of the shipped, closed and unpaid orders never ship here.
    CHECK(summary->unmatched.size() == 5);
    CHECK(summary->queueOrders == 4);
    CHECK(summary->queueUnmatched == 5);
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM stock_moves")).toInt() == 0);
}
