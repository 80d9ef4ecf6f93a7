// The KPI workbench as the store manager uses it: its docks, the daily table and its day form
// (undoable, field edits merging), the import, why sales moved, health lights, targets, the
// promotion calendar, exports, shortcuts and the views' saved state.

#include "CalendarView.h"
#include "CampaignsView.h"
#include "ChartsView.h"
#include "DailyView.h"
#include "DayForm.h"
#include "HealthView.h"
#include "KpiRows.h"
#include "KpiWorkbench.h"
#include "TargetsView.h"
#include "TestShop.h"
#include "WhyView.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/core/PromotionRepository.h>
#include <shopdesk/kpi/KpiModule.h>
#include <shopdesk/kpi/KpiRepository.h>

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSpinBox>
#include <QStringEncoder>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using namespace shopdesk::kpi;
using core::Money;

namespace {
struct Fixture {
    test::TestShop shop;
    core::ShopEvents events;
    QStringList errors;
    QMainWindow window;
    std::unique_ptr<core::Workbench> workbench;

    Fixture()
    {
        QObject::connect(&events, &core::ShopEvents::error, [this](const QString &m) { errors << m; });
        window.resize(1366, 768);
    }
    void open()
    {
        workbench = makePanelFactory()->createWorkbench(
            core::PanelContext { shop.db(), events, QStringLiteral("test") }, &window);
        REQUIRE(workbench);
        for (QDockWidget *d : workbench->dockWidgets())
            window.addDockWidget(Qt::RightDockWidgetArea, d);
    }
    KpiWorkbench &wb() { return *static_cast<KpiWorkbench *>(workbench.get()); }
    QUndoStack *undo() { return workbench->undoStack(); }
    QList<DailyKpi> days() { return *KpiRepository(shop.db()).range(); }
};

/// Two days, at the end of October and the start of November 2026.
void saveTwoDays(const test::TestShop &shop)
{
    REQUIRE(KpiRepository(shop.db())
                .saveAll({ test::kpiDay(QDate(2026, 10, 30), 1000, 38, 4256),
                    test::kpiDay(QDate(2026, 11, 1), 900, 27, 3000) })
                .ok());
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

QAction *action(core::Workbench &wb, const char *name)
{
    for (QAction *a : wb.actions())
        if (a->objectName() == QLatin1String(name))
            return a;
    FAIL("no action " << name);
    return nullptr;
}
} // namespace

TEST_CASE("the KPI workbench has one dock per view, titled in Chinese, and its actions have shortcuts")
{
    core::language::install(QStringLiteral("zh_CN"));
    Fixture f;
    f.open();
    QStringList names, titles;
    for (QDockWidget *d : f.workbench->dockWidgets()) {
        names << d->objectName();
        titles << d->windowTitle();
    }
    CHECK(names
        == QStringList { QStringLiteral("dock.kpi.daily"), QStringLiteral("dock.kpi.campaigns"),
            QStringLiteral("dock.kpi.charts"), QStringLiteral("dock.kpi.why"), QStringLiteral("dock.kpi.profit"),
            QStringLiteral("dock.kpi.health"), QStringLiteral("dock.kpi.targets"), QStringLiteral("dock.kpi.calendar"),
            QStringLiteral("dock.kpi.repeat") });
    CHECK(titles
        == QStringList { QString::fromUtf8("日报表"), QString::fromUtf8("推广计划（ROI）"), QString::fromUtf8("图表"),
            QString::fromUtf8("销售额变动原因"), QString::fromUtf8("利润"), QString::fromUtf8("店铺健康"),
            QString::fromUtf8("目标"), QString::fromUtf8("促销日历"), QString::fromUtf8("回头客") });
    CHECK(f.workbench->view(QStringLiteral("daily")) == f.wb().daily());
    CHECK(f.wb().daily()->table()->objectName() == QStringLiteral("table"));

    CHECK(action(*f.workbench, "kpiReload")->shortcut() == QKeySequence(Qt::Key_F5));
    CHECK(action(*f.workbench, "kpiImport")->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I));
    CHECK(action(*f.workbench, "kpiExportSheet")->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E));
    CHECK(action(*f.workbench, "kpiSaveDay")->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Return));
    CHECK(action(*f.workbench, "kpiRemovePromotion")->shortcut() == QKeySequence(QKeySequence::Delete));
    CHECK(action(*f.workbench, "kpiReload")->text() == QString::fromUtf8("重新载入数据(&R)"));
    // Delete removes a date in the calendar's dock only.
    CHECK(
        f.workbench->dock(QStringLiteral("calendar"))->actions().contains(action(*f.workbench, "kpiRemovePromotion")));
    CHECK_FALSE(
        f.workbench->dock(QStringLiteral("daily"))->actions().contains(action(*f.workbench, "kpiRemovePromotion")));
    // Ctrl+Return saves the form's day in the daily report's dock only; F5 works in every dock.
    CHECK(f.workbench->dock(QStringLiteral("daily"))->actions().contains(action(*f.workbench, "kpiSaveDay")));
    CHECK_FALSE(f.workbench->dock(QStringLiteral("targets"))->actions().contains(action(*f.workbench, "kpiSaveDay")));
    CHECK(f.workbench->dock(QStringLiteral("health"))->actions().contains(action(*f.workbench, "kpiReload")));

    core::language::install(QStringLiteral("en"));
    QCoreApplication::processEvents(); // the language change reaches every widget
    CHECK(f.workbench->dock(QStringLiteral("why"))->windowTitle() == QStringLiteral("Why sales moved"));
    CHECK(action(*f.workbench, "kpiReload")->text() == QStringLiteral("&Reload KPIs"));
}

TEST_CASE("F5 in the daily report's dock reloads the figures written elsewhere")
{
    core::language::install(QStringLiteral("en"));
    Fixture f;
    REQUIRE(KpiRepository(f.shop.db()).saveAll({ test::kpiDay(QDate(2026, 11, 1), 900, 27, 3000) }).ok());
    f.open();
    f.window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&f.window));
    QApplication::setActiveWindow(&f.window);
    QTableView *table = f.wb().daily()->table();
    REQUIRE(table->model()->rowCount() == 1);
    // Another program (the CLI) adds a day: the table shows it after F5.
    REQUIRE(KpiRepository(f.shop.db()).saveAll({ test::kpiDay(QDate(2026, 11, 2), 800, 20, 2000) }).ok());
    CHECK(table->model()->rowCount() == 1);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F5);
    CHECK(table->model()->rowCount() == 2);
    CHECK(f.errors.isEmpty());
}

TEST_CASE("the daily table shows the latest month with derived columns; a day entered in the form can be undone")
{
    core::language::install(QStringLiteral("en"));
    Fixture f;
    saveTwoDays(f.shop);
    f.open();
    DailyView *daily = f.wb().daily();
    QTableView *table = daily->table();
    CHECK(table->model()->headerData(2, Qt::Horizontal).toString() == QStringLiteral("Visitors (UV)"));
    REQUIRE(table->model()->rowCount() == 1); // November, the latest month
    daily->showMonth(QStringLiteral("2026-10"));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 6).data().toString() == QStringLiteral("3.80%"));
    CHECK(table->model()->index(0, 7).data().toString() == QStringLiteral("¥112.00"));
    CHECK(table->model()->index(0, 9).data().toString() == QStringLiteral("good"));

    // Enter 2 November in the form and save: a new day is one step.
    child<QDateEdit>(daily, "entryDay")->setDate(QDate(2026, 11, 2));
    child<QSpinBox>(daily, "entryUv")->setValue(800);
    child<QSpinBox>(daily, "entryPv")->setValue(1200);
    child<QSpinBox>(daily, "entryBuyers")->setValue(24);
    child<QDoubleSpinBox>(daily, "entrySales")->setValue(2688.00);
    QTest::mouseClick(child<QPushButton>(daily, "saveDay"), Qt::LeftButton);
    CHECK(f.errors.isEmpty());
    REQUIRE(f.days().size() == 3);
    CHECK(f.days().last().sales == Money::fromYuan(2688));
    CHECK(table->model()->rowCount() == 2); // November shown again, newest first
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("2026-11-02"));
    CHECK(table->model()->index(0, 9).data().toString() == QStringLiteral("poor")); // 1.5 pages a visitor
    CHECK(f.undo()->undoText() == QStringLiteral("Daily report of 2026-11-02"));
    f.undo()->undo();
    CHECK(f.days().size() == 2);
    f.undo()->redo();
    CHECK(f.days().size() == 3);

    // More buyers than visitors is refused before anything is written.
    child<QSpinBox>(daily, "entryBuyers")->setValue(900);
    QTest::mouseClick(child<QPushButton>(daily, "saveDay"), Qt::LeftButton);
    CHECK(f.errors == QStringList { QStringLiteral("2026-11-02: 900 paid buyers are more than the 800 visitors.") });
    CHECK(f.days().last().paidBuyers == 24);
    CHECK(f.undo()->count() == 1);
}

TEST_CASE("correcting one field of a stored day is a field edit, and corrections of it merge into one step")
{
    core::language::install(QStringLiteral("en"));
    Fixture f;
    REQUIRE(KpiRepository(f.shop.db()).saveAll({ test::kpiDay(QDate(2026, 11, 1), 900, 27, 3000) }).ok());
    f.open();
    DailyView *daily = f.wb().daily();
    QStringList asked;
    daily->setConfirm([&asked](const QString &question) {
        asked << question;
        return true;
    });
    QTableView *table = daily->table();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(0, 0)).center());
    CHECK(child<QSpinBox>(daily, "entryUv")->value() == 900); // the row fills the form

    child<QSpinBox>(daily, "entryUv")->setValue(950);
    REQUIRE(daily->saveEnteredDay());
    child<QSpinBox>(daily, "entryUv")->setValue(1000);
    REQUIRE(daily->saveEnteredDay());
    CHECK(f.days().first().uv == 1000);
    CHECK(f.undo()->count() == 1); // the two corrections of the UV merged
    CHECK(f.undo()->undoText() == QStringLiteral("Visitors (UV) of 2026-11-01"));
    CHECK(table->model()->index(0, 6).data().toString() == QStringLiteral("2.70%"));
    CHECK(asked.isEmpty()); // corrections of the day the form was filled from
    f.undo()->undo();
    CHECK(f.days().first().uv == 900);
    CHECK(table->model()->index(0, 6).data().toString() == QStringLiteral("3.00%"));

    // A rate is a field too; another field is another step.
    child<QSpinBox>(daily, "entryUv")->setValue(900);
    child<QDoubleSpinBox>(daily, "entryBounce")->setValue(45.5);
    REQUIRE(daily->saveEnteredDay());
    CHECK(f.days().first().bounceRate == 0.455);
    CHECK(f.undo()->undoText() == QStringLiteral("Bounce rate of 2026-11-01"));
    CHECK(asked.size() == 1); // after the undo the form no longer showed the day as stored
    // Two fields at once: one step that writes the whole day.
    child<QSpinBox>(daily, "entryPv")->setValue(3000);
    child<QSpinBox>(daily, "entryUnits")->setValue(30);
    REQUIRE(daily->saveEnteredDay());
    CHECK(f.undo()->undoText() == QStringLiteral("Daily report of 2026-11-01"));
    f.undo()->undo();
    CHECK(f.days().first().pv == 2700);
    CHECK(f.days().first().units == 27);
    CHECK(f.errors.isEmpty());
}

TEST_CASE("a GBK import from the daily view shows its days and is undone as one step")
{
    core::language::install(QStringLiteral("en"));
    Fixture f;
    f.open();
    const QString path = f.shop.file(QStringLiteral("export.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QStringEncoder gbk("GB18030");
        file.write(gbk.encode(QString::fromUtf8("统计日期,浏览量,访客数,支付金额,支付买家数,支付件数,跳失率\n"
                                                "2026-10-01,3100,1000,4256.00,38,45,45.2%\n"
                                                "2026-10-02,2900,950,3800.00,35,41,47%\n")));
    }
    REQUIRE(f.wb().daily()->importFile(path));
    CHECK(f.wb().daily()->table()->model()->rowCount() == 2);
    CHECK(f.days().size() == 2);
    CHECK(f.undo()->undoText() == QStringLiteral("Import 2 days from export.csv"));
    f.undo()->undo();
    CHECK(f.days().isEmpty());

    // A broken file: the error names file, line and field; nothing is written.
    QFile bad(f.shop.file(QStringLiteral("bad.csv")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("统计日期,访客数,支付金额,支付买家数\n2026-10-01,1000,4256,38\n2026-10-02,x,1,1\n");
    bad.close();
    CHECK_FALSE(f.wb().daily()->importFile(bad.fileName()));
    REQUIRE(f.errors.size() == 1);
    CHECK(f.errors.first().contains(QStringLiteral("bad.csv")));
    CHECK(f.errors.first().contains(QString::fromUtf8("访客数")));
    CHECK(f.days().isEmpty());
}

TEST_CASE("a campaign entered in its view shows its ROI for the daily report's month")
{
    core::language::install(QStringLiteral("en"));
    Fixture f;
    REQUIRE(KpiRepository(f.shop.db()).saveAll({ test::kpiDay(QDate(2026, 11, 1), 900, 27, 3000) }).ok());
    f.open();
    CampaignsView *campaigns = f.wb().campaigns();
    child<QDateEdit>(campaigns, "campaignDay")->setDate(QDate(2026, 11, 1));
    child<QLineEdit>(campaigns, "campaignName")->setText(QStringLiteral("Winter coats"));
    child<QDoubleSpinBox>(campaigns, "campaignSpend")->setValue(200);
    child<QSpinBox>(campaigns, "campaignUv")->setValue(100);
    child<QDoubleSpinBox>(campaigns, "campaignSales")->setValue(800);
    QTest::mouseClick(child<QPushButton>(campaigns, "addCampaign"), Qt::LeftButton);
    CHECK(f.errors.isEmpty());
    QAbstractItemModel *m = campaigns->table()->model();
    REQUIRE(m->rowCount() == 1);
    CHECK(m->index(0, 0).data().toString() == QStringLiteral("Winter coats"));
    CHECK(m->index(0, 5).data().toString() == QStringLiteral("4.00"));
    CHECK(m->index(0, 6).data().toString() == QStringLiteral("¥2.00"));
    f.undo()->undo();
    CHECK(m->rowCount() == 0);
}

TEST_CASE("why sales moved names the driver, in Chinese; health lights show the day a figure went red")
{
    core::language::install(QStringLiteral("zh_CN"));
    Fixture f;
    QList<DailyKpi> rows;
    // November: 1000 UV a day at 2.7% and ¥114; December: 840 UV at 3.8% and ¥112 (conversion drives).
    for (QDate d(2025, 11, 1); d <= QDate(2025, 12, 31); d = d.addDays(1)) {
        const bool dec = d.month() == 12;
        DailyKpi k = test::kpiDay(d, dec ? 840 : 1000, dec ? 32 : 27, dec ? 32 * 112 : 27 * 114);
        if (d >= QDate(2025, 12, 20))
            k.dsr = 4.1;
        rows << k;
    }
    REQUIRE(KpiRepository(f.shop.db()).saveAll(rows).ok());
    f.open();
    WhyView *why = f.wb().why();
    why->showComparison(Comparison::MonthOnMonth, QDate(2025, 12, 31));
    CHECK(why->decomposition().driver == Factor::Conversion);
    CHECK(why->decomposition().residualFen == 0);
    CHECK(child<QLabel>(why, "whyText")->text().startsWith(QString::fromUtf8("转化率是主要推动因素")));
    const QString light = child<QLabel>(f.wb().health(), "light0")->text();
    CHECK(light.contains(QStringLiteral("2025-12-20")));
    CHECK(light.contains(QString::fromUtf8("亮红灯")));

    // Each view writes its chart as PNG or PDF.
    const QString png = f.shop.file(QStringLiteral("why.png"));
    REQUIRE(why->exportChart(png));
    CHECK_FALSE(QImage(png).isNull());
    const QString health = f.shop.file(QStringLiteral("health.png"));
    REQUIRE(f.wb().health()->exportChart(health));
    CHECK(QImage(health).width() == 3 * 600 * 2); // the three health charts side by side
    const QString pdf = f.shop.file(QStringLiteral("trend.pdf"));
    REQUIRE(f.wb().charts()->exportChart(pdf));
    CHECK(test::fileBytes(pdf).startsWith("%PDF"));
    f.wb().daily()->showMonth(QStringLiteral("2025-12"));
    const QString sheet = f.shop.file(QStringLiteral("考核表.csv"));
    REQUIRE(f.wb().daily()->exportSheet(sheet));
    CHECK(QString::fromUtf8(test::fileBytes(sheet)).contains(QString::fromUtf8("合计")));
    CHECK(f.errors.isEmpty());
    core::language::install(QStringLiteral("en"));
}

TEST_CASE("targets saved from their view are broken down by quarter; one changed quarter is a field edit")
{
    core::language::install(QStringLiteral("en"));
    Fixture f;
    REQUIRE(KpiRepository(f.shop.db()).saveAll({ test::kpiDay(QDate(2027, 1, 1), 1000, 30, 3000) }).ok());
    f.open();
    TargetsView *targets = f.wb().targets();
    child<QSpinBox>(targets, "year")->setValue(2027);
    CHECK(child<QSpinBox>(f.wb().calendar(), "year")->value() == 2027); // the calendar follows
    child<QDoubleSpinBox>(targets, "yearTarget")->setValue(3650000);
    child<QDoubleSpinBox>(targets, "quarter4")->setValue(1500000);
    QTest::mouseClick(child<QPushButton>(targets, "saveTargets"), Qt::LeftButton);
    CHECK(f.errors.isEmpty());
    REQUIRE(KpiRepository(f.shop.db()).targets(2027)->size() == 2);
    QAbstractItemModel *breakdown = targets->breakdown()->model();
    REQUIRE(breakdown->rowCount() == 4);
    CHECK(breakdown->index(3, 3).data().toString() == QStringLiteral("¥1,500,000.00"));
    CHECK(breakdown->index(0, 0).data().toString() == QStringLiteral("Q1 (spread)"));
    CHECK(child<QLabel>(targets, "progress")->text().startsWith(QStringLiteral("Progress to 2027-01-01")));
    CHECK(f.undo()->undoText() == QStringLiteral("Sales targets for 2027"));

    // Q4 corrected twice: one field edit, one step back to 1,500,000.
    child<QDoubleSpinBox>(targets, "quarter4")->setValue(1600000);
    REQUIRE(targets->saveTargets());
    child<QDoubleSpinBox>(targets, "quarter4")->setValue(1700000);
    REQUIRE(targets->saveTargets());
    CHECK(f.undo()->count() == 2);
    CHECK(f.undo()->undoText() == QStringLiteral("Sales target for Q4 2027"));
    CHECK(breakdown->index(3, 3).data().toString() == QStringLiteral("¥1,700,000.00"));
    f.undo()->undo();
    CHECK(breakdown->index(3, 3).data().toString() == QStringLiteral("¥1,500,000.00"));
    CHECK(child<QDoubleSpinBox>(targets, "quarter4")->value() == 1500000.0);
    f.undo()->undo();
    CHECK(KpiRepository(f.shop.db()).targets(2027)->isEmpty());
    CHECK(f.errors.isEmpty());
}

TEST_CASE("the store's own promotion date is added in the calendar and removed with Delete in its dock")
{
    core::language::install(QStringLiteral("en"));
    Fixture f;
    f.open();
    CalendarView *calendar = f.wb().calendar();
    calendar->setYear(2027);
    QAbstractItemModel *m = calendar->table()->model();
    REQUIRE(m->rowCount() == 6); // the platforms' dates
    child<QDateEdit>(calendar, "promotionDay")->setDate(QDate(2027, 3, 8));
    child<QLineEdit>(calendar, "promotionName")->setText(QString::fromUtf8("店庆"));
    QTest::mouseClick(child<QPushButton>(calendar, "addPromotion"), Qt::LeftButton);
    CHECK(f.errors.isEmpty());
    REQUIRE(m->rowCount() == 7);
    int own = -1;
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 1).data().toString() == QString::fromUtf8("店庆 (store)"))
            own = r;
    REQUIRE(own >= 0);
    CHECK(m->index(own, 0).data().toString() == QStringLiteral("2027-03-08"));
    CHECK(core::PromotionRepository(f.shop.db()).calendar(2027)->size() == 7); // the reorder warning sees it

    f.window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&f.window));
    QApplication::setActiveWindow(&f.window);
    calendar->table()->setCurrentIndex(m->index(own, 0));
    calendar->table()->setFocus();
    QTest::keyClick(calendar->table(), Qt::Key_Delete);
    CHECK(m->rowCount() == 6);
    CHECK(f.undo()->undoText() == QString::fromUtf8("Remove promotion 店庆 on 2027-03-08"));
    f.undo()->undo();
    CHECK(m->rowCount() == 7);
    CHECK(f.errors.isEmpty());
}

TEST_CASE("each view keeps its state with the layout; a state from another version is ignored")
{
    core::language::install(QStringLiteral("en"));
    Fixture f;
    saveTwoDays(f.shop);
    f.open();
    f.wb().daily()->showMonth(QStringLiteral("2026-10"));
    f.wb().daily()->table()->setColumnWidth(0, 133);
    child<QComboBox>(f.wb().charts(), "chartKind")->setCurrentIndex(1);
    child<QComboBox>(f.wb().why(), "compare")->setCurrentIndex(Comparison::WeekOnWeek);
    const QByteArray state = f.workbench->saveState();

    Fixture g;
    saveTwoDays(g.shop);
    g.open();
    g.wb().daily()->restoreState(QByteArray("not a kpi state"));
    CHECK(g.wb().daily()->month() == QStringLiteral("2026-11"));
    g.workbench->restoreState(state);
    CHECK(g.wb().daily()->month() == QStringLiteral("2026-10"));
    CHECK(g.wb().daily()->table()->columnWidth(0) == 133);
    CHECK(child<QComboBox>(g.wb().charts(), "chartKind")->currentData().toString() == QStringLiteral("pareto"));
    CHECK(child<QComboBox>(g.wb().why(), "compare")->currentIndex() == Comparison::WeekOnWeek);
    CHECK(g.errors.isEmpty());
}

TEST_CASE("picking a stored day loads its figures; an empty form never zeroes it; replacing asks first")
{
    core::language::install(QStringLiteral("en"));
    Fixture f;
    REQUIRE(KpiRepository(f.shop.db()).saveAll({ test::kpiDay(QDate(2026, 11, 1), 900, 27, 3000) }).ok());
    f.open();
    DailyView *daily = f.wb().daily();
    QStringList asked;
    bool answer = false;
    daily->setConfirm([&](const QString &question) {
        asked << question;
        return answer;
    });
    auto *uv = child<QSpinBox>(daily, "entryUv");
    auto *sales = child<QDoubleSpinBox>(daily, "entrySales");
    auto *note = child<QLabel>(daily, "dayNote");
    QPushButton *save = child<QPushButton>(daily, "saveDay");

    // Picking 1 November fills the form with what is stored.
    child<QDateEdit>(daily, "entryDay")->setDate(QDate(2026, 11, 1));
    CHECK(uv->value() == 900);
    CHECK(sales->value() == 3000.0);
    CHECK(note->text()
        == QStringLiteral("2026-11-01 already has figures in the daily report: they are loaded here, and Save replaces "
                          "them."));

    // Blanked by hand and saved: refused, the day keeps its figures.
    for (const char *name : { "entryPv", "entryUv", "entryUnits", "entryBuyers", "entryPaidUv" })
        child<QSpinBox>(daily, name)->setValue(0);
    for (const char *name : { "entrySales", "entryDsr", "entryBounce", "entryRefund", "entryGood" })
        child<QDoubleSpinBox>(daily, name)->setValue(0);
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(f.errors
        == QStringList { QStringLiteral("The form for 2026-11-01 is empty: saving it would wipe that day's figures "
                                        "(visitors 900, sales ¥3,000.00), so nothing was saved.") });
    CHECK(f.days().first().uv == 900);
    CHECK(f.days().first().sales == Money::fromYuan(3000));
    CHECK(f.undo()->count() == 0);

    // A day with no figures starts blank, not with the figures of the day shown before.
    child<QDateEdit>(daily, "entryDay")->setDate(QDate(2026, 11, 2));
    CHECK(uv->value() == 0);
    CHECK(note->text() == QStringLiteral("2026-11-02 has no figures yet."));
    uv->setValue(500);
    sales->setValue(1000.0);
    // Meanwhile the platform's export of 2 November is imported on another PC.
    REQUIRE(KpiRepository(f.shop.db()).saveAll({ test::kpiDay(QDate(2026, 11, 2), 700, 20, 2100) }).ok());
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(asked.size() == 1);
    CHECK(asked.first()
        == QStringLiteral("2026-11-02 already has figures (visitors 700, sales ¥2,100.00). Replace them with the "
                          "form's (visitors 500, sales ¥1,000.00)? Changed: Page views (PV), Visitors (UV), Sales, "
                          "Units sold, Paid buyers, DSR."));
    CHECK(f.days().last().uv == 700); // answered Cancel: nothing written
    CHECK(note->text() == QStringLiteral("Nothing was saved: 2026-11-02 keeps its figures."));
    answer = true;
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(asked.size() == 2);
    CHECK(f.days().last().uv == 500);
    CHECK(f.days().last().sales == Money::fromYuan(1000));
    CHECK(f.errors.size() == 1);
}

TEST_CASE("the month's summary writes its sums as a manager reads them: ¥39.87万 in Chinese, ¥398,749 in English")
{
    Fixture f;
    REQUIRE(KpiRepository(f.shop.db())
                .saveAll({ test::kpiDay(QDate(2026, 11, 1), 5000, 1500, 200000),
                    test::kpiDay(QDate(2026, 11, 2), 5000, 1400, 198749) })
                .ok());
    core::language::install(QStringLiteral("zh_CN"));
    f.open();
    DailyView *daily = f.wb().daily();
    daily->showMonth(QStringLiteral("2026-11"));
    auto *summary = daily->findChild<QLabel *>(QStringLiteral("summary"));
    REQUIRE(summary);
    CHECK(summary->text().split(QStringLiteral("<br>")).first()
        == QString::fromUtf8(
            "<b>2026-11</b>：2 天 · 浏览量 30,000 · 访客数 10,000 · 销售额 ¥39.87万 · 成交件数 2,900 · "
            "支付买家数 2,900 · 转化率 29.00% · 客单价 ¥137.50"));
    core::language::install(QStringLiteral("en")); // a live switch: the summary is made again
    QCoreApplication::processEvents();
    CHECK(summary->text().split(QStringLiteral("<br>")).first()
        == QStringLiteral("<b>2026-11</b>: 2 days · PV 30,000 · UV 10,000 · sales ¥398,749 · units 2,900 · paid "
                          "buyers 2,900 · conversion 29.00% · AOV ¥137.50"));
}
