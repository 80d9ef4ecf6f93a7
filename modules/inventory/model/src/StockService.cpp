#include "shopdesk/inventory/StockService.h"

namespace shopdesk::inventory {

core::Result<StockReport> StockService::report(QDate from, QDate to, StockReportGrouping by) const
{
    return StockReportRepository(mDb).report(from, to, by);
}

core::Result<QList<core::StockRow>> StockService::stock() const { return core::StockLedger(mDb).stock(); }

core::Result<std::optional<ReorderWarning>> StockService::reorderWarning(QDate today) const
{
    ReorderRepository reorder(mDb);
    auto promotions = reorder.upcomingPromotions(today);
    if (!promotions)
        return promotions.error();
    auto lines = reorder.mainItemsBelowMinimum();
    if (!lines)
        return lines.error();
    if (promotions->isEmpty() || lines->isEmpty())
        return std::optional<ReorderWarning>();
    return std::optional<ReorderWarning>(ReorderWarning { promotions->first(), *lines });
}

core::Result<std::optional<SkuHistory>> StockService::history(const QString &barcode) const
{
    auto sku = core::ItemRepository(mDb).skuByBarcode(barcode);
    if (!sku)
        return sku.error();
    if (!*sku)
        return std::optional<SkuHistory>();
    auto moves = core::StockLedger(mDb).history((*sku)->sku.id);
    if (!moves)
        return moves.error();
    return std::optional<SkuHistory>(SkuHistory { **sku, *moves });
}

} // namespace shopdesk::inventory
