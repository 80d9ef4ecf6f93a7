// Stock planning on hand-computed shops: available stock (可用库存), sales speed and days of cover
// (日均销量, 可售天数), the reorder list per supplier with lead time and the next promotion's lift
// (补货), a purchase order (采购单) received in two notes, the 断码 list, opening stock (期初库存)
// from a count file and from a first stock-take, and shop format 11.

#include "CliRun.h"
#include "InventoryBench.h"
#include "InventoryFixture.h"
#include "PurchaseOrdersView.h"
#include "ReceivingView.h"
#include "ReorderView.h"

#include <shopdesk/core/AvailableStockRepository.h>
#include <shopdesk/core/Database.h>
#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/Language.h>
#include <shopdesk/core/Migrator.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/core/Vocabulary.h>
#include <shopdesk/inventory/OpeningStockRepository.h>
#include <shopdesk/inventory/PurchaseService.h>
#include <shopdesk/inventory/StocktakeRepository.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::InventoryShop;

constexpr int kFormat = 11; // this migration's number

namespace {
const QDate kToday(2026, 11, 1);
const QString kShahe = QString::fromUtf8("广州沙河服装批发");
const QString kSiJiQing = QString::fromUtf8("杭州四季青");

int orderSerial = 0;

/// An order of `quantity` × `sku`, paid at `paid`, in `status`.
void addOrder(const core::Database &db, qint64 sku, int quantity, const QDateTime &paid, const QString &status)
{
    core::Order o;
    o.orderNo = QStringLiteral("T%1").arg(++orderSerial);
    o.status = status;
    o.createdAt = paid.addSecs(-60);
    o.paidAt = paid;
    o.lines = { { 0, 0, sku, QStringLiteral("x"), {}, {}, quantity, core::Money::fromYuan(129) } };
    REQUIRE(core::OrderRepository(db).addOrder(o).ok());
}

/// The inventory test shop with a month of sales, two suppliers and last year's Double 11:
///   jeans 浅蓝/30: 36 in, shipped 6 (2 Oct: outside the 30 days), 9 (12 Oct), 5 (29 Oct); 2 paid
///     today, not shipped → on hand 16, committed 2, available 14; sold 7 in 7 days, 16 in 30.
///   T-shirt 白/M: 8 in, 6 shipped (22 Oct) → 2 on hand; 白/L: 3 in, 1 finished (3 Oct 00:00) → 2.
///   An unpaid order of 4 浅蓝/31 commits nothing.
///   Jeans (main item, 30 over 3 SKUs = 10 each; 浅蓝/30 keeps 12) from 广州沙河 (10 days), also made by
///   杭州四季青; T-shirts (minimum 4 = 2 per SKU) from 杭州四季青 (5 days).
///   KPI: 2025-11-11 sold 800 units, the days before it 100, 200, 300 (average 200): a lift of 4.
struct PlanningShop : InventoryShop {
    qint64 siJiQing = 0;
    PlanningShop()
    {
        core::Supplier s;
        s.name = kSiJiQing;
        siJiQing = core::SupplierRepository(db()).add(s).value();
        REQUIRE(test::scalar(db(),
            QStringLiteral("UPDATE items SET supplier_id = %1, main_push = 1 WHERE code = 'NZK-1001' RETURNING id")
                .arg(supplierId))
                    .isValid());
        REQUIRE(test::scalar(db(),
            QStringLiteral("UPDATE items SET supplier_id = %1, min_stock = 4 WHERE code = 'TX-2001' RETURNING id")
                .arg(siJiQing))
                    .isValid());
        inventory::PurchaseService service(db());
        const qint64 jeansItem
            = test::scalar(db(), QStringLiteral("SELECT id FROM items WHERE code = 'NZK-1001'")).toLongLong();
        REQUIRE(service.linkSupplier(jeansItem, siJiQing).ok());
        REQUIRE(service.setLeadDays(supplierId, 10).ok());
        REQUIRE(service.setLeadDays(siJiQing, 5).ok());
        REQUIRE(service.setSkuMinimum(jeans[0], 12).ok());

        book(jeans[0], core::codes::kMoveReceive, 26, QStringLiteral("RK-1"));
        const auto at
            = [](int month, int day, int hour = 10) { return QDateTime(QDate(2026, month, day), QTime(hour, 0)); };
        for (auto [when, qty] :
            { std::pair { at(10, 2), 6 }, std::pair { at(10, 12), 9 }, std::pair { at(10, 29), 5 } }) {
            addOrder(db(), jeans[0], qty, when, core::codes::kOrderShipped);
            book(jeans[0], core::codes::kMoveShip, -qty, QStringLiteral("SF1"));
        }
        addOrder(db(), jeans[0], 2, at(11, 1, 9), core::codes::kOrderPaid);
        addOrder(db(), tees[0], 6, at(10, 22), core::codes::kOrderShipped);
        book(tees[0], core::codes::kMoveShip, -6, QStringLiteral("SF2"));
        addOrder(db(), tees[1], 1, QDateTime(QDate(2026, 10, 3), QTime(0, 0)), core::codes::kOrderFinished);
        book(tees[1], core::codes::kMoveShip, -1, QStringLiteral("SF3"));
        addOrder(db(), jeans[1], 4, at(11, 1, 8), core::codes::kOrderUnpaid);

        for (auto [day, units] : { std::pair { "2025-10-20", 100 }, std::pair { "2025-10-25", 200 },
                 std::pair { "2025-11-05", 300 }, std::pair { "2025-11-11", 800 } })
            REQUIRE(test::scalar(db(),
                QStringLiteral("INSERT INTO kpi_daily (day, units) VALUES ('%1', %2) RETURNING day")
                    .arg(QString::fromLatin1(day))
                    .arg(units))
                        .isValid());
    }
};

const inventory::SkuPlan &planOf(const QList<inventory::SkuPlan> &plans, qint64 sku)
{
    for (const inventory::SkuPlan &p : plans)
        if (p.skuId == sku)
            return p;
    FAIL("no plan for the SKU");
    return plans.first();
}

/// "barcode:quantity" per line of a supplier's reorder, in order.
QStringList linesOf(const inventory::SupplierReorder &r)
{
    QStringList out;
    for (const inventory::ReorderSuggestion &s : r.lines)
        out << QStringLiteral("%1:%2").arg(s.sku.barcode).arg(s.quantity);
    return out;
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}
} // namespace

TEST_CASE("available stock is on hand less paid orders not yet shipped, computed once in core")
{
    PlanningShop s;
    auto all = core::AvailableStockRepository(s.db()).bySku();
    REQUIRE(all.ok());
    CHECK(all->value(s.jeans[0]).onHand == 16);
    CHECK(all->value(s.jeans[0]).committed == 2);
    CHECK(all->value(s.jeans[0]).available() == 14);
    CHECK(all->value(s.jeans[1]).available() == 5); // the unpaid order commits nothing
    CHECK(all->value(s.jeans[1]).committed == 0);
    CHECK(all->value(s.tees[0]).available() == 2); // shipped orders are out of the ledger already
    CHECK(core::AvailableStockRepository(s.db()).ofSku(s.jeans[2])->available() == 0);
    // Shipping the paid order takes it out of the ledger and out of the commitments: available stays.
    REQUIRE(
        test::scalar(s.db(), QStringLiteral("UPDATE orders SET status = 'shipped' WHERE status = 'paid' RETURNING id"))
            .isValid());
    s.book(s.jeans[0], core::codes::kMoveShip, -2, QStringLiteral("SF9"));
    CHECK(core::AvailableStockRepository(s.db()).ofSku(s.jeans[0])->onHand == 14);
    CHECK(core::AvailableStockRepository(s.db()).ofSku(s.jeans[0])->available() == 14);
}

TEST_CASE("sales speed over 7 and 30 days and the days of cover per SKU")
{
    PlanningShop s;
    auto plans = inventory::PurchaseService(s.db()).skuPlans(kToday);
    REQUIRE(plans.ok());
    const auto &jeans30 = planOf(*plans, s.jeans[0]);
    CHECK(jeans30.sold7 == 7); // 5 on 29 Oct + 2 today
    CHECK(jeans30.sold30 == 16); // + 9 on 12 Oct; 2 Oct is outside
    CHECK(jeans30.dailySales() == 1.0); // the faster 7-day rate
    CHECK(jeans30.daysOfCover() == 14.0);
    CHECK(jeans30.minimum == 12);
    CHECK(jeans30.ownMinimum);
    CHECK(jeans30.supplierName == kShahe);
    CHECK(jeans30.leadDays == 10);
    CHECK(jeans30.otherSuppliers == QStringList { kSiJiQing });
    const auto &teeM = planOf(*plans, s.tees[0]);
    CHECK(teeM.sold7 == 0);
    CHECK(teeM.sold30 == 6);
    CHECK(teeM.dailySales() == 0.2);
    CHECK(teeM.daysOfCover() == 10.0);
    CHECK(teeM.minimum == 2); // the item's 4 over its 2 SKUs
    const auto &teeL = planOf(*plans, s.tees[1]);
    CHECK(teeL.sold30 == 1); // paid at 00:00 on the first of the 30 days
    CHECK(teeL.daysOfCover() == 60.0);
    const auto &jeans31 = planOf(*plans, s.jeans[1]);
    CHECK(jeans31.sold30 == 0);
    CHECK_FALSE(jeans31.daysOfCover().has_value());
    CHECK(jeans31.minimum == 10); // main item: 30 over 3 SKUs
}

TEST_CASE("the reorder list covers minimum, lead time and last year's promotion lift, per supplier")
{
    PlanningShop s;
    inventory::PurchaseService service(s.db());
    auto promotion = service.nextPromotion(kToday);
    REQUIRE(promotion.ok());
    REQUIRE(promotion->has_value());
    CHECK((*promotion)->promotion.day == QDate(2026, 11, 11));
    CHECK((*promotion)->lastYearDay == QDate(2025, 11, 11));
    CHECK((*promotion)->factor == 4.0);

    auto list = service.reorderList(kToday);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    const inventory::SupplierReorder &shahe = list->at(0), &hz = list->at(1);
    CHECK(shahe.supplierName == kShahe);
    CHECK(shahe.leadDays == 10);
    // 浅蓝/30: 12 minimum + 10 days × 1 a day + 3 for the promotion − 14 available = 11.
    CHECK(linesOf(shahe)
        == QStringList { InventoryShop::kJeans30 + QStringLiteral(":11"),
            InventoryShop::kJeans31 + QStringLiteral(":5"), InventoryShop::kDark30 + QStringLiteral(":10") });
    CHECK(shahe.lines.first().leadDemand == 10);
    CHECK(shahe.lines.first().promotionDemand == 3);
    CHECK(shahe.pieces() == 26);
    CHECK(shahe.decideBy == QDate(2026, 11, 1)); // 10 days' lead time: earlier than a week before
    CHECK(hz.supplierName == kSiJiQing);
    // 白/M: 2 + ⌈5 × 0.2⌉ + ⌈3 × 0.2⌉ − 2 = 2; 白/L: 2 + 1 + 1 − 2 = 2.
    CHECK(linesOf(hz)
        == QStringList { InventoryShop::kTeeM + QStringLiteral(":2"), InventoryShop::kTeeL + QStringLiteral(":2") });
    CHECK(hz.decideBy == QDate(2026, 11, 4)); // a week before Double 11

    // Without last year's figures, no lift: 浅蓝/30 then needs 12 + 10 − 14 = 8.
    REQUIRE(test::scalar(s.db(), QStringLiteral("DELETE FROM kpi_daily RETURNING day")).isValid());
    auto plain = service.reorderList(kToday);
    REQUIRE(plain.ok());
    CHECK(plain->first().lines.first().quantity == 8);
    CHECK_FALSE(service.nextPromotion(kToday)->value().factor.has_value());
}

TEST_CASE("a purchase order from the reorder list, received in two notes, shows what is still owed")
{
    PlanningShop s;
    inventory::PurchaseService service(s.db());
    auto po = service.suggestedOrder(s.supplierId, kToday, QStringLiteral("clerk"));
    REQUIRE(po.ok());
    CHECK(po->expectedOn == QDate(2026, 11, 11));
    auto id = service.create(*po);
    REQUIRE(id.ok());
    auto state = service.order(*id);
    REQUIRE(state.ok());
    CHECK(state->order.poNo == QStringLiteral("CG-20261101-1"));
    CHECK(state->status() == inventory::purchase::kOrdered);
    CHECK(state->ordered() == 26);
    CHECK(state->owed() == 26);
    CHECK(state->value() == core::Money::fromYuan(45 * 26));
    // On order now: the list asks nothing more of 广州沙河.
    auto list = service.reorderList(kToday);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().supplierName == kSiJiQing);
    CHECK(planOf(*service.skuPlans(kToday), s.jeans[0]).inTransit == 11);

    // First delivery: 6 of the 11 浅蓝/30 and all 10 深蓝/30.
    inventory::ReceivingNote first;
    first.receivedOn = QDate(2026, 11, 5);
    first.lines = { { s.jeans[0], 6, {} }, { s.jeans[2], 10, {} } };
    auto note1 = service.receive(*id, first, QStringLiteral("clerk"));
    REQUIRE(note1.ok());
    state = service.order(*id);
    CHECK(state->status() == inventory::purchase::kPartlyReceived);
    CHECK(state->received() == 16);
    CHECK(state->owed() == 10);
    CHECK(state->lines.at(0).owed() == 5);
    CHECK(state->lines.at(2).owed() == 0);
    CHECK(s.onHand(s.jeans[0]) == 22);
    CHECK(test::scalar(s.db(),
              QStringLiteral("SELECT unit_cost_fen FROM receiving_lines WHERE note_id = %1 LIMIT 1").arg(*note1))
              .toLongLong()
        == 4500); // the order's cost

    // More than is owed is refused, naming the SKU, and nothing is written.
    const int notesBefore = test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM receiving_notes")).toInt();
    inventory::ReceivingNote tooMuch;
    tooMuch.lines = { { s.jeans[0], 6, {} } };
    auto refused = service.receive(*id, tooMuch, QStringLiteral("clerk"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage()
        == QString::fromUtf8("Purchase order CG-20261101-1: NZK-1001 浅蓝/30 is owed 5, not 6."));
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM receiving_notes")).toInt() == notesBefore);
    CHECK(s.onHand(s.jeans[0]) == 22);

    // The second delivery brings the rest, through the receiving view's own service.
    inventory::ReceivingNote second;
    second.receivedOn = QDate(2026, 11, 8);
    second.lines = { { s.jeans[0], 5, {} }, { s.jeans[1], 5, {} } };
    second.purchaseOrderId = *id;
    second.noteNo = QStringLiteral("RK-20261108-1");
    auto note2 = inventory::ReceivingService(s.db()).post(second, QStringLiteral("clerk"));
    REQUIRE(note2.ok());
    state = service.order(*id);
    CHECK(state->status() == inventory::purchase::kReceived);
    CHECK(state->owed() == 0);
    CHECK(state->receivingNotes == QStringList { QStringLiteral("RK-20261105-1"), QStringLiteral("RK-20261108-1") });
    CHECK(s.onHand(s.jeans[0]) == 27);
    CHECK(s.onHand(s.jeans[1]) == 10);
    CHECK(service.orders(true)->isEmpty());
    CHECK(inventory::PurchaseOrderRepository(s.db()).inTransitBySku()->isEmpty());

    // Reversing the second note: the supplier owes those pieces again.
    REQUIRE(service.reverseReceiving(*note2, QStringLiteral("clerk")).ok());
    state = service.order(*id);
    CHECK(state->status() == inventory::purchase::kPartlyReceived);
    CHECK(state->owed() == 10);
    // An order with notes stays on record.
    CHECK_FALSE(service.remove(*id).ok());
}

TEST_CASE("a purchase order refuses an archived supplier, a SKU twice and a note from another supplier")
{
    PlanningShop s;
    inventory::PurchaseService service(s.db());
    inventory::PurchaseOrder po;
    po.supplierId = s.supplierId;
    po.orderedOn = kToday;
    po.lines = { { s.jeans[0], 3, {} }, { s.jeans[0], 2, {} } };
    auto twice = service.create(po);
    REQUIRE_FALSE(twice.ok());
    CHECK(
        twice.errorMessage() == QStringLiteral("Purchase order CG-20261101-1, line 2: the SKU is on the order twice."));
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM purchase_orders")).toInt() == 0);
    po.lines = { { s.jeans[0], 3, {} } };
    auto id = service.create(po);
    REQUIRE(id.ok());
    inventory::ReceivingNote other;
    other.supplierId = s.siJiQing;
    other.lines = { { s.jeans[0], 3, {} } };
    auto refused = service.receive(*id, other, QStringLiteral("clerk"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage()
        == QString::fromUtf8(
            "Purchase order CG-20261101-1 is from 广州沙河服装批发: a note from another supplier cannot "
            "receive it."));
    other.supplierId = 0;
    other.lines = { { s.tees[0], 1, {} } };
    CHECK(service.receive(*id, other, QStringLiteral("clerk"))
              .errorMessage()
              .startsWith(QStringLiteral("Purchase order CG-20261101-1 does not order the SKU")));
    REQUIRE(service.remove(*id).ok()); // nothing received: the undo of making it
    REQUIRE(test::scalar(
        s.db(), QStringLiteral("UPDATE suppliers SET archived = 1 WHERE id = %1 RETURNING id").arg(s.supplierId))
                .isValid());
    CHECK(service.create(po).errorMessage()
        == QString::fromUtf8("Supplier “广州沙河服装批发” is archived: unarchive it to order from it."));
}

TEST_CASE("the 断码 list names the sold-out sizes of items on shelf that still have others")
{
    PlanningShop s;
    auto rows = inventory::PurchaseService(s.db()).brokenSizes();
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().itemCode == QStringLiteral("NZK-1001"));
    CHECK(rows->first().soldOut == QStringList { QString::fromUtf8("深蓝/30") });
    CHECK(rows->first().inStock == QStringList { QString::fromUtf8("浅蓝/30 (14)"), QString::fromUtf8("浅蓝/31 (5)") });
    // A paid order for both remaining T-shirts 白/M sells the size out for buyers.
    addOrder(s.db(), s.tees[0], 2, QDateTime(kToday, QTime(11, 0)), core::codes::kOrderPaid);
    rows = inventory::PurchaseService(s.db()).brokenSizes();
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(1).soldOut == QStringList { QString::fromUtf8("白/M") });
    // The reorder view's one pass over the SKUs gives the same list.
    auto overview = inventory::PurchaseService(s.db()).reorderOverview(kToday);
    REQUIRE(overview.ok());
    REQUIRE(overview->brokenSizes.size() == 2);
    for (int i = 0; i < 2; ++i) {
        CHECK(overview->brokenSizes.at(i).itemCode == rows->at(i).itemCode);
        CHECK(overview->brokenSizes.at(i).soldOut == rows->at(i).soldOut);
        CHECK(overview->brokenSizes.at(i).inStock == rows->at(i).inStock);
    }
    CHECK(overview->brokenSizes.at(0).inStock
        == QStringList { QString::fromUtf8("浅蓝/30 (14)"), QString::fromUtf8("浅蓝/31 (5)") });
}

namespace {
/// A shop with the jeans' three SKUs and not a single stock movement.
struct EmptyShop {
    test::TestShop shop;
    QList<qint64> skus;
    EmptyShop()
    {
        core::Item item;
        item.code = QStringLiteral("NZK-1001");
        item.title = QString::fromUtf8("牛仔裤 男 直筒");
        auto id = core::ItemRepository(shop.db()).addItem(item,
            { { 0, 0, QString::fromUtf8("浅蓝"), QStringLiteral("30"), InventoryShop::kJeans30, {}, {} },
                { 0, 0, QString::fromUtf8("浅蓝"), QStringLiteral("31"), InventoryShop::kJeans31, {}, {} },
                { 0, 0, QString::fromUtf8("深蓝"), QStringLiteral("30"), InventoryShop::kDark30, {}, {} } });
        REQUIRE(id.ok());
        for (const core::Sku &s : core::ItemRepository(shop.db()).skusOf(*id).value())
            skus << s.id;
    }
    qint64 moves() const
    {
        return test::scalar(shop.db(), QStringLiteral("SELECT count(*) FROM stock_moves")).toLongLong();
    }
};
} // namespace

TEST_CASE("opening stock from a count file is booked as opening entries, once, in one transaction")
{
    EmptyShop e;
    const QString file = writeFile(e.shop.file(QStringLiteral("opening.csv")),
        "条码,数量\n2000000000015,7\n2000000000022,0\n2000000000015,3\n2000000000039,2\n");
    inventory::OpeningStockRepository repo(e.shop.db());
    const QDateTime at(QDate(2026, 11, 1), QTime(8, 0));
    auto booked = repo.importCount(file, QStringLiteral("clerk"), false, at);
    REQUIRE(booked.ok());
    CHECK(booked->reference == QStringLiteral("QC-20261101"));
    CHECK(booked->skus == 2);
    CHECK(booked->pieces == 12);
    CHECK(core::StockLedger(e.shop.db()).onHand(e.skus[0]).value() == 10); // 7 + 3 on two lines
    CHECK(core::StockLedger(e.shop.db()).onHand(e.skus[2]).value() == 2);
    CHECK(test::scalar(e.shop.db(),
              QStringLiteral("SELECT group_concat(kind || ':' || quantity || ':' || reference, '|') "
                             "FROM (SELECT * FROM stock_moves ORDER BY id) AS m"))
              .toString()
        == QStringLiteral("opening:10:QC-20261101|opening:2:QC-20261101"));

    // Again: those SKUs have moved now, so it is refused unless asked for.
    auto again = repo.importCount(file, QStringLiteral("clerk"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.errorMessage()
        == QStringLiteral("Opening stock is for SKUs that have not moved yet, but 2 SKUs already have stock movements "
                          "(2000000000015, 2000000000039). Book it beside them only if that is what you mean "
                          "(--alongside-moves)."));
    CHECK(e.moves() == 2);
    REQUIRE(repo.importCount(file, QStringLiteral("clerk"), true).ok());
    CHECK(core::StockLedger(e.shop.db()).onHand(e.skus[0]).value() == 20);

    // A bad line names file, line and field, and nothing is written.
    const QString bad
        = writeFile(e.shop.file(QStringLiteral("bad.csv")), "条码,数量\n2000000000022,4\n2000000000022,x\n");
    auto refused = repo.importCount(bad, QStringLiteral("clerk"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().startsWith(QString::fromUtf8("bad.csv, line 3, field 数量: ")));
    const QString unknown
        = writeFile(e.shop.file(QStringLiteral("unknown.csv")), "barcode,quantity\n2000000000022,4\n123,1\n");
    CHECK(repo.importCount(unknown, QStringLiteral("clerk")).errorMessage()
        == QString::fromUtf8("unknown.csv, line 3, field barcode: no SKU has the barcode “123”."));
    CHECK(e.moves() == 4);
    CHECK(core::StockLedger(e.shop.db()).onHand(e.skus[1]).value() == 0);
}

TEST_CASE("a first stock-take is booked as opening stock and the count is posted with no adjustment")
{
    EmptyShop e;
    inventory::StocktakeRepository counts(e.shop.db());
    auto id = counts.start({}, QStringLiteral("clerk"));
    REQUIRE(id.ok());
    REQUIRE(counts.scan(*id, InventoryShop::kJeans30, 4, QStringLiteral("clerk")).ok());
    REQUIRE(counts.scan(*id, InventoryShop::kDark30, 1, QStringLiteral("clerk")).ok());
    auto booked = inventory::PurchaseService(e.shop.db()).openingFromStocktake(*id, QStringLiteral("clerk"), false);
    REQUIRE(booked.ok());
    CHECK(booked->reference == QStringLiteral("PD000001"));
    CHECK(booked->skus == 2);
    CHECK(booked->pieces == 5);
    CHECK(test::scalar(e.shop.db(),
              QStringLiteral("SELECT group_concat(kind || ':' || quantity, '|') FROM "
                             "(SELECT * FROM stock_moves ORDER BY id) AS m"))
              .toString()
        == QStringLiteral("opening:4|opening:1"));
    CHECK(counts.stocktake(*id)->status == inventory::stocktake::kPosted);
    CHECK(core::StockLedger(e.shop.db()).onHand(e.skus[0]).value() == 4);
    // A posted count is not booked twice.
    CHECK_FALSE(inventory::PurchaseService(e.shop.db()).openingFromStocktake(*id, QStringLiteral("clerk"), false).ok());
    CHECK(core::Vocabulary::moveKind(core::codes::kMoveOpening) == QStringLiteral("Opening stock"));
}

TEST_CASE("format 11: an older shop's items keep their supplier as a link, suppliers get 7 days' lead time")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.shopdesk"));
    {
        const QString name = QStringLiteral("raw_planning");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            REQUIRE(core::Migrator::migrate(raw, kFormat - 1).ok());
            QSqlQuery q(raw);
            REQUIRE(q.exec(QStringLiteral("INSERT INTO suppliers (id, name) VALUES (1, '广州沙河服装批发')")));
            REQUIRE(
                q.exec(QStringLiteral("INSERT INTO items (id, code, title, supplier_id, created_at, updated_at) VALUES "
                                      "(1, 'NZK-1001', '牛仔裤', 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00'), "
                                      "(2, 'TX-2001', 'T恤', NULL, '2026-01-01 00:00:00', '2026-01-01 00:00:00')")));
            REQUIRE(q.exec(
                QStringLiteral("INSERT INTO skus (item_id, color, size, barcode) VALUES (1, '浅蓝', '30', '1')")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() >= kFormat);
    CHECK(test::scalar(**db, QStringLiteral("SELECT group_concat(item_id || ':' || supplier_id) FROM item_suppliers"))
              .toString()
        == QStringLiteral("1:1"));
    CHECK(test::scalar(**db, QStringLiteral("SELECT lead_days FROM suppliers")).toInt() == 7);
    CHECK(test::scalar(**db, QStringLiteral("SELECT min_stock IS NULL FROM skus")).toInt() == 1);
    CHECK(test::scalar(**db, QStringLiteral("SELECT count(*) FROM receiving_notes WHERE purchase_order_id IS NULL"))
              .toInt()
        == 0);
    // A link goes with its item; an order line's quantity is at least 1.
    QSqlQuery q((*db)->connection());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE skus SET min_stock = -1")));
    REQUIRE(q.exec(QStringLiteral("DELETE FROM skus")));
    REQUIRE(q.exec(QStringLiteral("DELETE FROM items WHERE id = 1")));
    CHECK(test::scalar(**db, QStringLiteral("SELECT count(*) FROM item_suppliers")).toInt() == 0);
}

TEST_CASE("the reorder and purchase-order views: order for a supplier, undo, receive what is owed")
{
    core::language::install(QStringLiteral("en"));
    PlanningShop s;
    core::ShopEvents events;
    QStringList errors;
    QObject::connect(&events, &core::ShopEvents::error, [&](const QString &m) { errors << m; });
    test::InventoryBench bench({ s.db(), events, QStringLiteral("clerk") });
    bench.setToday(kToday);
    auto *table = bench.findChild<QTableView *>(QStringLiteral("reorderTable"));
    REQUIRE(table);
    REQUIRE(table->model()->rowCount() == 5);
    CHECK(table->model()->index(0, 0).data().toString() == kShahe);
    CHECK(table->model()->index(0, 6).data().toString() == QStringLiteral("14")); // available
    CHECK(table->model()->index(0, 10).data().toString() == QStringLiteral("14.0")); // days of cover
    CHECK(table->model()->index(0, 11).data().toString() == QStringLiteral("11"));
    CHECK(table->model()->index(0, 12).data().toString() == QStringLiteral("2026-11-01"));
    CHECK(bench.findChild<QLabel *>(QStringLiteral("reorderSummary"))->text()
        == QStringLiteral("5 SKUs to reorder, 30 pieces, covering each supplier's lead time. Next promotion: Double "
                          "11 on 2026-11-11, which last year sold 4.0 × an ordinary day; decide a week before it "
                          "(2026-11-04)."));
    CHECK(bench.findChild<QTableView *>(QStringLiteral("brokenSizesTable"))->model()->rowCount() == 1);

    // A SKU's own minimum, set from the list and undone: 20 + 10 + 3 − 14 = 19 to order, then 11 again.
    REQUIRE(bench.wb->reorder()->setMinimumForRow(0, 20).ok());
    CHECK(table->model()->index(0, 8).data().toString() == QStringLiteral("20"));
    CHECK(table->model()->index(0, 11).data().toString() == QStringLiteral("19"));
    bench.undoStack()->undo();
    CHECK(table->model()->index(0, 11).data().toString() == QStringLiteral("11"));
    CHECK(inventory::PurchaseService(s.db()).skuMinimum(s.jeans[0])->value() == 12);
    // A supplier's lead time: 广州沙河 in 3 days instead of 10 → 浅蓝/30 needs 12 + 3 + 3 − 14 = 4.
    REQUIRE(bench.wb->reorder()->setLeadDaysForRow(0, 3).ok());
    CHECK(table->model()->index(0, 11).data().toString() == QStringLiteral("4"));
    bench.undoStack()->undo();
    CHECK(table->model()->index(0, 11).data().toString() == QStringLiteral("11"));

    REQUIRE(bench.wb->reorder()->orderForRow(0).ok());
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM purchase_orders")).toInt() == 1);
    CHECK(table->model()->rowCount() == 2); // 广州沙河's lines are on order now
    auto *orders = bench.findChild<QTableView *>(QStringLiteral("purchaseOrdersTable"));
    REQUIRE(orders->model()->rowCount() == 1);
    CHECK(orders->model()->index(0, 4).data().toString() == QStringLiteral("Ordered"));
    bench.undoStack()->undo();
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM purchase_orders")).toInt() == 0);
    CHECK(orders->model()->rowCount() == 0);
    CHECK(table->model()->rowCount() == 5);
    bench.undoStack()->redo();
    REQUIRE(orders->model()->rowCount() == 1);
    CHECK(orders->model()->index(0, 0).data().toString() == QStringLiteral("CG-20261101-1"));

    // The receiving view fills a note from the order; posting it receives against the order.
    auto *receiving = bench.receiving();
    const qint64 poId = test::scalar(s.db(), QStringLiteral("SELECT id FROM purchase_orders")).toLongLong();
    REQUIRE(receiving->fillFromPurchaseOrder(poId).ok());
    CHECK(bench.findChild<QTableView *>(QStringLiteral("receivingLines"))->model()->rowCount() == 3);
    receiving->postNote();
    CHECK(errors.isEmpty());
    CHECK(orders->model()->index(0, 4).data().toString() == QStringLiteral("Received"));
    CHECK(orders->model()->index(0, 7).data().toString() == QStringLiteral("0"));
    CHECK(s.onHand(s.jeans[0]) == 27);
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT purchase_order_id FROM receiving_notes")).toLongLong() == poId);

    // Another order, received from the purchase-order view in one step; undo reverses the note.
    REQUIRE(bench.wb->reorder()->orderForRow(0).ok()); // now 杭州四季青
    bench.wb->purchaseOrders()->reload();
    bench.wb->purchaseOrders()->select(0); // newest first
    REQUIRE(bench.wb->purchaseOrders()->receiveOwed().ok());
    CHECK(s.onHand(s.tees[0]) == 4);
    CHECK(bench.findChild<QLabel *>(QStringLiteral("purchaseOrderDetail"))
              ->text()
              .startsWith(QStringLiteral("CG-20261101-2 from 杭州四季青: received in RK-")));
    bench.undoStack()->undo();
    CHECK(s.onHand(s.tees[0]) == 2);
    CHECK(errors.isEmpty());
}

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run cli(const InventoryShop &s, const QStringList &args)
{
    const test::CliRun r = test::runCli(
        QStringList { QStringLiteral("--db"), s.shop.path(), QStringLiteral("--json") } + args, {}, 60000);
    return { r.exitCode, r.out, r.err };
}
} // namespace

TEST_CASE("shopdesk-cli purchase suggest, create and receive in two notes, and stock with available")
{
    PlanningShop s;
    Run r = cli(s,
        { QStringLiteral("purchase"), QStringLiteral("suggest"), QStringLiteral("--date"),
            QStringLiteral("2026-11-01") });
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("promotion")).toObject().value(QStringLiteral("lift")).toDouble() == 4.0);
    const QJsonArray suppliers = r.json().value(QStringLiteral("suppliers")).toArray();
    REQUIRE(suppliers.size() == 2);
    const QJsonObject first = suppliers[0].toObject().value(QStringLiteral("lines")).toArray()[0].toObject();
    CHECK(first.value(QStringLiteral("barcode")).toString() == InventoryShop::kJeans30);
    CHECK(first.value(QStringLiteral("available")).toInt() == 14);
    CHECK(first.value(QStringLiteral("committed")).toInt() == 2);
    CHECK(first.value(QStringLiteral("daily_sales")).toDouble() == 1.0);
    CHECK(first.value(QStringLiteral("days_of_cover")).toDouble() == 14.0);
    CHECK(first.value(QStringLiteral("quantity")).toInt() == 11);
    CHECK(suppliers[0].toObject().value(QStringLiteral("decide_by")).toString() == QStringLiteral("2026-11-01"));

    r = cli(s,
        { QStringLiteral("purchase"), QStringLiteral("create"), QStringLiteral("--supplier"), kShahe,
            QStringLiteral("--date"), QStringLiteral("2026-11-01"), InventoryShop::kJeans30 + QStringLiteral("=11"),
            InventoryShop::kDark30 + QStringLiteral("=10@40") });
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("order")).toObject().value(QStringLiteral("po_no")).toString()
        == QStringLiteral("CG-20261101-1"));
    CHECK(r.json().value(QStringLiteral("order")).toObject().value(QStringLiteral("value")).toString()
        == QStringLiteral("895.00")); // 11 × 45 + 10 × 40

    r = cli(s,
        { QStringLiteral("purchase"), QStringLiteral("receive"), QStringLiteral("CG-20261101-1"),
            InventoryShop::kJeans30 + QStringLiteral("=6"), QStringLiteral("--date"), QStringLiteral("2026-11-05") });
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("note_no")).toString() == QStringLiteral("RK-20261105-1"));
    CHECK(r.json().value(QStringLiteral("order")).toObject().value(QStringLiteral("status")).toString()
        == QStringLiteral("partly_received"));
    CHECK(r.json().value(QStringLiteral("order")).toObject().value(QStringLiteral("owed")).toInt() == 15);

    r = cli(s,
        { QStringLiteral("purchase"), QStringLiteral("receive"), QStringLiteral("CG-20261101-1"),
            QStringLiteral("--date"), QStringLiteral("2026-11-08") });
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("pieces")).toInt() == 15); // what was still owed
    CHECK(r.json().value(QStringLiteral("order")).toObject().value(QStringLiteral("status")).toString()
        == QStringLiteral("received"));
    CHECK(r.json().value(QStringLiteral("order")).toObject().value(QStringLiteral("receiving_notes")).toArray().size()
        == 2);

    r = cli(s, { QStringLiteral("purchase"), QStringLiteral("list"), QStringLiteral("--open") });
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("orders")).toArray().isEmpty());

    r = cli(s, { QStringLiteral("stock"), QStringLiteral("--sku"), InventoryShop::kJeans30 });
    REQUIRE(r.exitCode == 0);
    const QJsonObject row = r.json().value(QStringLiteral("skus")).toArray()[0].toObject();
    CHECK(row.value(QStringLiteral("on_hand")).toInt() == 27);
    CHECK(row.value(QStringLiteral("available")).toInt() == 25);

    const QString file = writeFile(s.shop.file(QStringLiteral("opening.csv")), "条码,数量\n2000000000015,3\n");
    r = cli(s, { QStringLiteral("stock"), QStringLiteral("opening"), file });
    CHECK(r.exitCode == 1);
    CHECK(r.json().value(QStringLiteral("ok")).toBool() == false);

    // The planning data: a lead time, a SKU's own minimum back to the item's, a second factory.
    REQUIRE(cli(s, { QStringLiteral("purchase"), QStringLiteral("lead-time"), kShahe, QStringLiteral("12") }).exitCode
        == 0);
    CHECK(
        test::scalar(s.db(), QStringLiteral("SELECT lead_days FROM suppliers WHERE id = %1").arg(s.supplierId)).toInt()
        == 12);
    REQUIRE(
        cli(s,
            { QStringLiteral("purchase"), QStringLiteral("minimum"), InventoryShop::kJeans30, QStringLiteral("none") })
            .exitCode
        == 0);
    CHECK(
        test::scalar(s.db(), QStringLiteral("SELECT min_stock IS NULL FROM skus WHERE id = %1").arg(s.jeans[0])).toInt()
        == 1);
    REQUIRE(
        cli(s, { QStringLiteral("purchase"), QStringLiteral("supplier"), QStringLiteral("TX-2001"), kShahe }).exitCode
        == 0);
    CHECK(test::scalar(s.db(),
              QStringLiteral("SELECT count(*) FROM item_suppliers l JOIN items i ON i.id = l.item_id WHERE i.code = "
                             "'TX-2001'"))
              .toInt()
        == 1); // its usual supplier is items.supplier_id; the link adds the second
    CHECK(
        cli(s, { QStringLiteral("purchase"), QStringLiteral("minimum"), InventoryShop::kJeans30, QStringLiteral("-3") })
            .exitCode
        == 1);
}
