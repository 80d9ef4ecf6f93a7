#pragma once

#include <shopdesk/core/Database.h>
#include <shopdesk/core/Result.h>
#include <shopdesk/core/RowWindow.h>

#include <QList>
#include <QVariantList>

namespace shopdesk::inventory {

/// The stock list (库存) a window at a time, for a shop of any size: SKUs of items not archived,
/// each row item code, title, category code, colour, size, barcode, on hand (the ledger's sum for
/// that SKU alone), then the hidden key (SKU id). Searched in SQL (every part of the text in one of
/// code, title, colour, size, barcode), sorted by code (the default), title, barcode or on hand,
/// paged by key: a window costs the same at the end of 100,000 SKUs as at the start.
class StockListRepository {
public:
    enum Column { Code, Title, Category, Color, Size, Barcode, OnHand, SkuId };

    explicit StockListRepository(const core::Database &db)
        : mDb(db)
    {
    }

    /// SKUs matching `search` (all for an empty one).
    core::Result<qint64> count(const QString &search) const;
    core::Result<QList<QVariantList>> window(const QString &search, const core::RowWindow &w) const;
    /// Whether window() sorts by this column.
    static bool sortable(int column);

private:
    const core::Database &mDb;
};

} // namespace shopdesk::inventory
