// A big shop in the main window: the demo generator scaled up (20,000 orders, 300 items), opened
// offscreen. The window shows the newest day's orders with totals that are the shop's own SQL
// aggregates, and the stock list holds a window of its SKUs, not the whole table. No timing here:
// speed is bench/run's "GUI start-up, big shop" row.

#include "MainWindow.h"
#include "Modules.h"
#include "TestShop.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/core/Money.h>
#include <shopdesk/core/PanelContract.h>
#include <shopdesk/core/WindowedTable.h>
#include <shopdesk/demo/DemoShop.h>

#include <QDockWidget>
#include <QLabel>
#include <QLocale>
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
