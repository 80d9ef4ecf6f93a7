// The items a supplier delivered (issue 18): kept in supplier_items_received by posting and
// reversing receiving notes, so that the suppliers list reads it instead of every receiving line.

#include "InventoryBench.h"
#include "InventoryFixture.h"
#include "InventoryWorkbench.h"
#include "SuppliersView.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/Language.h>
#include <shopdesk/core/Migrator.h>
#include <shopdesk/inventory/ReceivingService.h>
#include <shopdesk/inventory/SupplierService.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::InventoryShop;
using test::scalar;

namespace {
constexpr int kFormat = 23; // this migration's number

QString received(const core::Database &db)
{
    return scalar(db,
        QStringLiteral("SELECT group_concat(x, ' ') FROM (SELECT r.supplier_id || ':' || i.code AS x FROM "
                       "supplier_items_received r JOIN items i ON i.id = r.item_id ORDER BY r.supplier_id, i.code) "
                       "AS t"))
        .toString();
}

QStringList itemsOf(const InventoryShop &s, qint64 supplierId)
{
    auto rows = inventory::SupplierService(s.db()).list();
    REQUIRE(rows.ok());
    for (const inventory::SupplierRow &r : *rows)
        if (r.supplier.id == supplierId)
            return r.items;
    return { QStringLiteral("(no such supplier)") };
}

qint64 post(const InventoryShop &s, const QString &no, qint64 supplierId, const QList<qint64> &skus)
{
    inventory::ReceivingNote note;
    note.noteNo = no;
    note.supplierId = supplierId;
    note.receivedOn = QDate(2026, 12, 1);
    for (qint64 sku : skus)
        note.lines.append({ sku, 2, core::Money::fromYuan(45) });
    auto id = inventory::ReceivingService(s.db()).post(note, QStringLiteral("test"));
    REQUIRE(id.ok());
    return *id;
}
} // namespace

TEST_CASE("format 23 lists the items each supplier delivered on its posted receiving notes")
{
    SHOPDESK_FILES_ONLY(); // an older shop file, made by SQLite itself
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.shopdesk"));
    const QString name = QStringLiteral("raw_supplier_items");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        REQUIRE(core::Migrator::migrate(raw, kFormat - 1).ok());
        QSqlQuery q(raw);
        for (const char *sql : {
                 "INSERT INTO suppliers (id, name) VALUES (1, '广州沙河服装批发'), (2, '杭州四季青')",
                 "INSERT INTO items (id, code, title, created_at, updated_at) VALUES "
                 "(1, 'NZK-1001', '牛仔裤', '2026-01-01 00:00:00', '2026-01-01 00:00:00'), "
                 "(2, 'TX-2001', 'T恤', '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
                 "INSERT INTO skus (id, item_id, color, size, barcode) VALUES (1, 1, '浅蓝', '30', '1'), "
                 "(2, 1, '浅蓝', '31', '2'), (3, 2, '白', 'M', '3')",
                 // Posted: supplier 1 with both jeans SKUs and the T-shirt; a draft of supplier 2; a
                 // reversed note of supplier 2.
                 "INSERT INTO receiving_notes (id, note_no, supplier_id, received_on, status) VALUES "
                 "(1, 'RK-1', 1, '2026-11-01', 'posted'), (2, 'RK-2', 2, '2026-11-02', 'draft'), "
                 "(3, 'RK-3', 2, '2026-11-03', 'reversed')",
                 "INSERT INTO receiving_lines (note_id, sku_id, quantity, unit_cost_fen) VALUES "
                 "(1, 1, 5, 4500), (1, 2, 5, 4500), (1, 3, 2, 1850), (2, 3, 1, 1850), (3, 1, 1, 4500)",
             })
            REQUIRE(q.exec(QString::fromUtf8(sql)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() >= kFormat);
    CHECK(received(**db) == QStringLiteral("1:NZK-1001 1:TX-2001"));
}

TEST_CASE("posting a receiving note adds its items to its supplier's; reversing it takes back only what no other "
          "note holds")
{
    InventoryShop s;
    core::Supplier other;
    other.name = QString::fromUtf8("杭州四季青");
    auto otherId = inventory::SupplierService(s.db()).add(other);
    REQUIRE(otherId.ok());
    // The fixture's opening stock is booked straight in the ledger: no supplier delivered anything yet.
    CHECK(received(s.db()).isEmpty());

    const qint64 first = post(s, QStringLiteral("RK-3001"), s.supplierId, { s.jeans[0], s.tees[0] });
    const qint64 second = post(s, QStringLiteral("RK-3002"), s.supplierId, { s.jeans[1] });
    const qint64 theirs = post(s, QStringLiteral("RK-3003"), *otherId, { s.tees[1] });
    CHECK(itemsOf(s, s.supplierId) == QStringList { QStringLiteral("NZK-1001"), QStringLiteral("TX-2001") });
    CHECK(itemsOf(s, *otherId) == QStringList { QStringLiteral("TX-2001") });
    CHECK(scalar(s.db(), QStringLiteral("SELECT count(*) FROM supplier_items_received")).toInt() == 3);

    // The first note reversed: its T-shirt goes, its jeans stay (the second note has jeans too).
    inventory::ReceivingService service(s.db());
    REQUIRE(service.reverse(first, QStringLiteral("test")).ok());
    CHECK(itemsOf(s, s.supplierId) == QStringList { QStringLiteral("NZK-1001") });
    CHECK(itemsOf(s, *otherId) == QStringList { QStringLiteral("TX-2001") });
    REQUIRE(service.reverse(second, QStringLiteral("test")).ok());
    CHECK(itemsOf(s, s.supplierId).isEmpty());
    REQUIRE(service.reverse(theirs, QStringLiteral("test")).ok());
    CHECK(received(s.db()).isEmpty());
}

TEST_CASE("the suppliers list names a supplier's first 20 items and how many there are in all")
{
    core::language::install(QStringLiteral("en"));
    InventoryShop s;
    for (int i = 1; i <= 22; ++i)
        REQUIRE(scalar(s.db(),
            QStringLiteral("INSERT INTO items (code, title, supplier_id, created_at, updated_at) VALUES ('A-%1', "
                           "'T', %2, '2026-11-01 09:00:00', '2026-11-01 09:00:00') RETURNING id")
                .arg(i, 2, 10, QLatin1Char('0'))
                .arg(s.supplierId))
                    .isValid());
    core::ShopEvents events;
    test::InventoryBench panel({ s.db(), events, QStringLiteral("test") });
    panel.raise(QStringLiteral("suppliers"));
    panel.show();
    panel.wb->suppliers()->reload();
    QTableView *table = panel.findChild<QTableView *>(QStringLiteral("suppliersTable"));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 5).data().toString()
        == QStringLiteral("A-01, A-02, A-03, A-04, A-05, A-06, A-07, A-08, A-09, A-10, A-11, A-12, A-13, A-14, A-15, "
                          "A-16, A-17, A-18, A-19, A-20 … (22 items in all)"));
    // The list itself keeps every one (the command line, the archive question).
    CHECK(itemsOf(s, s.supplierId).size() == 22);
}
