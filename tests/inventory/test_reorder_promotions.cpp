// The reorder warning and the promotion calendar are one calendar: a date the store manager enters
// in the KPI panel (the store's own promotion, 店铺活动) warns the warehouse from three weeks before
// it, on the stock tab, at once; removing the date there takes the warning away.

#include "CalendarView.h"
#include "InventoryFixture.h"
#include "StockView.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/core/Records.h>

#include <QAbstractItemModel>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::InventoryShop;

namespace {
template<typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

/// The row of the KPI calendar that shows `day`, or -1.
int calendarRow(kpi::CalendarView &panel, const QString &day)
{
    QAbstractItemModel *m = child<QTableView>(&panel, "calendar")->model();
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 0).data().toString() == day)
            return r;
    return -1;
}

/// What the manager does in the KPI panel's calendar: a date, a name, Add.
void addPromotion(kpi::CalendarView &panel, QDate day, const QString &name)
{
    child<QSpinBox>(&panel, "year")->setValue(day.year());
    child<QDateEdit>(&panel, "promotionDay")->setDate(day);
    child<QLineEdit>(&panel, "promotionName")->setText(name);
    QTest::mouseClick(child<QPushButton>(&panel, "addPromotion"), Qt::LeftButton);
}

/// Selects the date's row in the KPI calendar and clicks Remove.
void removePromotion(kpi::CalendarView &panel, QDate day)
{
    child<QSpinBox>(&panel, "year")->setValue(day.year());
    const int row = calendarRow(panel, day.toString(Qt::ISODate));
    REQUIRE(row >= 0);
    auto *calendar = child<QTableView>(&panel, "calendar");
    calendar->setCurrentIndex(calendar->model()->index(row, 0));
    QTest::mouseClick(child<QPushButton>(&panel, "removePromotion"), Qt::LeftButton);
}
} // namespace

TEST_CASE("a promotion entered in the KPI calendar 10 days ahead brings the reorder warning; removing it takes it away")
{
    core::language::install(QStringLiteral("en"));
    InventoryShop s;
    // The jeans are a main item: 15 on hand, under the default minimum of 30. The T-shirts are not.
    REQUIRE(test::scalar(s.db(), QStringLiteral("UPDATE items SET main_push = 1 WHERE code = 'NZK-1001' RETURNING id"))
                .isValid());
    core::ShopEvents events;
    QStringList errors;
    QObject::connect(&events, &core::ShopEvents::error, [&](const QString &m) { errors << m; });
    inventory::StockService stockService(s.db());
    inventory::StockView stock({ s.db(), events, QStringLiteral("test") }, stockService);
    kpi::KpiService kpiService(s.db());
    QUndoStack kpiUndo;
    kpi::CalendarView kpiPanel({ kpiService, events, &kpiUndo });
    stock.show();
    auto *warning = child<QLabel>(&stock, "reorderWarning");
    // 22 August: the next platform date (Double 11) is more than three weeks away.
    stock.setToday(QDate(2026, 8, 22));
    REQUIRE_FALSE(warning->isVisible());

    const QString expected = QString::fromUtf8("开学季 (9/1/26) is 10 days away: reorder these main items now — "
                                               "NZK-1001 牛仔裤 男 直筒: 15 on hand, keep 30, order 15");
    addPromotion(kpiPanel, QDate(2026, 9, 1), QString::fromUtf8("开学季"));
    CHECK(errors.isEmpty());
    CHECK(calendarRow(kpiPanel, QStringLiteral("2026-09-01")) >= 0);
    // The stock tab shows it at once, and so does a stock panel opened later.
    CHECK(warning->isVisible());
    CHECK(warning->text() == expected);
    {
        inventory::StockView later({ s.db(), events, QStringLiteral("test") }, stockService);
        later.show();
        later.setToday(QDate(2026, 8, 22));
        CHECK(child<QLabel>(&later, "reorderWarning")->text() == expected);
    }
    // 22 days before it, no warning yet; from three weeks before it, the warning.
    stock.setToday(QDate(2026, 8, 10));
    CHECK_FALSE(warning->isVisible());
    stock.setToday(QDate(2026, 8, 11));
    CHECK(warning->isVisible());
    CHECK(warning->text().startsWith(QString::fromUtf8("开学季 (9/1/26) is 21 days away")));
    stock.setToday(QDate(2026, 8, 22));

    // Undo in the KPI panel takes the date, and the warning, away; redo brings both back.
    kpiUndo.undo();
    CHECK(calendarRow(kpiPanel, QStringLiteral("2026-09-01")) == -1);
    CHECK_FALSE(warning->isVisible());
    kpiUndo.redo();
    CHECK(warning->text() == expected);

    // Removed from the calendar: no warning.
    removePromotion(kpiPanel, QDate(2026, 9, 1));
    CHECK(errors.isEmpty());
    CHECK(calendarRow(kpiPanel, QStringLiteral("2026-09-01")) == -1);
    CHECK_FALSE(warning->isVisible());

    // Stock at the minimum: a promotion ahead asks for nothing.
    addPromotion(kpiPanel, QDate(2026, 9, 1), QString::fromUtf8("开学季"));
    CHECK(warning->isVisible());
    s.book(s.jeans[2], core::codes::kMoveReceive, 15, QStringLiteral("RK-1"));
    events.notifyChanged(core::Topic::Stock);
    CHECK_FALSE(warning->isVisible());
}

TEST_CASE("the reorder warning names the nearest date of the one calendar: the store's own or the platforms'")
{
    core::language::install(QStringLiteral("zh_CN"));
    InventoryShop s;
    REQUIRE(test::scalar(s.db(), QStringLiteral("UPDATE items SET main_push = 1 WHERE code = 'NZK-1001' RETURNING id"))
                .isValid());
    core::ShopEvents events;
    inventory::StockService stockService(s.db());
    inventory::StockView stock({ s.db(), events, QStringLiteral("test") }, stockService);
    kpi::KpiService kpiService(s.db());
    QUndoStack kpiUndo;
    kpi::CalendarView kpiPanel({ kpiService, events, &kpiUndo });
    stock.show();
    auto *warning = child<QLabel>(&stock, "reorderWarning");
    stock.setToday(QDate(2026, 10, 28));
    // Double 11 is 14 days away.
    REQUIRE(warning->isVisible());
    CHECK(warning->text()
        == QString::fromUtf8("双11（2026/11/11）还有 14 天：请现在为这些主推款补货 — "
                             "NZK-1001 牛仔裤 男 直筒：库存 15，应保持 30，需补 15"));
    // The store's anniversary sale (店庆) before it is the nearer date.
    addPromotion(kpiPanel, QDate(2026, 11, 5), QString::fromUtf8("店庆"));
    CHECK(warning->text()
        == QString::fromUtf8("店庆（2026/11/5）还有 8 天：请现在为这些主推款补货 — "
                             "NZK-1001 牛仔裤 男 直筒：库存 15，应保持 30，需补 15"));
    // Across the new year: the store's New Year sale on 3 January next year.
    stock.setToday(QDate(2026, 12, 20));
    addPromotion(kpiPanel, QDate(2027, 1, 3), QString::fromUtf8("年货节"));
    CHECK(warning->text().startsWith(QString::fromUtf8("元旦（2027/1/1）还有 12 天")));
    stock.setToday(QDate(2027, 1, 2));
    CHECK(warning->text().startsWith(QString::fromUtf8("年货节（2027/1/3）还有 1 天")));
    // Valentine's Day is on the platforms' calendar the KPI panel shows, so it warns too.
    stock.setToday(QDate(2027, 2, 1));
    CHECK(warning->isVisible());
    CHECK(warning->text().startsWith(QString::fromUtf8("情人节（2027/2/14）还有 13 天")));
    core::language::install(QStringLiteral("en"));
}
