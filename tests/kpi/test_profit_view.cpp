// The KPI workbench's profit view (利润): the month's lines by item, category or day with the profit
// rate beside last month's, and the stock value at cost per category. The screenshot for the issue
// note is hidden ([.shots]): SHOPDESK_SHOTS=packaging/screenshots build/tests/kpi/test_kpi "[.shots]"

#include "KpiWorkbench.h"
#include "ProfitShop.h"
#include "ProfitView.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/core/ShopSettings.h>
#include <shopdesk/demo/DemoShop.h>
#include <shopdesk/kpi/KpiModule.h>

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QTableView>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using namespace shopdesk::kpi;

namespace {
struct Window {
    core::ShopEvents events;
    QStringList errors;
    QMainWindow window;
    std::unique_ptr<core::Workbench> workbench;

    explicit Window(const core::Database &db)
    {
        QObject::connect(&events, &core::ShopEvents::error, [this](const QString &m) { errors << m; });
        window.resize(1366, 768);
        workbench
            = makePanelFactory()->createWorkbench(core::PanelContext { db, events, QStringLiteral("test") }, &window);
        REQUIRE(workbench);
        for (QDockWidget *d : workbench->dockWidgets())
            window.addDockWidget(Qt::RightDockWidgetArea, d);
    }
    ProfitView *profit() const { return static_cast<KpiWorkbench *>(workbench.get())->profit(); }
};

QString cell(const QAbstractItemModel *m, int row, int column) { return m->index(row, column).data().toString(); }
} // namespace

TEST_CASE("the profit view shows the month by item in Chinese, with last month's rate and the stock value")
{
    core::language::install(QStringLiteral("zh_CN"));
    test::ProfitShop s;
    Window w(s.db());
    ProfitView *view = w.profit();
    REQUIRE(view);
    view->showMonth(QDate(2026, 11, 1), ProfitGrouping::Item);
    const QAbstractItemModel *m = view->table()->model();
    REQUIRE(m->rowCount() == 3); // two items and the total
    CHECK(m->headerData(9, Qt::Horizontal).toString() == QString::fromUtf8("利润"));
    CHECK(m->headerData(10, Qt::Horizontal).toString() == QString::fromUtf8("利润率"));
    CHECK(cell(m, 0, 0) == QStringLiteral("NZK-1"));
    CHECK(cell(m, 0, 9) == QStringLiteral("¥96.00"));
    CHECK(cell(m, 2, 0) == QString::fromUtf8("合计"));
    CHECK(cell(m, 2, 9) == QStringLiteral("¥121.50"));
    INFO(view->summary()->text().toStdString());
    CHECK(view->summary()->text().contains(QString::fromUtf8("利润率 <b>48.6%</b>（2026-10：55.0%）")));
    const QAbstractItemModel *stock = view->stockTable()->model();
    REQUIRE(stock->rowCount() == 2);
    CHECK(cell(stock, 1, 0) == QString::fromUtf8("裤装"));
    CHECK(cell(stock, 1, 4) == QStringLiteral("¥774.00"));
    CHECK(cell(stock, 1, 5) == QStringLiteral("¥374.00"));

    view->showMonth(QDate(2026, 11, 1), ProfitGrouping::Day);
    REQUIRE(m->rowCount() == 3);
    CHECK(cell(m, 1, 0) == QStringLiteral("2026-11-15"));
    CHECK(cell(m, 1, 9) == QStringLiteral("-¥6.00"));
    CHECK(w.errors.isEmpty());
}

TEST_CASE("screenshot of the profit view on the demo shop", "[.shots]")
{
    const QString dir = qEnvironmentVariable("SHOPDESK_SHOTS", QStringLiteral("/tmp/shots"));
    QDir().mkpath(dir);
    core::language::install(QStringLiteral("zh_CN"));
    test::TestShop shop;
    demo::DemoOptions options;
    options.lastDay = QDate(2026, 11, 24);
    REQUIRE(demo::DemoShop::create(shop.db(), options).ok());
    REQUIRE(core::ShopSettings(shop.db()).set(kPlatformFeeSetting, 0.05).ok());
    Window w(shop.db());
    w.window.resize(1280, 760);
    for (QDockWidget *d : w.workbench->dockWidgets())
        d->setVisible(d->objectName() == QLatin1String("dock.kpi.profit"));
    w.profit()->showMonth(QDate(2026, 11, 1), ProfitGrouping::Item);
    w.window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w.window));
    w.window.grab().save(QDir(dir).filePath(QStringLiteral("kpi-profit-zh_CN.png")));
    w.profit()->showMonth(QDate(2026, 11, 1), ProfitGrouping::Category);
    w.window.grab().save(QDir(dir).filePath(QStringLiteral("kpi-profit-category-zh_CN.png")));
}
