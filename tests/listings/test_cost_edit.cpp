// A cost typed in listings (the item's, or one SKU's) is a change in the SKUs' cost history
// (sku_costs, source 'manual'), as a receipt at another cost is: profit takes the old cost for
// what sold before the edit and the new one after. An edit that leaves the cost alone adds none.

#include "ListingsFixture.h"
#include "ListingsService.h"

#include <shopdesk/core/CostHistoryRepository.h>
#include <shopdesk/core/SqlQuery.h>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;

namespace {
QString history(const core::Database &db)
{
    return test::scalar(db,
        QStringLiteral("SELECT group_concat(r, ' / ') FROM (SELECT s.size || ' ' || c.source || ' ' || "
                       "c.cost_before_fen || '→' || c.cost_fen || ' on hand ' || c.on_hand_before || ' × ' || "
                       "c.quantity AS r FROM sku_costs c JOIN skus s ON s.id = c.sku_id ORDER BY c.id) h"))
        .toString();
}
} // namespace

TEST_CASE("a cost edited in listings is kept in the SKUs' cost history")
{
    test::TestShop shop;
    listings::ListingsService service(shop.db());
    listings::ItemWithSkus planned = test::newListingsItem(QStringLiteral("C-1"), QString::fromUtf8("成本 牛仔裤"));
    planned.item.cost = core::Money::fromYuan(40);
    auto id = service.addItem(planned);
    REQUIRE(id.ok());
    const QList<listings::SkuStock> skus = service.skuStock(*id).value();
    REQUIRE(skus.size() == 2);
    {
        core::SqlQuery q(shop.db(),
            QStringLiteral("INSERT INTO stock_moves (sku_id, kind, quantity, actor, moved_at) VALUES (:s, 'receive', "
                           "6, 'test', '2026-11-01T09:00:00')"));
        q.bind(QStringLiteral(":s"), skus.at(0).sku.id);
        REQUIRE(q.run());
    }

    // The item's title alone: no cost changed, no history.
    core::Item item = service.item(*id).value();
    item.title = QString::fromUtf8("成本 牛仔裤 直筒");
    REQUIRE(service.editItem(item, nullptr, {}).ok());
    CHECK(history(shop.db()).isEmpty());

    // The item's cost 40 → 45: both SKUs follow it (neither has its own).
    item.cost = core::Money::fromYuan(45);
    REQUIRE(service.editItem(item, nullptr, {}).ok());
    CHECK(history(shop.db())
        == QString::fromUtf8("29 manual 4000→4500 on hand 6 × 0 / 30 manual 4000→4500 on hand 0 × 0"));

    // One SKU's own cost 48: only that one.
    core::Sku sku = skus.at(1).sku;
    sku.cost = core::Money::fromYuan(48);
    REQUIRE(service.updateSku(sku).ok());
    CHECK(history(shop.db())
        == QString::fromUtf8("29 manual 4000→4500 on hand 6 × 0 / 30 manual 4000→4500 on hand 0 × 0 / "
                             "30 manual 4500→4800 on hand 0 × 0"));
    // The cost at a moment before the edits is the one before them; now, the edited one.
    core::CostHistoryRepository costs(shop.db());
    CHECK(costs.costAt(skus.at(1).sku.id, QDateTime(QDate(2000, 1, 1), QTime(0, 0))).value()
        == core::Money::fromYuan(40));
    CHECK(
        costs.costAt(skus.at(1).sku.id, QDateTime::currentDateTime().addSecs(60)).value() == core::Money::fromYuan(48));

    // The SKU's barcode alone changed: no new history row.
    const QString before = history(shop.db());
    sku = service.skuStock(*id).value().at(1).sku;
    sku.barcode = QStringLiteral("6901234567892");
    REQUIRE(service.updateSku(sku).ok());
    CHECK(history(shop.db()) == before);
}
