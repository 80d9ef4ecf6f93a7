// KpiService, the KPI workbench's one way into the shop: single-field edits of a day checked as a
// whole day, the periods "why sales moved" compares, and the targets' review.

#include "KpiRows.h"
#include "TestShop.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/kpi/KpiRepository.h>
#include <shopdesk/kpi/KpiService.h>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using namespace shopdesk::kpi;
using core::Money;

using test::kpiDay;

TEST_CASE("one field of a stored day is changed on its own, checked as the whole day")
{
    core::language::install(QStringLiteral("en"));
    test::TestShop shop;
    KpiService service(shop.db());
    const QDate d(2026, 11, 1);
    REQUIRE(service.saveDays({ kpiDay(d, 900, 27, 3000) }).ok());

    REQUIRE(service.setDayCount(d, DayField::Uv, 1000).ok());
    REQUIRE(service.setDayCount(d, DayField::Sales, 312345).ok());
    REQUIRE(service.setDayRate(d, DayField::GoodRatingRate, 0.99).ok());
    auto stored = service.day(d);
    REQUIRE(stored->has_value());
    CHECK((*stored)->uv == 1000);
    CHECK((*stored)->sales == Money::fromFen(312345));
    CHECK((*stored)->goodRatingRate == 0.99);
    CHECK((*stored)->pv == 2700); // the rest as it was

    // Fewer visitors than paid buyers is refused, and nothing is written.
    const core::Status refused = service.setDayCount(d, DayField::Uv, 20);
    CHECK(refused.errorMessage() == QStringLiteral("2026-11-01: 27 paid buyers are more than the 20 visitors."));
    CHECK((*service.day(d))->uv == 1000);
    // A day without figures cannot be corrected field by field.
    CHECK(service.setDayCount(QDate(2026, 11, 2), DayField::Pv, 5).errorMessage()
        == QStringLiteral("The daily report has no figures for 2026-11-02."));
    CHECK_FALSE(service.day(QDate(2026, 11, 2))->has_value());

    DailyKpi other = **service.day(d);
    other.pv = 1;
    other.dsr = 4.7;
    CHECK(differingFields(**service.day(d), other) == QList<DayField> { DayField::Pv, DayField::Dsr });
}

TEST_CASE("the periods compared for why sales moved end on the chosen day")
{
    const QDate d(2026, 12, 10);
    const Comparison day = Comparison::ending(Comparison::DayOnDay, d);
    CHECK(day.beforeFrom == QDate(2026, 12, 9));
    CHECK(day.afterTo == d);
    const Comparison week = Comparison::ending(Comparison::WeekOnWeek, d);
    CHECK(week.afterFrom == QDate(2026, 12, 4));
    CHECK(week.beforeFrom == QDate(2026, 11, 27));
    CHECK(week.beforeTo == QDate(2026, 12, 3));
    const Comparison month = Comparison::ending(Comparison::MonthOnMonth, d);
    CHECK(month.beforeFrom == QDate(2026, 11, 1));
    CHECK(month.beforeTo == QDate(2026, 11, 30));
    CHECK(month.afterTo == QDate(2026, 12, 31));
    CHECK(month.beforeLabel == QStringLiteral("2026-11"));
    CHECK(month.afterLabel == QStringLiteral("2026-12"));
}

TEST_CASE("the targets' review spreads the year and counts the sales so far per quarter")
{
    test::TestShop shop;
    KpiService service(shop.db());
    REQUIRE(service.saveDays({ kpiDay(QDate(2027, 1, 1), 1000, 30, 3000), kpiDay(QDate(2027, 4, 2), 1000, 20, 2000) })
                .ok());
    REQUIRE(service.setTarget(2027, 0, Money::fromYuan(3650000)).ok());
    REQUIRE(service.setTarget(2027, 4, Money::fromYuan(1500000)).ok());
    auto review = service.reviewTargets(2027, 0.03, Money::fromYuan(100), 3.0);
    REQUIRE(review.ok());
    REQUIRE(review->plan.valid);
    CHECK(review->plan.quarters[3].sales == Money::fromYuan(1500000));
    CHECK(review->plan.quarters[3].set);
    CHECK_FALSE(review->plan.quarters[0].set);
    CHECK(review->quarterSoldFen == std::array<qint64, 4> { 300000, 200000, 0, 0 });
    REQUIRE(review->progress);
    CHECK(review->progress->day == QDate(2027, 4, 2));
    CHECK(review->progress->actual == Money::fromYuan(5000));
    // Zero removes a target.
    REQUIRE(service.setTarget(2027, 4, Money()).ok());
    CHECK(service.targets(2027)->size() == 1);
}
