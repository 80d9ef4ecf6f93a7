#include "InventoryFixture.h"

#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/StockLedger.h>

#include <catch2/catch_test_macros.hpp>

namespace shopdesk::test {

namespace {
QList<qint64> addItem(const core::Database &db, const QString &code, const QString &title, const QString &category,
    core::Money cost, const QList<core::Sku> &skus)
{
    core::Item item;
    item.code = code;
    item.title = title;
    item.category = category;
    item.price = core::Money::fromYuan(129);
    item.cost = cost;
    auto id = core::ItemRepository(db).addItem(item, skus);
    REQUIRE(id.ok());
    auto stored = core::ItemRepository(db).skusOf(*id);
    REQUIRE(stored.ok());
    QList<qint64> ids;
    for (const auto &s : *stored)
        ids << s.id;
    return ids;
}
} // namespace

InventoryShop::InventoryShop()
{
    core::Supplier s;
    s.name = QString::fromUtf8("广州沙河服装批发");
    auto sid = core::SupplierRepository(db()).add(s);
    REQUIRE(sid.ok());
    supplierId = *sid;
    jeans = addItem(db(), QStringLiteral("NZK-1001"), QString::fromUtf8("牛仔裤 男 直筒"), QStringLiteral("jeans"),
        core::Money::fromYuan(45),
        { { 0, 0, QString::fromUtf8("浅蓝"), QStringLiteral("30"), kJeans30, {}, {} },
            { 0, 0, QString::fromUtf8("浅蓝"), QStringLiteral("31"), kJeans31, {}, {} },
            { 0, 0, QString::fromUtf8("深蓝"), QStringLiteral("30"), kDark30, {}, {} } });
    tees = addItem(db(), QStringLiteral("TX-2001"), QString::fromUtf8("纯棉T恤 短袖"), QStringLiteral("tshirt"),
        core::Money::fromFen(1850),
        { { 0, 0, QString::fromUtf8("白"), QStringLiteral("M"), kTeeM, {}, {} },
            { 0, 0, QString::fromUtf8("白"), QStringLiteral("L"), kTeeL, {}, {} } });
    book(jeans[0], core::codes::kMoveReceive, 10, QStringLiteral("RK-0"));
    book(jeans[1], core::codes::kMoveReceive, 5, QStringLiteral("RK-0"));
    book(tees[0], core::codes::kMoveReceive, 8, QStringLiteral("RK-0"));
    book(tees[1], core::codes::kMoveReceive, 3, QStringLiteral("RK-0"));
}

qint64 InventoryShop::onHand(qint64 sku) const
{
    auto v = core::StockLedger(db()).onHand(sku);
    REQUIRE(v.ok());
    return *v;
}

qint64 InventoryShop::ledgerSum(qint64 sku) const
{
    return scalar(db(), QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_moves WHERE sku_id = %1").arg(sku))
        .toLongLong();
}

void InventoryShop::book(qint64 sku, const QString &kind, int qty, const QString &ref) const
{
    core::StockMove m;
    m.skuId = sku;
    m.kind = kind;
    m.quantity = qty;
    m.reference = ref;
    m.actor = QStringLiteral("test");
    REQUIRE(core::StockLedger(db()).book(m).ok());
}

} // namespace shopdesk::test
