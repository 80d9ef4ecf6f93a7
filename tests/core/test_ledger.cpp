// The stock ledger: on-hand is always the sum of the movements; nothing goes below zero;
// a reversal is a compensating row.

#include "TestShop.h"

#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/StockLedger.h>

#include <QRandomGenerator>

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
