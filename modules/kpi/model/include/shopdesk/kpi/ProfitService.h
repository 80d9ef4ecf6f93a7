#pragma once

#include "shopdesk/kpi/ProfitRepository.h"

#include <shopdesk/core/Money.h>
#include <shopdesk/core/Result.h>
#include <shopdesk/core/ShopSettings.h>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QVariantList>

#include <optional>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::kpi {

/// The platform's fee (佣金 / 技术服务费) as a fraction of sales (0.05 = 5%), taken off profit; a shop
/// setting like the margin.
inline const core::Setting<double> kPlatformFeeSetting { QStringLiteral("shop.platform_fee"), 0.0 };

/// Profit of a group of order lines: price paid − refunds − cost at the time of sale − freight share −
/// platform fee (a share of what the buyers kept).
struct ProfitRow {
    QString key, title;
    qint64 lines = 0, units = 0, uncostedUnits = 0;
    core::Money sales; ///< 销售额
    core::Money refunds; ///< 退款
    core::Money cost; ///< 成本
    core::Money freight; ///< 运费
    core::Money fee; ///< 平台费

    core::Money netSales() const { return sales - refunds; }
    core::Money grossProfit() const { return netSales() - cost; } ///< 毛利
    core::Money profit() const { return grossProfit() - freight - fee; } ///< 利润
    /// 利润率: profit / net sales (0 without sales).
    double profitRate() const;
    /// 毛利率: gross profit / net sales.
    double grossRate() const;
};

/// A month's (or any span's) profit report with the month before beside it.
struct ProfitReport {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::kpi::ProfitReport)
public:
    QDate from, to;
    QString label; ///< "2026-11"
    ProfitGrouping by = ProfitGrouping::Item;
    QList<ProfitRow> rows; ///< by the grouping: most profit first (days: oldest first)
    ProfitRow total;
    QString previousLabel; ///< "2026-10"
    ProfitRow previous; ///< the month before (the span of the same length before)
    double feeRate = 0.0;
    /// The measured margin (profit rate of the lines with a cost), empty when no line had one.
    std::optional<double> measuredMargin;
    QList<CategoryValue> stockValue; ///< per category: at the end of the day before `from` and of `to`
    core::Money stockOpening() const;
    core::Money stockClosing() const;

    /// The table as a sheet: header and raw rows (numbers stay numbers), then the total.
    QStringList sheetHeader() const;
    QList<QVariantList> sheetRows() const;
    /// The table as an .xlsx workbook (one sheet "利润 2026-11"): the rows as the Profit view shows
    /// them, then the total; money as ¥, the profit rate as %, item codes and days as text.
    core::Status writeXlsx(const QString &path) const;
    static QString groupingName(ProfitGrouping by);
};

/// Profit per order line rolled up by item, category, day or month (aggregated in SQL), the stock
/// value at cost, and the measured margin the KPI report's traffic value uses.
class ProfitService {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::kpi::ProfitService)
public:
    explicit ProfitService(const core::Database &db)
        : mDb(db)
    {
    }

    /// [from, to] grouped `by`, with the span of the same length before (the month before for a month).
    core::Result<ProfitReport> report(QDate from, QDate to, ProfitGrouping by, const QString &label = {}) const;
    core::Result<ProfitReport> monthReport(int year, int month, ProfitGrouping by) const;
    /// The profit rate of [from, to]'s lines that have a cost; empty when none has (then the KPI
    /// report falls back on the margin setting).
    core::Result<std::optional<double>> measuredMargin(QDate from, QDate to) const;
    /// The platform fee setting (a fraction of sales; 0 when unset or out of range).
    double feeRate() const;
    /// "item" | "category" | "day" | "month" → the grouping; false for anything else.
    static bool parseGrouping(const QString &text, ProfitGrouping *by);

private:
    const core::Database &mDb;
};

} // namespace shopdesk::kpi
