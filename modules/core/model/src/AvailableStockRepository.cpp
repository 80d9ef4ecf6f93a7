#include "shopdesk/core/AvailableStockRepository.h"

#include "shopdesk/core/SqlQuery.h"
#include "shopdesk/core/StockOnHandRepository.h"

namespace shopdesk::core {

namespace {
/// On hand and committed per SKU, one row per SKU that has either; `where` narrows the SKUs.
const QString kPerSku = QStringLiteral(
    "SELECT sku_id, sum(on_hand), sum(committed) FROM ("
    "  SELECT sku_id, sum(quantity) AS on_hand, 0 AS committed FROM stock_moves %1 GROUP BY sku_id"
    "  UNION ALL"
    "  SELECT l.sku_id AS sku_id, 0 AS on_hand, sum(l.quantity) AS committed FROM order_lines l"
    "  JOIN orders o ON o.id = l.order_id WHERE o.status = 'paid' AND l.sku_id IS NOT NULL %2 GROUP BY l.sku_id"
    ") AS per_sku GROUP BY sku_id"); // named: the server wants every subquery in FROM named
/// Committed per SKU: the lines of the orders paid and not yet shipped.
const QString kCommitted
    = QStringLiteral("SELECT l.sku_id, sum(l.quantity) FROM order_lines l JOIN orders o ON o.id = l.order_id "
                     "WHERE o.status = 'paid' AND l.sku_id IS NOT NULL GROUP BY l.sku_id");
} // namespace

Result<QHash<qint64, SkuAvailability>> AvailableStockRepository::bySku() const
{
    // On hand from the kept sums (format 26), not the whole ledger grouped by SKU.
    auto onHand = StockOnHandRepository(mDb).bySku();
    if (!onHand)
        return onHand.error();
    QHash<qint64, SkuAvailability> out;
    out.reserve(onHand->size());
    for (auto it = onHand->cbegin(); it != onHand->cend(); ++it)
        out.insert(it.key(), { it.value(), 0 });
    SqlQuery q(mDb, kCommitted);
    q.setForwardOnly(true);
    if (Status s = q.run(); !s)
        return s.error();
    while (q.next())
        out[q.value(0).toLongLong()].committed = q.value(1).toLongLong();
    return out;
}

Result<QHash<qint64, SkuAvailability>> AvailableStockRepository::ofSkus(const QList<qint64> &skuIds) const
{
    QHash<qint64, SkuAvailability> out;
    SqlQuery q(mDb, kPerSku.arg(QStringLiteral("WHERE sku_id = :sku"), QStringLiteral("AND l.sku_id = :sku2")));
    for (qint64 id : skuIds) {
        q.bind({ { QStringLiteral(":sku"), id }, { QStringLiteral(":sku2"), id } });
        if (Status s = q.run(); !s)
            return s.error();
        SkuAvailability a;
        if (q.next())
            a = { q.value(1).toLongLong(), q.value(2).toLongLong() };
        q.finish();
        out.insert(id, a);
    }
    return out;
}

Result<SkuAvailability> AvailableStockRepository::ofSku(qint64 skuId) const
{
    auto one = ofSkus({ skuId });
    if (!one)
        return one.error();
    return one->value(skuId);
}

} // namespace shopdesk::core
