// The stock ledger: on-hand is always the sum of the movements; nothing goes below zero;
// a reversal is a compensating row.

#include "TestShop.h"

#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/core/StockOnHandRepository.h>

#include <QRandomGenerator>
#include <QSqlQuery>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using core::codes::kMoveReceive;
using core::codes::kMoveShip;

namespace {
QList<qint64> addJeans(const core::Database &db)
{
    core::Item item;
    item.code = QStringLiteral("NZK-1001");
    item.title = QString::fromUtf8("牛仔裤 男 直筒 宽松");
    item.price = core::Money::fromYuan(129);
    const QList<core::Sku> skus = {
        { 0, 0, QString::fromUtf8("浅蓝"), QStringLiteral("30"), QStringLiteral("2000000000015"), {}, {} },
        { 0, 0, QString::fromUtf8("浅蓝"), QStringLiteral("31"), QStringLiteral("2000000000022"), {}, {} },
        { 0, 0, QString::fromUtf8("深蓝"), QStringLiteral("30"), QStringLiteral("2000000000039"), {}, {} },
    };
    auto id = core::ItemRepository(db).addItem(item, skus);
    REQUIRE(id.ok());
    auto stored = core::ItemRepository(db).skusOf(*id);
    REQUIRE(stored.ok());
    QList<qint64> ids;
    for (const auto &s : *stored)
        ids << s.id;
    return ids;
}
core::StockMove move(qint64 sku, const QString &kind, int qty, const QString &ref = {})
{
    core::StockMove m;
    m.skuId = sku;
    m.kind = kind;
    m.quantity = qty;
    m.reference = ref;
    m.actor = QStringLiteral("test");
    return m;
}
} // namespace

TEST_CASE("on-hand equals the ledger's sum after any sequence of movements")
{
    test::TestShop shop;
    const QList<qint64> skus = addJeans(shop.db());
    core::StockLedger ledger(shop.db());
    QRandomGenerator rng(42);
    QHash<qint64, qint64> expected;
    for (int i = 0; i < 300; ++i) {
        const qint64 sku = skus[int(rng.bounded(int(skus.size())))];
        const int qty = int(rng.bounded(1, 6));
        if (rng.bounded(3) == 0 || expected[sku] < qty) {
            REQUIRE(ledger.book(move(sku, kMoveReceive, qty)).ok());
            expected[sku] += qty;
        } else {
            REQUIRE(ledger.book(move(sku, kMoveShip, -qty)).ok());
            expected[sku] -= qty;
        }
    }
    auto all = ledger.onHandBySku();
    REQUIRE(all.ok());
    for (qint64 sku : skus) {
        CHECK(all->value(sku) == expected.value(sku));
        CHECK(*ledger.onHand(sku) == expected.value(sku));
        qint64 sum = 0;
        for (const auto &m : *ledger.history(sku))
            sum += m.quantity;
        CHECK(sum == expected.value(sku));
    }
}

TEST_CASE("booking out more than is on hand is refused and books nothing")
{
    test::TestShop shop;
    const QList<qint64> skus = addJeans(shop.db());
    core::StockLedger ledger(shop.db());
    REQUIRE(ledger.book(move(skus[0], kMoveReceive, 2)).ok());
    auto r = ledger.book(move(skus[0], kMoveShip, -3, QStringLiteral("773100000001")));
    REQUIRE_FALSE(r.ok());
    CHECK(r.errorMessage().contains(QStringLiteral("NZK-1001")));
    CHECK(r.errorMessage().contains(QStringLiteral("only 2 on hand")));
    CHECK(*ledger.onHand(skus[0]) == 2);
}

TEST_CASE("a batch of movements books all or none")
{
    test::TestShop shop;
    const QList<qint64> skus = addJeans(shop.db());
    core::StockLedger ledger(shop.db());
    auto r = ledger.bookAll({ move(skus[0], kMoveReceive, 5), move(skus[1], kMoveShip, -1) });
    REQUIRE_FALSE(r.ok());
    CHECK(*ledger.onHand(skus[0]) == 0);
    CHECK(ledger.history(skus[0])->isEmpty());
}

TEST_CASE("a reversal is a compensating row, and only one is allowed")
{
    test::TestShop shop;
    const QList<qint64> skus = addJeans(shop.db());
    core::StockLedger ledger(shop.db());
    auto id = ledger.book(move(skus[2], kMoveReceive, 7, QStringLiteral("RK20261101-01")));
    REQUIRE(id.ok());
    auto back = ledger.reverse(*id, QStringLiteral("clerk"));
    REQUIRE(back.ok());
    CHECK(*ledger.onHand(skus[2]) == 0);
    const auto history = *ledger.history(skus[2]);
    REQUIRE(history.size() == 2);
    CHECK(history[1].quantity == -7);
    CHECK(history[1].reverses == *id);
    CHECK(history[1].reference == QStringLiteral("RK20261101-01"));
    CHECK_FALSE(ledger.reverse(*id, QStringLiteral("clerk")).ok());
}

TEST_CASE("movements need a known kind, a SKU and a quantity")
{
    test::TestShop shop;
    const QList<qint64> skus = addJeans(shop.db());
    core::StockLedger ledger(shop.db());
    CHECK_FALSE(ledger.book(move(skus[0], QStringLiteral("gift"), 1)).ok());
    CHECK_FALSE(ledger.book(move(skus[0], kMoveReceive, 0)).ok());
    CHECK_FALSE(ledger.book(move(9999, kMoveReceive, 1)).ok());
}

TEST_CASE("a batch checks each outbound against what the movements before it left, and names the one refused")
{
    test::TestShop shop;
    const QList<qint64> skus = addJeans(shop.db());
    core::StockLedger ledger(shop.db());
    REQUIRE(ledger.book(move(skus[0], kMoveReceive, 3)).ok());
    qsizetype refused = -1;
    auto r
        = ledger.bookAll({ move(skus[0], kMoveShip, -2, QStringLiteral("773100000001")), move(skus[1], kMoveReceive, 4),
                             move(skus[0], kMoveShip, -2, QStringLiteral("773100000002")) },
            &refused);
    REQUIRE_FALSE(r.ok());
    CHECK(refused == 2);
    CHECK(r.errorMessage().contains(QStringLiteral("only 1 on hand")));
    CHECK(*ledger.onHand(skus[0]) == 3);
    CHECK(*ledger.onHand(skus[1]) == 0);
    // In stock after the ones before it: all of them are booked, in turn.
    auto ok = ledger.bookAll({ move(skus[0], kMoveShip, -2, QStringLiteral("773100000001")),
        move(skus[0], kMoveReceive, 1), move(skus[0], kMoveShip, -2, QStringLiteral("773100000002")) });
    REQUIRE(ok.ok());
    REQUIRE(ok->size() == 3);
    CHECK((*ok)[0] < (*ok)[1]);
    CHECK((*ok)[1] < (*ok)[2]);
    CHECK(*ledger.onHand(skus[0]) == 0);
}

TEST_CASE("the kept on-hand figures follow the ledger, whoever wrote its rows")
{
    test::TestShop shop;
    const QList<qint64> skus = addJeans(shop.db());
    core::StockLedger ledger(shop.db());
    core::StockOnHandRepository kept(shop.db());
    const auto keptRow = [&](qint64 sku) {
        return test::scalar(shop.db(), QStringLiteral("SELECT quantity FROM stock_on_hand WHERE sku_id = %1").arg(sku))
            .toLongLong();
    };
    const auto bookmark = [&] {
        return test::scalar(shop.db(), QStringLiteral("SELECT moves_upto FROM stock_on_hand_upto WHERE id = 1"))
            .toLongLong();
    };
    const auto lastMove
        = [&] { return test::scalar(shop.db(), QStringLiteral("SELECT max(id) FROM stock_moves")).toLongLong(); };

    REQUIRE(ledger.bookAll({ move(skus[0], kMoveReceive, 10), move(skus[1], kMoveReceive, 4) }).ok());
    auto out = ledger.book(move(skus[0], kMoveShip, -3, QStringLiteral("O-1")));
    REQUIRE(out.ok());
    REQUIRE(ledger.reverse(*out, QStringLiteral("test"), QStringLiteral("wrong parcel")).ok());
    REQUIRE(ledger.book(move(skus[0], kMoveShip, -2, QStringLiteral("O-2"))).ok());
    // Each booking took its rows in: the table holds the sums, the bookmark the last row.
    if (shop.db().engine() == core::SqlDialect::Engine::Sqlite) {
        CHECK(keptRow(skus[0]) == 8);
        CHECK(keptRow(skus[1]) == 4);
        CHECK(bookmark() == lastMove());
    }
    auto bySku = kept.bySku();
    REQUIRE(bySku.ok());
    CHECK(*bySku == QHash<qint64, qint64> { { skus[0], 8 }, { skus[1], 4 } });

    // A row written past the ledger (a copied shop, an older program) counts before it is taken in.
    const auto exec = [&](const QString &sql) {
        QSqlQuery q(shop.db().connection());
        REQUIRE(q.exec(sql));
    };
    exec(QStringLiteral("INSERT INTO stock_moves (sku_id, kind, quantity, moved_at) VALUES (%1, 'correction', 5, "
                        "'2026-11-30 18:00:00')")
             .arg(skus[2]));
    bySku = kept.bySku();
    REQUIRE(bySku.ok());
    CHECK(*bySku == QHash<qint64, qint64> { { skus[0], 8 }, { skus[1], 4 }, { skus[2], 5 } });
    auto byItem = kept.byItem();
    REQUIRE(byItem.ok());
    const qint64 item
        = test::scalar(shop.db(), QStringLiteral("SELECT item_id FROM skus WHERE id = %1").arg(skus[0])).toLongLong();
    CHECK(*byItem == QHash<qint64, qint64> { { item, 17 } });
    CHECK(test::scalar(shop.db(),
              QStringLiteral("SELECT %1 FROM skus s WHERE s.id = %2")
                  .arg(core::StockOnHandRepository::onHandOf(QStringLiteral("s.id")))
                  .arg(skus[2]))
              .toLongLong()
        == 5);
    CHECK(keptRow(skus[2]) == 0);

    REQUIRE(kept.catchUp().ok());
    CHECK(keptRow(skus[2]) == 5);
    CHECK(bookmark() == lastMove());
    bySku = kept.bySku();
    REQUIRE(bySku.ok());
    CHECK(*bySku == QHash<qint64, qint64> { { skus[0], 8 }, { skus[1], 4 }, { skus[2], 5 } });

    // A repair adds everything up again to the same figures.
    exec(QStringLiteral("UPDATE stock_on_hand SET quantity = 999"));
    REQUIRE(kept.rebuild().ok());
    CHECK(keptRow(skus[0]) == 8);
    CHECK(keptRow(skus[2]) == 5);
    CHECK(bookmark() == lastMove());
}

TEST_CASE("the ledger says when the rows since a moment are few: under a quarter of it")
{
    test::TestShop shop;
    const QList<qint64> skus = addJeans(shop.db());
    const auto exec = [&](const QString &sql) {
        QSqlQuery q(shop.db().connection());
        REQUIRE(q.exec(sql));
    };
    core::StockOnHandRepository kept(shop.db());
    auto empty = kept.fewRowsSince(QStringLiteral("2026-01-01"));
    REQUIRE(empty.ok());
    CHECK(*empty); // nothing since: the kept sums alone
    // Eight rows, one on each of the first eight days of November.
    for (int day = 1; day <= 8; ++day)
        exec(QStringLiteral("INSERT INTO stock_moves (sku_id, kind, quantity, moved_at) VALUES (%1, 'receive', 1, "
                            "'2026-11-0%2 09:00:00')")
                 .arg(skus[0])
                 .arg(day));
    const auto few = [&](const QString &since) {
        auto r = kept.fewRowsSince(since);
        REQUIRE(r.ok());
        return *r;
    };
    CHECK(few(QStringLiteral("2026-11-07"))); // 2 of 8
    CHECK_FALSE(few(QStringLiteral("2026-11-06"))); // 3 of 8
    CHECK_FALSE(few(QStringLiteral("2026-10-01"))); // all of them
    CHECK(few(QStringLiteral("2026-12-01"))); // none
}
