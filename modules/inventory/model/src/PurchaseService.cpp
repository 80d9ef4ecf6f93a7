#include "shopdesk/inventory/PurchaseService.h"

#include "shopdesk/inventory/ReceivingService.h"

namespace shopdesk::inventory {

using core::Error;

core::Result<QList<SkuPlan>> PurchaseService::skuPlans(QDate today) const
{
    return ReorderRepository(mDb).skuPlans(today);
}

core::Result<std::optional<PromotionLift>> PurchaseService::nextPromotion(QDate today) const
{
    return ReorderRepository(mDb).nextPromotion(today);
}

core::Result<QList<SupplierReorder>> PurchaseService::reorderList(QDate today) const
{
    return ReorderRepository(mDb).reorderList(today);
}

core::Result<QList<BrokenSizes>> PurchaseService::brokenSizes() const { return ReorderRepository(mDb).brokenSizes(); }

core::Result<ReorderOverview> PurchaseService::reorderOverview(QDate today) const
{
    return ReorderRepository(mDb).overview(today);
}

core::Result<QList<core::Supplier>> PurchaseService::suppliers() const { return ReceivingService(mDb).suppliers(); }

core::Result<std::optional<core::Supplier>> PurchaseService::supplierByName(const QString &name) const
{
    auto all = suppliers();
    if (!all)
        return all.error();
    for (const core::Supplier &s : *all)
        if (s.name == name.trimmed())
            return std::optional<core::Supplier>(s);
    return std::optional<core::Supplier>();
}

core::Result<PurchaseOrder> PurchaseService::suggestedOrder(qint64 supplierId, QDate today, const QString &actor) const
{
    auto list = reorderList(today);
    if (!list)
        return list.error();
    for (const SupplierReorder &r : *list) {
        if (r.supplierId != supplierId)
            continue;
        PurchaseOrder po;
        po.supplierId = supplierId;
        po.orderedOn = today;
        po.expectedOn = today.addDays(r.leadDays);
        po.actor = actor;
        for (const ReorderSuggestion &s : r.lines)
            po.lines.append({ s.sku.skuId, int(std::min<qint64>(s.quantity, 999999)), s.sku.unitCost });
        return po;
    }
    return Error { tr("The reorder list asks nothing of this supplier today.") };
}

core::Result<qint64> PurchaseService::create(const PurchaseOrder &order)
{
    return PurchaseOrderRepository(mDb).add(order);
}

core::Status PurchaseService::remove(qint64 id) { return PurchaseOrderRepository(mDb).remove(id); }

core::Result<QList<PurchaseOrderState>> PurchaseService::orders(bool openOnly) const
{
    return PurchaseOrderRepository(mDb).all(openOnly);
}

core::Result<PurchaseOrderState> PurchaseService::order(qint64 id) const
{
    return PurchaseOrderRepository(mDb).state(id);
}

core::Result<PurchaseOrderState> PurchaseService::orderByNumber(const QString &poNo) const
{
    PurchaseOrderRepository repo(mDb);
    auto id = repo.idByNumber(poNo);
    if (!id)
        return id.error();
    if (!*id)
        return Error { tr("There is no purchase order %1.").arg(poNo.trimmed()) };
    return repo.state(**id);
}

core::Result<ReceivingNote> PurchaseService::owedNote(qint64 id, QDate on) const
{
    auto po = order(id);
    if (!po)
        return po.error();
    ReceivingNote note;
    note.supplierId = po->order.supplierId;
    note.receivedOn = on;
    note.purchaseOrderId = id;
    for (const PurchaseOrderLineState &l : po->lines)
        if (l.owed() > 0)
            note.lines.append({ l.line.skuId, int(l.owed()), l.line.unitCost });
    if (note.lines.isEmpty())
        return Error {
            tr("Purchase order %1 is received in full: the supplier owes nothing more.").arg(po->order.poNo)
        };
    return note;
}

core::Result<qint64> PurchaseService::receive(qint64 id, const ReceivingNote &note, const QString &actor)
{
    return PurchaseOrderRepository(mDb).receive(id, note, actor);
}

core::Status PurchaseService::reverseReceiving(qint64 noteId, const QString &actor)
{
    return ReceivingRepository(mDb).reverse(noteId, actor);
}

core::Status PurchaseService::setSkuMinimum(qint64 skuId, std::optional<int> minimum)
{
    return ReorderRepository(mDb).setSkuMinimum(skuId, minimum);
}

core::Result<std::optional<int>> PurchaseService::skuMinimum(qint64 skuId) const
{
    return ReorderRepository(mDb).skuMinimum(skuId);
}

core::Status PurchaseService::setLeadDays(qint64 supplierId, int days)
{
    return ReorderRepository(mDb).setLeadDays(supplierId, days);
}

core::Result<int> PurchaseService::leadDays(qint64 supplierId) const
{
    return ReorderRepository(mDb).leadDays(supplierId);
}

core::Status PurchaseService::linkSupplier(qint64 itemId, qint64 supplierId)
{
    return ReorderRepository(mDb).linkSupplier(itemId, supplierId);
}

core::Status PurchaseService::unlinkSupplier(qint64 itemId, qint64 supplierId)
{
    return ReorderRepository(mDb).unlinkSupplier(itemId, supplierId);
}

core::Result<OpeningResult> PurchaseService::openingFromFile(
    const QString &path, const QString &actor, bool alongsideMoves)
{
    return OpeningStockRepository(mDb).importCount(path, actor, alongsideMoves);
}

core::Result<OpeningResult> PurchaseService::openingFromStocktake(
    qint64 stocktakeId, const QString &actor, bool alongsideMoves)
{
    return OpeningStockRepository(mDb).fromStocktake(stocktakeId, actor, alongsideMoves);
}

} // namespace shopdesk::inventory
