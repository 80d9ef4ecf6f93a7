#pragma once

#include "shopdesk/kpi/KpiAnalysis.h"
#include "shopdesk/kpi/KpiRepository.h"

#include <shopdesk/core/Result.h>
#include <shopdesk/core/ShopSettings.h>

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::kpi {

/// The margin used for traffic value when the shop has none set (DOMAIN.md's example: 21%).
inline constexpr double kDefaultMargin = 0.21;
/// ShopSettings key of the store's margin (a fraction, e.g. "0.21").
inline const core::Setting<double> kMarginSetting { QStringLiteral("kpi.margin"), kDefaultMargin };

/// The margin for traffic value from the shop's settings, or kDefaultMargin.
double shopMargin(const core::Database &db);

/// A comparison of the imported figure with the one computed from the shop's orders.
struct OrderCheck {
    QDate day;
    core::Money reportedSales, orderSales;
    qint64 reportedUnits = 0, orderUnits = 0;
    qint64 reportedBuyers = 0, orderBuyers = 0;
    bool differs() const
    {
        return reportedSales != orderSales || reportedUnits != orderUnits || reportedBuyers != orderBuyers;
    }
};

/// A month (or any span) of the daily report with everything derived from it.
struct PeriodReport {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::kpi::PeriodReport)
public:
    QDate from, to;
    QString label; ///< "2026-10"
    QList<DailyKpi> days; ///< oldest first
    PeriodTotals totals; ///< aggregated in SQL
    QList<OrderDay> orderDays; ///< from the shop's own orders
    OrderDay orderTotals; ///< their sums
    QList<OrderCheck> checks; ///< days where a daily row and orders both exist
    QList<CampaignTotals> campaigns;
    core::Money adSpend, adSales;
    Pareto items;
    QList<HealthCheck> health;
    PaidShare paid;
    double margin = kDefaultMargin; ///< the measured profit rate of the span's orders, else the setting
    bool marginMeasured = false; ///< whether `margin` was measured from costs (not the setting)
    double trafficValue = 0.0; ///< yuan per visitor

    /// The monthly appraisal sheet (月度考核表): one line per day, then the sum and the average.
    QStringList sheetHeader() const;
    /// Raw values (numbers stay numbers) for xlsx.
    QList<QVariantList> sheetRows() const;
    /// Text for CSV and PDF.
    QList<QStringList> sheetText() const;
};

/// Parses "2026-10" → the month's first and last day.
bool parseMonth(const QString &text, QDate *first, QDate *last);

/// Whether a report ranks the items by their sales (PeriodReport::items, the 80/20 view): the
/// daily view shows no ranking and leaves it out (the month's order lines read for nothing).
enum class ItemRanking { Included, Left };

/// Builds the report for [from, to] (inclusive). Every sum is computed by SQL.
core::Result<PeriodReport> buildReport(const core::Database &db, QDate from, QDate to, const QString &label = {},
    ItemRanking ranking = ItemRanking::Included);
inline core::Result<PeriodReport> buildMonthReport(const core::Database &db, int year, int month)
{
    const QDate first(year, month, 1);
    return buildReport(db, first, first.addMonths(1).addDays(-1), first.toString(QStringLiteral("yyyy-MM")));
}

/// The appraisal sheet as xlsx, CSV (UTF-8 with BOM) or PDF, chosen by the file's ending.
core::Status exportSheet(const PeriodReport &report, const QString &path);
core::Status exportSheetPdf(const PeriodReport &report, const QString &path);

} // namespace shopdesk::kpi
