// Several PCs booking stock while a count starts (issue 19). A count's snapshot is a bookmark in the
// stock ledger: every row up to it is in the count's system quantities, every later one is a
// movement during the count. On a server ids are handed out at INSERT and can commit out of order:
// a PC that took id 7 may commit after one that took id 8. The count must then not mark row 7 as
// in the snapshot while it cannot yet see it. Three Database objects on one shop are three PCs.

#include "InventoryFixture.h"
#include "RetryGuard.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/core/Transaction.h>
#include <shopdesk/inventory/StocktakeService.h>

#include <memory>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using inventory::VarianceRow;
using test::InventoryShop;

namespace {
core::StockMove move(qint64 sku, const QString &kind, int quantity)
{
    core::StockMove m;
    m.skuId = sku;
    m.kind = kind;
    m.quantity = quantity;
    m.reference = QStringLiteral("T-%1").arg(sku);
    m.actor = QString::fromUtf8("仓管小王");
    return m;
}

qint64 expectedOf(const QList<VarianceRow> &rows, qint64 sku)
{
    for (const VarianceRow &r : rows)
        if (r.skuId == sku)
            return r.expected();
    FAIL("no variance row for the SKU");
    return -1;
}
} // namespace

TEST_CASE("a count started while another PC's ledger row is not yet committed counts that row exactly once")
{
    if (!test::onServer())
        SKIP("about ids committing out of order, which only a server allows: a shop file has one writer at a time");
    InventoryShop s; // on hand: jeans 10, 5, 0; tees 8, 3
    auto packing = s.shop.openAgain(); // ships two 浅蓝/30, commits last
    auto receiving = s.shop.openAgain(); // books four 浅蓝/31 in, commits first
    auto counting = s.shop.openAgain(); // starts the month's count
    test::noLockWait(*counting);

    auto held = std::make_unique<core::Transaction>(*packing);
    REQUIRE(held->isActive());
    REQUIRE(core::StockLedger(*packing).book(move(s.jeans[0], QStringLiteral("ship"), -2)).ok()); // the lower id
    REQUIRE(core::StockLedger(*receiving).book(move(s.jeans[1], QStringLiteral("receive"), 4)).ok()); // committed

    QList<int> waits;
    test::RetryGuard guard({ 4, 0, [&](int attempt, int) {
                                waits << attempt;
                                if (held)
                                    REQUIRE(held->commit().ok());
                                held.reset();
                            } });
    inventory::StocktakeService counter(*counting);
    auto id = counter.start({}, QString::fromUtf8("仓管小王"));
    INFO(id.errorMessage().toStdString());
    REQUIRE(id.ok());
    // The count waited for the shipment's commit (once), instead of reading past it.
    CHECK(waits == QList<int> { 0 });
    if (held)
        REQUIRE(held->commit().ok());

    auto rows = counter.variance(*id);
    REQUIRE(rows.ok());
    // What the count expects on the shelf is what the ledger holds: 10 − 2 and 5 + 4.
    CHECK(expectedOf(*rows, s.jeans[0]) == 8);
    CHECK(expectedOf(*rows, s.jeans[1]) == 9);
    CHECK(expectedOf(*rows, s.jeans[0]) == s.ledgerSum(s.jeans[0]));
    CHECK(expectedOf(*rows, s.tees[0]) == 8);
}
