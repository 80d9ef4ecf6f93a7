#pragma once

#include "shopdesk/inventory/OpeningStockRepository.h"
#include "shopdesk/inventory/PurchaseOrderRepository.h"
#include "shopdesk/inventory/ReorderRepository.h"

#include <shopdesk/core/Records.h>

#include <QCoreApplication>

#include <optional>

namespace shopdesk::inventory {

/// Stock planning for the reorder and purchase-order views, their undo commands and shopdesk-cli:
/// the reorder list (补货), purchase orders (采购单) made from it and received by receiving notes,
/// the 断码 list, the planning data (SKU minimums, lead times, an item's suppliers) and opening
/// stock. Each write is one call in one transaction.
class PurchaseService {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::PurchaseService)
public:
    explicit PurchaseService(const core::Database &db)
        : mDb(db)
    {
    }

    core::Result<QList<SkuPlan>> skuPlans(QDate today) const;
    core::Result<std::optional<PromotionLift>> nextPromotion(QDate today) const;
    core::Result<QList<SupplierReorder>> reorderList(QDate today) const;
    core::Result<QList<BrokenSizes>> brokenSizes() const;
    /// The reorder view's promotion, list and 断码 from one pass over the SKUs.
    core::Result<ReorderOverview> reorderOverview(QDate today) const;
    /// The suppliers an order may go to (not archived), by name.
    core::Result<QList<core::Supplier>> suppliers() const;
    core::Result<std::optional<core::Supplier>> supplierByName(const QString &name) const;

    /// The purchase order the reorder list suggests for one supplier (not saved); an error when
    /// the list asks nothing of that supplier.
    core::Result<PurchaseOrder> suggestedOrder(qint64 supplierId, QDate today, const QString &actor) const;
    /// Saves a purchase order; its id.
    core::Result<qint64> create(const PurchaseOrder &order);
    /// Takes back an order nothing was received against (undo of create).
    core::Status remove(qint64 id);
    core::Result<QList<PurchaseOrderState>> orders(bool openOnly = false) const;
    core::Result<PurchaseOrderState> order(qint64 id) const;
    core::Result<PurchaseOrderState> orderByNumber(const QString &poNo) const;
    /// A receiving note for what order `id` still owes (not saved): every owed line at its full
    /// quantity and the order's unit cost.
    core::Result<ReceivingNote> owedNote(qint64 id, QDate on) const;
    /// Posts a receiving note made from order `id`; the note's id.
    core::Result<qint64> receive(qint64 id, const ReceivingNote &note, const QString &actor);
    /// Reverses a receiving note (undo of receive).
    core::Status reverseReceiving(qint64 noteId, const QString &actor);

    core::Status setSkuMinimum(qint64 skuId, std::optional<int> minimum);
    core::Result<std::optional<int>> skuMinimum(qint64 skuId) const;
    core::Status setLeadDays(qint64 supplierId, int days);
    core::Result<int> leadDays(qint64 supplierId) const;
    core::Status linkSupplier(qint64 itemId, qint64 supplierId);
    core::Status unlinkSupplier(qint64 itemId, qint64 supplierId);

    core::Result<OpeningResult> openingFromFile(const QString &path, const QString &actor, bool alongsideMoves);
    core::Result<OpeningResult> openingFromStocktake(qint64 stocktakeId, const QString &actor, bool alongsideMoves);

private:
    const core::Database &mDb;
};

} // namespace shopdesk::inventory
