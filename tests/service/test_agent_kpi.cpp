// Agent KPIs and pay, on hand-computed examples.

#include "ServiceFixture.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/service/AgentKpi.h>

#include <QFile>

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using Catch::Approx;
using core::Money;
using service::AgentDay;
using service::AgentKpiRepository;
using test::u8;

TEST_CASE("the month's reply rate, conversion, satisfaction and first response, by hand")
{
    // Day 1: 100 received, 95 answered, 40 paid, 30 good, 20 s average first response.
    // Day 2:  50 received, 50 answered, 20 paid, 15 good, 50 s.
    // Reply rate 145/150 = 0.96667; conversion 60/150 = 0.4; satisfaction 45/150 = 0.3;
    // first response weighted by buyers answered (20×95 + 50×50)/145 = 4400/145 = 30.345 s.
    QList<AgentDay> days = {
        { u8("小美"), QDate(2026, 11, 1), 100, 95, 40, 30, 20, Money::fromYuan(4000) },
        { u8("小美"), QDate(2026, 11, 2), 50, 50, 20, 15, 50, Money::fromYuan(2000) },
        { u8("阿杰"), QDate(2026, 11, 1), 10, 10, 1, 1, 5, Money::fromYuan(100) },
    };
    const auto m = AgentKpiRepository::summarize(u8("小美"), days);
    CHECK(m.days == 2);
    CHECK(m.received == 150);
    CHECK(m.replyRate == Approx(145.0 / 150.0));
    CHECK(m.conversion == Approx(0.4));
    CHECK(m.satisfaction == Approx(0.3));
    CHECK(m.avgFirstResponse == Approx(4400.0 / 145.0));
    CHECK(m.sales == Money::fromYuan(6000));
}

TEST_CASE("the pay sheet: level base + personal commission + team commission + bonus")
{
    test::TestShop shop;
    AgentKpiRepository kpi(shop.db());
    REQUIRE(kpi.saveDay({ u8("小美"), QDate(2026, 11, 3), 100, 95, 40, 30, 20, Money::fromYuan(6000) }).ok());
    REQUIRE(kpi.saveDay({ u8("阿杰"), QDate(2026, 11, 4), 80, 70, 20, 10, 40, Money::fromYuan(4000) }).ok());
    REQUIRE(kpi.saveDay({ u8("阿杰"), QDate(2026, 10, 31), 80, 70, 20, 10, 40, Money::fromYuan(99999) })
                .ok()); // other month
    REQUIRE(kpi.setLevel(u8("小美"), QStringLiteral("senior")).ok());
    CHECK_FALSE(kpi.setLevel(u8("小美"), QStringLiteral("boss")).ok());
    service::PayRates rates;
    rates.levelBase
        = { { QStringLiteral("junior"), Money::fromYuan(2500) }, { QStringLiteral("senior"), Money::fromYuan(3500) } };
    rates.personalRate = 0.01; // 1 % of own sales
    rates.teamRate = 0.005; // 0.5 % of team sales, shared by the 2 agents
    REQUIRE(kpi.setRates(rates).ok());
    REQUIRE(kpi.setBonus(u8("小美"), QStringLiteral("2026-11"), Money::fromYuan(200)).ok());

    // Team sales 10,000 ¥ × 0.5 % = 50 ¥, 25 ¥ each.
    // 小美: 3500 + 60 + 25 + 200 = 3785 ¥.  阿杰 (junior by default): 2500 + 40 + 25 + 0 = 2565 ¥.
    auto sheet = kpi.paySheet(QDate(2026, 11, 15));
    REQUIRE(sheet.ok());
    REQUIRE(sheet->size() == 2);
    QHash<QString, service::PayLine> by;
    for (const auto &p : *sheet)
        by.insert(p.agent, p);
    CHECK(by[u8("小美")].base == Money::fromYuan(3500));
    CHECK(by[u8("小美")].personal == Money::fromYuan(60));
    CHECK(by[u8("小美")].team == Money::fromYuan(25));
    CHECK(by[u8("小美")].bonus == Money::fromYuan(200));
    CHECK(by[u8("小美")].total() == Money::fromYuan(3785));
    CHECK(by[u8("阿杰")].level == QStringLiteral("junior"));
    CHECK(by[u8("阿杰")].total() == Money::fromYuan(2565));
}

TEST_CASE("agent days import from CSV in one go; a bad row names file, line and field and writes nothing")
{
    test::TestShop shop;
    AgentKpiRepository kpi(shop.db());
    const QString good = shop.file(QStringLiteral("kpi.csv"));
    REQUIRE(core::writeCsv(good,
        { u8("客服"), u8("日期"), u8("接待人数"), u8("回复人数"), u8("询单付款人数"), u8("好评数"), u8("首次响应秒"),
            u8("销售额") },
        { { u8("小美"), QStringLiteral("2026/11/3"), QStringLiteral("100"), QStringLiteral("95"), QStringLiteral("40"),
              QStringLiteral("30"), QStringLiteral("20"), QStringLiteral("6000.50") },
            { u8("阿杰"), QStringLiteral("2026-11-04"), QStringLiteral("80"), QStringLiteral("70"),
                QStringLiteral("20"), QStringLiteral("10"), QStringLiteral("40"), QString() } })
                .ok());
    auto n = kpi.importCsv(good);
    INFO(n.errorMessage());
    REQUIRE(n.ok());
    CHECK(*n == 2);
    CHECK(kpi.month(QDate(2026, 11, 1))->size() == 2);

    const QString bad = shop.file(QStringLiteral("bad.csv"));
    REQUIRE(core::writeCsv(bad,
        { u8("客服"), u8("日期"), u8("接待人数"), u8("回复人数"), u8("询单付款人数"), u8("好评数"), u8("首次响应秒") },
        { { u8("小丽"), QStringLiteral("2026-11-05"), QStringLiteral("10"), QStringLiteral("9"), QStringLiteral("1"),
              QStringLiteral("1"), QStringLiteral("9") },
            { u8("小丽"), QStringLiteral("2026-11-06"), QStringLiteral("ten"), QStringLiteral("9"), QStringLiteral("1"),
                QStringLiteral("1"), QStringLiteral("9") } })
                .ok());
    auto refused = kpi.importCsv(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(QStringLiteral("bad.csv")));
    CHECK(refused.errorMessage().contains(QStringLiteral("3")));
    CHECK(refused.errorMessage().contains(u8("接待人数")));
    CHECK(kpi.month(QDate(2026, 11, 1))->size() == 2); // 小丽's good first row was not written either
}

TEST_CASE("the pay sheet exports as CSV (BOM, amounts in yuan) and xlsx")
{
    test::TestShop shop;
    QList<service::PayLine> lines = { { u8("小美"), QStringLiteral("senior"), Money::fromYuan(3500),
        Money::fromYuan(60), Money::fromFen(2550), Money::fromYuan(200) } };
    const QString csv = shop.file(QStringLiteral("pay.csv"));
    REQUIRE(AgentKpiRepository::exportPaySheet(csv, QStringLiteral("2026-11"), lines).ok());
    auto read = core::CsvFile::read(csv);
    REQUIRE(read.ok());
    REQUIRE(read->records.size() == 1);
    CHECK(read->header.last() == QStringLiteral("Total"));
    CHECK(read->records.first().fields
        == QStringList { u8("小美"), QStringLiteral("Senior"), QStringLiteral("3500.00"), QStringLiteral("60.00"),
            QStringLiteral("25.50"), QStringLiteral("200.00"), QStringLiteral("3785.50") });
    const QString xlsx = shop.file(QStringLiteral("pay.xlsx"));
    REQUIRE(AgentKpiRepository::exportPaySheet(xlsx, QStringLiteral("2026-11"), lines).ok());
    QFile f(xlsx);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.read(2) == QByteArray("PK"));
}

TEST_CASE("agent days: an impossible date, a cut row and a huge count are refused and nothing is written")
{
    test::TestShop shop;
    AgentKpiRepository kpi(shop.db());
    const QByteArray head = u8("客服,日期,接待人数,回复人数,询单付款人数,好评数,首次响应秒\r\n").toUtf8();
    const struct {
        const char *row;
        const char *message;
    } cases[] = {
        { "小丽,2026-13-04,10,9,1,1,9", "agent.csv, line 2, field 日期: “2026-13-04” is not a date like 2026-11-24" },
        { "小丽,2026-02-30,10,9,1,1,9", "agent.csv, line 2, field 日期: “2026-02-30” is not a date like 2026-11-24" },
        { "小丽,2026-11-05,10,9",
            "agent.csv, line 2: this row has 4 fields, but the header line has 7; the file may be cut short or "
            "damaged." },
        { "小丽,2026-11-05,99999999999,9,1,1,9",
            "agent.csv, line 2, field 接待人数: “99999999999” is not a whole number of 0 or more" },
    };
    for (const auto &c : cases) {
        CAPTURE(c.row);
        const QString path = shop.file(QStringLiteral("agent.csv"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(head + QByteArray(c.row) + "\r\n");
        f.close();
        auto refused = kpi.importCsv(path);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.errorMessage().toStdString() == c.message);
        CHECK(kpi.month(QDate(2026, 11, 1))->isEmpty());
    }
}

TEST_CASE("agents' days import the same from CSV, GBK, UTF-16 text, semicolons and xlsx")
{
    QString reference;
    for (const char *variant : { ".csv", "-gbk.csv", "-utf16.txt", "-semicolon.csv", ".xlsx" }) {
        CAPTURE(variant);
        test::TestShop shop;
        AgentKpiRepository kpi(shop.db());
        auto n = kpi.importCsv(QStringLiteral(SHOPDESK_TEST_DATA_DIR "/formats/agents") + QLatin1String(variant));
        INFO(n.errorMessage());
        REQUIRE(n.ok());
        CHECK(*n == 2);
        const QString stored = test::scalar(shop.db(),
            QStringLiteral("SELECT group_concat(agent || '|' || day || '|' || received || '|' || answered || '|' || "
                           "paid || '|' || good_ratings || '|' || first_response_sec || '|' || sales_fen, ';') "
                           "FROM (SELECT * FROM service_agent_days ORDER BY day) AS days"))
                                   .toString();
        if (reference.isEmpty())
            reference = stored;
        CHECK(stored == reference);
    }
    CHECK(reference == u8("小美|2026-11-03|100|95|40|30|20|600050;阿杰|2026-11-04|80|70|20|10|40|0"));
}
