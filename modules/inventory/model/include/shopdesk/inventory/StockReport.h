#pragma once

#include <shopdesk/core/Money.h>
#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <QVariantList>

#include <array>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::inventory {

/// How the period stock report groups its SKUs.
enum class StockReportGrouping { Sku, Item, Category };

/// The kinds of movement into stock (入库) the report shows apart, and out of it (出库).
/// Opening: opening stock (期初库存) booked in the period, the shop's first count in ShopDesk.
enum class StockIn { Receive, Return, ExchangeIn, CountGain, Opening, Other, Count };
enum class StockOut { Ship, ExchangeOut, CountLoss, Other, Count };

/// One line of the period stock report (进销存报表): pieces and their value at cost.
struct StockReportRow {
    QString key; ///< barcode, item code or category
    QString itemCode, title, category, color, size, barcode;
    qint64 opening = 0; ///< 期初
    std::array<qint64, int(StockIn::Count)> in {}; ///< 入库 by kind
    std::array<qint64, int(StockOut::Count)> out {}; ///< 出库 by kind
    qint64 closing = 0; ///< 期末
    /// At cost: opening and closing at the moving-average cost of their moment, each movement at the
    /// cost of its own moment; costChange is what a change of cost in the period added (成本调整).
    core::Money openingValue, inValue, outValue, closingValue;

    qint64 inTotal() const;
    qint64 outTotal() const;
    core::Money costChange() const { return closingValue - openingValue - inValue + outValue; }
    void add(const StockReportRow &other);
};

/// The period stock report for [from, to].
struct StockReport {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::StockReport)
public:
    QDate from, to;
    StockReportGrouping by = StockReportGrouping::Sku;
    QList<StockReportRow> rows; ///< by item code, then colour and size (categories by name)
    StockReportRow total;

    static QString inName(StockIn kind);
    static QString outName(StockOut kind);
    static QString groupingName(StockReportGrouping by);
    /// "sku" | "item" | "category" → the grouping; false for anything else.
    static bool parseGrouping(const QString &text, StockReportGrouping *by);
    /// Codes for JSON: receive, return, exchange_in, count_gain, opening, other; ship, exchange_out,
    /// count_loss, other.
    static QString inCode(StockIn kind);
    static QString outCode(StockOut kind);

    QStringList sheetHeader() const;
    QList<QVariantList> sheetRows() const; ///< numbers stay numbers; the total last
    /// As .xlsx or .pdf, chosen by the file's ending.
    core::Status write(const QString &path) const;
    core::Status writePdf(const QString &path) const;
};

/// Builds the report from aggregate SQL over the ledger and the cost history.
class StockReportRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::StockReportRepository)
public:
    explicit StockReportRepository(const core::Database &db)
        : mDb(db)
    {
    }

    /// How the pieces before and in the period are read: the whole ledger in one grouped pass, or the
    /// kept stock on hand (core::StockOnHandRepository) less the ledger rows since the first day.
    /// Both give the same report; Auto takes the second when those rows are under a quarter of the
    /// ledger (a recent month: a few thousand rows instead of a year's million).
    enum class Reading { Auto, WholeLedger, SinceFirstDay };

    /// Per SKU with any stock or movement up to `to`, grouped `by`.
    core::Result<StockReport> report(
        QDate from, QDate to, StockReportGrouping by, Reading reading = Reading::Auto) const;

private:
    const core::Database &mDb;
};

} // namespace shopdesk::inventory
