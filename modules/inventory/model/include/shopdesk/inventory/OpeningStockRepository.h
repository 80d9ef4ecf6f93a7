#pragma once

#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::inventory {

/// What booking opening stock did.
struct OpeningResult {
    QString reference; ///< the ledger rows' reference: QC-yyyyMMdd, or the stock-take's number
    int skus = 0;
    qint64 pieces = 0;
};

/// Opening stock (期初库存): what the shelves held when the shop started its ledger in ShopDesk,
/// booked as 'opening' ledger rows in one transaction, from a count file (barcode and quantity
/// per line, as a stock-take count file) or from a first stock-take. Refused when any of those
/// SKUs has moved in the ledger already, unless the caller says so (`alongsideMoves`): then the
/// opening rows are booked beside those movements.
class OpeningStockRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::OpeningStockRepository)
public:
    explicit OpeningStockRepository(const core::Database &db)
        : mDb(db)
    {
    }

    /// Reads a count file (条码/barcode, 数量/quantity; a barcode on several lines is summed;
    /// quantities 0 and up) and books every quantity above 0 as opening stock at `at` (now when
    /// invalid). Any bad line names file, line and field, and nothing is written.
    core::Result<OpeningResult> importCount(
        const QString &path, const QString &actor, bool alongsideMoves = false, const QDateTime &at = {});
    /// Books an open stock-take's counts as opening stock (each SKU brought to its count) and posts
    /// the count, in one transaction.
    core::Result<OpeningResult> fromStocktake(qint64 stocktakeId, const QString &actor, bool alongsideMoves = false);

private:
    /// Of `skuIds`, the barcodes of those that have ledger rows already.
    core::Result<QStringList> movedAlready(const QList<qint64> &skuIds) const;
    const core::Database &mDb;
};

} // namespace shopdesk::inventory
