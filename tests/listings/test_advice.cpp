// The advice list and the Pareto view: each advice with its reason.

#include "Advice.h"
#include "ListingsReports.h"
#include "ListingsRepository.h"
#include "TestShop.h"

#include <shopdesk/core/Ean13.h>
#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/StockLedger.h>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using listings::AdviceItem;
using listings::AdviceRow;

namespace {
const QDate kToday(2026, 11, 25);

AdviceItem item(const QString &code, qint64 onHand, std::optional<QDate> lastSale, bool main = false)
{
    AdviceItem a;
    a.item.id = qHash(code);
    a.item.code = code;
    a.item.mainPush = main;
    a.onHand = onHand;
    a.skusInStock = onHand > 0 ? 1 : 0;
    a.lastSale = lastSale;
    return a;
}

bool advised(const QList<AdviceRow> &rows, const QString &code, AdviceRow::Kind kind, AdviceRow::Reason reason)
{
    for (const AdviceRow &r : rows)
        if (r.item.code == code && r.kind == kind && r.reason == reason)
            return true;
    return false;
}
} // namespace

TEST_CASE("an out-of-stock item is advised off shelf, and so are unsold and out-of-season ones")
{
    listings::AdviceOptions o;
    o.today = kToday;
    AdviceItem empty = item(QStringLiteral("NZK-1001"), 0, kToday.addDays(-2));
    AdviceItem stale = item(QStringLiteral("TX-2001"), 12, kToday.addDays(-31));
    AdviceItem fresh = item(QStringLiteral("TX-2002"), 12, kToday.addDays(-30));
    AdviceItem winter = item(QStringLiteral("WY-3001"), 5, kToday);
    winter.item.outOfSeason = true;
    AdviceItem newcomer = item(QStringLiteral("XZ-4009"), 8, std::nullopt); // listed a week ago, not sold yet
    newcomer.item.listedAt = QDateTime(kToday.addDays(-7), QTime(10, 0));
    AdviceItem neverSold = item(QStringLiteral("XZ-4010"), 8, std::nullopt);
    neverSold.item.listedAt = QDateTime(kToday.addDays(-45), QTime(10, 0));
    AdviceItem offShelf = item(QStringLiteral("XZ-4001"), 0, std::nullopt);
    offShelf.item.onShelf = false;
    const auto rows = listings::Advisor::advise({ empty, stale, fresh, winter, newcomer, neverSold, offShelf }, o);
    using K = AdviceRow::Kind;
    using R = AdviceRow::Reason;
    CHECK(advised(rows, QStringLiteral("NZK-1001"), K::TakeOff, R::NoStock));
    CHECK(advised(rows, QStringLiteral("TX-2001"), K::TakeOff, R::NoSale));
    CHECK_FALSE(advised(rows, QStringLiteral("TX-2002"), K::TakeOff, R::NoSale));
    CHECK(advised(rows, QStringLiteral("WY-3001"), K::TakeOff, R::OutOfSeason));
    CHECK_FALSE(advised(rows, QStringLiteral("XZ-4009"), K::TakeOff, R::NeverSold));
    CHECK(advised(rows, QStringLiteral("XZ-4010"), K::TakeOff, R::NeverSold));
    for (const AdviceRow &r : rows)
        CHECK(r.item.code != QStringLiteral("XZ-4001")); // already off shelf
    for (const AdviceRow &r : rows)
        CHECK_FALSE(r.detail.isEmpty());
}

TEST_CASE("showcase slots go to main items in stock nearest the end of their cycle; reorder below minimum")
{
    listings::AdviceOptions o;
    o.today = kToday;
    o.showcaseSlots = 2;
    const QDateTime now(kToday, QTime(8, 0));
    AdviceItem a = item(QStringLiteral("A"), 40, kToday, true), b = item(QStringLiteral("B"), 10, kToday, true),
               c = item(QStringLiteral("C"), 50, kToday, true), d = item(QStringLiteral("D"), 0, kToday, true),
               e = item(QStringLiteral("E"), 5, kToday, false);
    a.cycleEnd = now.addDays(3);
    b.cycleEnd = now.addSecs(3600);
    c.cycleEnd = now.addDays(1);
    d.cycleEnd = now.addSecs(60); // nearest, but out of stock
    e.cycleEnd = now.addSecs(120); // not a main item
    c.item.minStock = 60;
    const auto rows = listings::Advisor::advise({ a, b, c, d, e }, o);
    QStringList showcase, reorder;
    for (const AdviceRow &r : rows) {
        if (r.kind == AdviceRow::Kind::Showcase)
            showcase << r.item.code;
        if (r.kind == AdviceRow::Kind::Reorder)
            reorder << r.item.code;
    }
    CHECK(showcase == QStringList { QStringLiteral("B"), QStringLiteral("C") });
    // Default minimum 30 for main items; C keeps its own minimum of 60.
    CHECK(reorder == QStringList { QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D") });
}

TEST_CASE("the Pareto view ranks items by sales and marks those carrying 80%")
{
    using core::Money;
    using listings::ItemSales;
    const auto rows = core::pareto(
        { { QStringLiteral("C"), {}, Money::fromYuan(50), 1, 1 },
            { QStringLiteral("A"), {}, Money::fromYuan(600), 6, 2 },
            { QStringLiteral("B"), {}, Money::fromYuan(250), 2, 3 },
            { QStringLiteral("D"), {}, Money::fromYuan(100), 1, 4 },
            { QStringLiteral("E"), {}, Money::fromYuan(0), 0,
                5 } }).rows;
    REQUIRE(rows.size() == 5);
    CHECK(rows[0].item.code == QStringLiteral("A"));
    CHECK(rows[0].rank == 1);
    CHECK(rows[1].item.code == QStringLiteral("B"));
    // A (60%) + B (25%) reach 85%: they carry 80% of sales.
    CHECK(rows[0].head);
    CHECK(rows[1].head);
    CHECK_FALSE(rows[2].head);
    CHECK(std::abs(rows[1].cumulative - 0.85) < 1e-9);
    CHECK(rows[4].item.code == QStringLiteral("E"));
    CHECK_FALSE(rows[4].head);
}

TEST_CASE("advice and sales come from the ledger and the order lines")
{
    test::TestShop shop;
    core::ItemRepository items(shop.db());
    core::Item jeans;
    jeans.code = QStringLiteral("NZK-1001");
    jeans.title = QString::fromUtf8("牛仔裤 男 修身");
    jeans.mainPush = true;
    auto jid = items.addItem(jeans,
        { { 0, 0, QString::fromUtf8("蓝色"), QStringLiteral("30"), QStringLiteral("2000000000015"), {}, {} },
            { 0, 0, QString::fromUtf8("蓝色"), QStringLiteral("31"), QStringLiteral("2000000000022"), {}, {} } });
    REQUIRE(jid.ok());
    core::Item tee;
    tee.code = QStringLiteral("TX-2001");
    tee.title = QString::fromUtf8("纯棉 短袖 T恤");
    REQUIRE(
        items
            .addItem(tee,
                { { 0, 0, QString::fromUtf8("白色"), QStringLiteral("M"), QStringLiteral("2000000000039"), {}, {} } })
            .ok());
    const qint64 sku = items.skuByBarcode(QStringLiteral("2000000000015")).value()->sku.id;
    REQUIRE(
        core::StockLedger(shop.db()).book({ 0, sku, core::codes::kMoveReceive, 3, {}, {}, {}, {}, std::nullopt }).ok());
    core::Order order;
    order.orderNo = QStringLiteral("T1");
    order.createdAt = order.paidAt = QDateTime(kToday.addDays(-3), QTime(10, 0));
    order.lines = { { 0, 0, sku, {}, {}, {}, 2, core::Money::fromYuan(129) } };
    REQUIRE(core::OrderRepository(shop.db()).addOrder(order).ok());

    listings::ListingsRepository repo(shop.db());
    auto adviceItems = repo.adviceItems();
    REQUIRE(adviceItems.ok());
    REQUIRE(adviceItems->size() == 2);
    const AdviceItem &j = adviceItems->at(0);
    CHECK(j.item.code == QStringLiteral("NZK-1001"));
    CHECK(j.onHand == 3);
    CHECK(j.skusInStock == 1);
    REQUIRE(j.lastSale.has_value());
    CHECK(*j.lastSale == kToday.addDays(-3));
    listings::AdviceOptions o;
    o.today = kToday;
    const auto rows = listings::Advisor::advise(*adviceItems, o);
    CHECK(advised(rows, QStringLiteral("TX-2001"), AdviceRow::Kind::TakeOff, AdviceRow::Reason::NoStock));
    CHECK(advised(rows, QStringLiteral("TX-2001"), AdviceRow::Kind::TakeOff, AdviceRow::Reason::NeverSold));
    CHECK(advised(rows, QStringLiteral("NZK-1001"), AdviceRow::Kind::Reorder, AdviceRow::Reason::BelowMinimum));

    auto sales = core::OrderRepository(shop.db()).itemSales(kToday.addDays(-30), kToday);
    REQUIRE(sales.ok());
    const auto ranked = core::pareto(*sales).rows;
    CHECK(ranked[0].item.code == QStringLiteral("NZK-1001"));
    CHECK(ranked[0].item.sales.fen() == 25800);
    CHECK(ranked[0].item.units == 2);
    CHECK(ranked[1].item.sales.fen() == 0);
    auto outside = core::OrderRepository(shop.db()).itemSales(kToday.addDays(-1), kToday);
    REQUIRE(outside.ok());
    for (const auto &s : *outside)
        CHECK(s.sales.fen() == 0);
}

TEST_CASE("when the peak hours cannot hold every item, the plan says so and the advice still comes")
{
    test::TestShop shop;
    core::ItemRepository items(shop.db());
    for (int i = 1; i <= 8; ++i) {
        core::Item it;
        it.code = QStringLiteral("IT-%1").arg(i);
        it.title = QString::fromUtf8("牛仔裤 男 %1").arg(i);
        it.mainPush = i == 1;
        it.listedAt = QDateTime(kToday.addDays(-3), QTime(10, 0));
        REQUIRE(
            items
                .addItem(it,
                    { { 0, 0, QString::fromUtf8("蓝色"), QStringLiteral("30"), core::ean13::inStore(20, i), {}, {} } })
                .ok());
        const qint64 sku = items.skuByBarcode(core::ean13::inStore(20, i)).value()->sku.id;
        REQUIRE(core::StockLedger(shop.db())
                    .book({ 0, sku, core::codes::kMoveReceive, 40, {}, {}, {}, {}, std::nullopt })
                    .ok());
    }
    REQUIRE(core::ShopSettings(shop.db())
                .setValue(listings::RelistPlanner::kPeakHoursSetting, QStringLiteral("9:00-9:01"))
                .ok());
    const QDateTime now(kToday, QTime(8, 0));
    auto plan = listings::ListingsReports::relistPlan(shop.db(), now);
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.errorMessage().contains(QStringLiteral("7 minutes a week")));
    auto advice = listings::ListingsReports::advice(shop.db(), now);
    REQUIRE(advice.ok());
    bool showcased = false;
    for (const AdviceRow &r : *advice)
        showcased = showcased || (r.kind == AdviceRow::Kind::Showcase && r.item.code == QStringLiteral("IT-1"));
    CHECK(showcased); // its cycle ends 7 days after it was listed
}

TEST_CASE("an item off shelf with stock available goes back on shelf; sold-out sizes of an item on shelf are named")
{
    listings::AdviceOptions o;
    o.today = kToday;
    AdviceItem off = item(QStringLiteral("XZ-4001"), 6, kToday);
    off.item.onShelf = false;
    off.available = 6;
    off.skusAvailable = 2;
    AdviceItem winter = off; // off shelf and out of season: stays off
    winter.item.code = QStringLiteral("WY-3001");
    winter.item.id = qHash(winter.item.code);
    winter.item.outOfSeason = true;
    AdviceItem sold = off; // all of it paid for, nothing available
    sold.item.code = QStringLiteral("XZ-4002");
    sold.item.id = qHash(sold.item.code);
    sold.available = 0;
    sold.skusAvailable = 0;
    AdviceItem broken = item(QStringLiteral("NZK-1001"), 15, kToday);
    broken.available = 14;
    broken.skusAvailable = 2;
    broken.soldOutSizes = { QString::fromUtf8("深蓝/30") };
    const auto rows = listings::Advisor::advise({ off, winter, sold, broken }, o);
    using K = AdviceRow::Kind;
    using R = AdviceRow::Reason;
    CHECK(advised(rows, QStringLiteral("XZ-4001"), K::PutOnShelf, R::OffShelfInStock));
    CHECK_FALSE(advised(rows, QStringLiteral("WY-3001"), K::PutOnShelf, R::OffShelfInStock));
    CHECK_FALSE(advised(rows, QStringLiteral("XZ-4002"), K::PutOnShelf, R::OffShelfInStock));
    CHECK(advised(rows, QStringLiteral("NZK-1001"), K::SoldOutSizes, R::BrokenSizes));
    for (const AdviceRow &r : rows) {
        if (r.kind == K::PutOnShelf)
            CHECK(r.detail == QStringLiteral("Off shelf with 6 available: every item in stock is kept on sale."));
        if (r.kind == K::SoldOutSizes) {
            CHECK(
                r.detail == QString::fromUtf8("Sold out in 深蓝/30: mark them sold out on the platform, or reorder."));
            CHECK(r.available == 14);
        }
    }
}

TEST_CASE("the advice figures per item: on hand, available, sold-out sizes and the last paid sale of any SKU")
{
    test::TestShop shop;
    core::ItemRepository items(shop.db());
    core::Item jeans;
    jeans.code = QStringLiteral("NZK-1001");
    jeans.title = QString::fromUtf8("牛仔裤 男 修身");
    const QString blue = QString::fromUtf8("蓝色");
    REQUIRE(items
                .addItem(jeans,
                    { { 0, 0, blue, QStringLiteral("30"), QStringLiteral("2000000000015"), {}, {} },
                        { 0, 0, blue, QStringLiteral("31"), QStringLiteral("2000000000022"), {}, {} },
                        { 0, 0, blue, QStringLiteral("32"), QStringLiteral("2000000000039"), {}, {} } })
                .ok());
    core::Item old;
    old.code = QStringLiteral("AAA-0001"); // first by code, but archived: not advised on
    old.title = QString::fromUtf8("旧款 卫衣");
    REQUIRE(items.addItem(old, { { 0, 0, blue, QStringLiteral("M"), QStringLiteral("2000000000046"), {}, {} } }).ok());
    auto skuOf = [&](const char *barcode) { return items.skuByBarcode(QString::fromLatin1(barcode)).value()->sku.id; };
    const qint64 s30 = skuOf("2000000000015"), s31 = skuOf("2000000000022"), s46 = skuOf("2000000000046");
    core::StockLedger ledger(shop.db());
    for (auto [sku, n] : { std::pair { s30, 5 }, std::pair { s31, 2 }, std::pair { s46, 9 } })
        REQUIRE(ledger.book({ 0, sku, core::codes::kMoveReceive, n, {}, {}, {}, {}, std::nullopt }).ok());
    core::OrderRepository orders(shop.db());
    // T1 finished 10 days ago (30); T2 paid 4 days ago, not shipped (31: its 2 pieces committed);
    // T3 a day ago but closed (30): no sale, nothing committed; T4 today on the archived item.
    const struct {
        const char *no;
        qint64 sku;
        int days, quantity;
        const char *status;
    } placed[] = { { "T1", s30, 10, 1, "finished" }, { "T2", s31, 4, 2, "paid" }, { "T3", s30, 1, 1, "closed" },
        { "T4", s46, 0, 1, "finished" } };
    for (const auto &p : placed) {
        core::Order order;
        order.orderNo = QString::fromLatin1(p.no);
        order.createdAt = order.paidAt = QDateTime(kToday.addDays(-p.days), QTime(10, 0));
        order.lines = { { 0, 0, p.sku, {}, {}, {}, p.quantity, core::Money::fromYuan(129) } };
        REQUIRE(orders.addOrder(order).ok());
        test::scalar(shop.db(),
            QStringLiteral("UPDATE orders SET status = '%1' WHERE order_no = '%2'")
                .arg(QString::fromLatin1(p.status), QString::fromLatin1(p.no)));
    }
    test::scalar(shop.db(), QStringLiteral("UPDATE items SET archived = 1 WHERE code = 'AAA-0001'"));

    auto adviceItems = listings::ListingsRepository(shop.db()).adviceItems();
    REQUIRE(adviceItems.ok());
    REQUIRE(adviceItems->size() == 1);
    const AdviceItem &j = adviceItems->at(0);
    CHECK(j.item.code == QStringLiteral("NZK-1001"));
    CHECK(j.onHand == 7); // 5 + 2 + 0
    CHECK(j.skusInStock == 2);
    CHECK(j.available == 5); // 5 + (2 − 2) + 0
    CHECK(j.skusAvailable == 1);
    CHECK(j.soldOutSizes == QStringList { QString::fromUtf8("蓝色/31"), QString::fromUtf8("蓝色/32") });
    REQUIRE(j.lastSale.has_value());
    CHECK(*j.lastSale == kToday.addDays(-4)); // T2's, of another SKU than T1's; T3 was closed
}

TEST_CASE("each item's last sale is found whether it sold in the shop's last 30 days of sales or long before")
{
    // The last sales come from the shop's last 30 days of orders first, then item by item for the
    // items not sold in them: each item's date is its latest paid line all the same.
    test::TestShop shop;
    core::ItemRepository items(shop.db());
    const QString black = QString::fromUtf8("黑色");
    const struct {
        const char *code, *barcode1, *barcode2;
    } made[] = { { "WY-3001", "2000000000015", "2000000000022" }, { "WY-3002", "2000000000039", "2000000000046" },
        { "WY-3003", "2000000000053", "2000000000060" }, { "WY-3004", "2000000000077", "2000000000084" } };
    for (const auto &m : made) {
        core::Item item;
        item.code = QString::fromLatin1(m.code);
        item.title = QString::fromUtf8("卫衣 连帽");
        REQUIRE(items
                    .addItem(item,
                        { { 0, 0, black, QStringLiteral("M"), QString::fromLatin1(m.barcode1), {}, {} },
                            { 0, 0, black, QStringLiteral("L"), QString::fromLatin1(m.barcode2), {}, {} } })
                    .ok());
    }
    auto skuOf = [&](const char *barcode) { return items.skuByBarcode(QString::fromLatin1(barcode)).value()->sku.id; };
    core::OrderRepository orders(shop.db());
    // The newest sale is T1 (WY-3001, today). WY-3002 sold 120 and 90 days ago, on two SKUs, and
    // its order of 5 days ago was closed; WY-3003 sold 31 days ago; WY-3004 never sold.
    const struct {
        const char *no, *barcode;
        int days;
        const char *status;
    } placed[] = { { "T1", "2000000000015", 0, "paid" }, { "T2", "2000000000039", 120, "finished" },
        { "T3", "2000000000046", 90, "shipped" }, { "T4", "2000000000039", 5, "closed" },
        { "T5", "2000000000060", 31, "finished" }, { "T6", "2000000000022", 40, "finished" } };
    for (const auto &p : placed) {
        core::Order order;
        order.orderNo = QString::fromLatin1(p.no);
        order.createdAt = order.paidAt = QDateTime(kToday.addDays(-p.days), QTime(9, 30));
        order.lines = { { 0, 0, skuOf(p.barcode), {}, {}, {}, 1, core::Money::fromYuan(99) } };
        REQUIRE(orders.addOrder(order).ok());
        test::scalar(shop.db(),
            QStringLiteral("UPDATE orders SET status = '%1' WHERE order_no = '%2'")
                .arg(QString::fromLatin1(p.status), QString::fromLatin1(p.no)));
    }

    auto adviceItems = listings::ListingsRepository(shop.db()).adviceItems();
    REQUIRE(adviceItems.ok());
    REQUIRE(adviceItems->size() == 4);
    QStringList seen;
    for (const AdviceItem &a : *adviceItems)
        seen << a.item.code + QLatin1Char(' ')
                + (a.lastSale ? a.lastSale->toString(Qt::ISODate) : QStringLiteral("never"));
    CHECK(seen
        == QStringList { QStringLiteral("WY-3001 2026-11-25"), QStringLiteral("WY-3002 2026-08-27"),
            QStringLiteral("WY-3003 2026-10-25"), QStringLiteral("WY-3004 never") });
}
