// The main window as a user sees it: six docks holding the shop's records, in Chinese by
// default, a layout that is saved and restored, and errors shown, not swallowed.

#include "MainWindow.h"
#include "Modules.h"
#include "TestShop.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/core/PanelContract.h>
#include <shopdesk/core/RecordTable.h>
#include <shopdesk/demo/DemoShop.h>

#include <QAbstractItemModel>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;

namespace {
const QStringList kPanels = { QStringLiteral("listings"), QStringLiteral("inventory"), QStringLiteral("shipping"),
    QStringLiteral("service"), QStringLiteral("kpi"), QStringLiteral("buyers") };
// Every workbench; the after-sale one starts empty on the demo shop (no case is opened there).
const QStringList kAllPanels = kPanels + QStringList { QStringLiteral("aftersale") };

// One demo shop for the whole test run (made once: the demo takes a moment).
QString demoShopPath()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("demo.shopdesk"));
        auto db = core::Database::open(path);
        REQUIRE(db.ok());
        demo::DemoOptions options;
        options.lastDay = QDate(2026, 11, 24);
        REQUIRE(demo::DemoShop::create(**db, options).ok());
    }
    return path;
}

// A workbench's first dock: the one in front in the default layout.
QDockWidget *firstDock(const app::MainWindow &w, const QString &id)
{
    core::Workbench *wb = w.workbench(id);
    return wb && !wb->dockWidgets().isEmpty() ? wb->dockWidgets().first() : nullptr;
}

// The main table ("table") of a workbench's first dock.
QTableView *tableOf(app::MainWindow &w, const QString &id)
{
    QDockWidget *dock = firstDock(w, id);
    return dock ? dock->findChild<QTableView *>(QStringLiteral("table")) : nullptr;
}

// A named child anywhere in a workbench's docks.
template<typename T>
T *findIn(const app::MainWindow &w, const QString &id, const QString &name)
{
    core::Workbench *wb = w.workbench(id);
    for (QDockWidget *d : wb ? wb->dockWidgets() : QList<QDockWidget *>())
        if (T *child = d->findChild<T *>(name))
            return child;
    return nullptr;
}

QString header(QTableView *view, int column) { return view->model()->headerData(column, Qt::Horizontal).toString(); }

// Types as the keyboard (or a barcode scanner) does: into whatever has the window's focus.
void typeIntoFocus(QWidget *window, const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(window->windowHandle(), c.toLatin1());
}
} // namespace

TEST_CASE("the shell hosts six docks with the demo shop's records, in Chinese")
{
    core::language::install(QStringLiteral("zh_CN"));
    app::MainWindow w(app::panelFactories());
    w.setQuietErrors(true);
    QSignalSpy errors(&w, &app::MainWindow::errorShown);
    REQUIRE(w.openShop(demoShopPath()));
    w.resize(1400, 900);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));

    CHECK(w.panelIds() == kAllPanels);
    for (const QString &id : kPanels) {
        CAPTURE(id.toStdString());
        QDockWidget *dock = firstDock(w, id);
        REQUIRE(dock);
        CHECK(dock->objectName().startsWith(QStringLiteral("dock.") + id));
        CHECK(dock->isVisible());
        // Not only "visible" but on screen: a dock lost in another's tab group has no visible region.
        CHECK_FALSE(dock->visibleRegion().isEmpty());
        QTableView *view = tableOf(w, id);
        REQUIRE(view);
        CHECK(view->model()->rowCount() > 0);
        CHECK(view->isVisible());
    }
    CHECK(errors.isEmpty());

    CHECK(firstDock(w, QStringLiteral("listings"))->windowTitle() == QString::fromUtf8("宝贝管理"));
    CHECK(header(tableOf(w, QStringLiteral("listings")), 0) == QString::fromUtf8("货号"));
    CHECK(header(tableOf(w, QStringLiteral("kpi")), 2) == QString::fromUtf8("访客数（UV）"));
    CHECK(w.menuBar()->actions().first()->text().contains(QString::fromUtf8("文件")));
    // Stored codes are shown in the store's own words.
    QAbstractItemModel *listings = tableOf(w, QStringLiteral("listings"))->model();
    QStringList roles;
    for (int r = 0; r < listings->rowCount(); ++r)
        roles << listings->index(r, 3).data().toString();
    CHECK(roles.contains(QString::fromUtf8("引流款")));
    CHECK(roles.contains(QString::fromUtf8("利润款")));
    CHECK(roles.contains(QString::fromUtf8("形象款")));
}

TEST_CASE("the search field filters a panel as the user types")
{
    core::language::install(QStringLiteral("zh_CN"));
    app::MainWindow w(app::panelFactories());
    w.setQuietErrors(true);
    REQUIRE(w.openShop(demoShopPath()));
    w.show();
    // The listings workbench's search field and main table, by name.
    auto *search = findIn<QLineEdit>(w, QStringLiteral("listings"), QStringLiteral("search"));
    REQUIRE(search);
    QAbstractItemModel *shown = tableOf(w, QStringLiteral("listings"))->model();
    const int all = shown->rowCount();
    QTest::keyClicks(search, QStringLiteral("NZK"));
    CHECK(shown->rowCount() > 0);
    CHECK(shown->rowCount() < all);
    search->clear();
    CHECK(shown->rowCount() == all);
}

TEST_CASE("what a panel reports done is shown in the status bar")
{
    core::language::install(QStringLiteral("zh_CN"));
    app::MainWindow w(app::panelFactories());
    w.setQuietErrors(true);
    REQUIRE(w.openShop(demoShopPath()));
    w.events()->reportDone(QStringLiteral("已导入 12 个订单"));
    CHECK(w.statusBar()->currentMessage() == QStringLiteral("已导入 12 个订单"));
}

TEST_CASE("switching to English retranslates the docks at once")
{
    core::language::install(QStringLiteral("zh_CN"));
    app::MainWindow w(app::panelFactories());
    w.setQuietErrors(true);
    REQUIRE(w.openShop(demoShopPath()));
    core::language::install(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(firstDock(w, QStringLiteral("listings"))->windowTitle() == QStringLiteral("Listings"));
    CHECK(header(tableOf(w, QStringLiteral("listings")), 0) == QStringLiteral("Item code"));
    QAbstractItemModel *listings = tableOf(w, QStringLiteral("listings"))->model();
    QStringList roles;
    for (int r = 0; r < listings->rowCount(); ++r)
        roles << listings->index(r, 3).data().toString();
    CHECK(roles.contains(QStringLiteral("Traffic item")));
    core::language::install(QStringLiteral("zh_CN"));
}

TEST_CASE("the dock layout is saved and restored, and Reset this workspace brings every dock back")
{
    QSettings().clear();
    {
        app::MainWindow w(app::panelFactories());
        w.setQuietErrors(true);
        REQUIRE(w.openShop(demoShopPath()));
        w.show();
        firstDock(w, QStringLiteral("kpi"))->hide();
        QDockWidget *service = firstDock(w, QStringLiteral("service"));
        w.removeDockWidget(service);
        w.addDockWidget(Qt::BottomDockWidgetArea, service);
        service->show();
        w.close(); // saves the layout
    }
    {
        // The next start: the window's layout comes back as soon as the shop's docks exist.
        app::MainWindow w(app::panelFactories());
        w.setQuietErrors(true);
        w.restoreSettings();
        CHECK(w.docks().isEmpty());
        REQUIRE(w.openShop(demoShopPath()));
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        CHECK_FALSE(firstDock(w, QStringLiteral("kpi"))->isVisible());
        CHECK(w.dockWidgetArea(firstDock(w, QStringLiteral("service"))) == Qt::BottomDockWidgetArea);
        CHECK(firstDock(w, QStringLiteral("listings"))->isVisible());

        QAction *reset = nullptr;
        for (QAction *menu : w.menuBar()->actions())
            for (QAction *a : menu->menu()->actions())
                if (a->menu())
                    for (QAction *b : a->menu()->actions())
                        if (b->text() == QString::fromUtf8("重置本工作区(&R)")
                            || b->text() == QStringLiteral("&Reset this workspace"))
                            reset = b;
        REQUIRE(reset);
        reset->trigger();
        for (QDockWidget *d : w.docks()) {
            CAPTURE(d->objectName());
            CHECK_FALSE(d->isHidden());
        }
        CHECK(w.dockWidgetArea(firstDock(w, QStringLiteral("service"))) == Qt::RightDockWidgetArea);
    }
}

TEST_CASE("without a shop the window shows its start page; opening one brings every workbench's docks and actions")
{
    core::language::install(QStringLiteral("zh_CN"));
    app::MainWindow w(app::panelFactories());
    w.setQuietErrors(true);
    auto *start = w.findChild<QWidget *>(QStringLiteral("startPage"));
    REQUIRE(start);
    CHECK_FALSE(start->isHidden());
    CHECK(w.docks().isEmpty());
    REQUIRE(w.openShop(demoShopPath()));
    CHECK(start->isHidden());
    for (const QString &id : kAllPanels) {
        CAPTURE(id);
        core::Workbench *wb = w.workbench(id);
        REQUIRE(wb);
        REQUIRE_FALSE(wb->dockWidgets().isEmpty());
        for (QDockWidget *d : wb->dockWidgets())
            CHECK(d->objectName().startsWith(QStringLiteral("dock.") + id));
        // Each action a workbench offers is in its menu and toolbar, with its shortcut.
        for (QAction *a : wb->actions()) {
            CAPTURE(a->text());
            CHECK(w.toolBar(id)->actions().contains(a));
        }
    }
}

TEST_CASE("each workbench's undo stack is in the window's undo group")
{
    app::MainWindow w(app::panelFactories());
    w.setQuietErrors(true);
    REQUIRE(w.openShop(demoShopPath()));
    for (const QString &id : kAllPanels)
        CHECK(w.undoGroup()->stacks().contains(w.workbench(id)->undoStack()));
    CHECK(w.undoGroup()->activeStack() != nullptr);
}

TEST_CASE("a file that is not a shop is refused with a message, and the open shop stays")
{
    app::MainWindow w(app::panelFactories());
    w.setQuietErrors(true);
    REQUIRE(w.openShop(demoShopPath()));
    QSignalSpy errors(&w, &app::MainWindow::errorShown);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.csv"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("not a shop");
    f.close();
    CHECK_FALSE(w.openShop(path));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().first().toString().contains(QStringLiteral("orders.csv")));
    REQUIRE(w.shop());
    CHECK(w.shop()->path() == QFileInfo(demoShopPath()).absoluteFilePath());
    CHECK(tableOf(w, QStringLiteral("listings"))->model()->rowCount() > 0);
}

TEST_CASE("the scan station keeps the focus only within itself: another dock's field keeps what is typed there")
{
    app::MainWindow w(app::panelFactories());
    w.setQuietErrors(true);
    REQUIRE(w.openShop(demoShopPath()));
    w.resize(1400, 900);
    w.show();
    QApplication::setActiveWindow(&w);
    REQUIRE(QTest::qWaitForWindowActive(&w));
    core::Workbench *shipping = w.workbench(QStringLiteral("shipping"));
    core::Workbench *service = w.workbench(QStringLiteral("service"));
    REQUIRE(shipping);
    REQUIRE(service);
    // The scan station is a dock of its own, behind the dispatch queue's tab until the clerk picks it.
    QDockWidget *stationDock = shipping->dock(QStringLiteral("scan"));
    REQUIRE(stationDock);
    CHECK(stationDock->objectName() == QStringLiteral("dock.shipping.scan"));
    auto *station = stationDock->findChild<QWidget *>(QStringLiteral("scanStation"));
    auto *scan = stationDock->findChild<QLineEdit *>(QStringLiteral("scanField"));
    auto *search = findIn<QLineEdit>(w, QStringLiteral("service"), QStringLiteral("search"));
    REQUIRE(station);
    REQUIRE(scan);
    REQUIRE(search);
    stationDock->raise();
    QCoreApplication::processEvents();
    REQUIRE_FALSE(scan->visibleRegion().isEmpty());
    QTest::mouseClick(scan, Qt::LeftButton);
    QCoreApplication::processEvents();
    REQUIRE(scan->hasFocus());
    CHECK(w.undoGroup()->activeStack() == shipping->undoStack());

    // The customer-service agent clicks into the reply search and types.
    QTest::mouseClick(search, Qt::LeftButton);
    QCoreApplication::processEvents();
    typeIntoFocus(&w, QStringLiteral("abc"));
    QCoreApplication::processEvents();
    CHECK(search->text() == QStringLiteral("abc"));
    CHECK(scan->text().isEmpty());
    CHECK(search->hasFocus());
    // Edit → Undo now acts on the service panel's stack.
    CHECK(w.undoGroup()->activeStack() == service->undoStack());

    // Back at the station, a scan typed as fast as a scanner types (keys, then Enter) is taken.
    const QString orderNo = test::scalar(
        *w.shop(), QStringLiteral("SELECT order_no FROM orders WHERE status = 'paid' ORDER BY paid_at LIMIT 1"))
                                .toString();
    REQUIRE_FALSE(orderNo.isEmpty());
    QTest::mouseClick(scan, Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(w.undoGroup()->activeStack() == shipping->undoStack());
    typeIntoFocus(&w, orderNo);
    QTest::keyClick(w.windowHandle(), Qt::Key_Return);
    CHECK(findIn<QLabel>(w, QStringLiteral("shipping"), QStringLiteral("scanOrder"))->text().contains(orderNo));
    CHECK(scan->text().isEmpty());
    CHECK(search->text() == QStringLiteral("abc"));
}
