// Archiving a supplier (归档供应商): through the service (one transaction), the suppliers view
// (asked inline first, undoable, hidden unless "Show archived") and shopdesk-cli suppliers
// archive|unarchive; the receiving view stops offering it while old notes still name it.

#include "CliRun.h"
#include "InventoryBench.h"
#include "InventoryFixture.h"
#include "InventoryWorkbench.h"
#include "SuppliersView.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/core/UndoCommand.h>
#include <shopdesk/inventory/ReceivingService.h>
#include <shopdesk/inventory/SupplierService.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::InventoryShop;

namespace {
const QString kShahe = QString::fromUtf8("广州沙河服装批发");

/// Two posted receiving notes from the fixture's supplier, both of jeans (one item, NZK-1001).
void postTwoNotes(const InventoryShop &s)
{
    for (const QString &no : { QStringLiteral("RK-5001"), QStringLiteral("RK-5002") }) {
        inventory::ReceivingNote note;
        note.noteNo = no;
        note.supplierId = s.supplierId;
        note.receivedOn = QDate(2026, 12, 1);
        note.lines.append({ s.jeans[0], 2, core::Money::fromYuan(45) });
        REQUIRE(inventory::ReceivingService(s.db()).post(note, QStringLiteral("test")).ok());
    }
}

struct Run {
    int exitCode = -1;
    QJsonObject json;
};

Run cli(const InventoryShop &s, const QStringList &args)
{
    const test::CliRun r = test::runCli(
        QStringList { QStringLiteral("--db"), s.shop.path(), QStringLiteral("--json") } + args, {}, 60000);
    INFO(r.out.toStdString() << r.err.toStdString());
    return { r.exitCode, r.json() };
}

int archivedFlag(const InventoryShop &s)
{
    return test::scalar(s.db(), QString::fromUtf8("SELECT archived FROM suppliers WHERE name = '广州沙河服装批发'"))
        .toInt();
}
} // namespace

TEST_CASE("an archived supplier keeps its notes and items but is not offered for a new receiving note")
{
    InventoryShop s;
    postTwoNotes(s);
    inventory::SupplierService service(s.db());
    auto use = service.usage(s.supplierId);
    REQUIRE(use.ok());
    CHECK(use->items == 1);
    CHECK(use->receivingNotes == 2);

    REQUIRE(service.setArchived(s.supplierId, true).ok());
    CHECK(archivedFlag(s) == 1);
    auto rows = service.list();
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().archived);
    CHECK(rows->first().items == QStringList { QStringLiteral("NZK-1001") });
    auto offered = inventory::ReceivingService(s.db()).suppliers();
    REQUIRE(offered.ok());
    CHECK(offered->isEmpty());
    auto notes = inventory::ReceivingService(s.db()).overview();
    REQUIRE(notes.ok());
    REQUIRE(notes->size() == 2);
    CHECK(notes->at(0).supplierName == kShahe);
    CHECK(notes->at(1).supplierName == kShahe);

    // Typed again by name, an archived supplier is neither created a second time nor received from.
    inventory::ReceivingService receiving(s.db());
    CHECK(*receiving.isArchivedSupplier(kShahe));
    CHECK_FALSE(*receiving.isArchivedSupplier(QStringLiteral("杭州四季青")));
    inventory::ReceivingNote again;
    again.noteNo = QStringLiteral("RK-5003");
    again.receivedOn = QDate(2026, 12, 1);
    again.lines.append({ s.jeans[0], 1, core::Money::fromYuan(45) });
    auto refused = receiving.post(again, QStringLiteral("test"), kShahe);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage()
        == QString::fromUtf8(
            "Supplier “广州沙河服装批发” is archived: unarchive it under Suppliers to receive from it again."));
    CHECK(inventory::ReceivingService(s.db()).overview()->size() == 2);

    REQUIRE(service.setArchived(s.supplierId, false).ok());
    CHECK(archivedFlag(s) == 0);
    offered = inventory::ReceivingService(s.db()).suppliers();
    REQUIRE(offered.ok());
    REQUIRE(offered->size() == 1);
    CHECK(offered->first().name == kShahe);

    auto missing = service.setArchived(99999, true);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errorMessage() == QStringLiteral("There is no such supplier."));
}

TEST_CASE("the suppliers view asks inline before archiving, hides the archived, and undo brings it back")
{
    InventoryShop s;
    postTwoNotes(s);
    core::ShopEvents events;
    QStringList errors;
    QObject::connect(&events, &core::ShopEvents::error, [&](const QString &m) { errors << m; });
    test::InventoryBench panel({ s.db(), events, QStringLiteral("test") });
    panel.raise(QStringLiteral("suppliers"));
    panel.show();
    auto *view = panel.wb->suppliers();
    QAbstractItemModel *table = panel.findChild<QTableView *>(QStringLiteral("suppliersTable"))->model();
    auto *supplierBox = panel.findChild<QComboBox *>(QStringLiteral("receivingSupplier"));
    auto *bar = panel.findChild<QWidget *>(QStringLiteral("archiveSupplierBar"));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->index(0, 6).data().toString() == QString());
    CHECK(supplierBox->findText(kShahe) == 0);

    CHECK(view->askArchive().errorMessage() == QStringLiteral("Choose the supplier to archive."));
    view->select(0);
    REQUIRE(view->askArchive().ok());
    CHECK(bar->isVisible());
    CHECK(panel.findChild<QLabel *>(QStringLiteral("archiveSupplierQuestion"))->text()
        == QString::fromUtf8(
            "Archive supplier “广州沙河服装批发”: the 1 item(s) it supplies and its 2 receiving note(s) "
            "stay as they are, but a new receiving note can no longer choose it."));
    CHECK(archivedFlag(s) == 0); // nothing written until confirmed
    panel.findChild<QPushButton *>(QStringLiteral("cancelArchiveSupplier"))->click();
    CHECK_FALSE(bar->isVisible());
    CHECK(archivedFlag(s) == 0);

    view->select(0);
    REQUIRE(view->askArchive().ok());
    panel.findChild<QPushButton *>(QStringLiteral("confirmArchiveSupplier"))->click();
    CHECK_FALSE(bar->isVisible());
    CHECK(archivedFlag(s) == 1);
    CHECK(table->rowCount() == 0);
    CHECK(supplierBox->findText(kShahe) == -1);

    panel.findChild<QCheckBox *>(QStringLiteral("showArchivedSuppliers"))->setChecked(true);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->index(0, 6).data().toString() == QStringLiteral("Archived"));
    view->select(0);
    CHECK_FALSE(panel.findChild<QPushButton *>(QStringLiteral("archiveSupplier"))->isEnabled());
    CHECK(panel.findChild<QPushButton *>(QStringLiteral("unarchiveSupplier"))->isEnabled());

    panel.undoStack()->undo(); // the archive
    CHECK(archivedFlag(s) == 0);
    CHECK(table->index(0, 6).data().toString() == QString());
    CHECK(supplierBox->findText(kShahe) == 0);
    panel.undoStack()->redo();
    CHECK(archivedFlag(s) == 1);

    view->select(0);
    REQUIRE(view->unarchiveSupplier().ok());
    CHECK(archivedFlag(s) == 0);
    CHECK(supplierBox->findText(kShahe) == 0);
    panel.undoStack()->undo(); // the unarchive
    CHECK(archivedFlag(s) == 1);
    CHECK(panel.undoStack()->undoText() == QString::fromUtf8("Archive supplier 广州沙河服装批发"));
    // Made again in the language switched to (as the window does on a live switch), and back.
    core::language::install(QStringLiteral("zh_CN"));
    core::retranslateUndoStack(*panel.undoStack());
    CHECK(panel.undoStack()->undoText() == QString::fromUtf8("归档供应商 广州沙河服装批发"));
    core::language::install(QStringLiteral("en"));
    core::retranslateUndoStack(*panel.undoStack());
    CHECK(panel.undoStack()->undoText() == QString::fromUtf8("Archive supplier 广州沙河服装批发"));
    CHECK(errors.isEmpty());
}

TEST_CASE("shopdesk-cli suppliers archive and unarchive NAME with --json, and list shows archived")
{
    InventoryShop s;
    Run archived = cli(s, { QStringLiteral("suppliers"), QStringLiteral("archive"), kShahe });
    REQUIRE(archived.exitCode == 0);
    CHECK(archived.json.value(QStringLiteral("name")).toString() == kShahe);
    CHECK(archived.json.value(QStringLiteral("archived")).toBool() == true);
    CHECK(archivedFlag(s) == 1);

    Run list = cli(s, { QStringLiteral("suppliers"), QStringLiteral("list") });
    REQUIRE(list.exitCode == 0);
    const QJsonArray suppliers = list.json.value(QStringLiteral("suppliers")).toArray();
    REQUIRE(suppliers.size() == 1);
    CHECK(suppliers[0].toObject().value(QStringLiteral("archived")).toBool() == true);

    Run unarchived = cli(s, { QStringLiteral("suppliers"), QStringLiteral("unarchive"), kShahe });
    REQUIRE(unarchived.exitCode == 0);
    CHECK(unarchived.json.value(QStringLiteral("archived")).toBool() == false);
    CHECK(archivedFlag(s) == 0);
    list = cli(s, { QStringLiteral("suppliers"), QStringLiteral("list") });
    CHECK(list.json.value(QStringLiteral("suppliers")).toArray()[0].toObject().value(QStringLiteral("archived"))
        == QJsonValue(false));

    Run unknown = cli(s, { QStringLiteral("suppliers"), QStringLiteral("archive"), QString::fromUtf8("杭州四季青") });
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.json.value(QStringLiteral("error")).toString()
        == QString::fromUtf8("There is no supplier called “杭州四季青”."));
    CHECK(cli(s, { QStringLiteral("suppliers"), QStringLiteral("archive") }).exitCode == 2);
    CHECK(cli(s, { QStringLiteral("suppliers"), QStringLiteral("unarchive") }).exitCode == 2);
    CHECK(archivedFlag(s) == 0);
}

TEST_CASE("shopdesk-cli receive refuses a note from an archived supplier, naming file, line and field")
{
    InventoryShop s;
    const QString note = s.shop.file(QStringLiteral("RK-7.csv"));
    {
        QFile f(note);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QString::fromUtf8("入库单号,供应商,条码,数量,单价\n"
                                  "RK-7,广州沙河服装批发,2000000000015,5,45\n")
                    .toUtf8());
    }
    REQUIRE(inventory::SupplierService(s.db()).setArchived(s.supplierId, true).ok());
    Run refused = cli(s, { QStringLiteral("receive"), note });
    CHECK(refused.exitCode == 1);
    CHECK(refused.json.value(QStringLiteral("error")).toString()
        == QString::fromUtf8("RK-7.csv, line 2, field 供应商: supplier “广州沙河服装批发” is archived; unarchive it to "
                             "receive from it."));
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM receiving_notes")).toInt() == 0);
    CHECK(s.onHand(s.jeans[0]) == 10);

    REQUIRE(inventory::SupplierService(s.db()).setArchived(s.supplierId, false).ok());
    Run received = cli(s, { QStringLiteral("receive"), note });
    CHECK(received.exitCode == 0);
    CHECK(s.onHand(s.jeans[0]) == 15);
}
