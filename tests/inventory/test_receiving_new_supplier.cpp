// A receiving note from a supplier not in the list yet: the name is typed in, the view asks
// inline, and the supplier is made and the note posted in one step (undo reverses the note).

#include "InventoryBench.h"
#include "InventoryFixture.h"
#include "InventoryWorkbench.h"
#include "ReceivingView.h"
#include "SuppliersView.h"

#include <shopdesk/inventory/ReceivingService.h>
#include <shopdesk/inventory/SupplierService.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::InventoryShop;

TEST_CASE("the receiving service makes a new supplier and posts the note in one transaction, or neither")
{
    InventoryShop s;
    inventory::ReceivingService service(s.db());
    inventory::ReceivingNote note;
    note.noteNo = QStringLiteral("RK-4001");
    note.receivedOn = QDate(2026, 12, 1);
    note.lines.append({ s.jeans[0], 3, core::Money::fromYuan(45) });
    // A taken name is refused and nothing is written.
    auto taken = service.post(note, QStringLiteral("test"), QString::fromUtf8("广州沙河服装批发"));
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.errorMessage() == QString::fromUtf8("There is already a supplier called “广州沙河服装批发”."));
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM receiving_notes")).toInt() == 0);
    // A note that cannot be posted leaves no new supplier behind.
    inventory::ReceivingNote empty = note;
    empty.lines.clear();
    empty.lines.append({ 999999, 1, core::Money::fromYuan(1) });
    CHECK_FALSE(service.post(empty, QStringLiteral("test"), QString::fromUtf8("杭州四季青")).ok());
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM suppliers")).toInt() == 1);

    auto id = service.post(note, QStringLiteral("test"), QString::fromUtf8("杭州四季青"));
    REQUIRE(id.ok());
    CHECK(s.onHand(s.jeans[0]) == 13);
    CHECK(test::scalar(
              s.db(), QStringLiteral("SELECT s.name FROM receiving_notes n JOIN suppliers s ON s.id = n.supplier_id"))
              .toString()
        == QString::fromUtf8("杭州四季青"));
}

TEST_CASE("the receiving view asks before making a new supplier, then posts the note from it")
{
    InventoryShop s;
    core::ShopEvents events;
    QStringList errors;
    QObject::connect(&events, &core::ShopEvents::error, [&](const QString &m) { errors << m; });
    test::InventoryBench panel({ s.db(), events, QStringLiteral("test") });
    panel.raise(QStringLiteral("receiving"));
    panel.show();
    auto *view = panel.receiving();
    REQUIRE(view->addLine(InventoryShop::kJeans30, 4));
    auto *supplier = panel.findChild<QComboBox *>(QStringLiteral("receivingSupplier"));
    supplier->setEditText(QString::fromUtf8("杭州四季青"));
    view->postNote();
    CHECK(errors.isEmpty());
    CHECK(s.onHand(s.jeans[0]) == 10); // nothing posted yet: the view asks first
    CHECK(view->newSupplierQuestion()->isVisible());
    CHECK(view->newSupplierQuestion()->text()
        == QString::fromUtf8("New supplier “杭州四季青”: create it and post the note?"));

    panel.findChild<QPushButton *>(QStringLiteral("createSupplierAndPost"))->click();
    CHECK(errors.isEmpty());
    CHECK_FALSE(view->newSupplierQuestion()->isVisible());
    CHECK(s.onHand(s.jeans[0]) == 14);
    CHECK(supplier->currentText() == QString::fromUtf8("杭州四季青"));
    auto rows = inventory::SupplierService(s.db()).list();
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);

    panel.undoStack()->undo(); // reverses the note; the supplier stays on record with it
    CHECK(s.onHand(s.jeans[0]) == 10);
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM suppliers")).toInt() == 2);

    // An existing supplier's name is posted at once, without a question.
    REQUIRE(view->addLine(InventoryShop::kJeans30, 1));
    supplier->setEditText(QString::fromUtf8("广州沙河服装批发"));
    view->postNote();
    CHECK_FALSE(view->newSupplierQuestion()->isVisible());
    CHECK(s.onHand(s.jeans[0]) == 11);
}

TEST_CASE("the suppliers view adds and edits a supplier, each undoable, and the receiving view sees it")
{
    InventoryShop s;
    core::ShopEvents events;
    QStringList errors;
    QObject::connect(&events, &core::ShopEvents::error, [&](const QString &m) { errors << m; });
    test::InventoryBench panel({ s.db(), events, QStringLiteral("test") });
    panel.raise(QStringLiteral("suppliers"));
    panel.show();
    auto *view = panel.wb->suppliers();
    QAbstractItemModel *table = panel.findChild<QTableView *>(QStringLiteral("suppliersTable"))->model();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->index(0, 0).data().toString() == QString::fromUtf8("广州沙河服装批发"));
    CHECK(table->index(0, 5).data().toString() == QString()); // opening stock came without a receiving note

    panel.findChild<QLineEdit *>(QStringLiteral("supplierName"))->setText(QString::fromUtf8("杭州四季青"));
    panel.findChild<QLineEdit *>(QStringLiteral("supplierCity"))->setText(QString::fromUtf8("杭州"));
    panel.findChild<QLineEdit *>(QStringLiteral("supplierPhone"))->setText(QStringLiteral("13800000001"));
    REQUIRE(view->addSupplier().ok());
    REQUIRE(table->rowCount() == 2);
    auto *supplierBox = panel.findChild<QComboBox *>(QStringLiteral("receivingSupplier"));
    CHECK(supplierBox->findText(QString::fromUtf8("杭州四季青")) >= 0);

    const int row = table->index(0, 0).data().toString() == QString::fromUtf8("杭州四季青") ? 0 : 1;
    CHECK(table->index(row, 2).data().toString() == QStringLiteral("13800000001"));
    CHECK(table->index(row, 3).data().toString() == QString::fromUtf8("杭州"));
    view->select(row);
    CHECK(panel.findChild<QLineEdit *>(QStringLiteral("supplierName"))->text() == QString::fromUtf8("杭州四季青"));
    panel.findChild<QLineEdit *>(QStringLiteral("supplierContact"))->setText(QString::fromUtf8("王姐"));
    REQUIRE(view->saveSupplier().ok());
    CHECK(test::scalar(s.db(), QString::fromUtf8("SELECT contact FROM suppliers WHERE name = '杭州四季青'")).toString()
        == QString::fromUtf8("王姐"));

    // A name another supplier has is refused, and nothing changes.
    view->select(row);
    panel.findChild<QLineEdit *>(QStringLiteral("supplierName"))->setText(QString::fromUtf8("广州沙河服装批发"));
    auto taken = view->saveSupplier();
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.errorMessage() == QString::fromUtf8("There is already a supplier called “广州沙河服装批发”."));

    panel.undoStack()->undo(); // the contact
    CHECK(test::scalar(s.db(), QString::fromUtf8("SELECT contact FROM suppliers WHERE name = '杭州四季青'")).toString()
        == QString());
    panel.undoStack()->undo(); // the add
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM suppliers")).toInt() == 1);
    CHECK(table->rowCount() == 1);
    CHECK(supplierBox->findText(QString::fromUtf8("杭州四季青")) < 0);
    CHECK(errors.isEmpty());
}
