// The warehouse flow's guarded steps, as the clerk and the packer meet them: 三查 leaves an order
// with Esc (or a second scan of another waybill), a flagged order is held until the packer
// overrides it (recorded), the wrong-goods banner names what was scanned and what the order
// wants; a batch print prints the rest and lists the skipped with reasons; 从号段分配 numbers the
// selected orders only, after saying how many and which numbers.

#include "PrintView.h"
#include "QueueView.h"
#include "ScanStation.h"
#include "ShippingBench.h"
#include "ShippingFixture.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/core/Migrator.h>
#include <shopdesk/core/Vocabulary.h>
#include <shopdesk/shipping/PackingStation.h>
#include <shopdesk/shipping/ShippingRepository.h>
#include <shopdesk/shipping/ShippingService.h>

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using shopdesk::test::scalar;

namespace {
constexpr int kFormat = 18; // this migration's number

const QString k567 = QStringLiteral("3012345678901234567"); // STO 773000000001: TX002 白色/L ×2, NZK001 深蓝/30
const QString k568 = QStringLiteral("3012345678901234568"); // SF
const QString k569 = QStringLiteral("3012345678901234569"); // EMS
const QString k573 = QStringLiteral("3012345678901234573"); // YTO

// The scanner: fast typed keys, then Enter.
void scan(QLineEdit *field, const QString &code)
{
    QTest::keyClicks(field, code);
    QTest::keyClick(field, Qt::Key_Enter);
}

QString orderValue(const core::Database &db, const QString &column, const QString &orderNo)
{
    return scalar(db, QStringLiteral("SELECT %1 FROM orders WHERE order_no = '%2'").arg(column, orderNo)).toString();
}

qint64 orderId(const core::Database &db, const QString &orderNo)
{
    return scalar(db, QStringLiteral("SELECT id FROM orders WHERE order_no = '%1'").arg(orderNo)).toLongLong();
}

struct Warehouse {
    test::TestShop shop;
    std::unique_ptr<test::ShippingBench> bench;
    shipping::ScanStation *station = nullptr;
    QLineEdit *field = nullptr;
    QLabel *status = nullptr, *next = nullptr;
    QStringList done, errors;

    explicit Warehouse(const std::function<void(const core::Database &)> &before = {})
    {
        test::addFixtureCatalog(shop.db());
        test::importFixtures(shop.db());
        shipping::ShippingRepository repo(shop.db());
        REQUIRE(repo.setTracking(orderId(shop.db(), k567), QStringLiteral("STO"), QStringLiteral("773000000001")).ok());
        if (before)
            before(shop.db());
        bench = std::make_unique<test::ShippingBench>(shop.db(), QStringLiteral("packer-a"));
        QObject::connect(&bench->events, &core::ShopEvents::done, [this](const QString &m) { done << m; });
        QObject::connect(&bench->events, &core::ShopEvents::error, [this](const QString &m) { errors << m; });
        bench->window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&bench->window));
        bench->raise("scan");
        station = bench->bench->station();
        field = station->scanField();
        status = station->findChild<QLabel *>(QStringLiteral("scanStatus"));
        next = station->findChild<QLabel *>(QStringLiteral("scanNext"));
        REQUIRE(status);
        REQUIRE(next);
        QApplication::setActiveWindow(&bench->window);
        field->setFocus();
    }
    const core::Database &db() const { return shop.db(); }
    shipping::QueueView *queue() const { return bench->bench->queue(); }
    shipping::PrintView *printing() const { return bench->bench->printing(); }
    int shipMoves(const QString &orderNo) const
    {
        return scalar(
            db(), QStringLiteral("SELECT COUNT(*) FROM stock_moves WHERE kind = 'ship' AND note = '%1'").arg(orderNo))
            .toInt();
    }
    /// Selects these orders in the queue's table, and those only.
    void select(const QStringList &orderNos) const
    {
        QTableView *table = queue()->table();
        table->clearSelection();
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (orderNos.contains(table->model()->index(r, 0).data().toString()))
                table->selectionModel()->select(
                    table->model()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QStringList selected() const
    {
        QStringList out;
        for (const shipping::ShipmentOrder &so : queue()->selectedOrders())
            out << so.order.orderNo;
        out.sort();
        return out;
    }
};
} // namespace

TEST_CASE("三查: Esc leaves the current order, writing nothing, and the next-step line says what Enter does")
{
    Warehouse w;
    CHECK(w.next->text() == QStringLiteral("Next: scan a waybill."));
    scan(w.field, QStringLiteral("773000000001"));
    REQUIRE(w.station->check().hasOrder());
    CHECK(w.next->text() == QStringLiteral("Next: scan the items of order 3012345678901234567. Esc leaves the order."));
    scan(w.field, QStringLiteral("6901234500042")); // one 白色/L of two
    CHECK(w.station->check().lines()[1].scanned == 1);

    QTest::keyClick(w.field, Qt::Key_Escape);
    CHECK_FALSE(w.station->check().hasOrder());
    CHECK(w.status->text()
        == QStringLiteral("Order 3012345678901234567 left unpacked; nothing was written. Scan the next waybill."));
    CHECK(w.next->text() == QStringLiteral("Next: scan a waybill."));
    CHECK(w.field->hasFocus());
    // Nothing of it was written: still queued, no stock booked out, no pack row.
    CHECK(orderValue(w.db(), QStringLiteral("status"), k567) == QStringLiteral("paid"));
    CHECK(w.shipMoves(k567) == 0);
    CHECK(scalar(w.db(), QStringLiteral("SELECT COUNT(*) FROM shipping_packs")).toInt() == 0);
    // Enter on the empty field now does nothing at all.
    QTest::keyClick(w.field, Qt::Key_Enter);
    CHECK(orderValue(w.db(), QStringLiteral("status"), k567) == QStringLiteral("paid"));

    // The order comes back from the start: no unit is still ticked.
    scan(w.field, QStringLiteral("773000000001"));
    REQUIRE(w.station->check().hasOrder());
    CHECK(w.station->check().lines()[1].scanned == 0);
}

TEST_CASE("三查: another waybill while items are checked is taken only when scanned a second time")
{
    Warehouse w([](const core::Database &db) {
        REQUIRE(shipping::ShippingRepository(db)
                    .setTracking(orderId(db, k568), QStringLiteral("SF"), QStringLiteral("SF1440000000001"))
                    .ok());
    });
    scan(w.field, QStringLiteral("773000000001"));
    scan(w.field, QStringLiteral("6901234500011")); // NZK001 深蓝/30 ticked
    scan(w.field, QStringLiteral("SF1440000000001"));
    CHECK(w.station->check().order().order.orderNo == k567);
    CHECK(w.station->check().lines()[0].scanned == 1);
    CHECK(w.status->text()
        == QStringLiteral("SF1440000000001 is the waybill of another order, and items of order 3012345678901234567 "
                          "are checked already: scan it again to leave order 3012345678901234567, or press Esc to "
                          "stay."));
    CHECK(w.next->text()
        == QStringLiteral(
            "Next: scan SF1440000000001 again to leave order 3012345678901234567, or press Esc to stay."));
    // Esc stays with the order, its ticks kept.
    QTest::keyClick(w.field, Qt::Key_Escape);
    CHECK(w.station->check().order().order.orderNo == k567);
    CHECK(w.station->check().lines()[0].scanned == 1);
    // Twice in a row: the station leaves …567 (nothing written) and loads …568.
    scan(w.field, QStringLiteral("SF1440000000001"));
    scan(w.field, QStringLiteral("SF1440000000001"));
    REQUIRE(w.station->check().hasOrder());
    CHECK(w.station->check().order().order.orderNo == k568);
    CHECK(w.shipMoves(k567) == 0);
    CHECK(orderValue(w.db(), QStringLiteral("status"), k567) == QStringLiteral("paid"));
}

TEST_CASE("三查: a flagged order is shown as flagged and takes no item until the packer overrides it, recorded")
{
    Warehouse w([](const core::Database &db) {
        REQUIRE(shipping::ShippingRepository(db).setFlag(orderId(db, k567), QStringLiteral("yellow")).ok());
    });
    auto *flag = w.station->findChild<QLabel *>(QStringLiteral("scanFlag"));
    auto *override = w.station->findChild<QPushButton *>(QStringLiteral("overrideFlagButton"));
    REQUIRE(flag);
    REQUIRE(override);
    CHECK_FALSE(override->isVisible());

    scan(w.field, QStringLiteral("773000000001"));
    REQUIRE(w.station->check().hasOrder());
    const QString yellow = core::Vocabulary::flag(QStringLiteral("yellow"));
    CHECK(flag->isVisible());
    CHECK(flag->text() == QStringLiteral("Flagged: %1. Not to be packed unless overridden.").arg(yellow));
    CHECK(override->isVisible());
    CHECK(w.status->property("loud").toBool());
    CHECK(w.next->text()
        == QStringLiteral("Next: order 3012345678901234567 is flagged (%1): press “Pack anyway” to override, or Esc to "
                          "leave it.")
               .arg(yellow));
    // Items are refused, and Enter ships nothing, however the scanner goes on.
    for (const char *code : { "6901234500042", "6901234500042", "6901234500011" })
        scan(w.field, QString::fromLatin1(code));
    QTest::keyClick(w.field, Qt::Key_Enter);
    for (const auto &l : w.station->check().lines())
        CHECK(l.scanned == 0);
    CHECK(w.status->text()
        == QStringLiteral(
            "Order 3012345678901234567 is flagged %1: it takes no items until “Pack anyway” overrides the "
            "flag.")
               .arg(yellow));
    CHECK(orderValue(w.db(), QStringLiteral("status"), k567) == QStringLiteral("paid"));
    CHECK(scalar(w.db(), QStringLiteral("SELECT COUNT(*) FROM shipping_flag_overrides")).toInt() == 0);

    // The explicit override: a click, recorded with the order, the flag and the packer.
    QTest::mouseClick(override, Qt::LeftButton);
    CHECK(scalar(w.db(),
              QStringLiteral("SELECT o.order_no || '/' || f.flag || '/' || f.packer || '/' || f.actor FROM "
                             "shipping_flag_overrides f JOIN orders o ON o.id = f.order_id"))
              .toString()
        == QStringLiteral("3012345678901234567/yellow/packer-a/packer-a"));
    CHECK_FALSE(override->isVisible());
    CHECK(w.field->hasFocus());
    for (const char *code : { "6901234500042", "6901234500042", "6901234500011" })
        scan(w.field, QString::fromLatin1(code));
    CHECK(w.next->text() == QStringLiteral("Next: Enter ships order 3012345678901234567."));
    QTest::keyClick(w.field, Qt::Key_Enter);
    CHECK(orderValue(w.db(), QStringLiteral("status"), k567) == QStringLiteral("shipped"));
    CHECK(w.status->text() == QStringLiteral("Order 3012345678901234567 shipped. Scan the next waybill."));
}

TEST_CASE("三查: the wrong-goods banner names what was scanned and what the order wants, inline, in Chinese")
{
    core::language::install(QStringLiteral("zh_CN"));
    {
        Warehouse w;
        scan(w.field, QStringLiteral("773000000001"));
        REQUIRE(w.station->check().hasOrder());
        scan(w.field, QStringLiteral("6901234500035")); // TX002 白色/M; the order wants 白色/L
        CHECK(w.status->text() == QString::fromUtf8("这是 白色/M，订单要 白色/L"));
        CHECK(w.status->property("loud").toBool());
        CHECK(w.station->check().blocked());
        // The banner is in the station, right under the scan field, and no window popped up.
        CHECK(w.status->isVisible());
        CHECK(QApplication::activeModalWidget() == nullptr);
        CHECK(w.field->hasFocus());
        QTest::keyClick(w.field, Qt::Key_Escape);
        // Another item altogether names its item code, and each line the order still wants.
        scan(w.field, QStringLiteral("6901234500028")); // NZK001 深蓝/32
        CHECK(w.status->text() == QString::fromUtf8("这是 深蓝/32，订单要 深蓝/30"));
    }
    core::language::install(QStringLiteral("en"));
    // The rule, in the model: an item of none of the order's lines names its code; an unknown code says so.
    QList<shipping::ScanCheck::Line> lines;
    shipping::PackLine l;
    l.skuId = 1;
    l.itemCode = QStringLiteral("NZK001");
    l.color = QString::fromUtf8("深蓝");
    l.size = QStringLiteral("30");
    l.quantity = 1;
    lines.append({ l, 0 });
    core::SkuRef tee;
    tee.itemCode = QStringLiteral("TX002");
    tee.sku.color = QString::fromUtf8("白色");
    tee.sku.size = QStringLiteral("L");
    CHECK(shipping::PackingStation::wrongGoods(lines, QStringLiteral("6901234500042"), tee)
        == QString::fromUtf8("This is TX002 白色/L; the order wants NZK001 深蓝/30"));
    CHECK(shipping::PackingStation::wrongGoods(lines, QStringLiteral("123"), std::nullopt)
        == QString::fromUtf8("123 is not an item of the shop; the order wants NZK001 深蓝/30"));
}

TEST_CASE("a batch print prints the rest and lists the skipped with reasons")
{
    Warehouse w([](const core::Database &db) {
        shipping::ShippingRepository repo(db);
        REQUIRE(repo.setTracking(orderId(db, k568), QStringLiteral("SF"), QStringLiteral("SF1440000000001")).ok());
        REQUIRE(repo.setTracking(orderId(db, k569), QStringLiteral("EMS"), QStringLiteral("9800000000001")).ok());
        // …569's first line loses its SKU (a line the clerk must match before it leaves).
        const qint64 line = scalar(db,
            QStringLiteral("SELECT MIN(l.id) FROM order_lines l JOIN orders o ON o.id = l.order_id "
                           "WHERE o.order_no = '%1'")
                .arg(k569))
                                .toLongLong();
        REQUIRE(repo.matchLine(line, std::nullopt).ok());
    });
    w.bench->raise("print");
    auto *unprintedOnly = w.printing()->findChild<QCheckBox *>(QStringLiteral("unprintedOnly"));
    REQUIRE(unprintedOnly);
    unprintedOnly->setChecked(false); // the queue's selection
    w.bench->raise("queue");
    w.select({ k567, k568, k569, k573 });
    REQUIRE(w.selected() == QStringList { k567, k568, k569, k573 });

    const QString pdf = w.shop.file(QStringLiteral("batch.pdf"));
    w.printing()->savePdf(pdf);
    CHECK(w.errors.isEmpty());
    REQUIRE(w.done.size() == 1);
    CHECK(w.done.first()
        == QStringLiteral(
            "2 waybills printed. 2 orders skipped: 3012345678901234569 (has goods not matched to a SKU); "
            "3012345678901234573 (no tracking number yet; has goods not matched to a SKU). Written to %1.")
               .arg(QDir::toNativeSeparators(pdf)));
    auto *skipped = w.printing()->findChild<QLabel *>(QStringLiteral("printSkipped"));
    REQUIRE(skipped);
    CHECK(skipped->text()
        == QStringLiteral("Not printed:\n3012345678901234569: has goods not matched to a SKU\n"
                          "3012345678901234573: no tracking number yet; has goods not matched to a SKU"));
    // The shop file: the two printed are marked, the skipped are not.
    CHECK(scalar(w.db(),
              QStringLiteral("SELECT group_concat(order_no, ',') FROM (SELECT o.order_no FROM shipping_prints p JOIN "
                             "orders o ON o.id = p.order_id ORDER BY o.order_no) AS t"))
              .toString()
        == QStringLiteral("3012345678901234567,3012345678901234568"));

    // The CLI prints a batch the same way: the rest printed, the skipped listed.
    shipping::ShippingService service(w.db());
    shipping::ShippingService::PrintJob job;
    job.orders = *shipping::ShippingRepository(w.db()).ordersByNumber({ k569, k573 });
    auto none = service.printBatchToPdf(job, w.shop.file(QStringLiteral("none.pdf")), QStringLiteral("clerk"));
    REQUIRE_FALSE(none.ok());
    CHECK(none.errorMessage()
        == QStringLiteral("No waybill was printed. 2 orders skipped: 3012345678901234569 (has goods not matched "
                          "to a SKU); 3012345678901234573 (no tracking number yet; has goods not matched to a SKU)."));
}

TEST_CASE("从号段分配 numbers the selected orders only, after saying how many and which numbers")
{
    Warehouse w([](const core::Database &db) {
        shipping::ShippingService service(db);
        REQUIRE(
            service
                .addTrackingRange(QStringLiteral("STO"), QStringLiteral("773000000001"), QStringLiteral("773000000009"))
                .ok());
        // …569 and …573 go by STO too, without numbers yet; …568 (SF) is left alone.
        REQUIRE(service
                    .setTrackingNumbers({ { orderId(db, k569), k569, QStringLiteral("STO"), QString() },
                        { orderId(db, k573), k573, QStringLiteral("STO"), QString() } })
                    .ok());
    });
    QStringList asked;
    w.printing()->setAsk([&](const QString &, const QString &text) {
        asked << text;
        return true;
    });
    w.select({ k567, k569, k573 });
    REQUIRE(w.selected() == QStringList { k567, k569, k573 });
    w.printing()->assignFromRange();
    CHECK(w.errors.isEmpty());
    // 773000000001 is …567's already: the range's next free ones.
    REQUIRE(asked.size() == 1);
    CHECK(asked.first()
        == QStringLiteral("Tracking numbers for 2 orders: STO Express 773000000002 … 773000000003. 1 order skipped: "
                          "3012345678901234567 (has the tracking number 773000000001 already).\n\nGive them these "
                          "numbers?"));
    CHECK(orderValue(w.db(), QStringLiteral("tracking_no"), k569) == QStringLiteral("773000000002"));
    CHECK(orderValue(w.db(), QStringLiteral("tracking_no"), k573) == QStringLiteral("773000000003"));
    CHECK(orderValue(w.db(), QStringLiteral("tracking_no"), k567) == QStringLiteral("773000000001"));
    CHECK(orderValue(w.db(), QStringLiteral("tracking_no"), k568).isEmpty()); // not selected: untouched
    CHECK(w.done == QStringList { QStringLiteral("2 orders numbered from the range: 773000000002 … 773000000003.") });
    // One undoable edit.
    QUndoStack *stack = w.bench->bench->undoStack();
    stack->undo();
    CHECK(orderValue(w.db(), QStringLiteral("tracking_no"), k569).isEmpty());
    CHECK(orderValue(w.db(), QStringLiteral("tracking_no"), k573).isEmpty());

    // Said no: nothing is numbered.
    asked.clear();
    w.printing()->setAsk([&](const QString &, const QString &text) {
        asked << text;
        return false;
    });
    w.select({ k569 });
    w.printing()->assignFromRange();
    REQUIRE(asked.size() == 1);
    CHECK(asked.first()
        == QStringLiteral("Tracking numbers for 1 order: STO Express 773000000004.\n\nGive them these numbers?"));
    CHECK(orderValue(w.db(), QStringLiteral("tracking_no"), k569).isEmpty());
}

TEST_CASE("format 15: a format-14 shop gains the table of flag overrides, empty")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v14.shopdesk"));
    {
        const QString name = QStringLiteral("raw_flag_overrides");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            REQUIRE(core::Migrator::migrate(raw, kFormat - 1).ok());
            QSqlQuery q(raw);
            REQUIRE(q.exec(QStringLiteral("INSERT INTO orders (order_no, status, flag, created_at) "
                                          "VALUES ('7001', 'paid', 'yellow', '2026-11-20 09:00:00')")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() >= kFormat);
    CHECK(scalar(**db, QStringLiteral("SELECT flag FROM orders WHERE order_no = '7001'")).toString()
        == QStringLiteral("yellow"));
    CHECK(scalar(**db, QStringLiteral("SELECT count(*) FROM shipping_flag_overrides")).toInt() == 0);
    REQUIRE(shipping::ShippingService(**db)
                .recordFlagOverride({ scalar(**db, QStringLiteral("SELECT id FROM orders")).toLongLong() },
                    QStringLiteral("yellow"), QStringLiteral("packer-b"), QStringLiteral("clerk"))
                .ok());
    CHECK(scalar(**db, QStringLiteral("SELECT flag || '/' || packer || '/' || actor FROM shipping_flag_overrides"))
              .toString()
        == QStringLiteral("yellow/packer-b/clerk"));
}
