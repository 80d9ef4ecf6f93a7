// A big shop in the main window: the demo generator scaled up (20,000 orders, 300 items), opened
// offscreen. The window shows the newest day's orders with totals that are the shop's own SQL
// aggregates, and the stock list holds a window of its SKUs, not the whole table; a dock behind a
// tab is worked out only when it comes to the front, then with figures from SQL. No timing here:
// speed is bench/run's "GUI start-up, big shop" and "open … (bench_docks)" rows.

#include "MainWindow.h"
#include "Modules.h"
#include "TestShop.h"

#include <shopdesk/core/FrontGate.h>
#include <shopdesk/core/Language.h>
#include <shopdesk/core/Money.h>
#include <shopdesk/core/PanelContract.h>
#include <shopdesk/core/WindowedTable.h>
#include <shopdesk/demo/DemoShop.h>
#include <shopdesk/inventory/PurchaseService.h>

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;

namespace {

// One big shop for the test run (made once: 20,000 orders take a few seconds).
QString bigShopPath()
{
    static QTemporaryDir dir;
    static QString path;
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("big.shopdesk"));
        auto db = core::Database::open(path);
        REQUIRE(db.ok());
        demo::DemoOptions options;
        options.lastDay = QDate(2026, 11, 24);
        options.days = 28;
        options.items = 300;
        options.ordersPerDay = 720;
        auto made = demo::DemoShop::create(**db, options);
        REQUIRE(made.ok());
        REQUIRE(made->orders > 19000);
    }
    return path;
}

QTableView *tableIn(const app::MainWindow &w, const QString &dockName)
{
    auto *dock = w.findChild<QDockWidget *>(dockName);
    return dock ? dock->findChild<QTableView *>(QStringLiteral("table")) : nullptr;
}

QString cell(const QTableView *t, int row, int column) { return t->model()->index(row, column).data().toString(); }

} // namespace

TEST_CASE("a big shop opens with the newest day's orders, totals from SQL and a window of its SKUs")
{
    core::language::install(QStringLiteral("zh_CN"));
    const QString path = bigShopPath();
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    auto sql = [&](const QString &q) { return test::scalar(**db, q); };

    app::MainWindow w(app::panelFactories());
    w.setQuietErrors(true);
    QStringList errors;
    QObject::connect(&w, &app::MainWindow::errorShown, [&](const QString &m) { errors << m; });
    REQUIRE(w.openShop(path));
    w.resize(1600, 1000);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));

    // The daily report: the newest day first, its sales the sum of that day's paid orders.
    QTableView *daily = tableIn(w, QStringLiteral("dock.kpi.daily"));
    REQUIRE(daily);
    REQUIRE(daily->model()->rowCount() > 0);
    const QString newest = sql(QStringLiteral("SELECT substr(max(paid_at), 1, 10) FROM orders")).toString();
    CHECK(newest == QStringLiteral("2026-11-24"));
    CHECK(cell(daily, 0, 0) == newest);
    const qint64 salesFen = sql(QStringLiteral("SELECT sum(total_fen) FROM orders WHERE paid_at IS NOT NULL AND "
                                               "substr(created_at, 1, 10) = '2026-11-24'"))
                                .toLongLong();
    REQUIRE(salesFen > 0);
    CHECK(cell(daily, 0, 3) == core::Money::fromFen(salesFen).toDisplayString());

    // The stock list: a window of rows, in item-code order, the count and on-hand from SQL.
    QTableView *stock = tableIn(w, QStringLiteral("dock.inventory.stock"));
    REQUIRE(stock);
    auto *model = qobject_cast<core::WindowedTableModel *>(stock->model());
    REQUIRE(model);
    const qint64 skus
        = sql(QStringLiteral("SELECT count(*) FROM skus s JOIN items i ON i.id = s.item_id WHERE i.archived = 0"))
              .toLongLong();
    REQUIRE(skus > 2 * model->windowSize());
    CHECK(model->totalRows() == skus);
    const int held = model->rowCount();
    CHECK(held < skus);
    CHECK(held <= 2 * model->windowSize()); // at most the first window and one the view asked for
    REQUIRE(model->canFetchMore());
    model->fetchMore();
    CHECK(model->rowCount() == held + model->windowSize());
    auto *count = w.findChild<QDockWidget *>(QStringLiteral("dock.inventory.stock"))
                      ->findChild<QLabel *>(QStringLiteral("stockCount"));
    REQUIRE(count);
    CHECK(count->text() == QString::fromUtf8("%1 / %2 个SKU").arg(skus).arg(skus));
    const QString firstCode = sql(QStringLiteral("SELECT min(i.code) FROM items i WHERE i.archived = 0")).toString();
    CHECK(cell(stock, 0, 0) == firstCode);
    const QString barcode = cell(stock, 0, 5);
    const qint64 onHand = sql(QStringLiteral("SELECT coalesce(sum(m.quantity), 0) FROM stock_moves m JOIN skus s ON "
                                             "s.id = m.sku_id WHERE s.barcode = '%1'")
                                  .arg(barcode))
                              .toLongLong();
    CHECK(cell(stock, 0, 6) == QLocale::c().toString(onHand));
    // The last window holds the last SKU in code order (paged by key, not loaded whole).
    while (model->canFetchMore())
        model->fetchMore();
    CHECK(model->rowCount() == skus);
    const QString lastCode = sql(QStringLiteral("SELECT max(i.code) FROM items i WHERE i.archived = 0")).toString();
    CHECK(cell(stock, int(skus) - 1, 0) == lastCode);
    CHECK(errors.isEmpty());
}

namespace {

QDockWidget *dockIn(const app::MainWindow &w, const QString &name) { return w.findChild<QDockWidget *>(name); }

/// The gate of a dock's view (core::FrontGate): open once its content was worked out.
const core::FrontGate *gateOf(const QDockWidget *dock)
{
    return dock ? dock->findChild<core::FrontGate *>(QStringLiteral("frontGate")) : nullptr;
}

/// Brings a dock to the front (its tab chosen) and handles the events that follow: the first
/// paint, then the work. A bounded number of passes, no clock.
void bringToFront(QDockWidget *dock)
{
    dock->show();
    dock->raise();
    const core::FrontGate *gate = gateOf(dock);
    for (int i = 0; i < 20 && !(gate && gate->isOpen()); ++i)
        QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("on a big shop, the docks behind tabs are worked out when they first come to the front, from SQL")
{
    core::language::install(QStringLiteral("zh_CN"));
    const QString path = bigShopPath();
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    auto sql = [&](const QString &q) { return test::scalar(**db, q); };

    app::MainWindow w(app::panelFactories());
    w.setQuietErrors(true);
    QStringList errors;
    QObject::connect(&w, &app::MainWindow::errorShown, [&](const QString &m) { errors << m; });
    REQUIRE(w.openShop(path));
    w.resize(1600, 1000);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    for (int i = 0; i < 10; ++i)
        QCoreApplication::processEvents(); // the window settles: nothing brings these docks forward

    // Each dock with its table: none worked out while it waits behind another tab.
    const QList<QPair<QString, QString>> docks {
        { QStringLiteral("dock.inventory.reorder"), QStringLiteral("reorderTable") },
        { QStringLiteral("dock.inventory.suppliers"), QStringLiteral("suppliersTable") },
        { QStringLiteral("dock.kpi.repeat"), QStringLiteral("repeatMonths") },
        { QStringLiteral("dock.kpi.profit"), QStringLiteral("profit") },
        { QStringLiteral("dock.service.revisits"), QStringLiteral("revisits") },
        { QStringLiteral("dock.inventory.receiving"), QStringLiteral("receivingNotes") },
        { QStringLiteral("dock.service.lists"), QStringLiteral("waitTable") },
        { QStringLiteral("dock.aftersale.report"), QStringLiteral("byReason") },
    };
    QHash<QString, QTableView *> tables;
    for (const auto &[name, table] : docks) {
        CAPTURE(name.toStdString());
        QDockWidget *dock = dockIn(w, name);
        REQUIRE(dock);
        const core::FrontGate *gate = gateOf(dock);
        REQUIRE(gate);
        CHECK_FALSE(gate->isOpen());
        auto *view = dock->findChild<QTableView *>(table);
        REQUIRE(view);
        CHECK(view->model()->rowCount() == 0);
        tables.insert(name, view);
    }

    // The reorder list: the lines the planning service suggests today, the first line's on-hand
    // stock the SKU's ledger sum.
    QDockWidget *reorder = dockIn(w, QStringLiteral("dock.inventory.reorder"));
    bringToFront(reorder);
    REQUIRE(gateOf(reorder)->isOpen());
    const QTableView *lines = tables.value(reorder->objectName());
    auto suggested = inventory::PurchaseService(**db).reorderList(QDate::currentDate());
    REQUIRE(suggested.ok());
    int suggestedLines = 0;
    for (const inventory::SupplierReorder &r : std::as_const(*suggested))
        suggestedLines += int(r.lines.size());
    CHECK(lines->model()->rowCount() == suggestedLines);
    if (lines->model()->rowCount() > 0) {
        const qint64 firstOnHand = sql(QStringLiteral("SELECT coalesce(sum(m.quantity), 0) FROM stock_moves m JOIN "
                                                      "skus s ON s.id = m.sku_id JOIN items i ON i.id = s.item_id "
                                                      "WHERE i.code = '%1' AND s.color = '%2' AND s.size = '%3'")
                                           .arg(cell(lines, 0, 1), cell(lines, 0, 3), cell(lines, 0, 4)))
                                       .toLongLong();
        CHECK(cell(lines, 0, 5) == QLocale::c().toString(firstOnHand));
    }
    // Only the dock brought forward: the others still wait.
    CHECK_FALSE(gateOf(dockIn(w, QStringLiteral("dock.inventory.suppliers")))->isOpen());
    CHECK_FALSE(gateOf(dockIn(w, QStringLiteral("dock.kpi.profit")))->isOpen());

    // The suppliers: those not archived, by name.
    QDockWidget *suppliers = dockIn(w, QStringLiteral("dock.inventory.suppliers"));
    bringToFront(suppliers);
    REQUIRE(gateOf(suppliers)->isOpen());
    const QTableView *supplierTable = tables.value(suppliers->objectName());
    CHECK(supplierTable->model()->rowCount()
        == sql(QStringLiteral("SELECT count(*) FROM suppliers WHERE archived = 0")).toInt());
    CHECK(cell(supplierTable, 0, 0)
        == sql(QStringLiteral("SELECT name FROM suppliers WHERE archived = 0 ORDER BY name LIMIT 1")).toString());

    // Repeat buyers: the newest month first, its buyers and those with two paid orders by its end.
    QDockWidget *repeat = dockIn(w, QStringLiteral("dock.kpi.repeat"));
    bringToFront(repeat);
    REQUIRE(gateOf(repeat)->isOpen());
    const QTableView *months = tables.value(repeat->objectName());
    REQUIRE(months->model()->rowCount() == 12);
    CHECK(cell(months, 0, 0) == QStringLiteral("2026-11"));
    const QString paid = QStringLiteral("status IN ('paid', 'shipped', 'finished') AND buyer_id IS NOT NULL");
    const qint64 buyers = sql(QStringLiteral("SELECT count(DISTINCT buyer_id) FROM orders WHERE %1 AND paid_at >= "
                                             "'2026-11-01' AND paid_at < '2026-12-01'")
                                  .arg(paid))
                              .toLongLong();
    REQUIRE(buyers > 0);
    const qint64 repeaters
        = sql(QStringLiteral("SELECT count(*) FROM (SELECT buyer_id FROM orders WHERE %1 AND paid_at < '2026-12-01' "
                             "AND buyer_id IN (SELECT buyer_id FROM orders WHERE %1 AND paid_at >= '2026-11-01' AND "
                             "paid_at < '2026-12-01') GROUP BY buyer_id HAVING count(*) >= 2)")
                  .arg(paid))
              .toLongLong();
    CHECK(cell(months, 0, 1) == QLocale::c().toString(buyers));
    CHECK(cell(months, 0, 2) == QLocale::c().toString(repeaters));

    // Profit of the newest month: the total's pieces and sales are the month's paid order lines.
    QDockWidget *profit = dockIn(w, QStringLiteral("dock.kpi.profit"));
    bringToFront(profit);
    REQUIRE(gateOf(profit)->isOpen());
    const QTableView *profitTable = tables.value(profit->objectName());
    const int last = profitTable->model()->rowCount() - 1;
    REQUIRE(last > 0);
    const QString month = QStringLiteral("FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.paid_at >= "
                                         "'2026-11-01' AND o.paid_at < '2026-12-01' AND o.status NOT IN ('unpaid', "
                                         "'closed')");
    CHECK(cell(profitTable, last, 0) == QString::fromUtf8("合计"));
    CHECK(cell(profitTable, last, 2)
        == QLocale::c().toString(sql(QStringLiteral("SELECT sum(l.quantity) ") + month).toLongLong()));
    CHECK(cell(profitTable, last, 3)
        == core::Money::fromFen(sql(QStringLiteral("SELECT sum(l.quantity * l.price_fen) ") + month).toLongLong())
               .toDisplayString());

    // Revisits: the orders dispatched in the week that falls due today, oldest first.
    QDockWidget *revisits = dockIn(w, QStringLiteral("dock.service.revisits"));
    bringToFront(revisits);
    REQUIRE(gateOf(revisits)->isOpen());
    const QTableView *due = tables.value(revisits->objectName());
    auto *days = revisits->findChild<QSpinBox *>(QStringLiteral("revisitDays"));
    REQUIRE(days);
    const QDate today = QDate::currentDate();
    const QString shipped = QStringLiteral(
        "FROM orders WHERE status IN ('shipped', 'finished') AND shipped_at >= '%1' AND shipped_at < '%2'")
                                .arg(today.addDays(-days->value() - 6).toString(Qt::ISODate),
                                    today.addDays(-days->value() + 1).toString(Qt::ISODate));
    CHECK(due->model()->rowCount() == sql(QStringLiteral("SELECT count(*) ") + shipped).toInt());
    if (due->model()->rowCount() > 0)
        CHECK(cell(due, 0, 1)
            == sql(QStringLiteral("SELECT order_no ") + shipped + QStringLiteral(" ORDER BY shipped_at, id LIMIT 1"))
                   .toString());

    // The receiving notes: every note, the newest first, each with its lines' pieces added up.
    QDockWidget *receiving = dockIn(w, QStringLiteral("dock.inventory.receiving"));
    bringToFront(receiving);
    REQUIRE(gateOf(receiving)->isOpen());
    const QTableView *notes = tables.value(receiving->objectName());
    const int noteCount = sql(QStringLiteral("SELECT count(*) FROM receiving_notes")).toInt();
    REQUIRE(noteCount > 0);
    CHECK(notes->model()->rowCount() == noteCount);
    const QString newest
        = QStringLiteral("(SELECT id FROM receiving_notes ORDER BY received_on DESC, id DESC LIMIT 1)");
    CHECK(cell(notes, 0, 0)
        == sql(QStringLiteral("SELECT note_no FROM receiving_notes WHERE id = ") + newest).toString());
    CHECK(cell(notes, 0, 3)
        == QLocale::c().toString(
            sql(QStringLiteral("SELECT sum(quantity) FROM receiving_lines WHERE note_id = ") + newest).toLongLong()));
    CHECK_FALSE(gateOf(dockIn(w, QStringLiteral("dock.aftersale.report")))->isOpen());

    // The stock-take's scopes: the categories of the stock, in the order of their first item code.
    QDockWidget *stocktake = dockIn(w, QStringLiteral("dock.inventory.stocktake"));
    REQUIRE(stocktake);
    bringToFront(stocktake);
    auto *scope = stocktake->findChild<QComboBox *>(QStringLiteral("scope"));
    REQUIRE(scope);
    QStringList categories;
    for (int i = 1; i < scope->count(); ++i)
        categories << scope->itemData(i).toString();
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT i.category FROM items i JOIN skus s ON s.item_id = i.id WHERE i.archived = 0 "
                                  "AND i.category <> '' ORDER BY i.code, s.id")));
    QStringList expected;
    while (q.next())
        if (!expected.contains(q.value(0).toString()))
            expected << q.value(0).toString();
    REQUIRE(expected.size() > 1);
    CHECK(categories == expected);
    CHECK(errors.isEmpty());
}
