// The daily report in a shop file: import of the platform's export (GBK and UTF-8), all or
// nothing; figures from the shop's own orders with differences shown; the monthly appraisal sheet.

#include "TestShop.h"

#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/Members.h>
#include <shopdesk/core/Migrator.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/kpi/KpiImport.h>
#include <shopdesk/kpi/KpiReport.h>

#include <QFile>
#include <QStringEncoder>

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using namespace shopdesk::kpi;
using Catch::Approx;
using core::Money;

namespace {
void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray gbk(const QString &text)
{
    QStringEncoder enc("GB18030");
    REQUIRE(enc.isValid());
    return enc.encode(text);
}

const char *kExport = "统计日期,浏览量,访客数,支付金额,支付买家数,支付件数,跳失率,退款纠纷率\r\n"
                      "2026-10-01,\"3,100\",1000,4256.00,38,45,45.20%,0.80%\r\n"
                      "2026/10/2,2800,900,3960.50,36,40,50.10%,1.20%\r\n";

qint64 addOrder(const core::Database &db, const QString &no, const QDateTime &paidAt, qint64 totalYuan, int qty,
    std::optional<qint64> buyer, const QString &status = core::codes::kOrderPaid)
{
    core::Order o;
    o.orderNo = no;
    o.status = status;
    o.buyerId = buyer;
    o.total = Money::fromYuan(totalYuan);
    o.createdAt = paidAt.addSecs(-60);
    if (status != core::codes::kOrderUnpaid)
        o.paidAt = paidAt;
    core::OrderLine l;
    l.title = QStringLiteral("牛仔裤");
    l.merchantCode = no.left(1) == QLatin1String("A") ? QStringLiteral("NZK-1") : QStringLiteral("TX-2");
    l.quantity = qty;
    l.price = Money::fromYuan(totalYuan / qty);
    o.lines << l;
    auto id = core::OrderRepository(db).addOrder(o);
    REQUIRE(id.ok());
    return *id;
}
} // namespace

TEST_CASE("the KPI tables come with the shop's latest schema")
{
    test::TestShop shop;
    CHECK(shop.db().schemaVersion() == core::Migrator::latestVersion());
    // Each table is there, empty, on either engine (a missing table fails the statement).
    for (const char *table : { "kpi_campaign_daily", "kpi_targets", "kpi_promotions" })
        CHECK(test::scalar(shop.db(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table)))
                  .toString()
            == QStringLiteral("0"));
}

TEST_CASE("a GBK daily export is imported by header name, with rates and thousands separators")
{
    test::TestShop shop;
    const QString path = shop.file(QStringLiteral("生意参谋.csv"));
    writeFile(path, gbk(QString::fromUtf8(kExport)));
    auto plan = KpiImport::importFile(shop.db(), path);
    INFO(plan.errorMessage());
    REQUIRE(plan.ok());
    CHECK(plan->encoding == QStringLiteral("GB18030"));
    CHECK(plan->added == 2);
    auto rows = KpiRepository(shop.db()).range();
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    const DailyKpi &a = rows->at(0);
    CHECK(a.day == QDate(2026, 10, 1));
    CHECK(a.pv == 3100);
    CHECK(a.uv == 1000);
    CHECK(a.sales == Money::fromFen(425600));
    CHECK(a.paidBuyers == 38);
    CHECK(a.units == 45);
    CHECK(*a.bounceRate == Approx(0.452));
    CHECK(*a.refundDisputeRate == Approx(0.008));
    CHECK(a.conversion() == Approx(0.038));
    CHECK(a.averageOrderValue() == Money::fromYuan(112));
    CHECK(rows->at(1).day == QDate(2026, 10, 2));
    CHECK(rows->at(1).sales == Money::fromFen(396050));
}

TEST_CASE("title lines above the export's header are skipped, and messages keep the file's line numbers")
{
    test::TestShop shop;
    const QString path = shop.file(QStringLiteral("生意参谋-店铺整体.csv"));
    writeFile(path,
        gbk(QString::fromUtf8("生意参谋 店铺整体数据\r\n"
                              "统计时间：2026-10-01 ~ 2026-10-02\r\n"
                              "\r\n")
            + QString::fromUtf8(kExport)));
    auto plan = KpiImport::importFile(shop.db(), path);
    INFO(plan.errorMessage());
    REQUIRE(plan.ok());
    CHECK(plan->rows.size() == 2);
    CHECK(plan->rows.first().pv == 3100);

    writeFile(path,
        gbk(QString::fromUtf8("生意参谋 店铺整体数据\r\n"
                              "统计日期,访客数,支付金额,支付买家数\r\n"
                              "2026-10-03,1000,4256.00,38\r\n"
                              "2026-10-04,1000,-5,38\r\n")));
    auto bad = KpiImport::importFile(shop.db(), path);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.errorMessage().contains(QStringLiteral("line 4"))); // the fourth line of the file
    CHECK(bad.errorMessage().contains(QString::fromUtf8("支付金额")));
    CHECK(KpiRepository(shop.db()).range()->size() == 2);
}

TEST_CASE("a re-import replaces the day's figures and keeps those the file does not carry")
{
    test::TestShop shop;
    KpiRepository repo(shop.db());
    DailyKpi old;
    old.day = QDate(2026, 10, 1);
    old.uv = 10;
    old.dsr = 4.7;
    old.goodRatingRate = 0.99;
    REQUIRE(repo.save(old).ok());
    const QString path = shop.file(QStringLiteral("utf8.csv"));
    writeFile(path, QByteArray("\xEF\xBB\xBF") + QByteArray(kExport));
    auto plan = KpiImport::importFile(shop.db(), path);
    REQUIRE(plan.ok());
    CHECK(plan->encoding == QStringLiteral("UTF-8"));
    CHECK(plan->added == 1);
    CHECK(plan->replaced == 1);
    REQUIRE(plan->previous.size() == 2);
    CHECK(plan->previous[0].second->uv == 10);
    CHECK_FALSE(plan->previous[1].second.has_value());
    auto day = repo.dayRow(QDate(2026, 10, 1));
    REQUIRE(day.ok());
    CHECK((*day)->uv == 1000);
    CHECK(*(*day)->dsr == Approx(4.7));
    CHECK(*(*day)->goodRatingRate == Approx(0.99));
    // Undo puts the days back as they were.
    REQUIRE(repo.restore(plan->previous).ok());
    CHECK(repo.range()->size() == 1);
    CHECK((*repo.dayRow(QDate(2026, 10, 1)))->uv == 10);
}

TEST_CASE("a bad field stops the whole import with file, line and field, and writes nothing")
{
    test::TestShop shop;
    const QString path = shop.file(QStringLiteral("bad.csv"));
    writeFile(path,
        gbk(QString::fromUtf8("统计日期,浏览量,访客数,支付金额,支付买家数\r\n"
                              "2026-10-01,3100,1000,4256.00,38\r\n"
                              "2026-10-02,2800,九百,3960.50,36\r\n")));
    auto plan = KpiImport::importFile(shop.db(), path);
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.errorMessage().contains(QStringLiteral("bad.csv")));
    CHECK(plan.errorMessage().contains(QStringLiteral("line 3")));
    CHECK(plan.errorMessage().contains(QString::fromUtf8("访客数")));
    CHECK(plan.errorMessage().contains(QString::fromUtf8("九百")));
    CHECK(KpiRepository(shop.db()).range()->isEmpty());

    writeFile(path, QByteArray("统计日期,访客数,支付金额\r\n2026-10-01,1000,4256.00\r\n"));
    auto missing = KpiImport::importFile(shop.db(), path);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errorMessage().contains(QString::fromUtf8("支付买家数")));

    writeFile(path,
        QByteArray("统计日期,访客数,支付金额,支付买家数\r\n2026-10-01,1000,4256,38\r\n2026-10-01,1000,4256,38\r\n"));
    auto twice = KpiImport::importFile(shop.db(), path);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.errorMessage().contains(QStringLiteral("2026-10-01")));
    CHECK(KpiRepository(shop.db()).range()->isEmpty());
}

TEST_CASE("sales, units and buyers computed from the shop's orders, with the difference from the imported figure")
{
    test::TestShop shop;
    auto buyer1 = core::BuyerRepository(shop.db()).ensure({ 0, QStringLiteral("小王"), {}, {}, {} });
    auto buyer2 = core::BuyerRepository(shop.db()).ensure({ 0, QStringLiteral("小李"), {}, {}, {} });
    REQUIRE(buyer1.ok());
    REQUIRE(buyer2.ok());
    const QDateTime d1(QDate(2026, 10, 1), QTime(10, 0));
    addOrder(shop.db(), QStringLiteral("A1"), d1, 200, 2, *buyer1);
    addOrder(shop.db(), QStringLiteral("A2"), d1.addSecs(3600), 100, 1, *buyer1); // same buyer again
    addOrder(shop.db(), QStringLiteral("B1"), d1.addSecs(7200), 50, 1, *buyer2);
    addOrder(shop.db(), QStringLiteral("B2"), d1.addDays(1), 60, 1, *buyer2, core::codes::kOrderFinished);
    addOrder(shop.db(), QStringLiteral("B3"), d1.addDays(1), 999, 1, *buyer2, core::codes::kOrderUnpaid);
    addOrder(shop.db(), QStringLiteral("B4"), d1.addDays(1), 999, 1, *buyer2, core::codes::kOrderClosed);

    KpiRepository repo(shop.db());
    DailyKpi k1;
    k1.day = QDate(2026, 10, 1);
    k1.uv = 100;
    k1.pv = 300;
    k1.sales = Money::fromYuan(350);
    k1.units = 4;
    k1.paidBuyers = 2;
    DailyKpi k2 = k1;
    k2.day = QDate(2026, 10, 2);
    k2.sales = Money::fromYuan(70); // the platform says ¥70, the orders ¥60
    k2.units = 1;
    k2.paidBuyers = 1;
    REQUIRE(repo.saveAll({ k1, k2 }).ok());

    auto report = buildMonthReport(shop.db(), 2026, 10);
    INFO(report.errorMessage());
    REQUIRE(report.ok());
    REQUIRE(report->orderDays.size() == 2);
    CHECK(report->orderDays[0].sales == Money::fromYuan(350));
    CHECK(report->orderDays[0].units == 4);
    CHECK(report->orderDays[0].buyers == 2);
    CHECK(report->orderDays[0].orders == 3);
    CHECK(report->orderDays[1].sales == Money::fromYuan(60)); // unpaid and closed orders do not count
    REQUIRE(report->checks.size() == 2);
    CHECK_FALSE(report->checks[0].differs());
    CHECK(report->checks[1].differs());
    CHECK(report->checks[1].reportedSales - report->checks[1].orderSales == Money::fromYuan(10));
    CHECK(report->orderTotals.sales == Money::fromYuan(410));

    // The 80/20 view from the order lines: NZK-1 ¥300, TX-2 ¥110.
    REQUIRE(report->items.rows.size() == 2);
    CHECK(report->items.rows[0].item.code == QStringLiteral("NZK-1"));
    CHECK(report->items.rows[0].item.sales == Money::fromYuan(300));
    CHECK(report->items.rows[0].item.units == 3);
    CHECK(report->items.headCount == 2); // ¥300 of ¥410 is 73%: both items make the first 80%

    // The daily view's report leaves the ranking out, and nothing else.
    auto daily
        = buildReport(shop.db(), QDate(2026, 10, 1), QDate(2026, 10, 31), QStringLiteral("2026-10"), ItemRanking::Left);
    REQUIRE(daily.ok());
    CHECK(daily->items.rows.isEmpty());
    CHECK(daily->orderTotals.sales == Money::fromYuan(410));
    REQUIRE(daily->checks.size() == 2);
    CHECK(daily->checks[1].reportedSales - daily->checks[1].orderSales == Money::fromYuan(10));
    CHECK(daily->margin == report->margin);
}

TEST_CASE("the month report sums in SQL what the daily rows hold, with campaigns' ROI and traffic value")
{
    test::TestShop shop;
    KpiRepository repo(shop.db());
    QList<DailyKpi> rows;
    for (int i = 0; i < 31; ++i) {
        DailyKpi k;
        k.day = QDate(2026, 10, 1).addDays(i);
        k.pv = 3000;
        k.uv = 1000;
        k.paidUv = 400;
        k.sales = Money::fromYuan(4256);
        k.paidBuyers = 38;
        k.units = 40;
        k.dsr = i < 30 ? 4.8 : 4.1;
        rows << k;
    }
    DailyKpi outside = rows.first();
    outside.day = QDate(2026, 11, 1);
    rows << outside;
    REQUIRE(repo.saveAll(rows).ok());
    REQUIRE(repo.saveCampaign({ QDate(2026, 10, 3), QStringLiteral("直通车-牛仔裤"), QStringLiteral("ztc"),
                                  Money::fromYuan(500), 300, Money::fromYuan(1500) })
                .ok());
    REQUIRE(repo.saveCampaign({ QDate(2026, 10, 4), QStringLiteral("直通车-牛仔裤"), QStringLiteral("ztc"),
                                  Money::fromYuan(500), 300, Money::fromYuan(2500) })
                .ok());
    REQUIRE(repo.saveCampaign({ QDate(2026, 10, 4), QStringLiteral("淘宝客"), QStringLiteral("taobaoke"),
                                  Money::fromYuan(100), 50, Money::fromYuan(100) })
                .ok());
    REQUIRE(core::ShopSettings(shop.db()).setValue(kMarginSetting, QStringLiteral("0.21")).ok());

    auto r = buildMonthReport(shop.db(), 2026, 10);
    REQUIRE(r.ok());
    CHECK(r->totals.days == 31);
    CHECK(r->totals.uv == 31000);
    CHECK(r->totals.sales == Money::fromYuan(4256 * 31));
    CHECK(r->totals.conversion() == Approx(0.038));
    CHECK(r->totals.aov() == Money::fromYuan(112));
    CHECK(*r->totals.dsr == Approx((4.8 * 30 + 4.1) / 31));
    CHECK(r->paid.actual == Approx(0.4));
    CHECK(r->paid.guide == Approx(0.4)); // 1000 UV a day
    CHECK(r->trafficValue == Approx(0.038 * 112 * 0.21));
    REQUIRE(r->campaigns.size() == 2);
    CHECK(r->campaigns[1].campaign == QStringLiteral("直通车-牛仔裤"));
    CHECK(roi(r->campaigns[1].sales, r->campaigns[1].spend) == Approx(4.0));
    CHECK(r->adSpend == Money::fromYuan(1100));
    CHECK(r->health[0].red);
    CHECK(r->health[0].since == QDate(2026, 10, 31));

    // The appraisal sheet: a line per day, the sum and the daily average.
    const QList<QStringList> text = r->sheetText();
    REQUIRE(text.size() == 33);
    CHECK(text[31][0] == QStringLiteral("Total"));
    CHECK(text[31][2] == QStringLiteral("31000"));
    CHECK(text[31][3] == QStringLiteral("131936.00"));
    CHECK(text[31][6] == QStringLiteral("3.80%"));
    CHECK(text[32][0] == QStringLiteral("Daily average"));
    CHECK(text[32][3] == QStringLiteral("4256.00"));

    const QString xlsx = shop.file(QStringLiteral("考核表.xlsx"));
    const QString csv = shop.file(QStringLiteral("考核表.csv"));
    const QString pdf = shop.file(QStringLiteral("考核表.pdf"));
    REQUIRE(exportSheet(*r, xlsx).ok());
    REQUIRE(exportSheet(*r, csv).ok());
    REQUIRE(exportSheet(*r, pdf).ok());
    CHECK(test::fileBytes(xlsx).startsWith("PK"));
    const QString csvText = QString::fromUtf8(test::fileBytes(csv));
    CHECK(csvText.contains(QStringLiteral("Total,93000,31000,131936.00")));
    CHECK(test::fileBytes(pdf).startsWith("%PDF"));
    CHECK_FALSE(exportSheet(*r, shop.file(QStringLiteral("sheet.doc"))).ok());
}

TEST_CASE("targets are kept per year")
{
    test::TestShop shop;
    KpiRepository repo(shop.db());
    REQUIRE(repo.setTarget({ 2027, 0, {}, Money::fromYuan(3650000) }).ok());
    REQUIRE(repo.setTarget({ 2027, 4, {}, Money::fromYuan(1500000) }).ok());
    REQUIRE(repo.setTarget({ 2027, 0, QStringLiteral("牛仔裤"), Money::fromYuan(1000000) }).ok());
    REQUIRE(repo.setTarget({ 2027, 4, {}, Money() }).ok()); // zero removes
    CHECK_FALSE(repo.setTarget({ 2027, 5, {}, Money::fromYuan(1) }).ok());
    auto t = repo.targets(2027);
    REQUIRE(t.ok());
    REQUIRE(t->size() == 2);
    CHECK(t->at(0).category == QStringLiteral(""));
    CHECK(t->at(1).category == QStringLiteral("牛仔裤"));
}

TEST_CASE("sales per item and per category from order lines matched to SKUs")
{
    test::TestShop shop;
    core::ItemRepository items(shop.db());
    core::Item jeans;
    jeans.code = QStringLiteral("NZK-1001");
    jeans.title = QStringLiteral("直筒牛仔裤");
    jeans.category = QStringLiteral("牛仔裤");
    jeans.price = Money::fromYuan(129);
    core::Sku sku;
    sku.color = QStringLiteral("蓝");
    sku.size = QStringLiteral("28");
    sku.barcode = QStringLiteral("6900000000017");
    REQUIRE(items.addItem(jeans, { sku }).ok());
    auto skus = items.skusOf(items.itemByCode(QStringLiteral("NZK-1001"))->value().id);
    REQUIRE(skus.ok());
    core::Order o;
    o.orderNo = QStringLiteral("X1");
    o.status = core::codes::kOrderShipped;
    o.total = Money::fromYuan(258);
    o.createdAt = QDateTime(QDate(2027, 3, 1), QTime(10, 0));
    o.paidAt = o.createdAt;
    core::OrderLine l;
    l.skuId = skus->first().id;
    l.title = QStringLiteral("直筒牛仔裤");
    l.quantity = 2;
    l.price = Money::fromYuan(129);
    core::OrderLine unmatched;
    unmatched.title = QStringLiteral("赠品袜子");
    unmatched.quantity = 1;
    unmatched.price = Money::fromYuan(5);
    o.lines = { l, unmatched };
    REQUIRE(core::OrderRepository(shop.db()).addOrder(o).ok());

    KpiRepository repo(shop.db());
    auto byItem = core::OrderRepository(shop.db()).itemSales(QDate(2027, 1, 1), QDate(2027, 12, 31));
    REQUIRE(byItem.ok());
    REQUIRE(byItem->size() == 2);
    CHECK(byItem->at(0).code == QStringLiteral("NZK-1001"));
    CHECK(byItem->at(0).title == QStringLiteral("直筒牛仔裤"));
    CHECK(byItem->at(0).sales == Money::fromYuan(258));
    CHECK(byItem->at(1).code == QStringLiteral("赠品袜子")); // no SKU, no merchant code: by title
    auto byCategory = repo.categorySales(QDate(2027, 1, 1), QDate(2027, 12, 31));
    REQUIRE(byCategory.ok());
    CHECK(byCategory->value(QStringLiteral("牛仔裤")) == Money::fromYuan(258));
    CHECK(repo.categorySales(QDate(2027, 3, 2), QDate(2027, 12, 31))->isEmpty());
}

TEST_CASE("repeat buyers per month in one pass: every month of the span, the same figures as month by month")
{
    test::TestShop shop;
    core::BuyerRepository buyers(shop.db());
    auto jia = buyers.ensure({ 0, QStringLiteral("甲"), {}, {}, {} });
    auto yi = buyers.ensure({ 0, QStringLiteral("乙"), {}, {}, {} });
    auto bing = buyers.ensure({ 0, QStringLiteral("丙"), {}, {}, {} });
    auto ding = buyers.ensure({ 0, QStringLiteral("丁"), {}, {}, {} });
    REQUIRE((jia.ok() && yi.ok() && bing.ok() && ding.ok()));
    auto at = [](int month, int day, int hour = 10) { return QDateTime(QDate(2026, month, day), QTime(hour, 0)); };
    addOrder(shop.db(), QStringLiteral("J1"), at(7, 20), 100, 1, *jia); // before the span
    addOrder(shop.db(), QStringLiteral("J2"), at(9, 5), 100, 1, *jia, core::codes::kOrderFinished);
    addOrder(shop.db(), QStringLiteral("Y1"), at(9, 10), 100, 1, *yi);
    addOrder(shop.db(), QStringLiteral("Y2"), at(9, 25), 100, 1, *yi, core::codes::kOrderShipped);
    addOrder(shop.db(), QStringLiteral("Y3"), at(11, 3), 100, 1, *yi);
    addOrder(shop.db(), QStringLiteral("B1"), at(9, 12), 100, 1, *bing, core::codes::kOrderFinished);
    addOrder(shop.db(), QStringLiteral("B2"), at(10, 8), 100, 1, *bing, core::codes::kOrderClosed);
    addOrder(shop.db(), QStringLiteral("B3"), at(11, 9), 100, 1, *bing, core::codes::kOrderUnpaid);
    addOrder(shop.db(), QStringLiteral("D1"), QDateTime(QDate(2026, 11, 30), QTime(23, 59, 59)), 100, 1, *ding);
    addOrder(shop.db(), QStringLiteral("D2"), QDateTime(QDate(2026, 12, 1), QTime(0, 0)), 100, 1, *ding);
    addOrder(shop.db(), QStringLiteral("N1"), at(9, 14), 100, 1, std::nullopt); // no buyer

    const core::MemberRepository members(shop.db());
    auto months = members.repeatByMonth(QDate(2026, 8, 15), QDate(2026, 11, 20));
    REQUIRE(months.ok());
    REQUIRE(months->size() == 4);
    // August: nobody; September: 甲 (paid in July), 乙 (twice), 丙 (once); October: 丙's order was
    // closed; November: 乙 (paid before), 丁 (the December order comes after), 丙's is unpaid.
    const QList<std::tuple<QDate, QDate, qint64, qint64>> expected {
        { QDate(2026, 8, 1), QDate(2026, 8, 31), 0, 0 },
        { QDate(2026, 9, 1), QDate(2026, 9, 30), 3, 2 },
        { QDate(2026, 10, 1), QDate(2026, 10, 31), 0, 0 },
        { QDate(2026, 11, 1), QDate(2026, 11, 30), 2, 1 },
    };
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const auto &[first, last, buyerCount, repeatCount] = expected.at(i);
        const core::RepeatFigures &m = months->at(i);
        CHECK(m.first == first);
        CHECK(m.last == last);
        CHECK(m.buyers == buyerCount);
        CHECK(m.repeatBuyers == repeatCount);
        auto alone = members.repeatIn(first, last);
        REQUIRE(alone.ok());
        CHECK((alone->buyers == m.buyers && alone->repeatBuyers == m.repeatBuyers));
    }
    CHECK(months->at(1).rate() == 2.0 / 3.0);
    CHECK(members.repeatByMonth(QDate(2026, 11, 20), QDate(2026, 10, 31))->isEmpty());
    CHECK(members.repeatByMonth(QDate(2026, 11, 20), QDate(2026, 11, 1))->size() == 1);
}

TEST_CASE("repeat buyers' months are kept once worked out; an order added or closed brings its month and the later "
          "ones up to date")
{
    test::TestShop shop;
    core::BuyerRepository buyers(shop.db());
    auto jia = buyers.ensure({ 0, QStringLiteral("甲"), {}, {}, {} });
    auto yi = buyers.ensure({ 0, QStringLiteral("乙"), {}, {}, {} });
    auto ding = buyers.ensure({ 0, QStringLiteral("丁"), {}, {}, {} });
    REQUIRE((jia.ok() && yi.ok() && ding.ok()));
    auto at = [](int month, int day) { return QDateTime(QDate(2026, month, day), QTime(10, 0)); };
    addOrder(shop.db(), QStringLiteral("J1"), at(7, 20), 100, 1, *jia);
    addOrder(shop.db(), QStringLiteral("J2"), at(9, 5), 100, 1, *jia, core::codes::kOrderFinished);
    addOrder(shop.db(), QStringLiteral("Y1"), at(9, 10), 100, 1, *yi);
    const qint64 y2 = addOrder(shop.db(), QStringLiteral("Y2"), at(9, 25), 100, 1, *yi);
    addOrder(shop.db(), QStringLiteral("Y3"), at(11, 3), 100, 1, *yi);
    addOrder(shop.db(), QStringLiteral("D1"), at(11, 30), 100, 1, *ding);

    const core::MemberRepository members(shop.db());
    auto shown = [&] {
        auto months = members.repeatByMonth(QDate(2026, 8, 1), QDate(2026, 11, 1));
        REQUIRE(months.ok());
        QStringList out;
        for (const core::RepeatFigures &m : *months) {
            auto alone = members.repeatIn(m.first, m.last); // never kept: worked out from the orders
            REQUIRE(alone.ok());
            CHECK((alone->buyers == m.buyers && alone->repeatBuyers == m.repeatBuyers));
            out << QStringLiteral("%1:%2:%3")
                       .arg(m.first.toString(QStringLiteral("yyyy-MM")))
                       .arg(m.buyers)
                       .arg(m.repeatBuyers);
        }
        return out.join(QLatin1Char(','));
    };
    auto kept = [&] {
        return test::scalar(shop.db(),
            QStringLiteral("SELECT coalesce(group_concat(month || ':' || buyers || ':' || repeat_buyers, ','), '') "
                           "FROM (SELECT month, buyers, repeat_buyers FROM repeat_months ORDER BY month) AS m"))
            .toString();
    };
    auto keep = [&] { REQUIRE(members.keepRepeatMonths(QDate(2026, 8, 1), QDate(2026, 11, 1)).ok()); };

    // September: 甲 (paid in July), 乙 (twice); November: 乙 (paid before), 丁 (first order).
    const QString first = QStringLiteral("2026-08:0:0,2026-09:2:2,2026-10:0:0,2026-11:2:1");
    CHECK(shown() == first);
    CHECK(kept().isEmpty());
    keep();
    CHECK(kept() == first);
    CHECK(shown() == first);

    // An order added in October (here behind the kept months' back, as an import or another PC
    // adds them): October and November are out of date — 丁 now paid before November.
    addOrder(shop.db(), QStringLiteral("D0"), at(10, 8), 100, 1, *ding);
    const QString second = QStringLiteral("2026-08:0:0,2026-09:2:2,2026-10:1:0,2026-11:2:2");
    CHECK(shown() == second);
    CHECK(kept() == first);
    keep();
    CHECK(kept() == second);
    CHECK(
        test::scalar(shop.db(), QStringLiteral("SELECT orders_upto FROM repeat_months_upto WHERE id = 1")).toLongLong()
        == test::scalar(shop.db(), QStringLiteral("SELECT max(id) FROM orders")).toLongLong());

    // The platform closes 乙's second September order: September's and the later months go.
    auto closed = core::OrderRepository(shop.db()).followPlatformStatus(y2, core::codes::kOrderClosed, {}, {});
    REQUIRE(closed.ok());
    REQUIRE(*closed);
    CHECK(kept() == QStringLiteral("2026-08:0:0"));
    const QString third = QStringLiteral("2026-08:0:0,2026-09:2:1,2026-10:1:0,2026-11:2:2");
    CHECK(shown() == third);
    keep();
    CHECK(kept() == third);

    // Shipped in place, an order counts as it did: nothing kept goes.
    auto shipped = core::OrderRepository(shop.db()).followPlatformStatus(
        addOrder(shop.db(), QStringLiteral("Y4"), at(11, 20), 100, 1, *yi), core::codes::kOrderShipped, {}, {});
    REQUIRE(shipped.ok());
    keep();
    CHECK(kept() == QStringLiteral("2026-08:0:0,2026-09:2:1,2026-10:1:0,2026-11:2:2"));
}
