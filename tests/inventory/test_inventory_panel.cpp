// The inventory panel as the warehouse clerk uses it: the count screen driven by a scanner
// (keyClicks + Return), the live variance grid, undo, posting, the month-end reminder, the
// report files, and the movement history with its running balance.

#include "InventoryBench.h"
#include "InventoryFixture.h"
#include "MovementsView.h"
#include "QualityView.h"
#include "ReceivingView.h"
#include "StocktakeView.h"

#include <shopdesk/core/CliCommand.h>
#include <shopdesk/core/Language.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/PromotionRepository.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/inventory/ReorderRepository.h>
#include <shopdesk/inventory/StocktakeRepository.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::InventoryShop;

namespace {
void scan(QLineEdit *field, const QString &text)
{
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

QString gridCell(test::InventoryBench &panel, const QString &color, const QString &size)
{
    auto *grid = panel.findChild<QTableView *>(QStringLiteral("varianceGrid"));
    REQUIRE(grid);
    QAbstractItemModel *m = grid->model();
    for (int r = 0; r < m->rowCount(); ++r)
        for (int c = 0; c < m->columnCount(); ++c)
            if (m->headerData(r, Qt::Vertical).toString() == color
                && m->headerData(c, Qt::Horizontal).toString() == size)
                return m->index(r, c).data().toString();
    return QStringLiteral("(no cell)");
}

int unknownCount(test::InventoryBench &panel)
{
    return panel.findChild<QListWidget *>(QStringLiteral("unknownList"))->count();
}

void saveShot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("SHOPDESK_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(QDir(dir).filePath(name));
}
} // namespace

TEST_CASE("the count screen: scans typed by a scanner, ×N, an unknown code, undo, a shipment during the count, posting "
          "and its undo")
{
    core::language::install(QStringLiteral("zh_CN"));
    InventoryShop s;
    core::ShopEvents events;
    QStringList errors;
    QObject::connect(&events, &core::ShopEvents::error, [&](const QString &m) { errors << m; });
    test::InventoryBench panel({ s.db(), events, QString::fromUtf8("仓管小王") });
    panel.resize(1200, 800);
    panel.show();
    QApplication::setActiveWindow(&panel.window);
    REQUIRE(QTest::qWaitForWindowActive(&panel.window));
    CHECK(panel.title(QStringLiteral("stocktake")) == QString::fromUtf8("盘点"));
    panel.raise(QStringLiteral("stocktake"));
    auto *view = panel.stocktake();

    // Month end with no count posted: the reminder shows.
    const QDate today = QDate::currentDate();
    view->setToday(QDate(today.year(), today.month(), 28));
    auto *reminder = panel.findChild<QLabel *>(QStringLiteral("reminder"));
    CHECK(reminder->isVisible());
    view->setToday(QDate(today.year(), today.month(), 10));
    CHECK_FALSE(reminder->isVisible());

    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("startCount")), Qt::LeftButton);
    REQUIRE(view->shownCount());
    CHECK(view->shownCount()->status == QStringLiteral("open"));
    QLineEdit *field = view->scanField();
    CHECK(QApplication::focusWidget() == field);

    for (int i = 0; i < 3; ++i)
        scan(field, InventoryShop::kJeans30);
    CHECK(field->text().isEmpty());
    CHECK(QApplication::focusWidget() == field);
    scan(field, QStringLiteral("*2")); // the quantity key
    CHECK(panel.findChild<QSpinBox *>(QStringLiteral("times"))->value() == 2);
    scan(field, InventoryShop::kJeans30); // +2
    CHECK(panel.findChild<QSpinBox *>(QStringLiteral("times"))->value() == 1);
    CHECK(gridCell(panel, QString::fromUtf8("浅蓝"), QStringLiteral("30")) == QString::fromUtf8("5 / 10  (−5)"));
    CHECK(panel.findChild<QLabel *>(QStringLiteral("lastScan"))->text().contains(QStringLiteral("+2 → 5")));

    scan(field, QStringLiteral("6900000000000"));
    CHECK(unknownCount(panel) == 1);
    CHECK(panel.findChild<QLabel *>(QStringLiteral("lastScan"))->text().contains(QStringLiteral("6900000000000")));
    CHECK(QApplication::focusWidget() == field);

    scan(field, InventoryShop::kJeans31 + QStringLiteral("*5"));
    CHECK(gridCell(panel, QString::fromUtf8("浅蓝"), QStringLiteral("31")) == QStringLiteral("5 / 5"));
    panel.undoStack()->undo(); // a compensating count row, not a deletion: the SKU is 未盘 again
    CHECK(gridCell(panel, QString::fromUtf8("浅蓝"), QStringLiteral("31")) == QString::fromUtf8("未盘 / 5"));
    panel.undoStack()->redo();
    CHECK(gridCell(panel, QString::fromUtf8("浅蓝"), QStringLiteral("31")) == QStringLiteral("5 / 5"));

    // Two pairs leave while the count runs: expected 10 → 8.
    s.book(s.jeans[0], core::codes::kMoveShip, -2, QStringLiteral("SF1234567890"));
    events.notifyChanged(core::Topic::Stock);
    CHECK(gridCell(panel, QString::fromUtf8("浅蓝"), QStringLiteral("30")) == QString::fromUtf8("5 / 8  (−3)"));
    // A typed count puts it right.
    view->typeCount(s.jeans[0], 8);
    CHECK(gridCell(panel, QString::fromUtf8("浅蓝"), QStringLiteral("30")) == QStringLiteral("8 / 8"));
    CHECK(gridCell(panel, QString::fromUtf8("深蓝"), QStringLiteral("30")) == QString::fromUtf8("未盘 / 0"));
    saveShot(&panel.window, QStringLiteral("inventory-count-zh.png"));

    // A second counter's handheld export is imported: 2 more 深蓝/30.
    const QString counts = s.shop.file(QStringLiteral("handheld.csv"));
    {
        QFile f(counts);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("barcode,quantity\n2000000000039,2\n");
    }
    REQUIRE(view->importCounts(counts).ok());
    CHECK(gridCell(panel, QString::fromUtf8("深蓝"), QStringLiteral("30")) == QStringLiteral("2 / 0  (+2)"));
    CHECK_FALSE(view->importCounts(counts).ok()); // not twice

    // The unknown code was a 白/L T-shirt with a worn label.
    auto *resolve = panel.findChild<QLineEdit *>(QStringLiteral("resolveField"));
    scan(resolve, InventoryShop::kTeeL);
    CHECK(unknownCount(panel) == 0);
    CHECK(errors.isEmpty());

    // Reports in three formats.
    const QString pdf = s.shop.file(QStringLiteral("count.pdf"));
    const QString csv = s.shop.file(QStringLiteral("count.csv"));
    const QString xlsx = s.shop.file(QStringLiteral("count.xlsx"));
    REQUIRE(view->exportReport(pdf).ok());
    REQUIRE(view->exportReport(csv).ok());
    REQUIRE(view->exportReport(xlsx).ok());
    CHECK(test::fileBytes(pdf).startsWith("%PDF"));
    CHECK(test::fileBytes(xlsx).startsWith("PK"));
    const QString csvText = QString::fromUtf8(test::fileBytes(csv));
    CHECK(csvText.contains(QString::fromUtf8("盘盈/盘亏")));
    CHECK(csvText.contains(QString::fromUtf8("NZK-1001,牛仔裤 男 直筒,浅蓝,30,2000000000015,10,-2,8,8,0,45.00,0.00")));

    // Post: 浅蓝/31 is right, the T-shirts are short (白/M 8 → 0, 白/L 3 → 1).
    view->postCount();
    CHECK(errors.isEmpty());
    CHECK(view->shownCount()->status == QStringLiteral("posted"));
    CHECK(s.onHand(s.tees[0]) == 0);
    CHECK(s.onHand(s.tees[1]) == 1);
    CHECK(s.onHand(s.jeans[0]) == 8);
    CHECK(s.onHand(s.jeans[2]) == 2);
    view->setToday(QDate(today.year(), today.month(), 28));
    CHECK_FALSE(reminder->isVisible());
    // Stock tab follows.
    auto *table = panel.findChild<QTableView *>(QStringLiteral("table"));
    QStringList onHand;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        onHand << table->model()->index(r, 5).data().toString() + QLatin1Char('=')
                + table->model()->index(r, 6).data().toString();
    CHECK(onHand.contains(InventoryShop::kTeeM + QStringLiteral("=0")));

    // Undo of the posting reverses it with compensating rows; a reversed count no longer
    // silences the month-end reminder.
    panel.undoStack()->undo();
    CHECK(view->shownCount()->status == QStringLiteral("reversed"));
    view->setToday(QDate(today.year(), today.month(), 28));
    CHECK(reminder->isVisible());
    CHECK(s.onHand(s.tees[0]) == 8);
    CHECK(s.onHand(s.tees[1]) == 3);
    CHECK(s.onHand(s.jeans[2]) == 0);
    CHECK(s.ledgerSum(s.tees[0]) == 8);
    CHECK(errors.isEmpty());

    // The language changes at once, in every tab.
    core::language::install(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(panel.title(QStringLiteral("stocktake")) == QStringLiteral("Stock-take"));
    CHECK(panel.findChild<QPushButton *>(QStringLiteral("startCount"))->text() == QStringLiteral("&Start count"));
    CHECK(panel.findChild<QPushButton *>(QStringLiteral("postNote"))->text() == QStringLiteral("&Post note"));
    CHECK(panel.findChild<QLabel *>(QStringLiteral("countStatus"))->text().startsWith(QStringLiteral("Count PD")));
}

TEST_CASE("the variance grid lays an item out colour × size, in Chinese")
{
    core::language::install(QStringLiteral("zh_CN"));
    InventoryShop s;
    core::ShopEvents events;
    inventory::StocktakeRepository repo(s.db());
    auto id = repo.start({}, QStringLiteral("test"));
    REQUIRE(id.ok());
    REQUIRE(repo.scan(*id, InventoryShop::kJeans30, 11, QStringLiteral("test")).ok());
    REQUIRE(repo.scan(*id, InventoryShop::kJeans31, 3, QStringLiteral("test")).ok());
    REQUIRE(repo.scan(*id, InventoryShop::kDark30, 1, QStringLiteral("test")).ok());
    REQUIRE(repo.scan(*id, QStringLiteral("6900000000000"), 1, QStringLiteral("test")).ok());
    test::InventoryBench panel({ s.db(), events, QStringLiteral("test") });
    panel.resize(1100, 700);
    panel.raise(QStringLiteral("stocktake"));
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel.window));
    auto *grid = panel.findChild<QTableView *>(QStringLiteral("varianceGrid"));
    QAbstractItemModel *m = grid->model();
    REQUIRE(m->rowCount() == 2); // 浅蓝, 深蓝
    CHECK(m->headerData(0, Qt::Vertical).toString() == QString::fromUtf8("浅蓝"));
    CHECK(m->headerData(0, Qt::Horizontal).toString() == QStringLiteral("30"));
    CHECK(m->headerData(1, Qt::Horizontal).toString() == QStringLiteral("31"));
    CHECK(m->headerData(2, Qt::Horizontal).toString() == QString::fromUtf8("颜色合计"));
    CHECK(m->index(0, 0).data().toString() == QStringLiteral("11 / 10  (+1)")); // 盘盈 1
    CHECK(m->index(0, 1).data().toString() == QString::fromUtf8("3 / 5  (−2)")); // 盘亏 2
    CHECK(m->index(0, 2).data().toString() == QString::fromUtf8("14 / 15  (−1)"));
    CHECK(m->index(0, 3).data().toString() == QString::fromUtf8("-¥45.00"));
    CHECK(m->index(1, 0).data().toString() == QStringLiteral("1 / 0  (+1)"));
    auto *items = panel.findChild<QTableView *>(QStringLiteral("varianceItems"));
    CHECK(items->model()->headerData(4, Qt::Horizontal).toString() == QString::fromUtf8("盘盈"));
    CHECK(items->model()->headerData(5, Qt::Horizontal).toString() == QString::fromUtf8("盘亏"));
    CHECK(panel.findChild<QLabel *>(QStringLiteral("totals"))->text().contains(QString::fromUtf8("盘亏")));
    CHECK(unknownCount(panel) == 1);
    saveShot(&panel.window, QStringLiteral("inventory-variance-zh.png"));
    core::language::install(QStringLiteral("en"));
}

TEST_CASE("a SKU's movement history: filtered by kind and date, with the running balance, and reversed by undo")
{
    InventoryShop s;
    s.book(s.jeans[0], core::codes::kMoveShip, -3, QStringLiteral("YT001"));
    s.book(s.jeans[0], core::codes::kMoveReturn, 1, QStringLiteral("YT001"));
    core::ShopEvents events;
    test::InventoryBench panel({ s.db(), events, QStringLiteral("test") });
    auto *mv = panel.movements();
    mv->showSku(InventoryShop::kJeans30);
    QAbstractItemModel *m = mv->table()->model();
    REQUIRE(m->rowCount() == 3);
    CHECK(m->index(0, 3).data().toString() == QStringLiteral("10"));
    CHECK(m->index(1, 2).data().toString() == QStringLiteral("-3"));
    CHECK(m->index(1, 3).data().toString() == QStringLiteral("7"));
    CHECK(m->index(2, 3).data().toString() == QStringLiteral("8"));
    mv->kindFilter()->setCurrentIndex(mv->kindFilter()->findData(core::codes::kMoveReturn));
    REQUIRE(m->rowCount() == 1);
    CHECK(m->index(0, 3).data().toString() == QStringLiteral("8")); // the balance still counts every row
    mv->fromDate()->setDate(QDate::currentDate().addDays(1));
    CHECK(m->rowCount() == 0);
    mv->fromDate()->setDate(QDate(2000, 1, 1));
    mv->kindFilter()->setCurrentIndex(0);

    mv->table()->selectRow(1); // the shipment
    mv->reverseSelected();
    CHECK(s.onHand(s.jeans[0]) == 11);
    REQUIRE(m->rowCount() == 4);
    CHECK(m->index(3, 2).data().toString() == QStringLiteral("3"));
    panel.undoStack()->undo(); // compensates the compensation
    CHECK(s.onHand(s.jeans[0]) == 8);
    CHECK(m->rowCount() == 5);
    CHECK(s.ledgerSum(s.jeans[0]) == 8);
}

TEST_CASE("reorder warnings: main items under their minimum, from three weeks before a promotion")
{
    InventoryShop s;
    const inventory::ReorderRepository reorder(s.db());
    CHECK(reorder.upcomingPromotions(QDate(2026, 10, 25))->size() == 1);
    CHECK(reorder.upcomingPromotions(QDate(2026, 10, 25))->first().day == QDate(2026, 11, 11));
    CHECK(reorder.upcomingPromotions(QDate(2026, 12, 20))->first().day == QDate(2027, 1, 1));
    CHECK(reorder.upcomingPromotions(QDate(2026, 7, 1))->isEmpty());
    REQUIRE(reorder.upcomingPromotions(QDate(2026, 11, 25))->size() == 1); // Double 11 is past
    CHECK(reorder.upcomingPromotions(QDate(2026, 11, 25))->first().name == QStringLiteral("Double 12"));
    // The store's own dates come from the calendar the KPI panel keeps (tests/inventory/test_reorder_promotions.cpp).
    REQUIRE(core::PromotionRepository(s.db()).add(QDate(2026, 9, 9), QString::fromUtf8("店庆")).ok());
    REQUIRE(core::PromotionRepository(s.db()).add(QDate(2026, 9, 1), QString::fromUtf8("开学季")).ok());
    const auto own = reorder.upcomingPromotions(QDate(2026, 8, 25));
    REQUIRE(own.ok());
    REQUIRE(own->size() == 2);
    CHECK(own->at(0).name == QString::fromUtf8("开学季"));
    CHECK(own->at(1).day == QDate(2026, 9, 9));
    REQUIRE(core::PromotionRepository(s.db()).remove(QDate(2026, 9, 9), QString::fromUtf8("店庆")).ok());
    REQUIRE(core::PromotionRepository(s.db()).remove(QDate(2026, 9, 1), QString::fromUtf8("开学季")).ok());
    // Make the jeans a main item: 15 on hand, minimum default 30; the T-shirts keep 60 (capped at 50).
    REQUIRE(test::scalar(s.db(), QStringLiteral("UPDATE items SET main_push = 1 WHERE code = 'NZK-1001' RETURNING id"))
                .isValid());
    REQUIRE(test::scalar(
        s.db(), QStringLiteral("UPDATE items SET main_push = 1, min_stock = 60 WHERE code = 'TX-2001' RETURNING id"))
                .isValid());
    auto lines = inventory::ReorderRepository(s.db()).mainItemsBelowMinimum();
    REQUIRE(lines.ok());
    REQUIRE(lines->size() == 2);
    CHECK(lines->at(0).itemCode == QStringLiteral("NZK-1001"));
    CHECK(lines->at(0).minimum == 30);
    CHECK(lines->at(0).toOrder() == 15);
    CHECK(lines->at(1).minimum == 50);
    CHECK(lines->at(1).toOrder() == 39);

    core::ShopEvents events;
    test::InventoryBench panel({ s.db(), events, QStringLiteral("test") });
    panel.show();
    auto *warning = panel.findChild<QLabel *>(QStringLiteral("reorderWarning"));
    panel.setToday(QDate(2026, 10, 28));
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QStringLiteral("Double 11")));
    CHECK(warning->text().contains(QStringLiteral("14 days")));
    CHECK(warning->text().contains(QStringLiteral("NZK-1001")));
    panel.setToday(QDate(2026, 7, 1));
    CHECK_FALSE(warning->isVisible());
}

TEST_CASE(
    "a receiving note by scan and search: posted with freight and paid, printed, on the supplier's account, undone")
{
    InventoryShop s;
    core::ShopEvents events;
    QStringList errors;
    QObject::connect(&events, &core::ShopEvents::error, [&](const QString &m) { errors << m; });
    test::InventoryBench panel({ s.db(), events, QStringLiteral("test") });
    panel.raise(QStringLiteral("receiving"));
    panel.show();
    auto *view = panel.receiving();
    QLineEdit *field = view->scanField();
    scan(field, InventoryShop::kJeans30 + QStringLiteral("*20")); // 20 pairs at the item's cost 45.00
    QTest::keyClicks(panel.findChild<QLineEdit *>(QStringLiteral("receivingCost")), QStringLiteral("18.50"));
    panel.findChild<QSpinBox *>(QStringLiteral("receivingQty"))->setValue(10);
    field->setText(InventoryShop::kTeeM + QString::fromUtf8(" TX-2001 纯棉T恤 白/M")); // as the search completes it
    QTest::keyClick(field, Qt::Key_Return);
    QTest::keyClicks(panel.findChild<QLineEdit *>(QStringLiteral("receivingFreight")), QStringLiteral("12"));
    QTest::keyClicks(panel.findChild<QLineEdit *>(QStringLiteral("receivingPaid")), QStringLiteral("500"));
    CHECK(panel.findChild<QTableView *>(QStringLiteral("receivingLines"))->model()->rowCount() == 2);
    CHECK(panel.findChild<QLabel *>(QStringLiteral("receivingTotals"))->text()
        == QStringLiteral("Goods ¥1,085.00 + freight ¥12.00 = ¥1,097.00 · paid ¥500.00 · owed ¥597.00"));

    view->postNote();
    CHECK(errors.isEmpty());
    CHECK(s.onHand(s.jeans[0]) == 30);
    CHECK(s.onHand(s.tees[0]) == 18);
    QAbstractItemModel *notes = panel.findChild<QTableView *>(QStringLiteral("receivingNotes"))->model();
    REQUIRE(notes->rowCount() == 1);
    CHECK(notes->index(0, 7).data().toString() == QStringLiteral("¥597.00"));
    CHECK(panel.findChild<QTableView *>(QStringLiteral("receivingLines"))->model()->rowCount() == 0);
    CHECK(
        panel.findChild<QLabel *>(QStringLiteral("supplierAccount"))->text().contains(QStringLiteral("owed ¥597.00")));

    QTest::keyClicks(panel.findChild<QLineEdit *>(QStringLiteral("paymentAmount")), QStringLiteral("97"));
    view->recordPayment();
    CHECK(
        panel.findChild<QLabel *>(QStringLiteral("supplierAccount"))->text().contains(QStringLiteral("owed ¥500.00")));

    const auto noteId = test::scalar(s.db(), QStringLiteral("SELECT id FROM receiving_notes")).toLongLong();
    const QString pdf = s.shop.file(QStringLiteral("note.pdf"));
    REQUIRE(view->printNote(noteId, pdf).ok());
    CHECK(test::fileBytes(pdf).startsWith("%PDF"));

    panel.undoStack()->undo(); // reverses the note by compensating entries
    CHECK(s.onHand(s.jeans[0]) == 10);
    CHECK(s.onHand(s.tees[0]) == 8);
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT status FROM receiving_notes")).toString()
        == QStringLiteral("reversed"));
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM stock_moves WHERE reverses IS NOT NULL")).toInt()
        == 2);
    CHECK(errors.isEmpty());
}

TEST_CASE("quality check and returns in the panel: scanned faulty pieces out, replacements in, the rest and a damaged "
          "return on the faulty-goods account")
{
    InventoryShop s;
    core::Order order;
    order.orderNo = QStringLiteral("2026112500001");
    order.status = core::codes::kOrderShipped;
    core::OrderLine line;
    line.skuId = s.tees[0];
    line.quantity = 2;
    order.lines << line;
    REQUIRE(core::OrderRepository(s.db()).addOrder(order).ok());
    s.book(s.tees[0], core::codes::kMoveShip, -2, order.orderNo);

    core::ShopEvents events;
    QStringList errors;
    QObject::connect(&events, &core::ShopEvents::error, [&](const QString &m) { errors << m; });
    test::InventoryBench panel({ s.db(), events, QStringLiteral("test") });
    panel.raise(QStringLiteral("quality"));
    panel.show();
    auto *q = panel.quality();
    QTest::keyClicks(panel.findChild<QLineEdit *>(QStringLiteral("faultReason")), QStringLiteral("seam"));
    scan(q->faultyScan(), InventoryShop::kJeans30 + QStringLiteral("*3"));
    CHECK(panel.findChild<QTableView *>(QStringLiteral("exchangeLines"))->model()->rowCount() == 1);
    const QString pdf = s.shop.file(QStringLiteral("TH.pdf"));
    REQUIRE(q->bookOutExchange(pdf).ok());
    CHECK(test::fileBytes(pdf).startsWith("%PDF"));
    CHECK(s.onHand(s.jeans[0]) == 7);
    scan(q->replacementScan(), InventoryShop::kJeans30);
    scan(q->replacementScan(), InventoryShop::kJeans30);
    CHECK(s.onHand(s.jeans[0]) == 9);
    QAbstractItemModel *lists = panel.findChild<QTableView *>(QStringLiteral("exchangeLists"))->model();
    REQUIRE(lists->rowCount() == 1);
    CHECK(lists->index(0, 4).data().toString() == QStringLiteral("2"));
    REQUIRE(q->closeSelectedExchange().ok());

    panel.findChild<QLineEdit *>(QStringLiteral("returnOrder"))->setText(order.orderNo);
    panel.findChild<QLineEdit *>(QStringLiteral("returnSku"))->setText(InventoryShop::kTeeM);
    REQUIRE(q->bookReturn().ok()); // intact
    CHECK(s.onHand(s.tees[0]) == 7);
    panel.findChild<QLineEdit *>(QStringLiteral("returnSku"))->setText(InventoryShop::kTeeM);
    panel.findChild<QCheckBox *>(QStringLiteral("returnIntact"))->setChecked(false);
    REQUIRE(q->bookReturn().ok()); // damaged
    CHECK(s.onHand(s.tees[0]) == 7);
    q->reload();
    QAbstractItemModel *faulty = panel.findChild<QTableView *>(QStringLiteral("faultyAccount"))->model();
    REQUIRE(faulty->rowCount() == 2);
    CHECK(faulty->index(0, 4).data().toString() == QStringLiteral("not replaced by the supplier"));
    CHECK(faulty->index(0, 5).data().toString() == QStringLiteral("1"));
    CHECK(faulty->index(1, 4).data().toString() == QStringLiteral("damaged return"));
    CHECK(faulty->index(1, 5).data().toString() == QStringLiteral("1"));
    // Undo takes the damaged return, then the intact one, back by compensating entries.
    panel.undoStack()->undo();
    CHECK(faulty->rowCount() == 1);
    panel.undoStack()->undo();
    CHECK(s.onHand(s.tees[0]) == 6);
    CHECK(s.ledgerSum(s.tees[0]) == 6);
    panel.undoStack()->redo();
    CHECK(s.onHand(s.tees[0]) == 7);
    CHECK(errors.isEmpty());
}

TEST_CASE("the count screen shows another counter's scans without being asked")
{
    InventoryShop s;
    core::ShopEvents events;
    test::InventoryBench panel({ s.db(), events, QStringLiteral("test") });
    panel.raise(QStringLiteral("stocktake"));
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel.window));
    panel.stocktake()->startCount();
    // Another counter (here the repository, as shopdesk-cli would) scans into the same count.
    REQUIRE(inventory::StocktakeRepository(s.db())
                .scan(panel.stocktake()->shownCount()->id, InventoryShop::kJeans30, 4, QStringLiteral("other"))
                .ok());
    const QString expected = QString::fromUtf8("4 / 10  (−6)");
    // Waits for the live refresh; the CHECK below says whether it came.
    (void)QTest::qWaitFor([&] { return gridCell(panel, QString::fromUtf8("浅蓝"), QStringLiteral("30")) == expected; },
        2 * inventory::StocktakeView::kLiveRefreshMs + 2000);
    CHECK(gridCell(panel, QString::fromUtf8("浅蓝"), QStringLiteral("30")) == expected);
}
