// The listings workbench as the main window hosts it: a dock per view with stable names and
// Chinese titles, its commands with their shortcuts (acting where its docks have the focus),
// in-place field edits that merge into one undo step, and the views' saved state.

#include "ItemsModel.h"
#include "ItemsView.h"
#include "ListingsFixture.h"
#include "ParetoView.h"
#include "RelistView.h"

#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/Language.h>
#include <shopdesk/core/StockLedger.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::ListingsFixture;

namespace {
core::Item itemByCode(const core::Database &db, const QString &code)
{
    return core::ItemRepository(db).itemByCode(code).value().value();
}

QAction *actionNamed(const listings::ListingsWorkbench &wb, const QString &name)
{
    for (QAction *a : wb.actions())
        if (a->objectName() == name)
            return a;
    return nullptr;
}

QString cellText(const QAbstractItemModel *m, int row, int column) { return m->index(row, column).data().toString(); }

void activate(QMainWindow &window)
{
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
}
} // namespace

TEST_CASE("the workbench shows each view in its own dock, named and titled in Chinese")
{
    core::language::install(QStringLiteral("zh_CN"));
    test::TestShop shop;
    ListingsFixture f(shop.path());
    QStringList names, titles;
    for (QDockWidget *d : f.wb->dockWidgets()) {
        names << d->objectName();
        titles << d->windowTitle();
    }
    CHECK(names
        == QStringList { QStringLiteral("dock.listings.items"), QStringLiteral("dock.listings.titles"),
            QStringLiteral("dock.listings.relist"), QStringLiteral("dock.listings.advice"),
            QStringLiteral("dock.listings.pareto") });
    CHECK(titles
        == QStringList { QString::fromUtf8("宝贝管理"), QString::fromUtf8("标题检查"), QString::fromUtf8("上下架计划"),
            QString::fromUtf8("运营建议"), QString::fromUtf8("二八分析") });
    CHECK(f.wb->view(QStringLiteral("items")) == f.items());
    // The reports' column headers too.
    auto header = [&f](const char *table, int column) {
        return f.window.findChild<QTableView *>(QString::fromLatin1(table))
            ->model()
            ->headerData(column, Qt::Horizontal)
            .toString();
    };
    CHECK(header("titlesTable", 2) == QString::fromUtf8("字节"));
    CHECK(header("relistTable", 0) == QString::fromUtf8("下次上架"));
    CHECK(header("adviceTable", 4) == QString::fromUtf8("可用库存")); // beside on hand
    CHECK(header("adviceTable", 5) == QString::fromUtf8("原因"));
    CHECK(header("paretoTable", 0) == QString::fromUtf8("排名"));
    CHECK(actionNamed(*f.wb, QStringLiteral("listings.newItem"))->text() == QString::fromUtf8("新增宝贝(&N)…"));
    CHECK(actionNamed(*f.wb, QStringLiteral("listings.newItem"))->iconText() == QString::fromUtf8("新增")); // toolbar
    core::language::install(QStringLiteral("en"));
    QCoreApplication::processEvents(); // the language change reaches the widgets as an event
    CHECK(f.wb->dock(QStringLiteral("relist"))->windowTitle() == QStringLiteral("Relist plan"));
    CHECK(actionNamed(*f.wb, QStringLiteral("listings.reload"))->text() == QStringLiteral("&Reload"));
    CHECK(f.errors.isEmpty());
}

TEST_CASE("every command of the workbench is offered with its shortcut")
{
    test::TestShop shop;
    ListingsFixture f(shop.path());
    const QList<std::pair<const char *, QKeySequence>> expected {
        { "listings.newItem", QKeySequence(Qt::Key_Insert) },
        { "listings.editItem", QKeySequence(Qt::CTRL | Qt::Key_Return) },
        { "listings.copyItem", QKeySequence(Qt::CTRL | Qt::Key_D) },
        { "listings.onShelf", QKeySequence(Qt::CTRL | Qt::Key_Up) },
        { "listings.offShelf", QKeySequence(Qt::CTRL | Qt::Key_Down) },
        { "listings.delete", QKeySequence(QKeySequence::Delete) },
        { "listings.import", QKeySequence(Qt::CTRL | Qt::Key_I) },
        { "listings.export", QKeySequence(Qt::CTRL | Qt::Key_E) },
        { "listings.labelsPdf", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P) },
        { "listings.printLabels", QKeySequence(QKeySequence::Print) },
        { "listings.thermalLabels", QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P) },
        { "listings.reload", QKeySequence(QKeySequence::Refresh) },
        { "listings.find", QKeySequence(QKeySequence::Find) },
    };
    for (const auto &[name, keys] : expected) {
        CAPTURE(name);
        QAction *a = actionNamed(*f.wb, QString::fromLatin1(name));
        REQUIRE(a);
        CHECK(a->shortcut() == keys);
        CHECK(a->shortcutContext() == Qt::WidgetWithChildrenShortcut);
        CHECK(a->text().contains(QLatin1Char('&'))); // a mnemonic in the menu
    }
}

TEST_CASE("Ctrl+F in any listings dock puts the focus in the item search; Delete deletes the item")
{
    test::TestShop shop;
    ListingsFixture f(shop.path());
    const qint64 id
        = f.items()->addItem(test::newListingsItem(QStringLiteral("A-1"), QString::fromUtf8("新品 牛仔裤")));
    REQUIRE(id > 0);
    activate(f.window);
    QLineEdit *peak = f.wb->relist()->peakField();
    peak->setFocus();
    REQUIRE(peak->hasFocus());
    QTest::keyClick(peak, Qt::Key_F, Qt::ControlModifier);
    CHECK(f.items()->searchField()->hasFocus());

    // Delete in the search field edits the text; in the table it deletes the current item.
    f.items()->table()->setFocus();
    f.items()->selectItem(id);
    QTest::keyClick(f.items()->table(), Qt::Key_Delete);
    CHECK(test::scalar(*f.db, QStringLiteral("SELECT count(*) FROM items WHERE code = 'A-1'")).toInt() == 0);
    CHECK(f.undo()->count() == 2);
    f.undo()->undo();
    CHECK(f.items()->visibleRowCount() == 1);
    CHECK(f.errors.isEmpty());
}

TEST_CASE("title, price and shelf state are edited in place; edits of one field merge into one undo step")
{
    test::TestShop shop;
    ListingsFixture f(shop.path());
    const qint64 id
        = f.items()->addItem(test::newListingsItem(QStringLiteral("A-1"), QString::fromUtf8("新品 牛仔裤")));
    REQUIRE(id > 0);
    const int before = f.undo()->count();
    QAbstractItemModel *m = f.items()->table()->model();
    const QModelIndex title = m->index(0, listings::ItemsModel::Title);
    CHECK(m->flags(title) & Qt::ItemIsEditable);
    REQUIRE(m->setData(title, QString::fromUtf8("新品 牛仔裤 男")));
    REQUIRE(m->setData(m->index(0, listings::ItemsModel::Title), QString::fromUtf8("新品 牛仔裤 男 直筒")));
    CHECK(itemByCode(*f.db, QStringLiteral("A-1")).title == QString::fromUtf8("新品 牛仔裤 男 直筒"));
    CHECK(cellText(m, 0, listings::ItemsModel::Title) == QString::fromUtf8("新品 牛仔裤 男 直筒"));
    CHECK(f.undo()->count() == before + 1); // two edits of one title: one step
    f.undo()->undo();
    CHECK(itemByCode(*f.db, QStringLiteral("A-1")).title == QString::fromUtf8("新品 牛仔裤"));

    REQUIRE(m->setData(m->index(0, listings::ItemsModel::Price), QStringLiteral("89.50")));
    CHECK(itemByCode(*f.db, QStringLiteral("A-1")).price == core::Money::fromFen(8950));
    CHECK(cellText(m, 0, listings::ItemsModel::Price) == core::Money::fromFen(8950).toDisplayString());
    // A price that is no amount is refused with a message, and nothing is written.
    CHECK_FALSE(m->setData(m->index(0, listings::ItemsModel::Price), QStringLiteral("cheap")));
    CHECK(f.errors == QStringList { QString::fromUtf8("“cheap” is not an amount in yuan.") });
    CHECK(itemByCode(*f.db, QStringLiteral("A-1")).price == core::Money::fromFen(8950));
    // An empty title is refused by the service: the command fails and leaves the stack.
    const int steps = f.undo()->count();
    m->setData(m->index(0, listings::ItemsModel::Title), QStringLiteral("  "));
    CHECK(f.undo()->count() == steps);
    CHECK(f.errors.size() == 2);
    CHECK(itemByCode(*f.db, QStringLiteral("A-1")).title == QString::fromUtf8("新品 牛仔裤"));

    // As the user does it: F2 on the price cell, a new amount, Enter.
    QTableView *table = f.items()->table();
    activate(f.window);
    table->setFocus();
    table->setCurrentIndex(m->index(0, listings::ItemsModel::Price));
    QTest::keyClick(table, Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(editor);
    CHECK(editor->parentWidget() == table->viewport());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("79"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits on Enter through a queued call
    CHECK(itemByCode(*f.db, QStringLiteral("A-1")).price == core::Money::fromYuan(79));
    CHECK(cellText(m, 0, listings::ItemsModel::Price) == core::Money::fromYuan(79).toDisplayString());

    // A new item is off shelf, and stays so until it has stock.
    const QModelIndex shelf = m->index(0, listings::ItemsModel::OnShelf);
    CHECK(shelf.data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    CHECK_FALSE(m->setData(shelf, Qt::Checked, Qt::CheckStateRole));
    CHECK(f.errors.last() == QString::fromUtf8("A-1 has no stock yet: it stays off shelf until goods are received."));
    CHECK_FALSE(itemByCode(*f.db, QStringLiteral("A-1")).onShelf);
    const qint64 sku = core::ItemRepository(*f.db).skusOf(id).value().first().id;
    REQUIRE(core::StockLedger(*f.db).book({ 0, sku, core::codes::kMoveReceive, 5, {}, {}, {}, {}, std::nullopt }).ok());
    REQUIRE(m->setData(m->index(0, listings::ItemsModel::OnShelf), Qt::Checked, Qt::CheckStateRole));
    CHECK(itemByCode(*f.db, QStringLiteral("A-1")).onShelf);
    CHECK(m->index(0, listings::ItemsModel::OnShelf).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    f.undo()->undo();
    CHECK_FALSE(itemByCode(*f.db, QStringLiteral("A-1")).onShelf);
}

TEST_CASE("the views keep their columns, splitters and filter choice in the workbench's state")
{
    test::TestShop shop;
    QByteArray state;
    QList<int> paretoSizes;
    {
        ListingsFixture f(shop.path());
        f.items()->table()->setColumnWidth(listings::ItemsModel::Title, 333);
        f.window.findChild<QComboBox *>(QStringLiteral("shelfFilter"))->setCurrentIndex(2);
        auto *role = f.window.findChild<QComboBox *>(QStringLiteral("roleFilter"));
        role->setCurrentIndex(role->findData(core::codes::kRoleImage));
        auto *splitter = f.window.findChild<QSplitter *>(QStringLiteral("paretoSplitter"));
        splitter->setSizes({ 400, 200 });
        paretoSizes = splitter->sizes();
        f.window.findChild<QTableView *>(QStringLiteral("relistTable"))->setColumnWidth(4, 222);
        state = f.wb->saveState();
    }
    ListingsFixture g(shop.path());
    g.wb->restoreState(state);
    CHECK(g.items()->table()->columnWidth(listings::ItemsModel::Title) == 333);
    CHECK(g.window.findChild<QComboBox *>(QStringLiteral("shelfFilter"))->currentIndex() == 2);
    CHECK(g.window.findChild<QComboBox *>(QStringLiteral("roleFilter"))->currentData().toString()
        == core::codes::kRoleImage);
    CHECK(g.window.findChild<QSplitter *>(QStringLiteral("paretoSplitter"))->sizes() == paretoSizes);
    CHECK(g.window.findChild<QTableView *>(QStringLiteral("relistTable"))->columnWidth(4) == 222);
    // A damaged state changes nothing.
    g.items()->restoreState(QByteArray("garbage"));
    g.wb->restoreState(QByteArray("garbage"));
    CHECK(g.window.findChild<QComboBox *>(QStringLiteral("shelfFilter"))->currentIndex() == 2);
    CHECK(g.items()->table()->columnWidth(listings::ItemsModel::Title) == 333);
}
