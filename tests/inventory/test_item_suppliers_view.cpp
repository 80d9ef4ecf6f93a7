// An item's further suppliers in the window (the seeds: two factories for a hot item): the
// suppliers view links the item typed under the list to the selected supplier, or unlinks it,
// each undoable; the supplier's items column shows it, and the reorder list may order from it.

#include "InventoryBench.h"
#include "InventoryFixture.h"
#include "InventoryWorkbench.h"
#include "SuppliersView.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/inventory/ReorderRepository.h>

#include <QAbstractItemModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::InventoryShop;

TEST_CASE("the suppliers view links an item to a further supplier and unlinks it, undoably")
{
    core::language::install(QStringLiteral("en"));
    InventoryShop s;
    core::ShopEvents events;
    QStringList errors;
    QObject::connect(&events, &core::ShopEvents::error, [&](const QString &m) { errors << m; });
    test::InventoryBench panel({ s.db(), events, QStringLiteral("test") });
    panel.raise(QStringLiteral("suppliers"));
    panel.show();
    inventory::SuppliersView *view = panel.wb->suppliers();
    QTableView *table = panel.findChild<QTableView *>(QStringLiteral("suppliersTable"));
    REQUIRE(table->model()->rowCount() == 1);
    const auto items = [&] { return table->model()->index(0, 5).data().toString(); };
    CHECK(items() == QString());
    auto *code = panel.findChild<QLineEdit *>(QStringLiteral("supplierItemCode"));
    auto *link = panel.findChild<QPushButton *>(QStringLiteral("linkSupplierItem"));
    REQUIRE(code);
    REQUIRE(link);
    CHECK_FALSE(link->isEnabled()); // no supplier chosen
    view->select(0);
    CHECK(link->isEnabled());
    CHECK(link->text() == QStringLiteral("A&lso supplies it"));

    code->setText(QStringLiteral("NZK-1001"));
    REQUIRE(view->linkItem().ok());
    CHECK(items() == QStringLiteral("NZK-1001"));
    CHECK(code->text().isEmpty());
    const qint64 jeansItem
        = test::scalar(s.db(), QStringLiteral("SELECT id FROM items WHERE code = 'NZK-1001'")).toLongLong();
    CHECK(inventory::ReorderRepository(s.db()).suppliersOf(jeansItem).value() == QList<qint64> { s.supplierId });

    // Again: said so, nothing changes.
    view->select(0);
    code->setText(QStringLiteral("NZK-1001"));
    auto again = view->linkItem();
    REQUIRE_FALSE(again.ok());
    CHECK(again.errorMessage() == QString::fromUtf8("NZK-1001 comes from 广州沙河服装批发 already."));
    code->setText(QStringLiteral("NOPE-1"));
    CHECK(view->linkItem().errorMessage() == QString::fromUtf8("There is no item with the code “NOPE-1”."));

    panel.undoStack()->undo();
    CHECK(items() == QString());
    panel.undoStack()->redo();
    CHECK(items() == QStringLiteral("NZK-1001"));

    view->select(0);
    code->setText(QStringLiteral("NZK-1001"));
    REQUIRE(view->unlinkItem().ok());
    CHECK(items() == QString());
    CHECK(inventory::ReorderRepository(s.db()).suppliersOf(jeansItem).value().isEmpty());
    CHECK(errors.isEmpty()); // the view's own calls report to the caller
}
