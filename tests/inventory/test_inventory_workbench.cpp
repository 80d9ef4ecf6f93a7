// The inventory workbench as the window hosts it: a dock per view (titles in Chinese), the
// actions and their shortcuts, the views' saved state, and a stock-take scan field that never
// loses a scan to a question or an error.

#include "InventoryBench.h"
#include "InventoryFixture.h"
#include "MovementsView.h"
#include "StocktakeView.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/inventory/StocktakeRepository.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTest>

using namespace shopdesk;
using inventory::StocktakeView;
using test::InventoryBench;
using test::InventoryShop;

namespace {
QAction *actionNamed(const core::Workbench &wb, const QString &name)
{
    for (QAction *a : wb.actions())
        if (a->objectName() == name)
            return a;
    return nullptr;
}

void showActive(InventoryBench &bench)
{
    bench.resize(1200, 1600);
    bench.show();
    QApplication::setActiveWindow(&bench.window);
    REQUIRE(QTest::qWaitForWindowActive(&bench.window));
}

// Types as a barcode scanner does: every key into whatever has the focus, then Enter.
void scanIntoFocus(QWidget *window, const QString &code)
{
    for (const QChar c : code)
        QTest::keyClick(window->windowHandle(), c.toLatin1());
    QTest::keyClick(window->windowHandle(), Qt::Key_Return);
}

QString lastScan(const InventoryBench &bench) { return bench.findChild<QLabel *>(QStringLiteral("lastScan"))->text(); }
} // namespace

TEST_CASE("the inventory workbench has a dock per view, titled in Chinese")
{
    core::language::install(QStringLiteral("zh_CN"));
    InventoryShop s;
    core::ShopEvents events;
    InventoryBench bench({ s.db(), events, QStringLiteral("test") });
    QStringList names, titles;
    for (QDockWidget *d : bench.wb->dockWidgets()) {
        names << d->objectName();
        titles << d->windowTitle();
    }
    CHECK(names
        == QStringList { QStringLiteral("dock.inventory.stock"), QStringLiteral("dock.inventory.receiving"),
            QStringLiteral("dock.inventory.stocktake"), QStringLiteral("dock.inventory.movements"),
            QStringLiteral("dock.inventory.quality"), QStringLiteral("dock.inventory.suppliers"),
            QStringLiteral("dock.inventory.reorder"), QStringLiteral("dock.inventory.purchaseOrders"),
            QStringLiteral("dock.inventory.stockReport") });
    CHECK(titles
        == QStringList { QString::fromUtf8("库存"), QString::fromUtf8("入库"), QString::fromUtf8("盘点"),
            QString::fromUtf8("出入库明细"), QString::fromUtf8("质检/退货"), QString::fromUtf8("供应商"),
            QString::fromUtf8("补货"), QString::fromUtf8("采购单"), QString::fromUtf8("进销存报表") });
    CHECK(
        actionNamed(*bench.wb, QStringLiteral("inventoryPrintReport"))->text() == QString::fromUtf8("打印盘点表(&P)…"));
    core::language::install(QStringLiteral("en"));
    QCoreApplication::processEvents(); // the LanguageChange
    CHECK(bench.title(QStringLiteral("quality")) == QStringLiteral("Quality and returns"));
    CHECK(actionNamed(*bench.wb, QStringLiteral("inventoryFind"))->text() == QStringLiteral("&Find a SKU"));
}

TEST_CASE("every inventory action is offered with its shortcut")
{
    InventoryShop s;
    core::ShopEvents events;
    InventoryBench bench({ s.db(), events, QStringLiteral("test") });
    const QList<QPair<QString, QKeySequence>> expected = {
        { QStringLiteral("inventoryReload"), QKeySequence(Qt::Key_F5) },
        { QStringLiteral("inventoryFind"), QKeySequence(Qt::CTRL | Qt::Key_F) },
        { QStringLiteral("inventoryImportCounts"), QKeySequence(Qt::CTRL | Qt::Key_I) },
        { QStringLiteral("inventoryExportReport"), QKeySequence(Qt::CTRL | Qt::Key_E) },
        { QStringLiteral("inventoryPrintReport"), QKeySequence(Qt::CTRL | Qt::Key_P) },
        { QStringLiteral("inventoryOpeningStock"), QKeySequence() },
    };
    REQUIRE(bench.wb->actions().size() == expected.size());
    for (const auto &[name, keys] : expected) {
        CAPTURE(name.toStdString());
        QAction *a = actionNamed(*bench.wb, name);
        REQUIRE(a);
        CHECK(a->shortcut() == keys);
        CHECK(a->shortcutContext() == Qt::WidgetWithChildrenShortcut);
        CHECK_FALSE(a->text().isEmpty());
    }
}

TEST_CASE("Alt+3 typed in the stock dock goes to the stock-take scan field; Ctrl+F in movements to its SKU field")
{
    InventoryShop s;
    core::ShopEvents events;
    InventoryBench bench({ s.db(), events, QStringLiteral("test") });
    showActive(bench);
    bench.findChild<QLineEdit *>(QStringLiteral("search"))->setFocus();
    QTest::keyClick(bench.window.windowHandle(), Qt::Key_3, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == bench.stocktake()->scanField());

    bench.findChild<QComboBox *>(QStringLiteral("movementKind"))->setFocus();
    QTest::keyClick(bench.window.windowHandle(), Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == bench.findChild<QLineEdit *>(QStringLiteral("movementSku")));
    QTest::keyClick(bench.window.windowHandle(), Qt::Key_1, Qt::AltModifier);
    QTest::keyClick(bench.window.windowHandle(), Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == bench.findChild<QLineEdit *>(QStringLiteral("search")));
}

TEST_CASE("a scan typed while the post question shows is counted, and the count is posted only when confirmed")
{
    InventoryShop s;
    core::ShopEvents events;
    QStringList errors;
    QObject::connect(&events, &core::ShopEvents::error, [&](const QString &m) { errors << m; });
    InventoryBench bench({ s.db(), events, QStringLiteral("test") });
    showActive(bench);
    StocktakeView *view = bench.stocktake();
    view->startCount();
    REQUIRE(view->shownCount()->status == QStringLiteral("open"));

    bench.findChild<QPushButton *>(QStringLiteral("postCount"))->click();
    CHECK_FALSE(bench.findChild<QWidget *>(QStringLiteral("countQuestion"))->isHidden());
    CHECK(QApplication::focusWidget() == view->scanField());
    // The scanner goes on: the code and its Enter go to the scan field, not to the question.
    scanIntoFocus(&bench.window, InventoryShop::kJeans30);
    CHECK(lastScan(bench).contains(QStringLiteral("+1 → 1")));
    CHECK(view->shownCount()->status == QStringLiteral("open"));

    bench.findChild<QPushButton *>(QStringLiteral("confirmCount"))->click();
    CHECK(view->shownCount()->status == QStringLiteral("posted"));
    CHECK(bench.findChild<QWidget *>(QStringLiteral("countQuestion"))->isHidden());
    CHECK(s.onHand(s.jeans[0]) == 1);
    CHECK(QApplication::focusWidget() == view->scanField());
    CHECK(errors.isEmpty());
}

TEST_CASE("a count typed beside the scan field sets it; a barcode scanned into it is counted as a scan")
{
    InventoryShop s;
    core::ShopEvents events;
    InventoryBench bench({ s.db(), events, QStringLiteral("test") });
    showActive(bench);
    StocktakeView *view = bench.stocktake();
    view->startCount();
    auto *grid = bench.findChild<QTableView *>(QStringLiteral("varianceGrid"));
    REQUIRE(grid->model()->rowCount() > 0);
    auto *typed = bench.findChild<QLineEdit *>(QStringLiteral("typedCount"));
    REQUIRE(typed);

    // Double-click 浅蓝/30: the field asks for its count, beside the scan field.
    QModelIndex cell;
    QAbstractItemModel *m = grid->model();
    for (int r = 0; r < m->rowCount(); ++r)
        for (int c = 0; c < m->columnCount(); ++c)
            if (m->headerData(r, Qt::Vertical).toString() == QString::fromUtf8("浅蓝")
                && m->headerData(c, Qt::Horizontal).toString() == QStringLiteral("30"))
                cell = m->index(r, c);
    REQUIRE(cell.isValid());
    Q_EMIT grid->doubleClicked(cell);
    REQUIRE(typed->isVisible());
    CHECK(QApplication::focusWidget() == typed);
    typed->selectAll();
    scanIntoFocus(&bench.window, QStringLiteral("7"));
    CHECK(typed->isHidden());
    CHECK(QApplication::focusWidget() == view->scanField());
    inventory::StocktakeRepository repo(s.db());
    auto rows = repo.variance(view->shownCount()->id);
    REQUIRE(rows.ok());
    qint64 counted = -1;
    for (const auto &r : *rows)
        if (r.skuId == s.jeans[0])
            counted = r.counted;
    CHECK(counted == 7);

    // Asked again, the counter scans instead of typing: the code is a scan (+1), not a count.
    Q_EMIT grid->doubleClicked(cell);
    REQUIRE(typed->isVisible());
    typed->selectAll();
    scanIntoFocus(&bench.window, InventoryShop::kTeeM);
    CHECK(typed->isHidden());
    CHECK(lastScan(bench).contains(QStringLiteral("+1 → 1")));
}

TEST_CASE("a refused count import is shown beside the scan field, not in a modal error box")
{
    InventoryShop s;
    core::ShopEvents events;
    QStringList errors;
    QObject::connect(&events, &core::ShopEvents::error, [&](const QString &m) { errors << m; });
    InventoryBench bench({ s.db(), events, QStringLiteral("test") });
    showActive(bench);
    bench.stocktake()->startCount();
    const QString bad = s.shop.file(QStringLiteral("bad.csv"));
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("barcode,quantity\n2000000000015,many\n");
    }
    bench.stocktake()->importCountsFrom(bad);
    CHECK(lastScan(bench).contains(QStringLiteral("bad.csv")));
    CHECK(errors.isEmpty());
    scanIntoFocus(&bench.window, InventoryShop::kJeans31);
    CHECK(lastScan(bench).contains(QStringLiteral("+1 → 1")));
}

TEST_CASE("the inventory views' state comes back: splitters, the movement kind, columns")
{
    InventoryShop s;
    core::ShopEvents events;
    QByteArray state;
    QList<int> sizes;
    {
        InventoryBench bench({ s.db(), events, QStringLiteral("test") });
        showActive(bench);
        auto *split = bench.findChild<QSplitter *>(QStringLiteral("gridSplit"));
        const int total = split->sizes().value(0) + split->sizes().value(1);
        split->setSizes({ total / 4, total - total / 4 });
        sizes = split->sizes();
        bench.findChild<QComboBox *>(QStringLiteral("movementKind"))->setCurrentIndex(2);
        bench.findChild<QTableView *>(QStringLiteral("movementTable"))->horizontalHeader()->resizeSection(0, 177);
        state = bench.wb->saveState();
    }
    InventoryBench bench({ s.db(), events, QStringLiteral("test") });
    showActive(bench);
    bench.wb->restoreState(state);
    CHECK(bench.findChild<QSplitter *>(QStringLiteral("gridSplit"))->sizes() == sizes);
    CHECK(bench.findChild<QComboBox *>(QStringLiteral("movementKind"))->currentIndex() == 2);
    CHECK(bench.findChild<QTableView *>(QStringLiteral("movementTable"))->horizontalHeader()->sectionSize(0) == 177);
}

TEST_CASE("typing a SKU's count twice is one undo step; a wrong barcode for an unknown code is said inline")
{
    InventoryShop s;
    core::ShopEvents events;
    QStringList errors;
    QObject::connect(&events, &core::ShopEvents::error, [&](const QString &m) { errors << m; });
    InventoryBench bench({ s.db(), events, QStringLiteral("test") });
    showActive(bench);
    StocktakeView *view = bench.stocktake();
    view->startCount();
    const qint64 count = view->shownCount()->id;
    auto countedOf = [&](qint64 sku) {
        auto rows = inventory::StocktakeRepository(s.db()).variance(count);
        REQUIRE(rows.ok());
        for (const auto &r : *rows)
            if (r.skuId == sku)
                return r.counted;
        return qint64(-1);
    };
    view->typeCount(s.jeans[0], 7);
    view->typeCount(s.jeans[0], 9);
    CHECK(countedOf(s.jeans[0]) == 9);
    CHECK(bench.undoStack()->count() == 1);
    bench.undoStack()->undo();
    CHECK(countedOf(s.jeans[0]) == 0);

    scanIntoFocus(&bench.window, QStringLiteral("6900000000000"));
    auto *resolve = bench.findChild<QLineEdit *>(QStringLiteral("resolveField"));
    QTest::keyClicks(resolve, QStringLiteral("123"));
    QTest::keyClick(resolve, Qt::Key_Return);
    CHECK(lastScan(bench) == QString::fromUtf8("No SKU has the barcode “123”."));
    CHECK(resolve->text() == QStringLiteral("123")); // kept, to be corrected
    CHECK(errors.isEmpty());
}
