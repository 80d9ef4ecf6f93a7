// Parcels (包裹): a buyer's orders merged into one waybill and one tracking number, an order split
// into two parcels, the 三查 station checking a parcel line by line, the pick list of a batch, and
// waybills and pick lists printed in Chinese whatever the UI language. Shop format 13.

#include "QueueView.h"
#include "ScanStation.h"
#include "ShippingBench.h"
#include "ShippingFixture.h"

#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/Language.h>
#include <shopdesk/core/Migrator.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/shipping/Couriers.h>
#include <shopdesk/shipping/ParcelService.h>
#include <shopdesk/shipping/PickList.h>
#include <shopdesk/shipping/ScanCheck.h>
#include <shopdesk/shipping/ShippingRepository.h>
#include <shopdesk/shipping/ShippingService.h>

#include <QApplication>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using shopdesk::test::runTool;
using shopdesk::test::scalar;

namespace {
constexpr int kFormat = 13; // this migration's number

struct Line {
    const char *barcode;
    int quantity;
};

qint64 skuId(const core::Database &db, const char *barcode)
{
    auto ref = core::ItemRepository(db).skuByBarcode(QString::fromLatin1(barcode));
    REQUIRE(ref.ok());
    REQUIRE(ref->has_value());
    return (*ref)->sku.id;
}

// A paid order of `nick` to 张三 in 杭州 (or `address`), with its lines matched to SKUs.
void addOrder(const core::Database &db, const QString &orderNo, const QString &nick, QList<Line> lines,
    const QString &flag = {}, const QString &courier = QStringLiteral("STO"),
    const QString &address = QString::fromUtf8("文一西路 588 号"))
{
    core::Buyer b;
    b.nick = nick;
    auto buyer = core::BuyerRepository(db).ensure(b);
    REQUIRE(buyer.ok());
    core::Order o;
    o.orderNo = orderNo;
    o.buyerId = *buyer;
    o.status = core::codes::kOrderPaid;
    o.receiverName = QString::fromUtf8("张三");
    o.receiverPhone = QStringLiteral("13800138000");
    o.province = QString::fromUtf8("浙江省");
    o.city = QString::fromUtf8("杭州市");
    o.district = QString::fromUtf8("西湖区");
    o.address = address;
    o.flag = flag;
    o.courier = courier;
    o.createdAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0));
    o.paidAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0)).addSecs(orderNo.right(2).toInt() * 60);
    for (const Line &l : lines) {
        core::OrderLine ol;
        ol.skuId = skuId(db, l.barcode);
        ol.title = QStringLiteral("goods");
        ol.quantity = l.quantity;
        o.lines << ol;
    }
    REQUIRE(core::OrderRepository(db).addOrder(o).ok());
}

qint64 onHand(const core::Database &db, const char *barcode)
{
    auto n = core::StockLedger(db).onHand(skuId(db, barcode));
    REQUIRE(n.ok());
    return *n;
}

struct Shop {
    test::TestShop shop;
    Shop()
    {
        core::language::install(QStringLiteral("zh_CN"));
        test::addFixtureCatalog(shop.db());
        // Three orders of one buyer to one address, one of another buyer.
        addOrder(shop.db(), QStringLiteral("5001"), QStringLiteral("buyer-a"), { { "6901234500011", 1 } });
        addOrder(shop.db(), QStringLiteral("5002"), QStringLiteral("buyer-a"),
            { { "6901234500035", 2 }, { "6901234500042", 1 } });
        addOrder(shop.db(), QStringLiteral("5003"), QStringLiteral("buyer-a"), { { "6901234500035", 1 } });
        addOrder(shop.db(), QStringLiteral("5004"), QStringLiteral("buyer-b"), { { "6901234500059", 1 } });
    }
    const core::Database &db() const { return shop.db(); }
};
} // namespace

TEST_CASE("format 13: a format-12 shop keeps its orders and gains empty parcel tables")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v8.shopdesk"));
    {
        const QString name = QStringLiteral("raw_parcels");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            REQUIRE(core::Migrator::migrate(raw, kFormat - 1).ok());
            QSqlQuery q(raw);
            REQUIRE(q.exec(QStringLiteral("INSERT INTO orders (order_no, status, created_at) "
                                          "VALUES ('7001', 'paid', '2026-11-20 09:00:00')")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() >= kFormat);
    CHECK(scalar(**db, QStringLiteral("SELECT order_no FROM orders")).toString() == QStringLiteral("7001"));
    CHECK(scalar(**db, QStringLiteral("SELECT count(*) FROM parcels")).toInt() == 0);
    CHECK(scalar(**db, QStringLiteral("SELECT count(*) FROM parcel_lines")).toInt() == 0);
}

TEST_CASE("the queue recognises a buyer's orders to one address as one group")
{
    Shop s;
    auto queue = shipping::ShippingRepository(s.db()).queue();
    REQUIRE(queue.ok());
    QList<const core::Order *> orders;
    QStringList couriers;
    for (const auto &so : *queue) {
        orders << &so.order;
        couriers << so.order.courier;
    }
    const auto groups = shipping::MergeDetector::find(orders, couriers);
    REQUIRE(groups.size() == 1);
    QStringList members;
    for (qsizetype m : groups.first().members)
        members << queue->at(m).order.orderNo;
    CHECK(members == QStringList { QStringLiteral("5001"), QStringLiteral("5002"), QStringLiteral("5003") });
    CHECK(groups.first().mergeable);
    CHECK(groups.first().reason.isEmpty());
}

TEST_CASE("three orders of one buyer merge into one waybill and one tracking number; undo splits them")
{
    Shop s;
    shipping::ParcelService parcels(s.db());
    auto id = parcels.merge(
        { QStringLiteral("5001"), QStringLiteral("5002"), QStringLiteral("5003") }, QStringLiteral("clerk"));
    INFO(id.errorMessage());
    REQUIRE(id.ok());
    auto p = parcels.parcel(*id);
    REQUIRE(p.ok());
    REQUIRE(p->has_value());
    CHECK((*p)->orderNos() == QStringList { QStringLiteral("5001"), QStringLiteral("5002"), QStringLiteral("5003") });
    CHECK((*p)->asShipment().goods()
        == QString::fromUtf8("NZK001/深蓝/30×1; TX002/白色/M×2; TX002/白色/L×1; TX002/白色/M×1"));

    SECTION("undo before printing: the orders leave one by one again")
    {
        REQUIRE(parcels.unmerge(*id).ok());
        CHECK(scalar(s.db(), QStringLiteral("SELECT count(*) FROM parcels")).toInt() == 0);
        CHECK(scalar(s.db(), QStringLiteral("SELECT count(*) FROM parcel_lines")).toInt() == 0);
        auto again = parcels.openParcelOfOrders();
        REQUIRE(again.ok());
        CHECK(again->isEmpty());
    }

    SECTION("one waybill, then shipped: every order with the same number, stock booked once per line")
    {
        REQUIRE(parcels.setTracking(*id, QStringLiteral("STO"), QStringLiteral("773000000101")).ok());
        shipping::ShippingService service(s.db());
        auto queue = shipping::ShippingRepository(s.db()).ordersByNumber(
            { QStringLiteral("5001"), QStringLiteral("5002"), QStringLiteral("5003") });
        REQUIRE(queue.ok());
        shipping::ShippingService::PrintJob job;
        job.orders = *queue;
        const QString pdf = s.shop.file(QStringLiteral("merged.pdf"));
        auto pages = service.printToPdf(job, pdf, QStringLiteral("clerk"));
        INFO(pages.errorMessage());
        REQUIRE(pages.ok());
        CHECK(*pages == 1);
        const QString text = QString::fromUtf8(runTool(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }));
        CHECK(text.contains(QStringLiteral("5001")));
        CHECK(text.contains(QStringLiteral("773000000101")));
        // Printed, every order of the parcel: the merge stays.
        auto unprinted = shipping::ShippingRepository(s.db()).unprinted();
        REQUIRE(unprinted.ok());
        REQUIRE(unprinted->size() == 1);
        CHECK(unprinted->first().order.orderNo == QStringLiteral("5004"));
        CHECK_FALSE(parcels.unmerge(*id).ok());

        REQUIRE(service
                    .shipOrder(QStringLiteral("5002"), QStringLiteral("773000000101"), QString(), 1200,
                        QStringLiteral("packer"), QStringLiteral("clerk"))
                    .ok());
        CHECK(scalar(s.db(),
                  QStringLiteral(
                      "SELECT group_concat(order_no || ':' || status || ':' || tracking_no, ' ') FROM "
                      "(SELECT * FROM orders WHERE order_no IN ('5001','5002','5003') ORDER BY order_no) AS t"))
                  .toString()
            == QStringLiteral("5001:shipped:773000000101 5002:shipped:773000000101 5003:shipped:773000000101"));
        CHECK(scalar(s.db(),
                  QStringLiteral("SELECT count(*) FROM stock_moves WHERE kind = 'ship' AND reference = '773000000101'"))
                  .toInt()
            == 4);
        CHECK(onHand(s.db(), "6901234500011") == 9);
        CHECK(onHand(s.db(), "6901234500035") == 7);
        CHECK(onHand(s.db(), "6901234500042") == 9);
        CHECK(scalar(s.db(), QStringLiteral("SELECT status FROM parcels")).toString() == QStringLiteral("shipped"));
        CHECK(scalar(s.db(), QStringLiteral("SELECT weight_g FROM parcels")).toInt() == 1200);
        CHECK(scalar(s.db(), QStringLiteral("SELECT count(*) FROM shipping_packs WHERE tracking_no = '773000000101'"))
                  .toInt()
            == 3);
        // The courier's pickup expects the parcel once.
        auto pickup = shipping::ShippingRepository(s.db()).pickup(QStringLiteral("STO"), QDate::currentDate());
        REQUIRE(pickup.ok());
        CHECK(pickup->expected == QStringList { QStringLiteral("773000000101") });
    }
}

TEST_CASE("orders with different flags, couriers or addresses are never merged")
{
    Shop s;
    addOrder(s.db(), QStringLiteral("5011"), QStringLiteral("buyer-a"), { { "6901234500011", 1 } },
        QStringLiteral("yellow"));
    addOrder(s.db(), QStringLiteral("5012"), QStringLiteral("buyer-a"), { { "6901234500011", 1 } }, QString(),
        QStringLiteral("SF"));
    addOrder(s.db(), QStringLiteral("5013"), QStringLiteral("buyer-a"), { { "6901234500011", 1 } }, QString(),
        QStringLiteral("STO"), QString::fromUtf8("莫干山路 1 号"));
    shipping::ParcelService parcels(s.db());
    auto flags = parcels.merge({ QStringLiteral("5001"), QStringLiteral("5011") }, QString());
    CHECK(flags.errorMessage()
        == QString::fromUtf8("订单 5001 和 5011 的旗帜不同（无旗帜、黄旗：暂不能发货）：不合并。"));
    auto couriers = parcels.merge({ QStringLiteral("5001"), QStringLiteral("5012") }, QString());
    CHECK(couriers.errorMessage() == QString::fromUtf8("订单 5001 和 5012 的快递不同（申通快递、顺丰速运）：不合并。"));
    auto address = parcels.merge({ QStringLiteral("5001"), QStringLiteral("5013") }, QString());
    CHECK(address.errorMessage() == QString::fromUtf8("订单 5001 和 5013 的收件人或地址不同：不合并。"));
    auto buyer = parcels.merge({ QStringLiteral("5001"), QStringLiteral("5004") }, QString());
    CHECK(buyer.errorMessage() == QString::fromUtf8("订单 5001 和 5004 不是同一买家的：不合并。"));
    CHECK(scalar(s.db(), QStringLiteral("SELECT count(*) FROM parcels")).toInt() == 0);
}

TEST_CASE("a split order ships in two parcels, each with its own number, shipped with the last")
{
    Shop s;
    shipping::ParcelService parcels(s.db());
    QString error;
    const auto picks = shipping::ParcelService::parsePicks(QStringLiteral("1:1"), &error);
    REQUIRE(picks.size() == 1);
    auto first = parcels.split(QStringLiteral("5002"), picks, QStringLiteral("clerk"));
    INFO(first.errorMessage());
    REQUIRE(first.ok());
    auto list = parcels.parcelsOf(QStringLiteral("5002"));
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).asShipment().goods() == QString::fromUtf8("TX002/白色/M×1"));
    CHECK(list->at(1).asShipment().goods() == QString::fromUtf8("TX002/白色/M×1; TX002/白色/L×1"));

    shipping::ShippingService service(s.db());
    // The waybill of the parcel that leaves now; the rest has no number yet and waits.
    REQUIRE(parcels.setTracking(*first, QStringLiteral("STO"), QStringLiteral("773000000201")).ok());
    shipping::ShippingService::PrintJob job;
    job.orders = *shipping::ShippingRepository(s.db()).ordersByNumber({ QStringLiteral("5002") });
    auto pages = service.printToPdf(job, s.shop.file(QStringLiteral("split.pdf")), QStringLiteral("clerk"));
    INFO(pages.errorMessage());
    REQUIRE(pages.ok());
    CHECK(*pages == 1);
    CHECK(scalar(s.db(),
              QStringLiteral("SELECT group_concat(CASE WHEN printed_at IS NOT NULL THEN '1' ELSE '0' END, ' ') FROM "
                             "(SELECT * FROM parcels ORDER BY id) AS t"))
              .toString()
        == QStringLiteral("1 0"));
    // Now: the first parcel.
    REQUIRE(service
                .shipOrder(QStringLiteral("5002"), QStringLiteral("773000000201"), QString(), std::nullopt, QString(),
                    QStringLiteral("clerk"))
                .ok());
    CHECK(scalar(s.db(), QStringLiteral("SELECT status FROM orders WHERE order_no = '5002'")).toString()
        == QStringLiteral("paid"));
    // The parcel that left is expected at the pickup, though its order still waits for the rest.
    auto pickup = shipping::ShippingRepository(s.db()).pickup(QStringLiteral("STO"), QDate::currentDate());
    REQUIRE(pickup.ok());
    CHECK(pickup->expected == QStringList { QStringLiteral("773000000201") });
    CHECK(onHand(s.db(), "6901234500035") == 9);
    // Later: the rest, with its own number. Now the order is shipped.
    REQUIRE(service
                .shipOrder(QStringLiteral("5002"), QStringLiteral("773000000202"), QString(), std::nullopt, QString(),
                    QStringLiteral("clerk"))
                .ok());
    CHECK(scalar(s.db(), QStringLiteral("SELECT status || ':' || tracking_no FROM orders WHERE order_no = '5002'"))
              .toString()
        == QStringLiteral("shipped:773000000202"));
    CHECK(scalar(s.db(),
              QStringLiteral("SELECT group_concat(tracking_no || ':' || status, ' ') FROM "
                             "(SELECT * FROM parcels ORDER BY id) AS t"))
              .toString()
        == QStringLiteral("773000000201:shipped 773000000202:shipped"));
    CHECK(onHand(s.db(), "6901234500035") == 8);
    CHECK(onHand(s.db(), "6901234500042") == 9);
    CHECK(scalar(s.db(),
              QStringLiteral("SELECT group_concat(reference || ':' || quantity, ' ') FROM (SELECT * FROM "
                             "stock_moves WHERE kind = 'ship' ORDER BY id) AS t"))
              .toString()
        == QStringLiteral("773000000201:-1 773000000202:-1 773000000202:-1"));
}

TEST_CASE("a split is undone before printing; a split taking every piece is refused")
{
    Shop s;
    shipping::ParcelService parcels(s.db());
    QString error;
    CHECK_FALSE(parcels
                    .split(QStringLiteral("5002"), shipping::ParcelService::parsePicks(QStringLiteral("1,2"), &error),
                        QString())
                    .ok());
    CHECK(shipping::ParcelService::parsePicks(QStringLiteral("x"), &error).isEmpty());
    CHECK(error == QString::fromUtf8("“x”不是订单行：写上该行在订单中的序号，加“:N”表示其中 N 件（如 1,2:1）。"));
    REQUIRE(parcels.split(QStringLiteral("5002"), { { 2, 0 } }, QString()).ok());
    REQUIRE(parcels.unsplit(QStringLiteral("5002")).ok());
    CHECK(scalar(s.db(), QStringLiteral("SELECT count(*) FROM parcels")).toInt() == 0);
}

TEST_CASE("the 三查 station checks a merged parcel line by line")
{
    Shop s;
    shipping::ParcelService parcels(s.db());
    auto id = parcels.merge({ QStringLiteral("5001"), QStringLiteral("5003") }, QString());
    REQUIRE(id.ok());
    REQUIRE(parcels.setTracking(*id, QStringLiteral("STO"), QStringLiteral("773000000301")).ok());
    auto p = parcels.openByTracking(QStringLiteral("773000000301"));
    REQUIRE(p.ok());
    REQUIRE(p->has_value());
    shipping::ScanCheck check;
    using O = shipping::ScanCheck::Outcome;
    REQUIRE(check.loadParcel(**p) == O::OrderLoaded);
    CHECK(check.message() == QString::fromUtf8("2 个订单（5001, 5003）合为一个包裹，收件人 张三：逐件扫描。"));
    CHECK(check.lines().size() == 2);
    CHECK(check.scanItem(QStringLiteral("6901234500011")) == O::Ticked);
    CHECK(check.scanItem(QStringLiteral("6901234500042")) == O::WrongItem);
    check.acknowledge();
    CHECK(check.scanItem(QStringLiteral("6901234500035")) == O::Complete);
}

TEST_CASE("a pick list sums a batch by SKU, sorted by item code, colour and size")
{
    Shop s;
    addOrder(s.db(), QStringLiteral("5021"), QStringLiteral("buyer-c"),
        { { "6901234500042", 2 }, { "6901234500028", 1 }, { "6901234500035", 1 } });
    CHECK(shipping::PickList::sizeLess(QStringLiteral("M"), QStringLiteral("L")));
    CHECK(shipping::PickList::sizeLess(QStringLiteral("L"), QStringLiteral("XL")));
    CHECK(shipping::PickList::sizeLess(QStringLiteral("XL"), QStringLiteral("2XL")));
    CHECK(shipping::PickList::sizeLess(QStringLiteral("XXL"), QStringLiteral("3XL")));
    CHECK(shipping::PickList::sizeLess(QStringLiteral("XS"), QStringLiteral("S")));
    CHECK(shipping::PickList::sizeLess(QStringLiteral("30"), QStringLiteral("32")));
    CHECK_FALSE(shipping::PickList::sizeLess(QStringLiteral("XL"), QStringLiteral("L")));

    auto queue = shipping::ShippingRepository(s.db()).queue();
    REQUIRE(queue.ok());
    const auto pick = shipping::PickList::build(*queue);
    CHECK(pick.waybills() == 5);
    CHECK(pick.pieces() == 10);
    QStringList rows;
    for (const auto &r : pick.rows())
        rows << QStringLiteral("%1 %2/%3 ×%4 [%5]")
                    .arg(r.itemCode, r.color, r.size)
                    .arg(r.quantity)
                    .arg(r.orders.join(QLatin1Char(',')));
    CHECK(rows
        == QStringList { QString::fromUtf8("NZK001 深蓝/30 ×1 [5001]"), QString::fromUtf8("NZK001 深蓝/32 ×1 [5021]"),
            QString::fromUtf8("TX002 白色/M ×4 [5002,5003,5021]"), QString::fromUtf8("TX002 白色/L ×3 [5002,5021]"),
            QString::fromUtf8("TX002 黑色/M ×1 [5004]") });

    // Printed in Chinese whatever the UI language.
    core::language::install(QStringLiteral("en"));
    const QString pdf = s.shop.file(QStringLiteral("pick.pdf"));
    REQUIRE(pick.writePdf(pdf, QDateTime(QDate(2026, 11, 20), QTime(15, 30))).ok());
    const QString text = QString::fromUtf8(runTool(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }));
    // A packing slip (发货清单) per waybill, in Chinese too.
    const QString slips = s.shop.file(QStringLiteral("slips.pdf"));
    REQUIRE(shipping::PackingSlips::writePdf(slips, *queue, QString::fromUtf8("小店")).ok());
    const QString slipText = QString::fromUtf8(runTool(QStringLiteral("pdftotext"), { slips, QStringLiteral("-") }));
    core::language::install(QStringLiteral("zh_CN"));
    CAPTURE(slipText);
    CHECK(slipText.count(QString::fromUtf8("发货清单")) == 5);
    CHECK(slipText.contains(QString::fromUtf8("订单：5021")));
    CHECK_FALSE(slipText.contains(QStringLiteral("Packing slip")));
    CAPTURE(text);
    CHECK(text.contains(QStringLiteral("6901234500035")));
    CHECK(text.contains(QString::fromUtf8("拣货单")));
    CHECK(text.contains(QString::fromUtf8("订单（3）：5002")));
    CHECK_FALSE(text.contains(QStringLiteral("Pick list")));
    CHECK_FALSE(text.contains(QStringLiteral("Orders (")));
}

TEST_CASE("a waybill prints its words in Chinese under the English UI")
{
    Shop s;
    core::language::install(QStringLiteral("en"));
    shipping::ShippingRepository repo(s.db());
    REQUIRE(repo.setTracking(repo.ordersByNumber({ QStringLiteral("5004") })->first().order.id, QStringLiteral("STO"),
                    QStringLiteral("773000000401"))
                .ok());
    shipping::ShippingService::PrintJob job;
    job.orders = *repo.ordersByNumber({ QStringLiteral("5004") });
    const QString pdf = s.shop.file(QStringLiteral("en.pdf"));
    auto pages = shipping::ShippingService(s.db()).printToPdf(job, pdf, QString());
    core::language::install(QStringLiteral("zh_CN"));
    REQUIRE(pages.ok());
    const QString text = QString::fromUtf8(runTool(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }));
    CAPTURE(text);
    for (const char *english : { "To:", "From:", "Goods:", "STO Express" })
        CHECK_FALSE(text.contains(QString::fromLatin1(english)));
    CHECK(text.contains(QStringLiteral("773000000401")));
}

TEST_CASE("the queue shows a buyer's orders together; merging them is one undoable step")
{
    Shop s;
    addOrder(s.db(), QStringLiteral("5000"), QStringLiteral("buyer-c"), { { "6901234500028", 1 } });
    // A later order of buyer-a, paid after 5004: the queue brings it up to its buyer's first order.
    addOrder(s.db(), QStringLiteral("5009"), QStringLiteral("buyer-a"), { { "6901234500042", 1 } });
    test::ShippingBench b(s.db(), QStringLiteral("clerk"));
    REQUIRE(b.show());
    shipping::QueueView *queue = b.bench->queue();
    QTableView *table = queue->table();
    const auto column = [&](int row, int col) { return table->model()->index(row, col).data().toString(); };
    const int parcel = table->model()->columnCount() - 1;
    CHECK(table->model()->headerData(parcel, Qt::Horizontal).toString() == QString::fromUtf8("包裹"));
    QStringList rows;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        rows << column(r, 0) + QLatin1Char(' ') + column(r, parcel);
    CHECK(rows
        == QStringList { QStringLiteral("5000 "), QString::fromUtf8("5001 同一买家 4 单"),
            QString::fromUtf8("5002 同一买家 4 单"), QString::fromUtf8("5003 同一买家 4 单"),
            QString::fromUtf8("5009 同一买家 4 单"), QStringLiteral("5004 ") });

    // Select 5001…5003 and merge them from the Parcel menu.
    table->selectionModel()->clearSelection();
    for (int r = 1; r <= 3; ++r)
        table->selectionModel()->select(
            table->model()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    auto *button = queue->findChild<QToolButton *>(QStringLiteral("parcelButton"));
    REQUIRE(button);
    CHECK(button->text() == QString::fromUtf8("包裹(&R)"));
    button->menu()->actions().first()->trigger();
    QUndoStack *stack = b.bench->undoStack();
    REQUIRE(stack->count() == 1);
    CHECK(stack->undoText() == QString::fromUtf8("把订单 5001, 5002, 5003 合并为一个包裹"));
    CHECK(column(1, parcel) == QString::fromUtf8("合并发货：3 单一个包裹"));
    CHECK(column(2, parcel) == QString::fromUtf8("合并发货：3 单一个包裹"));
    CHECK(column(3, parcel) == QString::fromUtf8("合并发货：3 单一个包裹"));
    // 5009 alone now: back at its own place.
    CHECK(column(5, 0) == QStringLiteral("5009"));
    CHECK(column(5, parcel).isEmpty());

    const QString dir = qEnvironmentVariable("SHOPDESK_SHOTS");
    if (!dir.isEmpty()) {
        table->resizeColumnsToContents();
        QApplication::processEvents();
        b.window.grab().save(dir + QStringLiteral("/shipping-merged-queue-zh_CN.png"));
    }

    stack->undo();
    CHECK(column(1, parcel) == QString::fromUtf8("同一买家 4 单"));
    CHECK(scalar(s.db(), QStringLiteral("SELECT count(*) FROM parcels")).toInt() == 0);
    stack->redo();
    CHECK(column(1, parcel) == QString::fromUtf8("合并发货：3 单一个包裹"));
}

TEST_CASE("the 三查 station ships a merged parcel from its waybill: every order, one number")
{
    Shop s;
    shipping::ParcelService parcels(s.db());
    auto id = parcels.merge({ QStringLiteral("5001"), QStringLiteral("5002") }, QString());
    REQUIRE(id.ok());
    REQUIRE(parcels.setTracking(*id, QStringLiteral("STO"), QStringLiteral("773000000501")).ok());
    test::ShippingBench b(s.db(), QStringLiteral("packer-a"));
    REQUIRE(b.show());
    b.raise("scan");
    shipping::ScanStation *station = b.bench->station();
    QLineEdit *field = station->scanField();
    QApplication::setActiveWindow(&b.window);
    field->setFocus();
    const auto scan = [field](const QString &code) {
        QTest::keyClicks(field, code);
        QTest::keyClick(field, Qt::Key_Return);
    };
    // The order number of one of its orders brings up the whole parcel, too.
    scan(QStringLiteral("5002"));
    REQUIRE(station->check().hasOrder());
    CHECK(station->check().parcelOrders() == QStringList { QStringLiteral("5001"), QStringLiteral("5002") });
    auto *lines = station->findChild<QTableWidget *>(QStringLiteral("scanLines"));
    REQUIRE(lines);
    CHECK(lines->rowCount() == 3);
    for (const char *code : { "6901234500011", "6901234500035", "6901234500035", "6901234500042" })
        scan(QString::fromLatin1(code));
    CHECK(station->check().complete());
    scan(QStringLiteral("773000000501")); // the waybill again: confirm
    CHECK(scalar(s.db(),
              QStringLiteral("SELECT group_concat(order_no || ':' || status || ':' || tracking_no, ' ') FROM "
                             "(SELECT * FROM orders WHERE order_no IN ('5001','5002') ORDER BY order_no) AS t"))
              .toString()
        == QStringLiteral("5001:shipped:773000000501 5002:shipped:773000000501"));
    CHECK(onHand(s.db(), "6901234500035") == 8);
    CHECK(scalar(s.db(), QStringLiteral("SELECT status || ':' || packer FROM parcels")).toString()
        == QStringLiteral("shipped:packer-a"));
}

TEST_CASE("a split order the platform later shows shipped books out only the pieces still in the shop")
{
    // The first parcel of 5002 (白色/M ×1) left and was booked out then; the clerk then marks the
    // whole order shipped on the platform, and its export comes back in. The import once booked all
    // three pieces out again: 白色/M ended at 7 on hand, not 8.
    Shop s;
    shipping::ParcelService parcels(s.db());
    QString error;
    auto first = parcels.split(
        QStringLiteral("5002"), shipping::ParcelService::parsePicks(QStringLiteral("1:1"), &error), QString());
    REQUIRE(first.ok());
    REQUIRE(parcels.setTracking(*first, QStringLiteral("STO"), QStringLiteral("773000000201")).ok());
    shipping::ShippingService service(s.db());
    REQUIRE(service
                .shipOrder(QStringLiteral("5002"), QStringLiteral("773000000201"), QString(), std::nullopt, QString(),
                    QStringLiteral("clerk"))
                .ok());
    REQUIRE(onHand(s.db(), "6901234500035") == 9);
    REQUIRE(onHand(s.db(), "6901234500042") == 10);

    const QString exportFile = s.shop.file(QStringLiteral("ExportOrderList.csv"));
    {
        QFile f(exportFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QString::fromUtf8(
            "订单编号,买家会员名,买家支付宝账号,买家应付货款,买家应付邮费,买家支付积分,总金额,返点积分,"
            "买家实际支付金额,"
            "买家实际支付积分,订单状态,买家留言,收货人姓名,收货地址,运送方式,联系电话,联系手机,订单创建时间,"
            "订单付款时间,宝贝标题,宝贝种类,物流单号,物流公司,订单备注,宝贝总数量,店铺Id,店铺名称,订单关闭原因\r\n"
            "=\"5002\",buyer-a,a@example.com,297.00,0.00,0,297.00,0,297.00,0,卖家已发货，等待买家确认,,张三,浙江省 "
            "杭州市 西湖区 文一西路 588 号(310012),快递,,'13800138000,2026-11-20 09:00:00,2026-11-20 09:02:00,,2,"
            "773000000202,申通快递,,3,123,,\r\n")
                    .toUtf8());
    }
    auto imported = service.importFiles(exportFile, QString());
    INFO(imported.errorMessage().toStdString());
    REQUIRE(imported.ok());
    CHECK(scalar(s.db(), QStringLiteral("SELECT status FROM orders WHERE order_no = '5002'")).toString()
        == QStringLiteral("shipped"));
    // What was still in the shop is booked out now: 白色/M ×1 and 白色/L ×1, once each.
    CHECK(onHand(s.db(), "6901234500035") == 8);
    CHECK(onHand(s.db(), "6901234500042") == 9);
    CHECK(
        scalar(s.db(),
            QStringLiteral("SELECT coalesce(-sum(quantity), 0) FROM stock_moves WHERE kind = 'ship' AND note = '5002'"))
            .toInt()
        == 3);
}
