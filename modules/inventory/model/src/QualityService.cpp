#include "shopdesk/inventory/QualityService.h"

namespace shopdesk::inventory {

core::Result<QList<core::Supplier>> QualityService::suppliers() const { return core::SupplierRepository(mDb).all(); }

core::Result<std::optional<core::SkuRef>> QualityService::sku(const QString &barcode) const
{
    return core::ItemRepository(mDb).skuByBarcode(barcode);
}

core::Result<qint64> QualityService::createExchange(
    const QString &exchangeNo, qint64 supplierId, const QList<ExchangeLine> &lines, const QString &actor)
{
    return FaultyGoodsRepository(mDb).createExchange(exchangeNo, supplierId, lines, actor);
}

core::Result<qint64> QualityService::bookReplacement(
    qint64 exchangeId, qint64 skuId, int quantity, const QString &actor)
{
    return FaultyGoodsRepository(mDb).bookReplacement(exchangeId, skuId, quantity, actor);
}

core::Result<int> QualityService::closeExchange(qint64 exchangeId, const QString &actor)
{
    return FaultyGoodsRepository(mDb).closeExchange(exchangeId, actor);
}

core::Result<SupplierExchange> QualityService::exchange(qint64 exchangeId) const
{
    return FaultyGoodsRepository(mDb).exchange(exchangeId);
}

core::Result<QList<SupplierExchange>> QualityService::exchanges() const
{
    return FaultyGoodsRepository(mDb).exchanges();
}

core::Result<qint64> QualityService::returnFromBuyer(
    const QString &orderNo, qint64 skuId, int quantity, bool intact, const QString &actor, const QString &note)
{
    return FaultyGoodsRepository(mDb).returnFromBuyer(orderNo, skuId, quantity, intact, actor, note);
}

core::Result<qint64> QualityService::undoReturn(qint64 id, bool intact, const QString &actor)
{
    return FaultyGoodsRepository(mDb).undoReturn(id, intact, actor);
}

core::Result<QList<FaultyLine>> QualityService::faultyAccount() const
{
    return FaultyGoodsRepository(mDb).faultyAccount();
}

} // namespace shopdesk::inventory
