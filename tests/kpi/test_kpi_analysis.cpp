// The KPI formulas and analyses on hand-computed rows (no shop file needed).

#include "TestShop.h"

#include <shopdesk/kpi/KpiAnalysis.h>

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using namespace shopdesk::kpi;
using Catch::Approx;
using core::Money;

namespace {
DailyKpi day(QDate d, qint64 pv, qint64 uv, qint64 salesYuan, qint64 buyers)
{
    DailyKpi k;
    k.day = d;
    k.pv = pv;
    k.uv = uv;
    k.sales = Money::fromYuan(salesYuan);
    k.paidBuyers = buyers;
    k.units = buyers;
    return k;
}
} // namespace

TEST_CASE("conversion, average order value and visit depth from a hand-computed row")
{
    // 1000 visitors, 3100 page views, 38 paid buyers spending ¥4,256.00.
    const DailyKpi k = day(QDate(2026, 10, 1), 3100, 1000, 4256, 38);
    CHECK(conversionRate(38, 1000) == Approx(0.038));
    CHECK(k.conversion() == Approx(0.038));
    CHECK(averageOrderValue(Money::fromYuan(4256), 38) == Money::fromYuan(112));
    CHECK(averageOrderValue(Money::fromFen(1000), 3) == Money::fromFen(333)); // 3.333… rounds to the fen
    CHECK(visitDepth(3100, 1000) == Approx(3.1));
    // No visitors or buyers: zero, never a division by zero.
    CHECK(conversionRate(5, 0) == 0.0);
    CHECK(averageOrderValue(Money::fromYuan(10), 0) == Money());
    CHECK(visitDepth(10, 0) == 0.0);
}

TEST_CASE("visit depth bands: below 2 poor, 2 to 4 good, above 4 excellent")
{
    CHECK(depthBand(visitDepth(1999, 1000)) == DepthBand::Poor);
    CHECK(depthBand(2.0) == DepthBand::Good);
    CHECK(depthBand(3.1) == DepthBand::Good);
    CHECK(depthBand(4.0) == DepthBand::Good);
    CHECK(depthBand(visitDepth(4001, 1000)) == DepthBand::Excellent);
}

TEST_CASE("traffic value is conversion × AOV × margin: DOMAIN.md's 3.79% × ¥112 × 21% = ¥0.89")
{
    const double v = trafficValue(0.0379, Money::fromYuan(112), 0.21);
    CHECK(v == Approx(0.891408));
    CHECK(QString::number(v, 'f', 2) == QStringLiteral("0.89"));
}

TEST_CASE("paid-traffic share against the guide for the store's size")
{
    CHECK(paidShareGuide(999) == Approx(0.60));
    CHECK(paidShareGuide(1000) == Approx(0.40));
    CHECK(paidShareGuide(2999) == Approx(0.40));
    CHECK(paidShareGuide(3000) == Approx(0.20));
    // 30 days of 800 UV (small store → about 60% paid), 300 of them paid each day: 37.5%, well below.
    PaidShare small = paidShare(30 * 300, 30 * 800, 30);
    CHECK(small.actual == Approx(0.375));
    CHECK(small.guide == Approx(0.60));
    CHECK(small.verdict == -1);
    // 5000 UV a day with 22% paid: near the 20% guide.
    PaidShare big = paidShare(1100, 5000, 1);
    CHECK(big.guide == Approx(0.20));
    CHECK(big.verdict == 0);
    CHECK(paidShare(3000, 5000, 1).verdict == 1);
}

TEST_CASE("ROI per campaign is attributed sales over spend")
{
    CHECK(roi(Money::fromYuan(1500), Money::fromYuan(500)) == Approx(3.0));
    CHECK(roi(Money::fromYuan(1500), Money()) == 0.0);
}

TEST_CASE("November → December (DOMAIN.md): conversion drove the rise; parts plus residual equal the change")
{
    PeriodFigures nov { QStringLiteral("2025-11"), Money::fromYuan(398749), 112730, 0.0273, 113.8 };
    PeriodFigures dec { QStringLiteral("2025-12"), Money::fromYuan(473656), 94375, 0.0379, 112.0 };
    const Decomposition d = decompose(nov, dec);
    REQUIRE(d.valid);
    CHECK(d.driver == Factor::Conversion);
    CHECK(d.changeFen == 7490700); // ¥74,907.00
    // Hand-computed: Ŝ = V·C·A is ¥350,222.80 → ¥400,603.00; L = (Ŝ₁ − Ŝ₀) / ln(Ŝ₁/Ŝ₀);
    // visitors L·ln(94375/112730) = −¥66,617.89, conversion L·ln(3.79/2.73) = +¥122,974.55,
    // AOV L·ln(112/113.8) = −¥5,976.46 (it takes the rounding fen).
    CHECK(d.explainedFen == 5038020);
    CHECK(d.visitorsFen == -6661789);
    CHECK(d.conversionFen == 12297455);
    CHECK(d.aovFen == -597646);
    CHECK(d.visitorsFen + d.conversionFen + d.aovFen == d.explainedFen);
    // What the three factors do not explain (rounded rates, repeat buyers) is shown, not forced away.
    CHECK(d.residualFen == 2452680);
    CHECK(d.visitorsFen + d.conversionFen + d.aovFen + d.residualFen == d.changeFen);
    CHECK(d.summary().startsWith(QStringLiteral("Conversion rate drove the change")));
}

TEST_CASE("the decomposition of periods summed from daily rows has no residual, and falls back when a factor is zero")
{
    const QList<DailyKpi> week1
        = { day(QDate(2026, 10, 1), 3000, 1000, 4000, 40), day(QDate(2026, 10, 2), 3000, 1000, 4000, 40) };
    const QList<DailyKpi> week2
        = { day(QDate(2026, 10, 8), 3000, 1200, 4500, 45), day(QDate(2026, 10, 9), 3000, 1300, 5000, 50) };
    const PeriodFigures a = PeriodFigures::fromRows(QStringLiteral("a"), week1);
    const PeriodFigures b = PeriodFigures::fromRows(QStringLiteral("b"), week2);
    CHECK(a.visitors == 2000);
    CHECK(a.conversion == Approx(0.04));
    CHECK(a.aov == Approx(100.0));
    const Decomposition d = decompose(a, b);
    REQUIRE(d.valid);
    CHECK(d.changeFen == 150000);
    CHECK(d.residualFen == 0);
    CHECK(d.visitorsFen + d.conversionFen + d.aovFen == d.changeFen);
    CHECK(d.driver == Factor::Visitors); // visitors +25%, conversion −5%, AOV unchanged
    CHECK(d.aovFen == 0);

    const PeriodFigures empty = PeriodFigures::fromRows(QStringLiteral("none"), {});
    const Decomposition z = decompose(empty, b);
    CHECK_FALSE(z.valid);
    CHECK(z.residualFen == z.changeFen);
    CHECK_FALSE(z.problem.isEmpty());
}

TEST_CASE(
    "health: DSR below 4.2, refund disputes above 3%, good ratings below 98.5% are red, with the day they crossed")
{
    QList<DailyKpi> rows;
    const double dsr[] = { 4.8, 4.1, 4.3, 4.1, 4.0 };
    const double refund[] = { 0.02, 0.031, 0.02, 0.03, 0.035 };
    const double good[] = { 0.99, 0.98, 0.985, 0.985, 0.99 };
    for (int i = 0; i < 5; ++i) {
        DailyKpi k = day(QDate(2026, 10, 1).addDays(i), 100, 100, 100, 1);
        k.dsr = dsr[i];
        k.refundDisputeRate = refund[i];
        k.goodRatingRate = good[i];
        rows << k;
    }
    DailyKpi blank = day(QDate(2026, 10, 6), 100, 100, 100, 1); // no health figures that day
    rows << blank;
    const QList<HealthCheck> checks = healthChecks(rows);
    REQUIRE(checks.size() == 3);
    CHECK(checks[0].metric == HealthMetric::Dsr);
    CHECK(checks[0].red);
    CHECK(checks[0].since == QDate(2026, 10, 4)); // red again from the 4th (the 2nd was a one-day dip)
    CHECK(*checks[0].latest == Approx(4.0));
    CHECK(checks[0].latestDay == QDate(2026, 10, 5));
    CHECK(checks[1].metric == HealthMetric::RefundDispute);
    CHECK(checks[1].red); // 3.5% on the 5th; exactly 3% on the 4th is not above
    CHECK(checks[1].since == QDate(2026, 10, 5));
    CHECK(checks[2].metric == HealthMetric::GoodRating);
    CHECK_FALSE(checks[2].red); // 98.5% is the target itself
    CHECK_FALSE(checks[2].since.isValid());
    CHECK(checks[2].lastCrossed == QDate(2026, 10, 2));
}

TEST_CASE("a year's target by quarter and into the buyers, UV and PV it needs, with progress each day")
{
    TargetInput in;
    in.year = 2027;
    in.yearSales = Money::fromYuan(3650000);
    in.quarterSales[3] = Money::fromYuan(1500000); // Q4 carries 双11 / 双12
    in.categorySales.insert(QStringLiteral("牛仔裤"), Money::fromYuan(1000000));
    in.conversion = 0.03;
    in.aov = Money::fromYuan(100);
    in.visitDepth = 3.0;
    const TargetPlan p = planTargets(in);
    REQUIRE(p.valid);
    // The other ¥2,150,000 spread by days: 90, 91, 92 of 273.
    CHECK(p.quarters[0].sales == Money::fromFen(70879121));
    CHECK(p.quarters[1].sales == Money::fromFen(71666667));
    CHECK(p.quarters[2].sales == Money::fromFen(72454212));
    CHECK(p.quarters[3].sales == Money::fromYuan(1500000));
    CHECK(p.quarters[3].set);
    qint64 sum = 0;
    for (const QuarterTarget &q : p.quarters)
        sum += q.sales.fen();
    CHECK(sum == in.yearSales.fen());
    // Q4: ¥1,500,000 / ¥100 = 15,000 buyers / 3% = 500,000 UV / 92 days = 5,435 a day; × 3 = 16,305 PV.
    CHECK(p.quarters[3].buyers == 15000);
    CHECK(p.quarters[3].uv == 500000);
    CHECK(p.quarters[3].uvPerDay == 5435);
    CHECK(p.quarters[3].pvPerDay == 16305);
    REQUIRE(p.categories.size() == 1);
    CHECK(p.categories[0].shareOfYear == Approx(1000000.0 / 3650000.0));
    CHECK(p.categoriesUnassigned == Money::fromYuan(2650000));

    CHECK(p.targetTo(QDate(2027, 1, 1)) == Money::fromFen(787546)); // Q1 / 90
    CHECK(p.targetTo(QDate(2027, 3, 31)) == p.quarters[0].sales);
    CHECK(p.targetTo(QDate(2027, 12, 31)) == in.yearSales);

    const QList<DailyKpi> rows = { day(QDate(2027, 1, 1), 100, 100, 5000, 50),
        day(QDate(2027, 1, 2), 100, 100, 10000, 50), day(QDate(2026, 12, 31), 100, 100, 99999, 50) };
    const QList<ProgressPoint> progress = targetProgress(p, rows, QDate(2027, 1, 3));
    REQUIRE(progress.size() == 3);
    CHECK(progress[0].actual == Money::fromYuan(5000));
    CHECK(progress[1].actual == Money::fromYuan(15000));
    CHECK(progress[2].actual == Money::fromYuan(15000));
    CHECK(progress[1].ratio == Approx(1500000.0 / double(p.targetTo(QDate(2027, 1, 2)).fen())));

    TargetInput tooMuch = in;
    tooMuch.quarterSales[0] = Money::fromYuan(3000000);
    CHECK_FALSE(planTargets(tooMuch).valid);
}

TEST_CASE("trend: the metric by day, its 7-day average, and last week / last month on the same days")
{
    QList<DailyKpi> rows;
    for (QDate d(2026, 9, 1); d <= QDate(2026, 10, 31); d = d.addDays(1))
        rows << day(d, 300, 100 + d.day(), 1000 * d.day(), d.day() % 2 ? 10 : 5);
    const Trend uv = trend(rows, TrendMetric::Uv, QDate(2026, 10, 1), QDate(2026, 10, 31));
    REQUIRE(uv.daily.size() == 31);
    CHECK(uv.daily[9].day == QDate(2026, 10, 10));
    CHECK(uv.daily[9].value == Approx(110));
    CHECK(uv.lastWeek[9].value == Approx(103)); // 3 October
    CHECK(uv.lastMonth[9].value == Approx(110)); // 10 September
    CHECK(uv.average7[9].value == Approx((104 + 105 + 106 + 107 + 108 + 109 + 110) / 7.0));
    // Conversion's average is the ratio of the sums, not the mean of the daily ratios.
    const Trend conv = trend(rows, TrendMetric::Conversion, QDate(2026, 10, 2), QDate(2026, 10, 2));
    REQUIRE(conv.average7.size() == 1);
    // 26 Sep … 2 Oct: buyers 5+10+5+10+5+10+5 (the 26th…30th then 1st, 2nd) over UV 126+…+130 + 101 + 102.
    const double buyers = 5 + 10 + 5 + 10 + 5 + 10 + 5;
    const double visitors = 126 + 127 + 128 + 129 + 130 + 101 + 102;
    CHECK(conv.average7[0].value == Approx(buyers / visitors * 100.0));
    CHECK(Trend::metricFromCode(QStringLiteral("AOV")) == TrendMetric::Aov);
    CHECK_FALSE(Trend::metricFromCode(QStringLiteral("profit")));
}

TEST_CASE("Pareto: the items that make 80% of sales, biggest first")
{
    QList<ItemSales> items = { { QStringLiteral("C"), {}, Money::fromYuan(10), 1 },
        { QStringLiteral("A"), {}, Money::fromYuan(50), 5 }, { QStringLiteral("E"), {}, Money::fromYuan(5), 1 },
        { QStringLiteral("B"), {}, Money::fromYuan(30), 3 }, { QStringLiteral("D"), {}, Money::fromYuan(5), 1 } };
    const Pareto p = pareto(items);
    REQUIRE(p.rows.size() == 5);
    CHECK(p.rows[0].item.code == QStringLiteral("A"));
    CHECK(p.rows[1].item.code == QStringLiteral("B"));
    CHECK(p.rows[1].cumulative == Approx(0.8));
    CHECK(p.headCount == 2);
    CHECK(p.headItemShare == Approx(0.4));
    CHECK(p.rows[2].cumulative == Approx(0.9));
    CHECK_FALSE(p.rows[2].head);
    CHECK(p.total == Money::fromYuan(100));
}

TEST_CASE("period totals sum counts and average the rates over the days that have them")
{
    DailyKpi a = day(QDate(2026, 10, 1), 3000, 1000, 4000, 40);
    a.dsr = 4.8;
    a.paidUv = 400;
    DailyKpi b = day(QDate(2026, 10, 2), 2000, 1000, 2000, 20);
    b.paidUv = 200;
    const PeriodTotals t = totalsOf({ a, b });
    CHECK(t.days == 2);
    CHECK(t.pv == 5000);
    CHECK(t.uv == 2000);
    CHECK(t.sales == Money::fromYuan(6000));
    CHECK(t.conversion() == Approx(0.03));
    CHECK(t.aov() == Money::fromYuan(100));
    CHECK(t.visitDepth() == Approx(2.5));
    CHECK(t.paidShare() == Approx(0.3));
    CHECK(*t.dsr == Approx(4.8));
    CHECK_FALSE(t.bounceRate);
    CHECK(t.salesPerDay() == Money::fromYuan(3000));
}
