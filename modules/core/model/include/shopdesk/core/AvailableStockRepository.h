#pragma once

#include "shopdesk/core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace shopdesk::core {

class Database;

/// One SKU's stock as an agent or the manager decides on it: what the shelf holds (on hand, from
/// the ledger), what paid orders not yet shipped already take from it (committed), and what is
/// left to sell (可用库存 = on hand − committed; below zero when more is sold than is there).
struct SkuAvailability {
    qint64 onHand = 0;
    qint64 committed = 0;
    qint64 available() const { return onHand - committed; }
};

/// Available stock (可用库存), computed once for every workbench: the listings grid and advice, the
/// service reply facts and the stock planning all read it here. Committed goods are the lines of
/// orders paid and waiting for dispatch (status paid) that are matched to a SKU: shipping books
/// them out of the ledger when it ships them, and they stop being committed then.
class AvailableStockRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::core::AvailableStockRepository)
public:
    explicit AvailableStockRepository(const Database &db)
        : mDb(db)
    {
    }

    /// Every SKU that has stock or commitments (absent: nothing on hand, nothing committed).
    Result<QHash<qint64, SkuAvailability>> bySku() const;
    /// The SKUs in `skuIds` (each present, zeros where nothing moved).
    Result<QHash<qint64, SkuAvailability>> ofSkus(const QList<qint64> &skuIds) const;
    Result<SkuAvailability> ofSku(qint64 skuId) const;

private:
    const Database &mDb;
};

} // namespace shopdesk::core
