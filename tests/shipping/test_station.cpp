// The packing station (三查) as the packer uses it, through the scanner (keys + Enter): the waybill
// brings up the order, a wrong item is loud and blocks, a complete order ships with its ledger rows.

#include "ClaimsView.h"
#include "CourierRulesView.h"
#include "QueueView.h"
#include "ScanStation.h"
#include "ShippingBench.h"
#include "ShippingFixture.h"
#include "commands/SetTrackingCommand.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/Vocabulary.h>
#include <shopdesk/shipping/Couriers.h>
#include <shopdesk/shipping/ShippingRepository.h>
#include <shopdesk/shipping/ShippingService.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using shopdesk::test::scalar;

namespace {
void scan(QLineEdit *field, const QString &code)
{
    QTest::keyClicks(field, code);
    QTest::keyClick(field, Qt::Key_Return);
}

struct Station {
    test::TestShop shop;
    std::unique_ptr<test::ShippingBench> bench;
    shipping::ScanStation *station = nullptr;
    QLineEdit *field = nullptr;
    QLabel *status = nullptr;

    Station()
    {
        test::addFixtureCatalog(shop.db());
        test::importFixtures(shop.db());
        shipping::ShippingRepository repo(shop.db());
        auto o = repo.ordersByNumber({ QStringLiteral("3012345678901234567") });
        REQUIRE(o.ok());
        REQUIRE(repo.setTracking(o->first().order.id, QStringLiteral("STO"), QStringLiteral("773000000001")).ok());
        bench = std::make_unique<test::ShippingBench>(shop.db(), QStringLiteral("packer-a"));
        window().show();
        REQUIRE(QTest::qWaitForWindowExposed(&window()));
        bench->raise("scan");
        station = workbench().station();
        field = station->scanField();
        status = station->findChild<QLabel *>(QStringLiteral("scanStatus"));
        QApplication::setActiveWindow(&window());
        field->setFocus();
    }
    QMainWindow &window() const { return bench->window; }
    shipping::ShippingWorkbench &workbench() const { return *bench->bench; }
    shipping::QueueView *queue() const { return workbench().queue(); }
    QUndoStack *undoStack() const { return workbench().undoStack(); }
    core::ShopEvents &events() const { return bench->events; }
    shipping::SetTrackingCommand *trackingEdit(QList<shipping::SetTrackingCommand::Change> changes) const
    {
        return new shipping::SetTrackingCommand(workbench().desk(), events(), std::move(changes));
    }
};
} // namespace

TEST_CASE("the scan-check refuses a wrong item, loudly, and keeps the focus in the scan field")
{
    Station s;
    scan(s.field, QStringLiteral("773000000001"));
    REQUIRE(s.station->check().hasOrder());
    CHECK(s.station->check().order().order.orderNo == QStringLiteral("3012345678901234567"));
    auto *lines = s.station->findChild<QTableWidget *>(QStringLiteral("scanLines"));
    REQUIRE(lines);
    CHECK(lines->rowCount() == 2);

    scan(s.field, QStringLiteral("6901234500059")); // 黑色 M: not in this order
    CHECK(s.station->check().blocked());
    CHECK(s.status->property("loud").toBool());
    // The banner names what was scanned and what the order wants of that item.
    CHECK(s.status->text() == QString::fromUtf8("This is 黑色/M; the order wants 白色/L"));
    CHECK(s.field->hasFocus());
    // Blocked: the right item is refused too until the wrong one is taken away (Esc).
    scan(s.field, QStringLiteral("6901234500011"));
    CHECK(s.station->check().lines()[0].scanned == 0);
    QTest::keyClick(s.field, Qt::Key_Escape);
    CHECK_FALSE(s.station->check().blocked());
    scan(s.field, QStringLiteral("6901234500011"));
    CHECK(s.station->check().lines()[0].scanned == 1);
    // One too many of a complete line is an excess, loud as well.
    scan(s.field, QStringLiteral("6901234500011"));
    CHECK(s.station->check().blocked());
    CHECK(s.status->property("loud").toBool());
    // Confirming an incomplete order ships nothing.
    QTest::keyClick(s.field, Qt::Key_Escape);
    QTest::keyClick(s.field, Qt::Key_Return);
    CHECK(scalar(s.shop.db(), QStringLiteral("SELECT status FROM orders WHERE order_no = '3012345678901234567'"))
              .toString()
        == QStringLiteral("paid"));
    // Nothing of ...567 left the stock (the import booked out only ...570, shipped on the platform).
    CHECK(scalar(s.shop.db(),
              QStringLiteral("SELECT COUNT(*) FROM stock_moves WHERE kind = 'ship' AND note = '3012345678901234567'"))
              .toInt()
        == 0);
    CHECK(s.field->hasFocus());
}

TEST_CASE("the scan-check ships a complete order: status, courier, tracking number and ledger rows at once")
{
    Station s;
    scan(s.field, QStringLiteral("773000000001"));
    scan(s.field, QStringLiteral("6901234500042")); // TX002 白色/L ×2
    scan(s.field, QStringLiteral("6901234500011")); // NZK001 深蓝/30
    CHECK_FALSE(s.station->check().complete());
    scan(s.field, QStringLiteral("6901234500042"));
    CHECK(s.station->check().complete());
    CHECK_FALSE(s.status->property("loud").toBool());
    auto *weight = s.station->findChild<QLineEdit *>(QStringLiteral("weightField"));
    weight->setText(QStringLiteral("1.2"));
    QTest::keyClick(s.field, Qt::Key_Return); // Enter on the empty scan field confirms
    CHECK_FALSE(s.station->check().hasOrder());
    CHECK(s.field->hasFocus());

    const auto &db = s.shop.db();
    auto order = core::OrderRepository(db).orderByNumber(QStringLiteral("3012345678901234567"));
    REQUIRE(order->has_value());
    CHECK((*order)->status == QStringLiteral("shipped"));
    CHECK((*order)->courier == QStringLiteral("STO"));
    CHECK((*order)->trackingNo == QStringLiteral("773000000001"));
    CHECK((*order)->shippedAt.isValid());
    CHECK(scalar(
              db, QStringLiteral("SELECT COUNT(*) FROM stock_moves WHERE kind = 'ship' AND reference = '773000000001'"))
              .toInt()
        == 2);
    CHECK(
        scalar(db,
            QStringLiteral("SELECT SUM(quantity) FROM stock_moves WHERE kind = 'ship' AND reference = '773000000001'"))
            .toInt()
        == -3);
    CHECK(scalar(db,
              QStringLiteral("SELECT SUM(m.quantity) FROM stock_moves m JOIN skus s ON s.id = m.sku_id "
                             "WHERE s.barcode = '6901234500042'"))
              .toInt()
        == 8);
    CHECK(scalar(db, QStringLiteral("SELECT weight_g || '/' || packer || '/' || est_freight_fen FROM shipping_packs"))
              .toString()
        == QStringLiteral("1200/packer-a/600")); // 浙江: ¥5 first kg + ¥1
    // It has left the dispatch queue shown in the queue's dock.
    CHECK(s.queue()->table()->model()->rowCount() == 3);
}

TEST_CASE("the queue sets a scanned tracking number and a flag as undoable edits")
{
    Station s;
    s.bench->raise("queue");
    QTableView *table = s.queue()->table();
    table->selectRow(1); // 3012345678901234568, SF by the buyer's request
    auto *tracking = s.queue()->findChild<QLineEdit *>(QStringLiteral("trackingField"));
    REQUIRE(tracking);
    // The courier box is STO: an SF number is refused with the expected form.
    QString error;
    QObject::connect(&s.events(), &core::ShopEvents::error, [&](const QString &m) { error = m; });
    scan(tracking, QStringLiteral("SF1440000000099"));
    CHECK(error.contains(QStringLiteral("SF1440000000099")));
    error.clear();
    scan(tracking, QStringLiteral("773000000002"));
    CHECK(error.isEmpty());
    CHECK(scalar(s.shop.db(), QStringLiteral("SELECT tracking_no FROM orders WHERE order_no = '3012345678901234568'"))
              .toString()
        == QStringLiteral("773000000002"));
    s.undoStack()->undo();
    CHECK(scalar(s.shop.db(), QStringLiteral("SELECT tracking_no FROM orders WHERE order_no = '3012345678901234568'"))
              .toString()
              .isEmpty());

    // Flag it yellow (cannot ship yet) from the Flag menu: stored, customer service is pointed to, undoable.
    auto *flag = s.queue()->findChild<QToolButton *>(QStringLiteral("flagButton"));
    REQUIRE(flag);
    QAction *yellow = nullptr;
    for (QAction *a : flag->menu()->actions())
        if (a->text() == core::Vocabulary::flag(QStringLiteral("yellow")))
            yellow = a;
    REQUIRE(yellow);
    table->selectRow(1);
    yellow->trigger();
    CHECK(
        scalar(s.shop.db(), QStringLiteral("SELECT flag FROM orders WHERE order_no = '3012345678901234568'")).toString()
        == QStringLiteral("yellow"));
    CHECK(s.queue()
              ->findChild<QLabel *>(QStringLiteral("importSummary"))
              ->text()
              .contains(QStringLiteral("Cannot ship")));
    s.undoStack()->undo();
    CHECK(scalar(s.shop.db(), QStringLiteral("SELECT flag FROM orders WHERE order_no = '3012345678901234568'"))
              .toString()
              .isEmpty());
}

TEST_CASE("inside the station's dock the scan field takes the focus back, except into an input; a fast scan is "
          "taken")
{
    Station s;
    REQUIRE(QTest::qWaitForWindowActive(&s.window()));
    auto typeIntoFocus = [&](const QString &text) {
        for (const QChar c : text)
            QTest::keyClick(s.window().windowHandle(), c.toLatin1());
        QTest::keyClick(s.window().windowHandle(), Qt::Key_Return);
    };
    // The station's dock itself is not an input: the scan field takes the focus back.
    s.bench->dock("scan")->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    CHECK(s.field->hasFocus());
    // The weight is an input: it keeps the focus while typed into, Enter gives it back.
    auto *weight = s.station->findChild<QLineEdit *>(QStringLiteral("weightField"));
    QTest::mouseClick(weight, Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(weight->hasFocus());
    typeIntoFocus(QStringLiteral("1.2"));
    QCoreApplication::processEvents();
    CHECK(weight->text() == QStringLiteral("1.2"));
    CHECK(s.field->hasFocus());
    // A scanner's keys and Enter, as fast as it types them: the waybill is taken.
    typeIntoFocus(QStringLiteral("773000000001"));
    REQUIRE(s.station->check().hasOrder());
    CHECK(s.station->check().order().order.orderNo == QStringLiteral("3012345678901234567"));
    CHECK(s.field->text().isEmpty());

    // The queue, in a dock of its own beside the station: its table is not an input, yet it keeps
    // the focus (the station takes it back only within its own dock), and Undo follows it.
    s.window().addDockWidget(Qt::LeftDockWidgetArea, s.bench->dock("queue"));
    s.bench->dock("queue")->show();
    QCoreApplication::processEvents();
    REQUIRE(s.queue()->table()->isVisible());
    REQUIRE(s.station->isVisible());
    QTest::mouseClick(s.queue()->table()->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
    QCoreApplication::processEvents();
    CHECK(s.queue()->table()->hasFocus());

    // Another window's field keeps the focus and what is typed there.
    QLineEdit other;
    other.show();
    QApplication::setActiveWindow(&other);
    REQUIRE(QTest::qWaitForWindowActive(&other));
    QTest::mouseClick(&other, Qt::LeftButton);
    QCoreApplication::processEvents();
    for (const QChar c : QStringLiteral("abc"))
        QTest::keyClick(other.windowHandle(), c.toLatin1());
    QCoreApplication::processEvents();
    CHECK(other.hasFocus());
    CHECK(other.text() == QStringLiteral("abc"));
    CHECK(s.field->text().isEmpty());
}

namespace {
// order number → "courier,tracking no,flag" of the queued orders, as the shop file holds them.
QStringList queueRows(const core::Database &db)
{
    return scalar(db,
        QStringLiteral("SELECT group_concat(x, ' | ') FROM (SELECT order_no || ':' || courier || ',' || tracking_no "
                       "|| ',' || flag AS x FROM orders WHERE status = 'paid' ORDER BY order_no) AS t"))
        .toString()
        .split(QStringLiteral(" | "));
}

/// Makes the shop refuse (or again accept) a flag on order …569, as a full disk or a lock would:
/// a trigger, in each engine's own words, whose refusal is a constraint's (SQLSTATE 23…).
void refuseFlag(const core::Database &db, bool on)
{
    if (!test::onServer()) {
        scalar(db,
            on ? QStringLiteral("CREATE TRIGGER refuse_flag BEFORE UPDATE OF flag ON orders WHEN NEW.order_no = "
                                "'3012345678901234569' BEGIN SELECT RAISE(ABORT, 'flag refused'); END")
               : QStringLiteral("DROP TRIGGER refuse_flag"));
        return;
    }
    if (!on) {
        scalar(db, QStringLiteral("DROP TRIGGER refuse_flag ON orders"));
        return;
    }
    scalar(db,
        QStringLiteral("CREATE OR REPLACE FUNCTION refuse_flag() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       "IF NEW.order_no = '3012345678901234569' THEN RAISE EXCEPTION 'flag refused' USING ERRCODE = "
                       "'check_violation'; END IF; RETURN NEW; END $$"));
    scalar(db,
        QStringLiteral("CREATE TRIGGER refuse_flag BEFORE UPDATE OF flag ON orders FOR EACH ROW "
                       "EXECUTE FUNCTION refuse_flag()"));
}

const QStringList kQueueAsImported
    = { QStringLiteral("3012345678901234567:STO,773000000001,"), QStringLiteral("3012345678901234568:SF,,"),
          QStringLiteral("3012345678901234569:EMS,,"), QStringLiteral("3012345678901234573:YTO,,") };

shipping::SetTrackingCommand::Change change(const core::Database &db, const char *orderNo, const char *tracking)
{
    auto found = shipping::ShippingRepository(db).ordersByNumber({ QString::fromLatin1(orderNo) });
    REQUIRE(found.ok());
    const core::Order &o = found->first().order;
    return { o.id, o.orderNo, o.courier, o.trackingNo, o.courier, QString::fromLatin1(tracking) };
}
} // namespace

TEST_CASE("a tracking-number edit over several orders is all or nothing: a refused number changes none of them")
{
    Station s;
    const auto &db = s.shop.db();
    REQUIRE(queueRows(db) == kQueueAsImported);
    QStringList errors;
    QObject::connect(&s.events(), &core::ShopEvents::error, [&](const QString &m) { errors << m; });
    QUndoStack *stack = s.undoStack();
    const int count = stack->count();

    // The third number is not in YTO's form: the first two must not keep their new numbers.
    stack->push(s.trackingEdit({ change(db, "3012345678901234568", "SF1440000000001"),
        change(db, "3012345678901234569", "9800000000001"), change(db, "3012345678901234573", "YT12") }));
    CHECK(queueRows(db) == kQueueAsImported);
    CHECK(stack->count() == count);
    CHECK_FALSE(stack->canUndo());
    CHECK(errors
        == QStringList { QString::fromUtf8("Order 3012345678901234573: “YT12” is not a tracking number of YTO Express: "
                                           "a YTO tracking number is YT and 13 digits. Nothing was changed.") });

    // The list the clerk imports: its last row gives order …567 the number the second row gave …569.
    errors.clear();
    const QString list = s.shop.file(QStringLiteral("tracking.csv"));
    QFile f(list);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("order,tracking\r\n3012345678901234568,SF1440000000001\r\n3012345678901234569,9800000000001\r\n"
            "3012345678901234567,9800000000001\r\n");
    f.close();
    s.queue()->importTrackingList(list);
    CHECK(queueRows(db) == kQueueAsImported);
    CHECK(stack->count() == count);
    CHECK(errors
        == QStringList { QStringLiteral("Order 3012345678901234567: The tracking number 9800000000001 is already used "
                                        "by another order. Nothing was changed.") });

    // A list whose second row's number is not in its order's courier's form: named by file and line.
    errors.clear();
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("order,tracking\r\n3012345678901234568,SF1440000000001\r\n3012345678901234573,YT12\r\n");
    f.close();
    s.queue()->importTrackingList(list);
    CHECK(queueRows(db) == kQueueAsImported);
    CHECK(stack->count() == count);
    CHECK(errors
        == QStringList { QString::fromUtf8("tracking.csv, line 3, field tracking: Order 3012345678901234573: “YT12” is "
                                           "not a tracking number of YTO Express: a YTO tracking number is YT and 13 "
                                           "digits. Nothing was changed.") });

    // One order given two numbers in one list.
    errors.clear();
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("order,tracking\r\n3012345678901234568,SF1440000000001\r\n3012345678901234568,SF1440000000002\r\n");
    f.close();
    s.queue()->importTrackingList(list);
    CHECK(queueRows(db) == kQueueAsImported);
    CHECK(errors
        == QStringList { QStringLiteral("tracking.csv, line 3, field tracking: the order 3012345678901234568 already "
                                        "has the tracking number SF1440000000001 on line 2; one order takes one "
                                        "number.") });
}

TEST_CASE("a good tracking-number edit over several orders is undone and redone as one step")
{
    Station s;
    const auto &db = s.shop.db();
    QStringList errors;
    QObject::connect(&s.events(), &core::ShopEvents::error, [&](const QString &m) { errors << m; });
    QUndoStack *stack = s.undoStack();
    const int count = stack->count();
    // Three orders take new numbers in one edit (…567 replaces the one it had).
    stack->push(s.trackingEdit({ change(db, "3012345678901234567", "9800000000002"),
        change(db, "3012345678901234568", "SF1440000000001"), change(db, "3012345678901234573", "YT8800000000001") }));
    const QStringList edited = { QStringLiteral("3012345678901234567:STO,9800000000002,"),
        QStringLiteral("3012345678901234568:SF,SF1440000000001,"), QStringLiteral("3012345678901234569:EMS,,"),
        QStringLiteral("3012345678901234573:YTO,YT8800000000001,") };
    CHECK(errors.isEmpty());
    CHECK(queueRows(db) == edited);
    CHECK(stack->count() == count + 1);
    CHECK(stack->text(count) == QStringLiteral("Tracking numbers for 3 orders"));
    stack->undo();
    CHECK(queueRows(db) == kQueueAsImported);
    CHECK(stack->count() == count + 1);
    stack->redo();
    CHECK(queueRows(db) == edited);
    CHECK(errors.isEmpty());
    // The queue shows what the shop holds.
    CHECK(s.queue()->table()->model()->index(2, 7).data().toString().isEmpty());
    CHECK(s.queue()->table()->model()->index(3, 7).data().toString() == QStringLiteral("YT8800000000001"));
}

TEST_CASE("a flag set on several orders is all or nothing, and one undoable step")
{
    Station s;
    const auto &db = s.shop.db();
    QStringList errors;
    QObject::connect(&s.events(), &core::ShopEvents::error, [&](const QString &m) { errors << m; });
    s.bench->raise("queue");
    QTableView *table = s.queue()->table();
    auto selectFirstThree = [&] {
        table->selectionModel()->select(QItemSelection(table->model()->index(0, 0), table->model()->index(2, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    };
    auto *flag = s.queue()->findChild<QToolButton *>(QStringLiteral("flagButton"));
    REQUIRE(flag);
    QAction *red = nullptr;
    for (QAction *a : flag->menu()->actions())
        if (a->text() == core::Vocabulary::flag(QStringLiteral("red")))
            red = a;
    REQUIRE(red);
    QUndoStack *stack = s.undoStack();
    const int count = stack->count();

    // The shop file refuses the third order's write (as a full disk or a lock would, here a trigger).
    refuseFlag(db, true);
    selectFirstThree();
    red->trigger();
    CHECK(queueRows(db) == kQueueAsImported);
    CHECK(stack->count() == count);
    CHECK(errors
        == QStringList { QStringLiteral("Order 3012345678901234569: The change conflicts with what the shop already "
                                        "holds (a record that must be unique exists, or other records refer to this "
                                        "one). Nothing was changed.") });

    errors.clear();
    refuseFlag(db, false);
    selectFirstThree();
    red->trigger();
    const QStringList flagged
        = { QStringLiteral("3012345678901234567:STO,773000000001,red"), QStringLiteral("3012345678901234568:SF,,red"),
              QStringLiteral("3012345678901234569:EMS,,red"), QStringLiteral("3012345678901234573:YTO,,") };
    CHECK(errors.isEmpty());
    CHECK(queueRows(db) == flagged);
    CHECK(stack->count() == count + 1);
    stack->undo();
    CHECK(queueRows(db) == kQueueAsImported);
    stack->redo();
    CHECK(queueRows(db) == flagged);
    CHECK(stack->count() == count + 1);

    // An undo that is refused changes none of the orders either; the edit leaves the stack.
    refuseFlag(db, true);
    stack->undo();
    CHECK(queueRows(db) == flagged);
    CHECK(stack->count() == count);
    CHECK(errors
        == QStringList { QStringLiteral("Order 3012345678901234569: The change conflicts with what the shop already "
                                        "holds (a record that must be unique exists, or other records refer to this "
                                        "one). Nothing was changed.") });
}

// Screenshots of the workbench's docks in Chinese, for the issue note (only when SHOPDESK_SHOTS names a folder).
TEST_CASE("the workbench's docks render in Chinese")
{
    core::language::install(QStringLiteral("zh_CN"));
    {
        Station s;
        const QString dir = qEnvironmentVariable("SHOPDESK_SHOTS");
        CHECK(s.bench->dock("queue")->windowTitle() == QString::fromUtf8("待发货订单"));
        scan(s.field, QStringLiteral("773000000001"));
        scan(s.field, QStringLiteral("6901234500011"));
        scan(s.field, QStringLiteral("6901234500059"));
        CHECK(s.status->text() == QString::fromUtf8("这是 黑色/M，订单要 白色/L"));
        // A parcel shipped and handed over today, then reported damaged: the claims dock lists it.
        REQUIRE(shipping::ShippingService(s.shop.db())
                    .shipOrder(QStringLiteral("3012345678901234569"), QStringLiteral("773000000012"),
                        QStringLiteral("STO"), std::nullopt, QStringLiteral("a"), QStringLiteral("a"))
                    .ok());
        shipping::ShippingRepository repo(s.shop.db());
        REQUIRE(repo.scanStub(QStringLiteral("STO"), QDate::currentDate(), QStringLiteral("773000000012"),
                        QStringLiteral("a"))
                    .ok());
        REQUIRE(repo.openClaim(QStringLiteral("773000000012"), QStringLiteral("damaged"),
                        QString::fromUtf8("外箱压坏，买家拒收"), QStringLiteral("a"))
                    .ok());
        s.workbench().reload();
        auto *claims = s.workbench().claims()->findChild<QTableView *>(QStringLiteral("claims"));
        REQUIRE(claims);
        CHECK(claims->model()->index(0, 3).data().toString() == QString::fromUtf8("破损")); // the DOMAIN term
        CHECK(claims->model()->headerData(4, Qt::Horizontal).toString() == QString::fromUtf8("交接日期"));
        for (const char *view : { "queue", "print", "scan", "pickup", "claims", "couriers" }) {
            if (dir.isEmpty())
                break;
            s.bench->raise(view);
            QApplication::processEvents();
            s.window().grab().save(dir + QStringLiteral("/shipping-%1.png").arg(QLatin1String(view)));
        }
    }
    core::language::install(QStringLiteral("en"));
}

TEST_CASE("the queue imports an export in the background, with a progress bar, and fills the dispatch queue")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    test::ShippingBench b(shop.db(), QStringLiteral("clerk"));
    b.window.show();
    shipping::QueueView *queue = b.bench->queue();
    QTableView *table = queue->table();
    CHECK(table->model()->rowCount() == 0);
    QSignalSpy finished(queue, &shipping::QueueView::importFinished);
    queue->startImport(test::shippingData(QStringLiteral("ExportOrderList202611201530.csv")),
        test::shippingData(QStringLiteral("ExportOrderDetailList202611201530.csv")));
    CHECK(queue->findChild<QProgressBar *>(QStringLiteral("importProgress"))->isVisible());
    CHECK(queue->findChild<QPushButton *>(QStringLiteral("cancelImport"))->isVisible());
    REQUIRE(finished.wait(20000));
    CHECK(finished.first().at(0).toBool());
    CHECK_FALSE(queue->importRunning());
    CHECK_FALSE(queue->findChild<QProgressBar *>(QStringLiteral("importProgress"))->isVisible());
    CHECK(table->model()->rowCount() == 4);
    CHECK(queue->findChild<QListWidget *>(QStringLiteral("unmatched"))->count() == 1);
    CHECK(queue->findChild<QLabel *>(QStringLiteral("importSummary"))->text()
        == QStringLiteral("7 new orders (4 for dispatch, 1 shipped, 1 closed, 1 unpaid); 0 already in the shop; "
                          "0 updated. Orders to ship now: 4, with 1 lines not matched to a SKU."));

    // The clerk resolves the unmatched line by scanning the SKU's barcode; undo unmatches it again.
    auto *unmatched = queue->findChild<QListWidget *>(QStringLiteral("unmatched"));
    unmatched->setCurrentRow(0);
    auto *match = queue->findChild<QLineEdit *>(QStringLiteral("matchField"));
    QTest::keyClicks(match, QStringLiteral("6901234500035"));
    QTest::keyClick(match, Qt::Key_Return);
    CHECK(unmatched->count() == 0);
    CHECK(scalar(shop.db(),
              QStringLiteral("SELECT COUNT(*) FROM order_lines WHERE sku_id IS NULL AND merchant_code = 'WY999'"))
              .toInt()
        == 0);
    b.bench->undoStack()->undo();
    CHECK(unmatched->count() == 1);
}

TEST_CASE("the store's courier rules are edited in their dock, take effect at once and can be undone")
{
    Station st;
    st.bench->raise("couriers");
    auto *view = st.workbench().courierRules();
    auto *courier = view->findChild<QComboBox *>(QStringLiteral("defaultCourier"));
    auto *ems = view->findChild<QLineEdit *>(QStringLiteral("emsProvinces"));
    auto *mask = view->findChild<QCheckBox *>(QStringLiteral("maskPhone"));
    auto *save = view->findChild<QPushButton *>(QStringLiteral("saveCourierRules"));
    REQUIRE(courier);
    REQUIRE(ems);
    REQUIRE(mask);
    REQUIRE(save);
    CHECK(courier->currentData().toString() == QStringLiteral("STO"));
    CHECK(ems->text().contains(QString::fromUtf8("西藏自治区")));
    CHECK(mask->isChecked()); // 隐私面单 unless the shop says otherwise

    courier->setCurrentIndex(courier->findData(QStringLiteral("YTO")));
    ems->setText(QString::fromUtf8("西藏自治区，新疆维吾尔自治区"));
    mask->setChecked(false);
    QTest::mouseClick(save, Qt::LeftButton);

    shipping::CourierRules rules = shipping::CourierRules::load(st.shop.db());
    CHECK(rules.defaultCourier == QStringLiteral("YTO"));
    CHECK(rules.emsProvinces == QStringList { QString::fromUtf8("西藏自治区"), QString::fromUtf8("新疆维吾尔自治区") });
    CHECK_FALSE(rules.maskPhone);
    core::Order toGansu;
    toGansu.province = QString::fromUtf8("甘肃省"); // no longer on the EMS list
    CHECK(rules.choose(toGansu) == QStringLiteral("YTO"));

    st.undoStack()->undo();
    rules = shipping::CourierRules::load(st.shop.db());
    CHECK(rules.defaultCourier == QStringLiteral("STO"));
    CHECK(rules.maskPhone);
    CHECK(rules.choose(toGansu) == QStringLiteral("EMS"));
    CHECK(courier->currentData().toString() == QStringLiteral("STO")); // the dock shows the rules in force
}

TEST_CASE("the claims dock lists the claims, each with its order, tracking number and the day its stub was handed "
          "over")
{
    Station s;
    shipping::ShippingService service(s.shop.db());
    const QDate today = QDate::currentDate();
    REQUIRE(service
                .shipOrder(QStringLiteral("3012345678901234567"), QStringLiteral("773000000011"), QStringLiteral("STO"),
                    1000, QStringLiteral("a"), QStringLiteral("a"))
                .ok());
    shipping::ShippingRepository repo(s.shop.db());
    REQUIRE(repo.scanStub(QStringLiteral("STO"), today, QStringLiteral("773000000011"), QStringLiteral("a")).ok());
    auto *claims = s.workbench().claims()->findChild<QTableView *>(QStringLiteral("claims"));
    REQUIRE(claims);
    CHECK(claims->model()->rowCount() == 0);
    REQUIRE(repo.openClaim(QStringLiteral("773000000011"), QStringLiteral("damaged"), QString::fromUtf8("外箱压坏"),
                    QStringLiteral("a"))
                .ok());
    s.workbench().reload();
    REQUIRE(claims->model()->rowCount() == 1);
    QStringList row;
    for (int c = 0; c < claims->model()->columnCount(); ++c)
        row << claims->model()->index(0, c).data().toString();
    CHECK(row.at(0) == QStringLiteral("3012345678901234567"));
    CHECK(row.at(2) == QStringLiteral("773000000011"));
    CHECK(row.at(3) == QStringLiteral("Damaged"));
    CHECK(row.at(4) == today.toString(Qt::ISODate));
    CHECK(row.at(6) == QString::fromUtf8("外箱压坏"));
    if (const QString dir = qEnvironmentVariable("SHOPDESK_SHOTS"); !dir.isEmpty()) {
        s.bench->raise("claims");
        QApplication::processEvents();
        s.window().grab().save(dir + QStringLiteral("/shipping-claims-en.png"));
    }
}
