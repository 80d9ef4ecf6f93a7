#pragma once

#include "shopdesk/inventory/StocktakeRepository.h"

#include <QCoreApplication>
#include <QDate>

namespace shopdesk::inventory {

/// What the stock-take view and its commands need of the shop: the counts, scanning and typing,
/// the unknown codes, posting and reversing, the month-end check and the report. Made once by the
/// inventory workbench and handed to the view.
class StocktakeService {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::StocktakeService)
public:
    explicit StocktakeService(const core::Database &db)
        : mDb(db)
    {
    }

    core::Result<QList<Stocktake>> stocktakes() const;
    core::Result<Stocktake> stocktake(qint64 id) const;
    /// Starts a count; a blind one (盲盘) hides 应有数 from the counters while it is open.
    core::Result<qint64> start(const QString &scope, const QString &actor, bool blind = false);
    /// One scan, synced to disk as it is committed (a person scans; see setSyncEachScan). A SKU
    /// outside a category count's scope is refused with a message naming both categories.
    core::Result<ScanResult> scan(qint64 id, const QString &barcode, int quantity, const QString &actor);
    core::Result<qint64> undoCount(qint64 countRowId, const QString &actor);
    core::Result<qint64> setCounted(qint64 id, qint64 skuId, qint64 counted, const QString &actor);
    core::Result<int> importCounts(qint64 id, const QString &path, const QString &actor);
    core::Result<QList<UnknownScan>> unknownScans(qint64 id) const;
    /// Counts an unknown scan as the SKU with `barcode`; refused, naming the barcode, when no SKU has it.
    core::Result<qint64> resolveUnknown(qint64 unknownId, const QString &barcode, const QString &actor);
    core::Result<qint64> dismissUnknown(qint64 unknownId, const QString &actor);
    core::Result<QList<VarianceRow>> variance(qint64 id) const;
    core::Result<qint64> countRows(qint64 id) const;
    core::Result<int> post(qint64 id, const QString &actor);
    /// What posting the count now would do to the SKUs never counted (未盘), for the question asked
    /// before posting: "147 of 159 SKUs uncounted: ¥74,784.00 would be booked as a shortage" (zh_CN: 记为盘亏). Empty
    /// when every SKU was counted.
    static QString uncountedWarning(const VarianceTotals &totals);
    core::Result<int> reverse(qint64 id, const QString &actor);
    /// Whether the month of `day` still lacks its posted count (the 28th–31st reminder).
    core::Result<bool> monthlyCountDue(QDate day) const;
    /// The categories of the shop's stock, a count's possible scopes.
    core::Result<QStringList> categories() const;
    /// Writes the count's report, as CSV or xlsx by the file's ending, else as PDF.
    core::Status writeReport(const QString &path, const Stocktake &count, const QList<VarianceRow> &rows) const;

private:
    const core::Database &mDb;
};

} // namespace shopdesk::inventory
