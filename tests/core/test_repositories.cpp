// The shared records through their repositories: what the tables show.

#include "TestShop.h"

#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/PromotionRepository.h>
#include <shopdesk/core/StockLedger.h>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;

TEST_CASE("items list their SKU count and on-hand from the ledger")
{
    test::TestShop shop;
    core::ItemRepository items(shop.db());
    core::Item hoodie;
    hoodie.code = QStringLiteral("WY-3001");
    hoodie.title = QString::fromUtf8("连帽卫衣 男 加绒 宽松");
    hoodie.role = core::codes::kRoleTraffic;
    hoodie.mainPush = true;
    hoodie.price = core::Money::fromYuan(159);
    auto id = items.addItem(hoodie,
        { { 0, 0, QString::fromUtf8("灰色"), QStringLiteral("L"), QStringLiteral("2000000000015"), {}, {} },
            { 0, 0, QString::fromUtf8("灰色"), QStringLiteral("XL"), QStringLiteral("2000000000022"),
                core::Money::fromYuan(169), {} } });
    INFO(id.errorMessage());
    REQUIRE(id.ok());
    CHECK_FALSE(items.addItem(hoodie, {}).ok()); // same item code

    auto ref = items.skuByBarcode(QStringLiteral("2000000000022"));
    REQUIRE(ref.ok());
    REQUIRE(ref->has_value());
    CHECK((*ref)->itemCode == QStringLiteral("WY-3001"));
    CHECK((*ref)->price.fen() == 16900);
    CHECK(items.skuByBarcode(QStringLiteral("2000000000015")).value()->price.fen() == 15900);
    CHECK_FALSE(items.skuByBarcode(QStringLiteral("6900000000000")).value().has_value());

    core::StockLedger ledger(shop.db());
    REQUIRE(ledger.book({ 0, (*ref)->sku.id, core::codes::kMoveReceive, 8, {}, {}, {}, {}, std::nullopt }).ok());
    auto overview = items.overview();
    REQUIRE(overview.ok());
    REQUIRE(overview->size() == 1);
    CHECK(overview->first().skuCount == 2);
    CHECK(overview->first().onHand == 8);
    CHECK(overview->first().item.mainPush);
}

TEST_CASE("orders show their buyer and goods line")
{
    test::TestShop shop;
    core::ItemRepository items(shop.db());
    REQUIRE(
        items
            .addItem({ 0, QStringLiteral("TX-2001"), QString::fromUtf8("纯棉 短袖 T恤") },
                { { 0, 0, QString::fromUtf8("白色"), QStringLiteral("M"), QStringLiteral("2000000000015"), {}, {} } })
            .ok());
    const qint64 sku = items.skuByBarcode(QStringLiteral("2000000000015")).value()->sku.id;
    core::BuyerRepository buyers(shop.db());
    auto buyer = buyers.ensure({ 0, QString::fromUtf8("小鱼儿2018") });
    REQUIRE(buyer.ok());
    CHECK(*buyers.ensure({ 0, QString::fromUtf8("小鱼儿2018") }) == *buyer); // same buyer, no duplicate

    core::Order o;
    o.orderNo = QStringLiteral("3261124000000001");
    o.buyerId = *buyer;
    o.status = core::codes::kOrderPaid;
    o.receiverName = QString::fromUtf8("张伟");
    o.total = core::Money::fromYuan(78);
    o.lines = { { 0, 0, sku, QString::fromUtf8("纯棉 短袖 T恤"), {}, QStringLiteral("TX-2001"), 2,
        core::Money::fromYuan(39) } };
    core::OrderRepository orders(shop.db());
    REQUIRE(orders.addOrder(o).ok());
    CHECK_FALSE(orders.addOrder(o).ok()); // the same order number again

    auto rows = orders.overview();
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().buyerNick == QString::fromUtf8("小鱼儿2018"));
    CHECK(rows->first().units == 2);
    CHECK(rows->first().goods == QString::fromUtf8("TX-2001/白色/M×2"));
    auto stored = orders.orderByNumber(QStringLiteral("3261124000000001"));
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->lines.size() == 1);
    CHECK((*stored)->total.fen() == 7800);
}

TEST_CASE("shop settings are stored and replaced")
{
    test::TestShop shop;
    core::ShopSettings settings(shop.db());
    CHECK(settings.value(core::ShopSettings::kShopName).isEmpty());
    // A typed setting gives its one declared default until the shop stores a value that reads as one.
    const core::Setting<int> slots { QStringLiteral("test.slots"), 10 };
    CHECK(settings.get(slots) == 10);
    REQUIRE(settings.setValue(slots, QStringLiteral("twelve")).ok());
    CHECK(settings.get(slots) == 10);
    REQUIRE(settings.set(slots, 12).ok());
    CHECK(settings.get(slots) == 12);
    const core::Setting<QStringList> provinces { QStringLiteral("test.provinces"), { QStringLiteral("A") } };
    REQUIRE(settings.set(provinces, QStringList { QString::fromUtf8("新疆"), QString::fromUtf8("西藏") }).ok());
    CHECK(settings.value(provinces) == QString::fromUtf8("新疆,西藏"));
    CHECK(settings.get(provinces) == QStringList { QString::fromUtf8("新疆"), QString::fromUtf8("西藏") });
    const core::Setting<bool> mask { QStringLiteral("test.mask"), true };
    CHECK(settings.get(mask));
    REQUIRE(settings.set(mask, false).ok());
    CHECK_FALSE(settings.get(mask));
    REQUIRE(settings.setValue(core::ShopSettings::kShopName, QString::fromUtf8("衣橱小铺")).ok());
    REQUIRE(settings.setValue(core::ShopSettings::kShopName, QString::fromUtf8("衣橱小铺2")).ok());
    CHECK(settings.value(core::ShopSettings::kShopName) == QString::fromUtf8("衣橱小铺2"));
}

TEST_CASE("the promotion calendar holds the platforms' dates and the store's own, a week's notice each")
{
    core::Promotion anniversary;
    anniversary.day = QDate(2026, 9, 9);
    anniversary.name = QString::fromUtf8("店庆");
    core::Promotion nextYear;
    nextYear.day = QDate(2027, 1, 9);
    nextYear.name = QString::fromUtf8("年货节");
    const QList<core::Promotion> cal = core::PromotionRepository::merge(2026, { anniversary, nextYear });
    REQUIRE(cal.size() == 7);
    QList<QDate> days;
    for (const core::Promotion &p : cal)
        days << p.day;
    CHECK(days
        == QList<QDate> { QDate(2026, 1, 1), QDate(2026, 2, 14), QDate(2026, 5, 20), QDate(2026, 6, 18),
            QDate(2026, 9, 9), QDate(2026, 11, 11), QDate(2026, 12, 12) });
    CHECK(cal[4].own);
    CHECK(cal[4].name == QString::fromUtf8("店庆"));
    CHECK(cal[4].prepareBy == QDate(2026, 9, 2));
    CHECK_FALSE(cal[5].own);
    CHECK(cal[5].name == QStringLiteral("Double 11"));
    CHECK(cal[5].prepareBy == QDate(2026, 11, 4));
}

TEST_CASE("the store's own promotion dates are kept in the shop file, once each, and read by year or by span")
{
    test::TestShop shop;
    core::PromotionRepository repo(shop.db());
    REQUIRE(repo.add(QDate(2027, 9, 9), QString::fromUtf8(" 店庆 ")).ok());
    // Once only, and said so: undoing an add that added nothing must not delete the date.
    const core::Status again = repo.add(QDate(2027, 9, 9), QString::fromUtf8("店庆"));
    CHECK(again.errorMessage() == QString::fromUtf8("店庆 is already on the calendar on 2027-09-09."));
    REQUIRE(repo.add(QDate(2028, 1, 9), QString::fromUtf8("年货节")).ok());
    const core::Status noName = repo.add(QDate(2027, 10, 1), QStringLiteral("  "));
    CHECK(noName.errorMessage() == QStringLiteral("A promotion needs a date and a name."));
    CHECK(test::scalar(shop.db(), QStringLiteral("SELECT count(*) FROM kpi_promotions")).toInt() == 2);

    auto own = repo.own(QDate(2027, 1, 1), QDate(2027, 12, 31));
    REQUIRE(own.ok());
    REQUIRE(own->size() == 1);
    CHECK(own->at(0).name == QString::fromUtf8("店庆"));
    CHECK(own->at(0).own);
    CHECK(own->at(0).prepareBy == QDate(2027, 9, 2));

    auto year = repo.calendar(2027);
    REQUIRE(year.ok());
    REQUIRE(year->size() == 7); // six platform dates and the anniversary; 年货节 is next year's
    CHECK(year->at(4).day == QDate(2027, 9, 9));

    // Across the new year: Double 12, New Year's Day and the store's 年货节, soonest first.
    auto span = repo.between(QDate(2027, 12, 1), QDate(2028, 1, 9));
    REQUIRE(span.ok());
    REQUIRE(span->size() == 3);
    CHECK(span->at(0).name == QStringLiteral("Double 12"));
    CHECK(span->at(1).day == QDate(2028, 1, 1));
    CHECK(span->at(2).name == QString::fromUtf8("年货节"));
    CHECK(span->at(2).own);

    REQUIRE(repo.remove(QDate(2028, 1, 9), QString::fromUtf8("年货节")).ok());
    auto after = repo.between(QDate(2027, 12, 1), QDate(2028, 1, 9));
    REQUIRE(after.ok());
    CHECK(after->size() == 2);
}
