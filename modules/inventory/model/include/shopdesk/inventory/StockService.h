#pragma once

#include "shopdesk/inventory/ReorderRepository.h"
#include "shopdesk/inventory/StockReport.h"

#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/StockLedger.h>

#include <optional>

namespace shopdesk::inventory {

/// The reorder warning: the next promotion within three weeks and the main items to order before it.
struct ReorderWarning {
    core::Promotion promotion;
    QList<ReorderLine> lines;
};

/// A SKU (with its item) and its movements, oldest first.
struct SkuHistory {
    core::SkuRef sku;
    QList<core::StockMove> moves;
};

/// What the stock and movements views need of the shop: stock on hand, the reorder warning and a
/// SKU's movements. Made once by the inventory workbench and handed to its views.
class StockService {
public:
    explicit StockService(const core::Database &db)
        : mDb(db)
    {
    }

    core::Result<QList<core::StockRow>> stock() const;
    /// The period stock report (进销存报表) for [from, to], grouped `by`.
    core::Result<StockReport> report(QDate from, QDate to, StockReportGrouping by) const;
    /// None when no promotion is near or no main item is short.
    core::Result<std::optional<ReorderWarning>> reorderWarning(QDate today) const;
    /// The SKU with `barcode` and its movements; none when no SKU has that barcode.
    core::Result<std::optional<SkuHistory>> history(const QString &barcode) const;

private:
    const core::Database &mDb;
};

} // namespace shopdesk::inventory
