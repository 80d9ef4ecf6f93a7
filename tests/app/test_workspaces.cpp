// The role workspaces (View → Workspace): each one rendered at a laptop's 1366×768 and a desktop's
// 1920×1080, in both languages, on the demo shop and on a shop made through the new-shop path; its
// key widgets in sight, whole and in front; no toolbar action behind "»"; Ctrl+1 … Ctrl+5; a
// workspace kept as the user left it, across a restart; Reset; `shopdesk --workspace`.

#include "AppSettings.h"
#include "MainWindow.h"
#include "Modules.h"
#include "Workspace.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/core/PanelContract.h>
#include <shopdesk/demo/DemoShop.h>

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;

namespace {

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

/// A widget a workspace is for: in dock `dock`, the child `name` (empty: the dock's main table).
struct Key {
    QString dock;
    QString name;
    int keyColumns = 0; ///< a table: this many first columns shown whole
};

const QHash<QString, QList<Key>> &keyWidgets()
{
    static const QHash<QString, QList<Key>> keys {
        { app::workspaces::kManager,
            { { QStringLiteral("dock.listings.items"), QStringLiteral("table"), 3 },
                { QStringLiteral("dock.listings.items"), QStringLiteral("skuGrid") },
                { QStringLiteral("dock.kpi.daily"), QString(), 3 } } },
        { app::workspaces::kService,
            { { QStringLiteral("dock.service.replies"), QStringLiteral("table"), 2 },
                { QStringLiteral("dock.service.replies"), QStringLiteral("bindField") },
                { QStringLiteral("dock.service.replies"), QStringLiteral("search") },
                { QStringLiteral("dock.buyers.buyers"), QString(), 2 } } },
        { app::workspaces::kWarehouse,
            { { QStringLiteral("dock.shipping.queue"), QString(), 2 },
                { QStringLiteral("dock.shipping.scan"), QStringLiteral("scanField") },
                { QStringLiteral("dock.shipping.scan"), QStringLiteral("weightField") },
                { QStringLiteral("dock.shipping.scan"), QStringLiteral("packerField") },
                { QStringLiteral("dock.shipping.scan"), QStringLiteral("confirmButton") } } },
        { app::workspaces::kStocktake,
            { { QStringLiteral("dock.inventory.stocktake"), QStringLiteral("scanField") },
                { QStringLiteral("dock.inventory.stocktake"), QStringLiteral("varianceItems"), 2 } } },
        { app::workspaces::kAll,
            { { QStringLiteral("dock.listings.items"), QStringLiteral("search") },
                { QStringLiteral("dock.kpi.daily"), QStringLiteral("month") } } },
    };
    return keys;
}

QWidget *keyWidget(const app::MainWindow &w, const Key &key)
{
    QDockWidget *dock = w.dock(key.dock);
    if (!dock)
        return nullptr;
    if (!key.name.isEmpty())
        return dock->findChild<QWidget *>(key.name);
    // The dock's main table: its largest.
    QTableView *best = nullptr;
    for (QTableView *t : dock->findChildren<QTableView *>())
        if (!best || t->width() * t->height() > best->width() * best->height())
            best = t;
    return best;
}

/// Not cut off by any widget it sits in up to the window: no scrolling needed to see it whole.
bool unclipped(const QWidget *widget, QString *where)
{
    const QWidget *window = widget->window();
    for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        const QRect inside(widget->mapTo(p, QPoint(0, 0)), widget->size());
        if (!p->rect().contains(inside)) {
            *where = QStringLiteral("%1 (%2×%3 at %4,%5) is cut off by %6 (%7×%8)")
                         .arg(widget->objectName())
                         .arg(inside.width())
                         .arg(inside.height())
                         .arg(inside.x())
                         .arg(inside.y())
                         .arg(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className())
                                                        : p->objectName())
                         .arg(p->width())
                         .arg(p->height());
            return false;
        }
        if (p == window)
            break;
    }
    return true;
}

void settle(QWidget *w)
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    w->grab(); // lays out and paints, as a screen would
    QCoreApplication::processEvents();
}

/// Shows workspace `id` in its default arrangement at `size` and checks what a user would see.
void checkWorkspace(app::MainWindow &w, const QString &id, QSize size)
{
    CAPTURE(id.toStdString(), size.width(), size.height(), core::language::current().toStdString());
    REQUIRE(w.setWorkspace(id));
    w.resize(size);
    w.resetLayout();
    settle(&w);
    CHECK(w.size() == size);

    // Only the workspace's docks are shown.
    const app::Workspace *ws = app::workspaces::find(id);
    REQUIRE(ws);
    if (!ws->showsEverything())
        for (QDockWidget *d : w.docks()) {
            CAPTURE(d->objectName().toStdString());
            CHECK(d->isHidden() != ws->docks().contains(d->objectName()));
        }

    // No toolbar hides an action behind its extension button.
    for (QToolBar *bar : w.findChildren<QToolBar *>()) {
        CAPTURE(bar->objectName().toStdString(), bar->width(), bar->sizeHint().width());
        if (auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
            CHECK_FALSE(more->isVisible());
        if (!bar->isHidden())
            CHECK(QRect(QPoint(), w.size()).contains(QRect(bar->mapTo(&w, QPoint()), bar->size())));
    }

    for (const Key &key : keyWidgets().value(id)) {
        CAPTURE(key.dock.toStdString(), key.name.toStdString());
        QWidget *k = keyWidget(w, key);
        REQUIRE(k);
        CHECK(k->isVisible());
        CHECK_FALSE(k->visibleRegion().isEmpty()); // in front, not in a tab behind another
        QString where;
        CHECK(unclipped(k, &where));
        CAPTURE(where.toStdString());
        CHECK(where.isEmpty());
        if (auto *table = qobject_cast<QTableView *>(k); table && key.keyColumns > 0) {
            int shown = 0;
            for (int c = 0; c < table->model()->columnCount() && shown < key.keyColumns; ++c) {
                if (table->isColumnHidden(c))
                    continue;
                CAPTURE(c, table->columnViewportPosition(c), table->columnWidth(c), table->viewport()->width());
                CHECK(table->columnViewportPosition(c) >= 0);
                CHECK(table->columnViewportPosition(c) + table->columnWidth(c) <= table->viewport()->width());
                ++shown;
            }
            CHECK(shown == key.keyColumns);
        }
        // A scanning field shows a whole tracking number (it was squeezed to "在…" beside the
        // weight and the packer in the 仓管 workspace at 1366×768).
        if (key.name == QLatin1String("scanField")) {
            auto *field = qobject_cast<QLineEdit *>(k);
            REQUIRE(field);
            CAPTURE(field->width());
            CHECK(field->width() >= field->fontMetrics().horizontalAdvance(QStringLiteral("YT8800000000001")));
        }
    }
}

void checkEveryWorkspace(app::MainWindow &w)
{
    for (const QSize size : { QSize(1366, 768), QSize(1920, 1080) })
        for (const app::Workspace &ws : app::workspaces::all())
            checkWorkspace(w, ws.id, size);
}

} // namespace

TEST_CASE("every workspace fits 1366×768 and 1920×1080 in both languages, on the demo shop")
{
    for (const QString &lang : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        core::language::install(lang);
        app::MainWindow w(app::panelFactories());
        w.setQuietErrors(true);
        w.setUseSavedLayouts(false);
        REQUIRE(w.openShop(demoShopPath()));
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        checkEveryWorkspace(w);
    }
    core::language::install(QStringLiteral("en"));
}

TEST_CASE("every workspace fits on a shop made through the new-shop path, in both languages")
{
    QTemporaryDir dir;
    for (const QString &lang : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        core::language::install(lang);
        app::MainWindow w(app::panelFactories());
        w.setQuietErrors(true);
        w.setUseSavedLayouts(false);
        core::ShopSettings::Batch batch;
        batch.set(core::ShopSettings::kShopName, QStringLiteral("新店"));
        REQUIRE(w.createShop(dir.filePath(lang + QStringLiteral(".shopdesk")), batch, QStringLiteral("owner")));
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        checkEveryWorkspace(w);
    }
    core::language::install(QStringLiteral("en"));
}

TEST_CASE("View → Workspace lists the five workspaces with Ctrl+1 … Ctrl+5, and the keys switch")
{
    core::language::install(QStringLiteral("zh_CN"));
    app::MainWindow w(app::panelFactories());
    w.setQuietErrors(true);
    w.setUseSavedLayouts(false);
    REQUIRE(w.openShop(demoShopPath()));
    w.resize(1366, 768);
    w.show();
    QApplication::setActiveWindow(&w);
    REQUIRE(QTest::qWaitForWindowActive(&w));

    const QStringList titles = { QString::fromUtf8("店长"), QString::fromUtf8("客服"), QString::fromUtf8("仓管"),
        QString::fromUtf8("盘点"), QString::fromUtf8("全部") };
    int n = 0;
    for (const app::Workspace &ws : app::workspaces::all()) {
        CAPTURE(ws.id.toStdString());
        QAction *a = w.workspaceAction(ws.id);
        REQUIRE(a);
        CHECK(a->text() == titles.at(n));
        CHECK(a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + n)));
        ++n;
    }
    auto *menu = w.findChild<QMenu *>(QStringLiteral("workspaceMenu"));
    REQUIRE(menu);
    CHECK(menu->title() == QString::fromUtf8("工作区(&W)"));

    const QList<std::pair<Qt::Key, QString>> keys = { { Qt::Key_3, app::workspaces::kWarehouse },
        { Qt::Key_1, app::workspaces::kManager }, { Qt::Key_4, app::workspaces::kStocktake },
        { Qt::Key_2, app::workspaces::kService }, { Qt::Key_5, app::workspaces::kAll } };
    for (const auto &[key, id] : keys) {
        CAPTURE(id.toStdString());
        // Typed wherever the focus is: in a dock's table too.
        if (QDockWidget *d = w.dock(QStringLiteral("dock.listings.items")); d && d->isVisible())
            d->findChild<QTableView *>(QStringLiteral("table"))->setFocus();
        QTest::keyClick(w.windowHandle(), key, Qt::ControlModifier);
        QCoreApplication::processEvents();
        CHECK(w.workspace() == id);
        CHECK(w.workspaceAction(id)->isChecked());
    }
    // The warehouse's toolbars, and no other.
    REQUIRE(w.setWorkspace(app::workspaces::kWarehouse));
    CHECK_FALSE(w.toolBar(QStringLiteral("shipping"))->isHidden());
    CHECK_FALSE(w.toolBar(QStringLiteral("inventory"))->isHidden());
    CHECK(w.toolBar(QStringLiteral("listings"))->isHidden());
    CHECK(w.toolBar(QStringLiteral("kpi"))->isHidden());
    core::language::install(QStringLiteral("en"));
}

TEST_CASE("Alt+1 … go to a workbench's docks; Ctrl+1 … are the workspaces'")
{
    app::MainWindow w(app::panelFactories());
    w.setQuietErrors(true);
    w.setUseSavedLayouts(false);
    REQUIRE(w.openShop(demoShopPath()));
    w.resize(1366, 768);
    w.show();
    QApplication::setActiveWindow(&w);
    REQUIRE(QTest::qWaitForWindowActive(&w));
    REQUIRE(w.setWorkspace(app::workspaces::kAll));
    core::Workbench *inventory = w.workbench(QStringLiteral("inventory"));
    REQUIRE(inventory);
    inventory->raiseView(QStringLiteral("stock"));
    QCoreApplication::processEvents();
    QTest::keyClick(w.windowHandle(), Qt::Key_3, Qt::AltModifier);
    CHECK(inventory->focusedView() == QStringLiteral("stocktake"));
    CHECK(w.workspace() == app::workspaces::kAll);
}

TEST_CASE("a user's change to a workspace is kept across a restart, and Reset brings its default back")
{
    QSettings().clear();
    const QString daily = QStringLiteral("dock.kpi.daily");
    const QString items = QStringLiteral("dock.listings.items");
    {
        app::MainWindow w(app::panelFactories());
        w.setQuietErrors(true);
        w.restoreSettings();
        REQUIRE(w.openShop(demoShopPath()));
        w.resize(1366, 768);
        w.show();
        REQUIRE(w.setWorkspace(app::workspaces::kManager));
        CHECK_FALSE(w.dock(daily)->isHidden());
        w.dock(daily)->hide();
        // Another workspace is not touched by it.
        REQUIRE(w.setWorkspace(app::workspaces::kAll));
        CHECK_FALSE(w.dock(daily)->isHidden());
        REQUIRE(w.setWorkspace(app::workspaces::kManager));
        CHECK(w.dock(daily)->isHidden());
        w.close(); // saves the layouts
    }
    {
        app::MainWindow w(app::panelFactories());
        w.setQuietErrors(true);
        w.restoreSettings();
        REQUIRE(w.openShop(demoShopPath()));
        w.show();
        REQUIRE(QTest::qWaitForWindowExposed(&w));
        CHECK(w.workspace() == app::workspaces::kManager);
        CHECK(w.workspaceAction(app::workspaces::kManager)->isChecked());
        CHECK(w.dock(daily)->isHidden());
        CHECK_FALSE(w.dock(items)->isHidden());

        w.findChild<QAction *>(QStringLiteral("resetWorkspaceAction"))->trigger();
        CHECK_FALSE(w.dock(daily)->isHidden());
        CHECK_FALSE(w.dock(items)->isHidden());
        CHECK(w.dock(QStringLiteral("dock.shipping.queue"))->isHidden());
        w.close();
    }
    {
        // What Reset brought back is what the next start shows.
        app::MainWindow w(app::panelFactories());
        w.setQuietErrors(true);
        w.restoreSettings();
        REQUIRE(w.openShop(demoShopPath()));
        CHECK(w.workspace() == app::workspaces::kManager);
        CHECK_FALSE(w.dock(daily)->isHidden());
    }
    QSettings().clear();
}

TEST_CASE("a window on no saved layouts (a --screenshot) leaves the user's workspace and layouts alone")
{
    QSettings().clear();
    QSettings().setValue(app::settings::kWorkspace, app::workspaces::kService);
    {
        app::MainWindow w(app::panelFactories());
        w.setQuietErrors(true);
        w.setUseSavedLayouts(false);
        REQUIRE(w.openShop(demoShopPath()));
        REQUIRE(w.setWorkspace(app::workspaces::kWarehouse));
        REQUIRE(w.setWorkspace(app::workspaces::kStocktake));
        w.close();
    }
    QSettings s;
    CHECK(s.value(app::settings::kWorkspace).toString() == app::workspaces::kService);
    CHECK_FALSE(s.contains(app::settings::workspaceState(app::workspaces::kWarehouse)));
    CHECK_FALSE(s.contains(app::settings::workspaceState(app::workspaces::kAll)));
    s.clear();
}

TEST_CASE("the first start sizes the window to the screen's free area, never larger")
{
    QSettings().clear();
    app::MainWindow w(app::panelFactories());
    w.setQuietErrors(true);
    w.restoreSettings();
    const QRect avail = w.screen()->availableGeometry();
    CHECK(w.width() <= avail.width());
    CHECK(w.height() <= avail.height());
    CHECK(avail.contains(w.geometry()));
    CHECK(w.windowState().testFlag(Qt::WindowMaximized));
    QSettings().clear();
}

TEST_CASE("a floating dock saved off every screen comes back on screen")
{
    QSettings().clear();
    {
        app::MainWindow w(app::panelFactories());
        w.setQuietErrors(true);
        w.restoreSettings();
        REQUIRE(w.openShop(demoShopPath()));
        w.show();
        QDockWidget *d = w.dock(QStringLiteral("dock.listings.advice"));
        REQUIRE(d);
        d->setFloating(true);
        d->setGeometry(5000, 4000, 400, 300); // on the monitor left at the office
        w.close();
    }
    app::MainWindow w(app::panelFactories());
    w.setQuietErrors(true);
    w.restoreSettings();
    REQUIRE(w.openShop(demoShopPath()));
    w.show();
    QDockWidget *d = w.dock(QStringLiteral("dock.listings.advice"));
    REQUIRE(d->isFloating());
    CHECK(w.screen()->availableGeometry().contains(d->geometry()));
    QSettings().clear();
}

TEST_CASE("every table and input in every dock has an accessible name, in both languages")
{
    for (const QString &lang : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        core::language::install(lang);
        app::MainWindow w(app::panelFactories());
        w.setQuietErrors(true);
        w.setUseSavedLayouts(false);
        REQUIRE(w.openShop(demoShopPath()));
        w.show();
        QCoreApplication::processEvents();
        for (QDockWidget *d : w.docks()) {
            CAPTURE(d->objectName().toStdString());
            for (QWidget *c : d->findChildren<QWidget *>()) {
                const bool input = qobject_cast<QAbstractItemView *>(c) || qobject_cast<QLineEdit *>(c)
                    || qobject_cast<QComboBox *>(c) || qobject_cast<QAbstractSpinBox *>(c)
                    || qobject_cast<QTextEdit *>(c) || qobject_cast<QPlainTextEdit *>(c);
                QWidget *parent = c->parentWidget();
                if (!input || c->isWindow() || c->window() != &w
                    || (parent && (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent))))
                    continue;
                CAPTURE(c->objectName().toStdString(), c->metaObject()->className());
                CHECK_FALSE(c->accessibleName().trimmed().isEmpty());
            }
        }
    }
    core::language::install(QStringLiteral("en"));
}

TEST_CASE("each workbench's shortcuts are the standard keys and none is used twice, nor by the window")
{
    app::MainWindow w(app::panelFactories());
    w.setQuietErrors(true);
    w.setUseSavedLayouts(false);
    REQUIRE(w.openShop(demoShopPath()));
    // The window's own keys work everywhere: no workbench may take them.
    QList<QAction *> workbenchActions;
    for (const QString &id : w.panelIds())
        workbenchActions << w.workbench(id)->actions();
    QList<QKeySequence> window;
    for (QAction *menu : w.menuBar()->actions())
        if (menu->menu())
            for (QAction *a : menu->menu()->actions())
                if (!a->shortcut().isEmpty() && !a->menu() && !workbenchActions.contains(a))
                    window << a->shortcut();
    for (const app::Workspace &ws : app::workspaces::all())
        window << w.workspaceAction(ws.id)->shortcut();
    for (const QString &id : w.panelIds()) {
        CAPTURE(id.toStdString());
        core::Workbench *wb = w.workbench(id);
        REQUIRE(wb);
        QHash<QKeySequence, QString> seen;
        for (QAction *a : wb->actions()) {
            if (a->shortcut().isEmpty())
                continue;
            CAPTURE(a->objectName().toStdString(), a->shortcut().toString().toStdString());
            CHECK_FALSE(seen.contains(a->shortcut()));
            seen.insert(a->shortcut(), a->objectName());
            CHECK_FALSE(window.contains(a->shortcut()));
        }
        // The standard keys, where the workbench offers the command.
        for (QAction *a : wb->actions()) {
            const QString name = a->objectName().toLower();
            CAPTURE(a->objectName().toStdString());
            if (name.endsWith(QLatin1String("reload")))
                CHECK(a->shortcut() == QKeySequence(QKeySequence::Refresh));
            if (name.endsWith(QLatin1String("find")))
                CHECK(a->shortcut() == QKeySequence(QKeySequence::Find));
        }
    }
}

TEST_CASE("shopdesk --workspace opens that workspace; with --screenshot it renders it at --geometry")
{
    QTemporaryDir dir;
    const QString shop = dir.filePath(QStringLiteral("shop.shopdesk"));
    REQUIRE(QFile::copy(demoShopPath(), shop));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.warning=false")); // the offscreen plugin's notes
    auto run = [&](const QStringList &args, QString *err) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SHOPDESK_BIN_DIR "/shopdesk"), args);
        REQUIRE(p.waitForStarted());
        while (p.state() != QProcess::NotRunning)
            QTest::qWait(20);
        *err = QString::fromUtf8(p.readAllStandardError()).trimmed();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    QString err;
    QHash<QString, QImage> shots;
    for (const QString &id : { app::workspaces::kWarehouse, app::workspaces::kStocktake }) {
        const QString out = dir.filePath(id + QStringLiteral(".png"));
        CHECK(run({ QStringLiteral("--db"), shop, QStringLiteral("--lang"), QStringLiteral("en"),
                      QStringLiteral("--workspace"), id, QStringLiteral("--geometry"), QStringLiteral("1366x768"),
                      QStringLiteral("--screenshot"), out },
                  &err)
            == 0);
        CHECK(err.isEmpty());
        QImage shot(out);
        REQUIRE_FALSE(shot.isNull());
        CHECK(shot.size() == QSize(1366, 768));
        shots.insert(id, shot);
    }
    CHECK(shots.value(app::workspaces::kWarehouse) != shots.value(app::workspaces::kStocktake));

    CHECK(run({ QStringLiteral("--db"), shop, QStringLiteral("--lang"), QStringLiteral("en"),
                  QStringLiteral("--workspace"), QStringLiteral("office"), QStringLiteral("--screenshot"),
                  dir.filePath(QStringLiteral("x.png")) },
              &err)
        == 2);
    CHECK(err.toStdString() == "Unknown workspace “office”; use one of: manager, service, warehouse, stocktake, all.");
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.png"))));
}

TEST_CASE("the 盘点 workspace shows its tables' headers in the same big type as their rows")
{
    core::language::install(QStringLiteral("zh_CN"));
    app::MainWindow w(app::panelFactories());
    w.setQuietErrors(true);
    w.setUseSavedLayouts(false);
    REQUIRE(w.openShop(demoShopPath()));
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    QDockWidget *dock = w.dock(QStringLiteral("dock.inventory.stocktake"));
    REQUIRE(dock);
    const qreal normal = QApplication::font().pointSizeF();
    for (const QString &id : { app::workspaces::kStocktake, app::workspaces::kAll, app::workspaces::kStocktake }) {
        CAPTURE(id.toStdString());
        REQUIRE(w.setWorkspace(id));
        w.resize(1366, 768);
        w.resetLayout();
        settle(&w);
        const bool big = id == app::workspaces::kStocktake;
        for (const char *name : { "varianceItems", "varianceGrid" }) {
            CAPTURE(name);
            auto *table = dock->findChild<QTableView *>(QLatin1String(name));
            REQUIRE(table);
            const qreal rows = table->font().pointSizeF();
            CHECK(table->horizontalHeader()->font().pointSizeF() == rows);
            CHECK(table->verticalHeader()->font().pointSizeF() == rows);
            // The header as painted: a line of its type fits in it (the grid has columns once an item is shown).
            if (table->model()->columnCount() > 0)
                CHECK(table->horizontalHeader()->height() >= table->horizontalHeader()->fontMetrics().height());
            if (big)
                CHECK(rows >= normal * 1.4);
            else
                CHECK(rows < normal * 1.4);
        }
    }
    core::language::install(QStringLiteral("en"));
}
