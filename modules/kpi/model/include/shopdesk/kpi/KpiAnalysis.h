#pragma once

// The KPI workbench's formulas and analyses as pure code (no database, no widgets), so each can be
// checked on hand-computed rows. Rates are fractions (0.0379 = 3.79%); money is core::Money (fen).

#include "shopdesk/kpi/KpiRepository.h"

#include <shopdesk/core/Money.h>
#include <shopdesk/core/Pareto.h>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

namespace shopdesk::kpi {

// ---------------------------------------------------------------------------------------------
// Formulas (DOMAIN.md "KPIs")

/// paid buyers / UV; 0 without visitors.
double conversionRate(qint64 paidBuyers, qint64 uv);
/// sales / paid buyers, rounded to the fen; 0 without buyers.
core::Money averageOrderValue(core::Money sales, qint64 paidBuyers);
/// PV / UV; 0 without visitors.
double visitDepth(qint64 pv, qint64 uv);

enum class DepthBand { Poor, Good, Excellent };
/// < 2 poor, 2–4 good, > 4 excellent.
DepthBand depthBand(double depth);

/// 流量价值 = conversion × AOV × margin: the most a paid click may cost without loss (in yuan).
double trafficValue(double conversion, core::Money aov, double margin);

/// The usual share of paid traffic for a store of this size (daily UV): < 1000 → 60%,
/// < 3000 → 40%, otherwise 20%.
double paidShareGuide(double dailyUv);

struct PaidShare {
    double actual = 0.0; ///< paid UV / UV
    double guide = 0.0; ///< paidShareGuide(average daily UV)
    /// -1 well below the guide, 0 near it (within 10 points), +1 well above it.
    int verdict = 0;
};
PaidShare paidShare(qint64 paidUv, qint64 uv, int days);

/// Return on ad spend: attributed sales / spend; 0 without spend.
double roi(core::Money sales, core::Money spend);

// ---------------------------------------------------------------------------------------------
// Why sales moved: sales = visitors × conversion × AOV, split logarithmically (LMDI).

/// One period's figures for the decomposition. Sales are as reported; the three factors may not
/// multiply out to them exactly (rounding, repeat buyers): the difference is the residual.
struct PeriodFigures {
    QString label;
    core::Money sales;
    double visitors = 0.0;
    double conversion = 0.0;
    double aov = 0.0; ///< yuan

    /// Sums a span of daily rows: visitors = ΣUV, conversion = Σbuyers / ΣUV, AOV = Σsales / Σbuyers.
    static PeriodFigures fromRows(const QString &label, const QList<DailyKpi> &rows);
};

enum class Factor { Visitors, Conversion, Aov };

struct Decomposition {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::kpi::Decomposition)
public:
    bool valid = false;
    QString problem; ///< why no split was possible (a factor is zero)
    PeriodFigures before, after;
    qint64 changeFen = 0; ///< reported sales after − before
    qint64 explainedFen = 0; ///< V·C·A after − V·C·A before = the three parts' sum
    qint64 visitorsFen = 0, conversionFen = 0, aovFen = 0;
    qint64 residualFen = 0; ///< changeFen − explainedFen: what the three factors do not explain
    Factor driver = Factor::Conversion; ///< the factor with the largest contribution (by size)

    qint64 contribution(Factor f) const;
    static QString factorName(Factor f);
    /// "Conversion drove the change: …", translated.
    QString summary() const;
};

/// LMDI-I: part(X) = L(Ŝ₁, Ŝ₀) · ln(X₁ / X₀) with Ŝ = V·C·A and L(a, b) = (a − b) / (ln a − ln b).
/// The three parts add up to Ŝ₁ − Ŝ₀ (to the fen); the residual is the rest of the reported change.
Decomposition decompose(const PeriodFigures &before, const PeriodFigures &after);

// ---------------------------------------------------------------------------------------------
// Platform health (天猫考核)

enum class HealthMetric { Dsr, RefundDispute, GoodRating };

struct HealthCheck {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::kpi::HealthCheck)
public:
    HealthMetric metric = HealthMetric::Dsr;
    double threshold = 0.0;
    std::optional<double> latest; ///< the newest day's value (none: never recorded)
    QDate latestDay;
    bool red = false;
    QDate since; ///< red: the day it crossed the threshold (first day of the current red run)
    QDate lastCrossed; ///< the last day it was on the wrong side at all (may be long ago)

    static QString metricName(HealthMetric m);
    /// "below 4.2" / "above 3%" / "below 98.5%"
    static QString ruleText(HealthMetric m);
    static bool isRed(HealthMetric m, double value);
    static double thresholdOf(HealthMetric m);
};

/// DSR below 4.2, refund-dispute rate above 3%, good-rating rate below 98.5% are red.
QList<HealthCheck> healthChecks(const QList<DailyKpi> &rowsOldestFirst);

// ---------------------------------------------------------------------------------------------
// Targets

struct TargetInput {
    int year = 0;
    core::Money yearSales;
    std::array<std::optional<core::Money>, 4> quarterSales; ///< set quarters keep their amount
    /// How the rest of the year is spread over the unset quarters (e.g. last year's sales per
    /// quarter); all zero → by the number of days.
    std::array<qint64, 4> quarterWeights { 0, 0, 0, 0 };
    QMap<QString, core::Money> categorySales; ///< category targets where set
    double conversion = 0.0; ///< planned conversion
    core::Money aov; ///< planned AOV
    double visitDepth = 3.0; ///< planned PV / UV
};

struct QuarterTarget {
    int quarter = 1;
    QDate first, last;
    core::Money sales;
    bool set = false; ///< given by the user (not spread)
    qint64 buyers = 0; ///< paid buyers needed (sales / AOV, rounded up)
    qint64 uv = 0; ///< visitors needed (buyers / conversion, rounded up)
    qint64 uvPerDay = 0; ///< per day of the quarter, rounded up
    qint64 pvPerDay = 0; ///< uvPerDay × visit depth, rounded up
};

struct CategoryTarget {
    QString category;
    core::Money sales;
    double shareOfYear = 0.0;
};

struct TargetPlan {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::kpi::TargetPlan)
public:
    bool valid = false;
    QString problem;
    int year = 0;
    core::Money yearSales;
    double conversion = 0.0;
    core::Money aov;
    double visitDepth = 0.0;
    std::array<QuarterTarget, 4> quarters;
    QList<CategoryTarget> categories;
    core::Money categoriesUnassigned; ///< year target minus the category targets

    /// The target to date: each quarter's amount pro rata to the days of it that have passed.
    core::Money targetTo(QDate day) const;
};

TargetPlan planTargets(const TargetInput &input);

struct ProgressPoint {
    QDate day;
    core::Money actual; ///< sales from 1 January to this day
    core::Money target; ///< TargetPlan::targetTo(day)
    double ratio = 0.0; ///< actual / target
};

/// Progress for every day of the plan's year up to `upTo`, from the daily rows.
QList<ProgressPoint> targetProgress(const TargetPlan &plan, const QList<DailyKpi> &rows, QDate upTo);

// The promotion calendar (the platforms' dates and the store's own) is core::PromotionRepository,
// which the inventory's reorder warning reads as well.

// ---------------------------------------------------------------------------------------------
// Trends and the 80/20 rule

enum class TrendMetric { Pv, Uv, Sales, Conversion, Aov };

struct TrendPoint {
    QDate day;
    double value = 0.0;
};

struct Trend {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::kpi::Trend)
public:
    TrendMetric metric = TrendMetric::Sales;
    QList<TrendPoint> daily, average7, lastWeek, lastMonth;

    static QString metricName(TrendMetric m);
    static std::optional<TrendMetric> metricFromCode(const QString &code); ///< pv, uv, sales, conversion, aov
};

/// The metric by day in [from, to] with its trailing 7-day average (ratio of sums for conversion
/// and AOV) and the same days one week and one month earlier, plotted on the later day. `rows`
/// should reach back a month before `from` for the overlays.
Trend trend(const QList<DailyKpi> &rows, TrendMetric metric, QDate from, QDate to);

// The 80/20 ranking is core's, the same the listings workbench shows.
using core::ItemSales;
using core::Pareto;
using core::pareto;
using core::ParetoRow;

// ---------------------------------------------------------------------------------------------
// Period sums (the monthly appraisal sheet 月度考核表)

struct PeriodTotals {
    QDate from, to;
    int days = 0; ///< days with a row
    qint64 pv = 0, uv = 0, units = 0, paidBuyers = 0, paidUv = 0;
    core::Money sales;
    std::optional<double> dsr, bounceRate, refundDisputeRate, goodRatingRate; ///< averages over days with a value

    double conversion() const { return conversionRate(paidBuyers, uv); }
    core::Money aov() const { return averageOrderValue(sales, paidBuyers); }
    double visitDepth() const { return kpi::visitDepth(pv, uv); }
    double paidShare() const { return uv > 0 ? double(paidUv) / double(uv) : 0.0; }
    core::Money salesPerDay() const
    {
        return days > 0 ? core::Money::fromFen((sales.fen() + days / 2) / days) : core::Money();
    }
};

PeriodTotals totalsOf(const QList<DailyKpi> &rows);

} // namespace shopdesk::kpi
