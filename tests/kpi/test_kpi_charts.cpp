// The charts as a user gets them: built from the analyses, written as PNG and PDF offscreen.

#include "TestShop.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/kpi/KpiCharts.h>

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QImage>
#include <QLineSeries>

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using namespace shopdesk::kpi;
using Catch::Approx;
using core::Money;

namespace {
QList<DailyKpi> sixtyDays()
{
    QList<DailyKpi> rows;
    for (int i = 0; i < 61; ++i) {
        DailyKpi k;
        k.day = QDate(2026, 9, 1).addDays(i);
        k.uv = 900 + 10 * (i % 7);
        k.pv = k.uv * 3;
        k.paidBuyers = 30 + i % 5;
        k.sales = Money::fromYuan(112 * k.paidBuyers);
        k.dsr = i == 58 ? 4.1 : 4.8;
        k.refundDisputeRate = 0.01;
        k.goodRatingRate = 0.99;
        rows << k;
    }
    return rows;
}

int countColour(const QImage &img, QRgb colour)
{
    int n = 0;
    for (int y = 0; y < img.height(); y += 2)
        for (int x = 0; x < img.width(); x += 2)
            if (qRed(img.pixel(x, y)) == qRed(colour) && qGreen(img.pixel(x, y)) == qGreen(colour)
                && qBlue(img.pixel(x, y)) == qBlue(colour))
                ++n;
    return n;
}
} // namespace

TEST_CASE("the trend chart holds the metric by day, the 7-day average, last week and last month")
{
    const Trend t = trend(sixtyDays(), TrendMetric::Uv, QDate(2026, 10, 1), QDate(2026, 10, 31));
    auto chart = KpiCharts::trend(t);
    const auto series = chart->series();
    REQUIRE(series.size() == 4);
    auto *daily = qobject_cast<QLineSeries *>(series.at(0));
    REQUIRE(daily);
    CHECK(daily->count() == 31);
    CHECK(daily->at(0).y() == Approx(t.daily.first().value));
    CHECK(series.at(1)->name() == QStringLiteral("7-day average"));
    CHECK(series.at(2)->name() == QStringLiteral("Same day last week"));
    CHECK(series.at(3)->name() == QStringLiteral("Same day last month"));
    CHECK(chart->title().contains(QStringLiteral("2026-10-01")));
    CHECK(KpiCharts::trend(t, false, false)->series().size() == 2);
}

TEST_CASE("the decomposition chart shows three contributions and the residual; the Pareto chart marks the head")
{
    PeriodFigures nov { QStringLiteral("2025-11"), Money::fromYuan(398749), 112730, 0.0273, 113.8 };
    PeriodFigures dec { QStringLiteral("2025-12"), Money::fromYuan(473656), 94375, 0.0379, 112.0 };
    auto chart = KpiCharts::decomposition(decompose(nov, dec));
    REQUIRE(chart->series().size() == 1);
    auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().first());
    REQUIRE(bars);
    REQUIRE(bars->count() == 4);
    CHECK(bars->barSets().at(1)->label() == QStringLiteral("Conversion rate"));
    CHECK(bars->barSets().at(1)->at(1) == Approx(122974.55));
    CHECK(bars->barSets().at(3)->label() == QStringLiteral("Not explained"));
    CHECK(bars->barSets().at(3)->at(3) == Approx(24526.80));
    CHECK(chart->title().contains(QStringLiteral("driver: Conversion rate")));

    const Pareto p = pareto({ { QStringLiteral("A"), {}, Money::fromYuan(50), 1 },
        { QStringLiteral("B"), {}, Money::fromYuan(30), 1 }, { QStringLiteral("C"), {}, Money::fromYuan(20), 1 } });
    auto pc = KpiCharts::pareto(p);
    auto *pb = qobject_cast<QAbstractBarSeries *>(pc->series().first());
    REQUIRE(pb);
    CHECK(pb->barSets().at(0)->at(1) == Approx(30)); // B is in the head
    CHECK(pb->barSets().at(1)->at(2) == Approx(20)); // C is not
    auto *cumulative = qobject_cast<QLineSeries *>(pc->series().at(1));
    REQUIRE(cumulative);
    CHECK(cumulative->at(1).y() == Approx(80.0));
}

TEST_CASE("charts are written as PNG and PDF offscreen, in Chinese too")
{
    test::TestShop shop;
    core::language::install(QStringLiteral("zh_CN"));
    const QList<DailyKpi> rows = sixtyDays();
    const QString png = shop.file(QStringLiteral("trend.png"));
    REQUIRE(KpiCharts::exportChart(
        KpiCharts::trend(trend(rows, TrendMetric::Sales, QDate(2026, 10, 1), QDate(2026, 10, 31))), png,
        QSize(900, 500))
                .ok());
    QImage img(png);
    REQUIRE_FALSE(img.isNull());
    CHECK(img.width() == 1800);
    CHECK(img.height() == 1000);
    CHECK(countColour(img, qRgb(0xD6, 0x27, 0x28)) > 50); // the 7-day average is drawn

    const QString health = shop.file(QStringLiteral("health.png"));
    auto chart = KpiCharts::health(rows, HealthMetric::Dsr);
    CHECK(chart->title().contains(QString::fromUtf8("亮红灯")));
    REQUIRE(KpiCharts::exportChart(std::move(chart), health).ok());
    CHECK(countColour(QImage(health), qRgb(0xD6, 0x27, 0x28)) > 20); // the red day and the red line

    const QString pdf = shop.file(QStringLiteral("decompose.pdf"));
    PeriodFigures a = PeriodFigures::fromRows(QStringLiteral("9月"), rows.mid(0, 30));
    PeriodFigures b = PeriodFigures::fromRows(QStringLiteral("10月"), rows.mid(30, 31));
    REQUIRE(KpiCharts::exportChart(KpiCharts::decomposition(decompose(a, b)), pdf).ok());
    CHECK(test::fileBytes(pdf).startsWith("%PDF"));
    CHECK_FALSE(KpiCharts::exportChart(KpiCharts::pareto(pareto({})), shop.file(QStringLiteral("x.svg"))).ok());
    core::language::install(QStringLiteral("en"));
}
