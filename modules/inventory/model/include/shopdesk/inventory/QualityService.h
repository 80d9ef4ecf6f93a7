#pragma once

#include "shopdesk/inventory/FaultyGoodsRepository.h"

#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/OrderRepository.h>

#include <optional>

namespace shopdesk::inventory {

/// What the quality-and-returns view and its commands need of the shop: supplier-exchange lists,
/// replacements, buyers' returns and the faulty-goods account (次品). Made once by the inventory
/// workbench and handed to the view.
class QualityService {
public:
    explicit QualityService(const core::Database &db)
        : mDb(db)
    {
    }

    core::Result<QList<core::Supplier>> suppliers() const;
    core::Result<std::optional<core::SkuRef>> sku(const QString &barcode) const;
    core::Result<qint64> createExchange(
        const QString &exchangeNo, qint64 supplierId, const QList<ExchangeLine> &lines, const QString &actor);
    core::Result<qint64> bookReplacement(qint64 exchangeId, qint64 skuId, int quantity, const QString &actor);
    core::Result<int> closeExchange(qint64 exchangeId, const QString &actor);
    core::Result<SupplierExchange> exchange(qint64 exchangeId) const;
    core::Result<QList<SupplierExchange>> exchanges() const;
    /// `note`, when given, goes with the booked row (an after-sale case number).
    core::Result<qint64> returnFromBuyer(const QString &orderNo, qint64 skuId, int quantity, bool intact,
        const QString &actor, const QString &note = {});
    core::Result<qint64> undoReturn(qint64 id, bool intact, const QString &actor);
    core::Result<QList<FaultyLine>> faultyAccount() const;

private:
    const core::Database &mDb;
};

} // namespace shopdesk::inventory
