// Receiving notes (入库单) from CSV: posted in one transaction with hand-checked totals, or refused
// whole with the file, line and field named.

#include "InventoryFixture.h"

#include <shopdesk/inventory/ReceivingRepository.h>

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
    const QString path = writeNote(s, QStringLiteral("RK-1128.csv"), QString::fromUtf8(
        "入库单号,供应商,日期,条码,数量,单价,运费,已付\n"
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
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM stock_moves WHERE reference = 'RK-1128' AND kind = 'receive'")).toInt() == 2);
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT status FROM receiving_notes WHERE note_no = 'RK-1128'")).toString() == QStringLiteral("posted"));
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT sum(quantity * unit_cost_fen) FROM receiving_lines")).toLongLong() == 108500);
    // The same note cannot be received twice.
    CHECK_FALSE(inventory::ReceivingRepository(s.db()).importAndPost(path, QStringLiteral("test")).ok());
    CHECK(s.onHand(s.jeans[0]) == 30);
}

TEST_CASE("a receiving note with a bad line is refused whole, naming file, line and field")
{
    InventoryShop s;
    const QString path = writeNote(s, QStringLiteral("RK-1129.csv"), QString::fromUtf8(
        "入库单号,供应商,条码,数量,单价\n"
        "RK-1129,广州沙河服装批发,2000000000015,20,45.00\n"
        "RK-1129,广州沙河服装批发,2999999999999,3,45.00\n"));
    auto note = inventory::ReceivingRepository(s.db()).importAndPost(path, QStringLiteral("test"));
    REQUIRE_FALSE(note.ok());
    CHECK(note.errorMessage() == QString::fromUtf8("RK-1129.csv, line 3, field 条码: no SKU has the barcode “2999999999999”."));
    CHECK(s.onHand(s.jeans[0]) == 10);
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM receiving_notes")).toInt() == 0);
}
