// Receiving notes (入库单) from CSV: posted in one transaction with hand-checked totals, or refused
// whole with the file, line and field named; the supplier account; the quality check's exchange
// list; buyers' returns.

#include "InventoryFixture.h"
#include "Printouts.h"

#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/inventory/FaultyGoodsRepository.h>
#include <shopdesk/inventory/ReceivingRepository.h>
#include <shopdesk/inventory/ReceivingService.h>
#include <shopdesk/inventory/SupplierAccountRepository.h>

#include <QFile>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::InventoryShop;

namespace {
QString writeNote(const InventoryShop &s, const QString &name, const QString &text)
{
    const QString path = s.shop.file(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
    return path;
}
} // namespace

TEST_CASE("a receiving note CSV is posted into stock in one go")
{
    InventoryShop s;
    const QString path = writeNote(s, QStringLiteral("RK-1128.csv"),
        QString::fromUtf8("入库单号,供应商,日期,条码,数量,单价,运费,已付\n"
                          "RK-1128,广州沙河服装批发,2026-11-28,2000000000015,20,45.00,12.00,500\n"
                          "RK-1128,,,2000000000046,10,18.50,,\n"));
    auto note = inventory::ReceivingRepository(s.db()).importAndPost(path, QStringLiteral("test"));
    REQUIRE(note.ok());
    CHECK(note->noteNo == QStringLiteral("RK-1128"));
    CHECK(note->lines.size() == 2);
    CHECK(note->freight == core::Money::fromYuan(12));
    CHECK(note->paid == core::Money::fromYuan(500));
    CHECK(s.onHand(s.jeans[0]) == 30);
    CHECK(s.onHand(s.tees[0]) == 18);
    CHECK(test::scalar(s.db(),
              QStringLiteral("SELECT count(*) FROM stock_moves WHERE reference = 'RK-1128' AND kind = 'receive'"))
              .toInt()
        == 2);
    CHECK(
        test::scalar(s.db(), QStringLiteral("SELECT status FROM receiving_notes WHERE note_no = 'RK-1128'")).toString()
        == QStringLiteral("posted"));
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT sum(quantity * unit_cost_fen) FROM receiving_lines")).toLongLong()
        == 108500);
    // The same note cannot be received twice.
    CHECK_FALSE(inventory::ReceivingRepository(s.db()).importAndPost(path, QStringLiteral("test")).ok());
    CHECK(s.onHand(s.jeans[0]) == 30);
}

TEST_CASE("a receiving note with a bad line is refused whole, naming file, line and field")
{
    InventoryShop s;
    const QString path = writeNote(s, QStringLiteral("RK-1129.csv"),
        QString::fromUtf8("入库单号,供应商,条码,数量,单价\n"
                          "RK-1129,广州沙河服装批发,2000000000015,20,45.00\n"
                          "RK-1129,广州沙河服装批发,2999999999999,3,45.00\n"));
    auto note = inventory::ReceivingRepository(s.db()).importAndPost(path, QStringLiteral("test"));
    REQUIRE_FALSE(note.ok());
    CHECK(note.errorMessage()
        == QString::fromUtf8("RK-1129.csv, line 3, field 条码: no SKU has the barcode “2999999999999”."));
    CHECK(s.onHand(s.jeans[0]) == 10);
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM receiving_notes")).toInt() == 0);
}

TEST_CASE("the supplier account: purchases, payments and what is owed")
{
    InventoryShop s;
    const QString path = writeNote(s, QStringLiteral("RK-1128.csv"),
        QString::fromUtf8("入库单号,供应商,日期,条码,数量,单价,运费,已付\n"
                          "RK-1128,广州沙河服装批发,2026-11-20,2000000000015,20,45.00,12.00,500\n"
                          "RK-1128,,,2000000000046,10,18.50,,\n"));
    REQUIRE(inventory::ReceivingRepository(s.db()).importAndPost(path, QStringLiteral("test")).ok());
    inventory::SupplierAccountRepository accounts(s.db());
    REQUIRE(accounts
                .addPayment(s.supplierId, QDate(2026, 11, 25), core::Money::fromYuan(300), QStringLiteral("转账"),
                    QStringLiteral("test"))
                .ok());
    CHECK_FALSE(accounts.addPayment(s.supplierId, {}, core::Money(), {}, QStringLiteral("test")).ok());
    auto a = accounts.account(s.supplierId);
    REQUIRE(a.ok());
    // Goods 20 × 45.00 + 10 × 18.50 = 1,085.00; + freight 12.00 = 1,097.00; paid 500 + 300.
    CHECK(a->purchases == core::Money::fromFen(109700));
    CHECK(a->payments == core::Money::fromYuan(800));
    CHECK(a->owed() == core::Money::fromFen(29700));
    REQUIRE(a->lines.size() == 2);
    CHECK(a->lines[0].owed == core::Money::fromFen(59700));
    CHECK(a->lines[1].owed == core::Money::fromFen(29700));
}

TEST_CASE("the notes list shows each note's pieces and value, kept as notes come and right for lines written "
          "by other means")
{
    InventoryShop s;
    const QString path = writeNote(s, QStringLiteral("RK-1128.csv"),
        QString::fromUtf8("入库单号,供应商,日期,条码,数量,单价,运费,已付\n"
                          "RK-1128,广州沙河服装批发,2026-11-20,2000000000015,20,45.00,12.00,500\n"
                          "RK-1128,,,2000000000046,10,18.50,,\n"));
    auto note = inventory::ReceivingRepository(s.db()).importAndPost(path, QStringLiteral("test"));
    REQUIRE(note.ok());
    auto kept = [&] {
        return test::scalar(s.db(),
            QStringLiteral("SELECT coalesce(group_concat(note_id || ':' || pieces || ':' || goods_fen, ','), '') "
                           "FROM (SELECT note_id, pieces, goods_fen FROM receiving_note_totals ORDER BY note_id) AS t"))
            .toString();
    };
    auto listed = [&](const QList<inventory::ReceivingNoteOverview> &notes) {
        QStringList out;
        for (const inventory::ReceivingNoteOverview &n : notes)
            out << QStringLiteral("%1 %2 %3 %4")
                       .arg(n.note.noteNo)
                       .arg(n.pieces)
                       .arg(n.goods.toDisplayString(), n.owed().toDisplayString());
        return out;
    };
    auto shown = inventory::ReceivingService(s.db()).overview();
    REQUIRE(shown.ok());
    // 20 × 45.00 + 10 × 18.50 = 1,085.00; owed 1,085.00 + 12.00 freight − 500 paid.
    CHECK(listed(*shown) == QStringList { QString::fromUtf8("RK-1128 30 ¥1,085.00 ¥597.00") });
    const QString first = QString::number(note->id);
    CHECK(kept() == first + QStringLiteral(":30:108500"));

    // A line written by other means (a copied shop, another program) counts before it is taken in.
    core::SqlQuery raw(s.db(),
        QStringLiteral(
            "INSERT INTO receiving_lines (note_id, sku_id, quantity, unit_cost_fen) VALUES (:n, :s, 4, 1850)"));
    raw.bind({ { QStringLiteral(":n"), note->id }, { QStringLiteral(":s"), s.tees[0] } });
    REQUIRE(raw.run().ok());
    auto read = inventory::ReceivingRepository(s.db()).overview();
    REQUIRE(read.ok());
    CHECK(listed(*read) == QStringList { QString::fromUtf8("RK-1128 34 ¥1,159.00 ¥671.00") });
    CHECK(kept() == first + QStringLiteral(":30:108500"));
    auto account = inventory::SupplierAccountRepository(s.db()).account(s.supplierId);
    REQUIRE(account.ok());
    CHECK(account->purchases == core::Money::fromFen(117100)); // 1,159.00 + 12.00 freight

    // The list as it opens takes it in; a second note is added up beside the first.
    inventory::ReceivingNote second;
    second.noteNo = QStringLiteral("RK-1129");
    second.supplierId = s.supplierId;
    second.receivedOn = QDate(2026, 11, 21);
    second.lines = { { s.jeans[0], 3, core::Money::fromYuan(45) }, { s.jeans[0], 2, core::Money::fromFen(4450) } };
    auto secondId = inventory::ReceivingRepository(s.db()).addAndPost(second, QStringLiteral("test"));
    REQUIRE(secondId.ok());
    shown = inventory::ReceivingService(s.db()).overview();
    REQUIRE(shown.ok());
    CHECK(listed(*shown)
        == QStringList {
            QString::fromUtf8("RK-1129 5 ¥224.00 ¥224.00"), QString::fromUtf8("RK-1128 34 ¥1,159.00 ¥671.00") });
    CHECK(kept() == first + QStringLiteral(":34:115900,") + QString::number(*secondId) + QStringLiteral(":5:22400"));
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT lines_upto FROM receiving_note_totals_upto WHERE id = 1"))
              .toLongLong()
        == test::scalar(s.db(), QStringLiteral("SELECT max(id) FROM receiving_lines")).toLongLong());
}

TEST_CASE("quality check: faulty pieces out to the supplier, replacements in, the rest on the faulty-goods account")
{
    InventoryShop s;
    inventory::FaultyGoodsRepository faulty(s.db());
    // 3 pairs of 浅蓝/30 (of 10) and 1 白/M (of 8) are faulty.
    auto id = faulty.createExchange(QStringLiteral("TH-1128"), s.supplierId,
        { { s.jeans[0], 3, QString::fromUtf8("跳线") }, { s.tees[0], 1, QString::fromUtf8("污渍") } },
        QStringLiteral("test"));
    REQUIRE(id.ok());
    CHECK(s.onHand(s.jeans[0]) == 7);
    CHECK(s.onHand(s.tees[0]) == 7);
    REQUIRE(faulty.bookReplacement(*id, s.jeans[0], 2, QStringLiteral("test")).ok());
    CHECK(s.onHand(s.jeans[0]) == 9);
    auto over = faulty.bookReplacement(*id, s.jeans[0], 2, QStringLiteral("test"));
    REQUIRE_FALSE(over.ok());
    CHECK(over.errorMessage().contains(QStringLiteral("TH-1128")));
    CHECK_FALSE(faulty.bookReplacement(*id, s.tees[1], 1, QStringLiteral("test")).ok());
    auto e = faulty.exchange(*id);
    REQUIRE(e.ok());
    CHECK(e->lines[0].replaced == 2);
    CHECK(e->lines[1].replaced == 0);

    const QString pdf = s.shop.file(QStringLiteral("TH-1128.pdf"));
    REQUIRE(inventory::Printouts::exchangeListPdf(pdf, *e, QStringLiteral("Shop")).ok());
    CHECK(test::fileBytes(pdf).count("/Type /Page\n") + test::fileBytes(pdf).count("/Type /Page\r") == 2); // two copies

    auto closed = faulty.closeExchange(*id, QStringLiteral("test"));
    REQUIRE(closed.ok());
    CHECK(*closed == 2); // 1 pair of jeans + 1 T-shirt not replaced
    CHECK(s.onHand(s.jeans[0]) == 9);
    CHECK_FALSE(faulty.closeExchange(*id, QStringLiteral("test")).ok());
    auto account = faulty.faultyAccount();
    REQUIRE(account.ok());
    REQUIRE(account->size() == 2);
    CHECK(account->at(0).quantity == 1);
    CHECK(account->at(0).value == core::Money::fromYuan(45));
    CHECK(account->at(1).value == core::Money::fromFen(1850));
    auto supplier = inventory::SupplierAccountRepository(s.db()).account(s.supplierId);
    CHECK(supplier->unreplacedPieces == 2);
    CHECK(supplier->unreplacedValue == core::Money::fromFen(4500 + 1850));
}

TEST_CASE("buyer returns: intact back into stock against the order, damaged onto the separate account")
{
    InventoryShop s;
    core::Order order;
    order.orderNo = QStringLiteral("3344556677889900");
    order.status = core::codes::kOrderShipped;
    order.createdAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0));
    core::OrderLine line;
    line.skuId = s.jeans[0];
    line.title = QString::fromUtf8("牛仔裤");
    line.quantity = 2;
    order.lines << line;
    REQUIRE(core::OrderRepository(s.db()).addOrder(order).ok());
    s.book(s.jeans[0], core::codes::kMoveShip, -2, order.orderNo);
    CHECK(s.onHand(s.jeans[0]) == 8);

    inventory::FaultyGoodsRepository returns(s.db());
    REQUIRE(returns.returnFromBuyer(order.orderNo, s.jeans[0], 1, true, QStringLiteral("test")).ok());
    CHECK(s.onHand(s.jeans[0]) == 9);
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT reference FROM stock_moves WHERE kind = 'return'")).toString()
        == order.orderNo);
    REQUIRE(returns.returnFromBuyer(order.orderNo, s.jeans[0], 1, false, QStringLiteral("test")).ok());
    CHECK(s.onHand(s.jeans[0]) == 9);
    auto refused = returns.returnFromBuyer(order.orderNo, s.jeans[0], 1, true, QStringLiteral("test"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(order.orderNo));
    CHECK_FALSE(returns.returnFromBuyer(QStringLiteral("nope"), s.jeans[0], 1, true, QStringLiteral("test")).ok());
    CHECK_FALSE(returns.returnFromBuyer(order.orderNo, s.tees[0], 1, true, QStringLiteral("test")).ok());
    auto account = returns.faultyAccount();
    REQUIRE(account->size() == 1);
    CHECK(account->at(0).source == QStringLiteral("damaged_return"));
    CHECK(account->at(0).quantity == 1);
}
