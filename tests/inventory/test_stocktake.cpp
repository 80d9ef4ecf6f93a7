// The stock-take (盘点) engine: snapshot, scans (+1, ×N, unknown), typed counts, import, stock
// moving during the count, live variance, posting and reversing; and the ledger property.

#include "InventoryFixture.h"

#include <shopdesk/core/StockLedger.h>
#include <shopdesk/inventory/StocktakeRepository.h>

#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <limits>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using inventory::StocktakeRepository;
using inventory::VarianceRow;
using test::InventoryShop;

namespace {
const QString kActor = QString::fromUtf8("仓管小王");

const VarianceRow &rowOf(const QList<VarianceRow> &rows, qint64 sku)
{
    for (const VarianceRow &r : rows)
        if (r.skuId == sku)
            return r;
    FAIL("no variance row for the SKU");
    return rows.first();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

TEST_CASE("a count with scans, a ×N, an unknown barcode and a shipment during the count, posted and reversed")
{
    InventoryShop s;
    StocktakeRepository repo(s.db());
    auto id = repo.start({}, kActor, QDateTime(QDate(2026, 11, 28), QTime(20, 0)));
    REQUIRE(id.ok());
    auto take = repo.stocktake(*id);
    REQUIRE(take.ok());
    CHECK(take->status == QStringLiteral("open"));
    CHECK(take->skuCount == 5);
    CHECK(take->number() == QStringLiteral("PD%1").arg(*id, 6, 10, QLatin1Char('0')));

    // A second count cannot start while this one is open.
    CHECK_FALSE(repo.start({}, kActor).ok());

    // 浅蓝/30: six single scans and one ×2.
    for (int i = 0; i < 6; ++i)
        REQUIRE(repo.scan(*id, InventoryShop::kJeans30, 1, kActor).ok());
    auto times2 = repo.scan(*id, InventoryShop::kJeans30, 2, kActor);
    REQUIRE(times2.ok());
    CHECK(times2->known);
    CHECK(times2->itemCode == QStringLiteral("NZK-1001"));
    CHECK(times2->counted == 8);
    // 浅蓝/31: ×5; 深蓝/30 (system 0): one found on the shelf.
    REQUIRE(repo.scan(*id, InventoryShop::kJeans31, 5, kActor).ok());
    REQUIRE(repo.scan(*id, InventoryShop::kDark30, 1, kActor).ok());
    // 白/M typed: 7.
    REQUIRE(repo.setCounted(*id, s.tees[0], 7, kActor).ok());
    // A label nobody knows: committed and queued, not dropped.
    auto unknown = repo.scan(*id, QStringLiteral("6900000000000"), 1, kActor);
    REQUIRE(unknown.ok());
    CHECK_FALSE(unknown->known);
    auto queue = repo.unknownScans(*id);
    REQUIRE(queue.ok());
    REQUIRE(queue->size() == 1);
    CHECK(queue->first().barcode == QStringLiteral("6900000000000"));

    // Two pairs of 浅蓝/30 are shipped while the count runs: expected drops from 10 to 8.
    s.book(s.jeans[0], core::codes::kMoveShip, -2, QStringLiteral("SF1234567890"));

    auto rows = repo.variance(*id);
    REQUIRE(rows.ok());
    CHECK(rowOf(*rows, s.jeans[0]).systemQty == 10);
    CHECK(rowOf(*rows, s.jeans[0]).moved == -2);
    CHECK(rowOf(*rows, s.jeans[0]).expected() == 8);
    CHECK(rowOf(*rows, s.jeans[0]).counted == 8);
    CHECK(rowOf(*rows, s.jeans[0]).variance() == 0);
    CHECK(rowOf(*rows, s.jeans[1]).variance() == 0);
    CHECK(rowOf(*rows, s.jeans[2]).variance() == 1); // 盘盈 1
    CHECK(rowOf(*rows, s.jeans[2]).varianceValue() == core::Money::fromYuan(45));
    CHECK(rowOf(*rows, s.tees[0]).variance() == -1); // 盘亏 1
    CHECK(rowOf(*rows, s.tees[0]).varianceValue() == core::Money::fromFen(-1850));
    CHECK(rowOf(*rows, s.tees[1]).variance() == -3);

    // Posting waits for the unknown scan: it was a 白/L with a worn label.
    auto refused = repo.post(*id, kActor);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(QStringLiteral("6900000000000")));
    CHECK(s.ledgerSum(s.tees[1]) == 3);
    REQUIRE(repo.resolveUnknown(queue->first().id, s.tees[1], kActor).ok());
    CHECK(repo.unknownScans(*id)->isEmpty());

    rows = repo.variance(*id);
    REQUIRE(rows.ok());
    const auto totals = inventory::VarianceTotals::of(*rows);
    CHECK(totals.surplus == 1);
    CHECK(totals.surplusValue == core::Money::fromYuan(45));
    CHECK(totals.shortage == 3); // 白/M 1 + 白/L 2
    CHECK(totals.shortageValue == core::Money::fromFen(1850 + 2 * 1850));

    const QDateTime postedAt(QDate(2026, 11, 29), QTime(9, 30));
    auto booked = repo.post(*id, kActor, postedAt);
    REQUIRE(booked.ok());
    CHECK(*booked == 3);
    CHECK(s.onHand(s.jeans[0]) == 8);
    CHECK(s.onHand(s.jeans[1]) == 5);
    CHECK(s.onHand(s.jeans[2]) == 1);
    CHECK(s.onHand(s.tees[0]) == 7);
    CHECK(s.onHand(s.tees[1]) == 1);
    CHECK(test::scalar(s.db(),
              QStringLiteral("SELECT count(*) FROM stock_moves WHERE kind = 'stocktake' AND reference = '%1' "
                             "AND actor = '%2' AND moved_at = '2026-11-29 09:30:00'")
                  .arg(take->number(), kActor))
              .toInt()
        == 3);
    take = repo.stocktake(*id);
    CHECK(take->status == QStringLiteral("posted"));
    CHECK(take->postedBy == kActor);
    CHECK(take->postedAt == postedAt);
    // The posted count's report stays as it was posted, and it takes no more scans.
    auto after = repo.variance(*id);
    REQUIRE(after.ok());
    CHECK(inventory::VarianceTotals::of(*after).surplus == 1);
    CHECK(inventory::VarianceTotals::of(*after).shortage == 3);
    CHECK_FALSE(repo.scan(*id, InventoryShop::kJeans30, 1, kActor).ok());
    CHECK_FALSE(repo.post(*id, kActor).ok());

    // Reversing books compensating rows; nothing is deleted.
    const qint64 rowsBefore = test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM stock_moves")).toLongLong();
    auto reversed = repo.reverse(*id, kActor);
    REQUIRE(reversed.ok());
    CHECK(*reversed == 3);
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM stock_moves")).toLongLong() == rowsBefore + 3);
    CHECK(s.onHand(s.jeans[2]) == 0);
    CHECK(s.onHand(s.tees[0]) == 8);
    CHECK(s.onHand(s.tees[1]) == 3);
    CHECK(repo.stocktake(*id)->status == QStringLiteral("reversed"));
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM stocktake_counts WHERE stocktake_id = %1").arg(*id))
              .toInt()
        == 12);
    CHECK_FALSE(repo.reverse(*id, kActor).ok());
    // A new count may start now.
    CHECK(repo.start({}, kActor).ok());
}

TEST_CASE("a category count, a scan from outside it, a lowered typed count and an undone scan")
{
    InventoryShop s;
    StocktakeRepository repo(s.db());
    CHECK_FALSE(repo.start(QStringLiteral("socks"), kActor).ok());
    auto id = repo.start(QStringLiteral("jeans"), kActor);
    REQUIRE(id.ok());
    CHECK(repo.stocktake(*id)->skuCount == 3);
    // A T-shirt found among the jeans is refused: counted, it would join at its full book quantity.
    s.book(s.tees[0], core::codes::kMoveShip, -1);
    auto tee = repo.scan(*id, InventoryShop::kTeeM, 1, kActor);
    REQUIRE_FALSE(tee.ok());
    CHECK(tee.errorMessage()
        == QString::fromUtf8("2000000000046 is TX-2001 白/M from T-shirts: this count is of Jeans only, so it was "
                             "not counted. Put it back with the T-shirts."));
    auto rows = repo.variance(*id);
    REQUIRE(rows->size() == 3);
    CHECK(repo.countRows(*id).value() == 0);

    REQUIRE(repo.setCounted(*id, s.jeans[0], 12, kActor).ok());
    REQUIRE(repo.setCounted(*id, s.jeans[0], 9, kActor).ok());
    auto scan = repo.scan(*id, InventoryShop::kJeans30, 3, kActor);
    REQUIRE(scan.ok());
    CHECK(scan->counted == 12);
    REQUIRE(repo.undoCount(scan->countId, kActor).ok());
    CHECK_FALSE(repo.undoCount(scan->countId, kActor).ok());
    CHECK(rowOf(*repo.variance(*id), s.jeans[0]).counted == 9);
    CHECK_FALSE(repo.setCounted(*id, s.jeans[0], -1, kActor).ok());

    // Undoing an unknown scan takes it off the queue.
    auto stray = repo.scan(*id, QStringLiteral("X-1"), 1, kActor);
    REQUIRE(stray.ok());
    auto undone = repo.undoCount(stray->countId, kActor);
    INFO(undone.errorMessage());
    REQUIRE(undone.ok());
    CHECK(repo.unknownScans(*id)->isEmpty());
    // A dismissed unknown stays on record but no longer blocks posting.
    auto other = repo.scan(*id, QStringLiteral("X-2"), 1, kActor);
    REQUIRE(other.ok());
    REQUIRE(repo.dismissUnknown(other->countId, kActor).ok());
    CHECK(repo.unknownScans(*id)->isEmpty());
    REQUIRE(repo.post(*id, kActor).ok());
    CHECK(s.onHand(s.jeans[0]) == 9);
    CHECK(s.onHand(s.jeans[1]) == 0);
    CHECK(s.onHand(s.tees[0]) == 7); // the T-shirts were not in the count
}

TEST_CASE("a count CSV is imported whole or not at all, and only once")
{
    InventoryShop s;
    StocktakeRepository repo(s.db());
    auto id = repo.start({}, kActor);
    REQUIRE(id.ok());
    const QString bad = s.shop.file(QStringLiteral("counts-bad.csv"));
    writeFile(bad,
        QByteArray("\xEF\xBB\xBF")
            + QString::fromUtf8("条码,数量\r\n2000000000015,4\r\n2000000000022,两件\r\n").toUtf8());
    auto refused = repo.importCounts(*id, bad, kActor);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage()
        == QString::fromUtf8("counts-bad.csv, line 3, field 数量: “两件” is not a number of pieces from 0 to 9,999."));
    CHECK(repo.countRows(*id).value() == 0);

    const QString good = s.shop.file(QStringLiteral("counts.csv"));
    writeFile(good,
        QString::fromUtf8("条码,数量\n=\"2000000000015\",4\n2000000000022,2\n6911111111111,1\n2000000000015,1\n")
            .toUtf8());
    auto pieces = repo.importCounts(*id, good, kActor);
    REQUIRE(pieces.ok());
    CHECK(*pieces == 8);
    auto rows = repo.variance(*id);
    CHECK(rowOf(*rows, s.jeans[0]).counted == 5);
    CHECK(rowOf(*rows, s.jeans[1]).counted == 2);
    CHECK(repo.unknownScans(*id)->size() == 1);
    auto again = repo.importCounts(*id, good, kActor);
    REQUIRE_FALSE(again.ok());
    CHECK(again.errorMessage().contains(QStringLiteral("counts.csv")));
    CHECK(rowOf(*repo.variance(*id), s.jeans[0]).counted == 5);
}

TEST_CASE(
    "any random sequence of receiving, shipping, returns, counts and reversals keeps on-hand equal to the ledger's sum")
{
    InventoryShop s;
    StocktakeRepository repo(s.db());
    core::StockLedger ledger(s.db());
    const QList<qint64> skus = s.jeans + s.tees;
    QHash<qint64, qint64> model
        = { { s.jeans[0], 10 }, { s.jeans[1], 5 }, { s.jeans[2], 0 }, { s.tees[0], 8 }, { s.tees[1], 3 } };
    QRandomGenerator rng(20261128);
    std::optional<qint64> open;
    QHash<qint64, qint64> counted;
    QList<std::pair<qint64, QHash<qint64, qint64>>> posted; // count id, adjustment per SKU
    QList<std::pair<qint64, int>> plainMoves; // reversible receive/ship/return moves
    for (int step = 0; step < 400; ++step) {
        const qint64 sku = skus[int(rng.bounded(int(skus.size())))];
        const int qty = int(rng.bounded(1, 5));
        const int action = int(rng.bounded(9));
        CAPTURE(step, action);
        if (action <= 1) {
            auto id = ledger.book({ 0, sku, core::codes::kMoveReceive, qty, {}, QStringLiteral("t"), {}, {}, {} });
            REQUIRE(id.ok());
            plainMoves.append({ *id, qty });
            model[sku] += qty;
        } else if (action == 2) {
            auto id = ledger.book({ 0, sku, core::codes::kMoveShip, -qty, {}, QStringLiteral("t"), {}, {}, {} });
            CHECK(id.ok() == (model[sku] >= qty));
            if (id) {
                plainMoves.append({ *id, -qty });
                model[sku] -= qty;
            }
        } else if (action == 3 && !plainMoves.isEmpty()) {
            const auto [moveId, q] = plainMoves.takeAt(int(rng.bounded(int(plainMoves.size()))));
            auto r = ledger.reverse(moveId, QStringLiteral("t"));
            const qint64 skuOf
                = test::scalar(s.db(), QStringLiteral("SELECT sku_id FROM stock_moves WHERE id = %1").arg(moveId))
                      .toLongLong();
            CHECK(r.ok() == (model[skuOf] - q >= 0));
            if (r)
                model[skuOf] -= q;
        } else if (action == 4 && !open) {
            auto id = repo.start({}, kActor);
            REQUIRE(id.ok());
            open = *id;
            counted.clear();
        } else if ((action == 5 || action == 6) && open) {
            const auto barcode
                = test::scalar(s.db(), QStringLiteral("SELECT barcode FROM skus WHERE id = %1").arg(sku)).toString();
            REQUIRE(repo.scan(*open, barcode, qty, kActor).ok());
            counted[sku] += qty;
        } else if (action == 7 && open) {
            QHash<qint64, qint64> adjustment;
            for (qint64 k : skus)
                adjustment[k] = counted.value(k) - model[k];
            auto booked = repo.post(*open, kActor);
            REQUIRE(booked.ok());
            for (qint64 k : skus)
                model[k] = counted.value(k);
            posted.append({ *open, adjustment });
            open.reset();
        } else if (action == 8 && !posted.isEmpty()) {
            // Reversing a count takes its adjustments back, all or none (none when that would
            // take a SKU below zero).
            const auto [id, adjustment] = posted.takeLast();
            bool possible = true;
            for (qint64 k : skus)
                possible = possible && model[k] - adjustment.value(k) >= 0;
            auto r = repo.reverse(id, kActor);
            CHECK(r.ok() == possible);
            if (r)
                for (qint64 k : skus)
                    model[k] -= adjustment.value(k);
        }
        for (qint64 k : skus) {
            CAPTURE(k);
            const qint64 onHand = s.onHand(k);
            REQUIRE(onHand == s.ledgerSum(k));
            REQUIRE(onHand == model[k]);
            REQUIRE(onHand >= 0);
        }
    }
}

TEST_CASE("a count of 0 on a SKU with more than 2^31 on hand books the whole variance, never int-truncated")
{
    // On-hand beyond an int (a shop damaged before receiving lines had a limit): 2 × 2,147,483,647
    // + 10 pieces of 浅蓝/30. Posting a count of 0 once booked int(variance) = -31 pieces and left
    // 4,294,967,296 on hand; a movement now holds 64 bits.
    InventoryShop s;
    s.book(s.jeans[0], core::codes::kMoveReceive, std::numeric_limits<int>::max());
    s.book(s.jeans[0], core::codes::kMoveReceive, std::numeric_limits<int>::max());
    const qint64 onHand = s.onHand(s.jeans[0]);
    REQUIRE(onHand == 4294967304LL);
    StocktakeRepository repo(s.db());
    auto id = repo.start({}, kActor);
    REQUIRE(id.ok());
    REQUIRE(repo.setCounted(*id, s.jeans[0], 0, kActor).ok());
    auto rows = repo.variance(*id);
    REQUIRE(rows.ok());
    const auto row
        = std::find_if(rows->cbegin(), rows->cend(), [&](const VarianceRow &r) { return r.skuId == s.jeans[0]; });
    REQUIRE(row != rows->cend());
    CHECK(row->variance() == -4294967304LL);
    auto posted = repo.post(*id, kActor);
    REQUIRE(posted.ok());
    CHECK(s.onHand(s.jeans[0]) == 0);
    CHECK(s.ledgerSum(s.jeans[0]) == 0);
    const auto history = core::StockLedger(s.db()).history(s.jeans[0]);
    REQUIRE(history.ok());
    REQUIRE_FALSE(history->isEmpty());
    CHECK(history->last().kind == core::codes::kMoveStocktake);
    CHECK(history->last().quantity == -4294967304LL);
    auto done = repo.stocktake(*id);
    REQUIRE(done.ok());
    CHECK(done->status == QStringLiteral("posted"));
}
