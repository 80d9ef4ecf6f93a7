#pragma once

#include "ListingsService.h"
#include "ReportView.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace shopdesk::listings {

/// The selected item's SKUs laid out colour × size: barcode, price, cost and on-hand from the
/// stock ledger (never edited here). Double-clicking a SKU opens its form (barcode, price, cost),
/// whose change is one undo step.
class SkuGrid : public QWidget {
    Q_OBJECT
public:
    explicit SkuGrid(const ViewContext &context, QWidget *parent = nullptr);

    /// Shows `item`'s SKUs; an item id of 0 clears the grid.
    void showItem(const core::Item &item);
    const QList<SkuStock> &skus() const { return mSkus; }
    QStringList colors() const;
    QStringList sizes() const;
    /// Makes the SKU's cell current.
    void selectSku(qint64 skuId);
    /// Changes a SKU of the item shown (barcode, price, cost) as an undo command.
    void editSku(const core::Sku &after);

private:
    void editAt(int row, int column);

    ViewContext mContext;
    QLabel *mTitle;
    QTableWidget *mGrid;
    QList<SkuStock> mSkus;
    QHash<qint64, qint64> mVersions; ///< the SKUs' versions, read with them (core::RowVersions)
};

} // namespace shopdesk::listings
