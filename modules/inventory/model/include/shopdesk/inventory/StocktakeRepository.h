#pragma once

#include <shopdesk/core/Money.h>
#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::inventory {

namespace stocktake {
inline const QString kOpen = QStringLiteral("open");
inline const QString kPosted = QStringLiteral("posted");
inline const QString kReversed = QStringLiteral("reversed");

inline const QString kScan = QStringLiteral("scan");
inline const QString kTyped = QStringLiteral("typed");
inline const QString kImport = QStringLiteral("import");
inline const QString kResolve = QStringLiteral("resolve");
inline const QString kDismiss = QStringLiteral("dismiss");
inline const QString kUndo = QStringLiteral("undo");
} // namespace stocktake

/// One count (盘点单).
struct Stocktake {
    qint64 id = 0;
    QString scope; ///< '' = whole store, else a category code
    QString status; ///< open | posted | reversed
    qint64 snapshotMove = 0;
    QDateTime startedAt, postedAt, reversedAt;
    QString startedBy, postedBy, reversedBy;
    int skuCount = 0;
    bool blind = false; ///< 盲盘: counters do not see 应有数 while the count is open

    /// "PD000012": the reference its ledger rows carry.
    QString number() const { return number(id); }
    static QString number(qint64 id) { return QStringLiteral("PD%1").arg(id, 6, 10, QLatin1Char('0')); }
};

/// What one committed scan did (the acknowledgement a counter sees).
struct ScanResult {
    qint64 countId = 0; ///< the stocktake_counts row
    bool known = false; ///< false: an unknown barcode, queued to resolve
    QString barcode;
    qint64 skuId = 0;
    QString itemCode, itemTitle, color, size;
    int quantity = 0; ///< pieces this scan added
    qint64 counted = 0; ///< the SKU's count after this scan
};

/// A barcode that matched no SKU, waiting for the counter.
struct UnknownScan {
    qint64 id = 0;
    QString barcode;
    int quantity = 0;
    QString actor;
    QDateTime at;
};

/// One SKU's line of the live variance: expected = system quantity at the start + what moved since.
struct VarianceRow {
    qint64 skuId = 0;
    QString itemCode, itemTitle, category, color, size, barcode;
    qint64 systemQty = 0; ///< snapshotted at the start
    qint64 moved = 0; ///< ledger movements since the snapshot (shipments, receiving…)
    qint64 counted = 0;
    bool scanned = false; ///< counted at all (a scan, a typed count, an import); false: 未盘
    core::Money unitCost;
    qint64 expected() const { return systemQty + moved; }
    qint64 variance() const { return counted - expected(); } ///< > 0 盘盈, < 0 盘亏
    core::Money varianceValue() const { return unitCost * variance(); }
};

/// Totals of a count's variance.
struct VarianceTotals {
    qint64 expected = 0, counted = 0, surplus = 0, shortage = 0; ///< shortage ≥ 0 pieces
    core::Money surplusValue, shortageValue;
    int skus = 0, skusCounted = 0, skusOff = 0;
    /// SKUs never counted (未盘), and what posting now would book for them as 盘亏: their expected
    /// pieces at unit cost.
    int skusUncounted = 0;
    qint64 uncountedPieces = 0;
    core::Money uncountedValue;
    static VarianceTotals of(const QList<VarianceRow> &rows);
};

/// The monthly stock-take (盘点): start (snapshot), count (scan / type / import, each committed at
/// once), watch the live variance, post (one transaction of 'stocktake' ledger rows), reverse.
class StocktakeRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::StocktakeRepository)
public:
    explicit StocktakeRepository(const core::Database &db)
        : mDb(db)
    {
    }

    /// Syncs every scan to disk as it is committed (SQLite synchronous=FULL for that commit), so
    /// even a power cut loses no scan already shown. Off, a commit survives the program being
    /// killed but a power cut may lose the last moments (WAL, synchronous=NORMAL). The scan field
    /// turns it on (a person scans a few codes a second; a synced commit takes a few ms); batch
    /// scanning (shopdesk-cli, ~3,000 scans/s) leaves it off unless asked (--synced).
    void setSyncEachScan(bool on) { mSyncEachScan = on; }

    /// Starts a count over the whole store (scope empty) or one category, snapshotting the system
    /// quantity and unit cost of every SKU in scope. Only one count may be open at a time. A blind
    /// count (盲盘) hides the expected quantities from the counters while it is open.
    core::Result<qint64> start(
        const QString &scope, const QString &actor, const QDateTime &at = {}, bool blind = false);

    core::Result<std::optional<Stocktake>> openCount() const;
    core::Result<Stocktake> stocktake(qint64 id) const;
    core::Result<QList<Stocktake>> stocktakes() const;
    /// The categories of the stock (items not archived that have a SKU), a count's possible
    /// scopes, in the order of their first item code. One aggregate query, no ledger read.
    core::Result<QStringList> categories() const;
    /// The last posted count's time in [from, to], if any.
    core::Result<std::optional<QDateTime>> lastPostedBetween(const QDateTime &from, const QDateTime &to) const;

    /// Commits one scan of `barcode` (× quantity pieces) in its own transaction. An unknown
    /// barcode is committed too, queued to resolve. A SKU of another category than a category
    /// count's is refused, naming both (it would join the count at its full book quantity and be
    /// written off); a SKU new since a whole-store count started joins it.
    core::Result<ScanResult> scan(qint64 id, const QString &barcode, int quantity, const QString &actor,
        const QString &source = stocktake::kScan, const QString &reference = {});
    /// A typed count: sets the SKU's count to `counted` (books the difference).
    core::Result<qint64> setCounted(qint64 id, qint64 skuId, qint64 counted, const QString &actor);
    /// Imports a count CSV (条码/barcode, 数量/quantity) in one transaction: all lines or none.
    /// Quantities add to what was counted; the same file cannot be imported twice into a count.
    core::Result<int> importCounts(qint64 id, const QString &path, const QString &actor);
    /// Adds a compensating row for count row `countId` (the panel's undo of a scan).
    core::Result<qint64> undoCount(qint64 countId, const QString &actor);

    core::Result<QList<UnknownScan>> unknownScans(qint64 id) const;
    /// Counts an unknown scan as `skuId` (it was a known item with a worn label, say).
    core::Result<qint64> resolveUnknown(qint64 unknownId, qint64 skuId, const QString &actor);
    /// Sets an unknown scan aside (not ours, a stray label); it stays on record.
    core::Result<qint64> dismissUnknown(qint64 unknownId, const QString &actor);

    core::Result<QList<VarianceRow>> variance(qint64 id) const;
    /// Number of committed count rows (scans included) of a count.
    core::Result<qint64> countRows(qint64 id) const;

    /// Books every difference as a 'stocktake' ledger row (reference = the count's number), all in
    /// one transaction with who and when. Refused while unknown scans wait. Gives the rows booked.
    core::Result<int> post(qint64 id, const QString &actor, const QDateTime &at = {});
    /// Reverses a posted count with compensating ledger rows (one transaction).
    core::Result<int> reverse(qint64 id, const QString &actor, const QDateTime &at = {});

private:
    core::Status requireOpen(qint64 id) const;
    const core::Database &mDb;
    bool mSyncEachScan = false;
};

} // namespace shopdesk::inventory
