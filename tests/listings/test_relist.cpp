// The relist plan: a 7-day cycle, times spread evenly over the week inside the peak hours,
// main-push items in the best slots, no two items at the same minute.

#include "RelistPlanner.h"

#include <QSet>

#include <cmath>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using listings::PeakWindow;
using listings::RelistItem;
using listings::RelistPlanner;

namespace {
QList<RelistItem> items(int n, int mains = 0)
{
    QList<RelistItem> out;
    for (int i = 0; i < n; ++i)
        out.append(
            { i + 1, QStringLiteral("IT-%1").arg(i + 1, 3, 10, QLatin1Char('0')), {}, i < mains, qint64(1000 - i) });
    return out;
}
const QDateTime kNow(QDate(2026, 11, 25), QTime(13, 0)); // a Wednesday
} // namespace

TEST_CASE("45 items get distinct relist minutes inside the peak windows over 7 days")
{
    const RelistPlanner planner;
    auto plan = planner.plan(items(45, 4), kNow);
    REQUIRE(plan.ok());
    REQUIRE(plan->size() == 45);
    QSet<int> minutes;
    int perDay[8] = {};
    for (const auto &slot : *plan) {
        CAPTURE(slot.item.code.toStdString(), slot.day, slot.minute);
        const bool inPeak
            = (slot.minute >= 9 * 60 && slot.minute < 12 * 60) || (slot.minute >= 14 * 60 && slot.minute < 18 * 60);
        CHECK(inPeak);
        CHECK(slot.day >= 1);
        CHECK(slot.day <= 7);
        minutes.insert(slot.day * 24 * 60 + slot.minute);
        ++perDay[slot.day];
        // The next relist is within the coming week, on that weekday at that minute.
        CHECK(slot.next >= kNow);
        CHECK(slot.next < kNow.addDays(7));
        CHECK(slot.next.date().dayOfWeek() == slot.day);
        CHECK(slot.next.time().hour() * 60 + slot.next.time().minute() == slot.minute);
    }
    CHECK(minutes.size() == 45);
    // Evenly over the week: 45 items → 6 or 7 a day.
    for (int d = 1; d <= 7; ++d) {
        CHECK(perDay[d] >= 6);
        CHECK(perDay[d] <= 7);
    }
}

TEST_CASE("main-push items get the best slots, on different days")
{
    const RelistPlanner planner;
    auto plan = planner.plan(items(45, 3), kNow);
    REQUIRE(plan.ok());
    auto quality = [](int minute) {
        for (const PeakWindow &w : RelistPlanner::defaultWindows())
            if (w.contains(minute))
                return std::abs(minute - (w.start + w.end - 1) / 2.0) / (w.length() / 2.0);
        return 2.0;
    };
    double worstMain = 0, bestOther = 2;
    QSet<int> mainDays;
    for (const auto &slot : *plan) {
        if (slot.item.mainPush) {
            worstMain = std::max(worstMain, quality(slot.minute));
            mainDays.insert(slot.day);
        } else {
            bestOther = std::min(bestOther, quality(slot.minute));
        }
    }
    CHECK(mainDays.size() == 3);
    CHECK(worstMain < 0.2); // near the middle of a peak window
}

TEST_CASE("peak hours are editable and checked")
{
    auto w = RelistPlanner::parseWindows(QStringLiteral("9-12, 14-18"));
    REQUIRE(w.ok());
    CHECK(*w == RelistPlanner::defaultWindows());
    CHECK(RelistPlanner::windowsText(*w) == QStringLiteral("9-12, 14-18"));
    auto evening = RelistPlanner::parseWindows(QStringLiteral("20:30-22"));
    REQUIRE(evening.ok());
    CHECK(evening->first().start == 20 * 60 + 30);
    CHECK_FALSE(RelistPlanner::parseWindows(QStringLiteral("12-9")).ok());
    CHECK_FALSE(RelistPlanner::parseWindows(QStringLiteral("9-12, 11-13")).ok());
    CHECK_FALSE(RelistPlanner::parseWindows(QStringLiteral("morning")).ok());

    auto plan = RelistPlanner(*evening).plan(items(45), kNow);
    REQUIRE(plan.ok());
    for (const auto &slot : *plan) {
        CHECK(slot.minute >= 20 * 60 + 30);
        CHECK(slot.minute < 22 * 60);
    }
    // Fewer peak minutes in a week than items: refused, not squeezed onto the same minute.
    CHECK_FALSE(RelistPlanner({ { 9 * 60, 9 * 60 + 5 } }).plan(items(36), kNow).ok());
    // 5 minutes a day hold 35 items a week: known before the plan is made (and the sales read for it).
    CHECK(RelistPlanner({ { 9 * 60, 9 * 60 + 5 } }).holds(35));
    CHECK_FALSE(RelistPlanner({ { 9 * 60, 9 * 60 + 5 } }).holds(36));
    CHECK(RelistPlanner({ { 9 * 60, 9 * 60 + 5 } }).plan(items(35), kNow).ok());
}
