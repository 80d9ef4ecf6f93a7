#pragma once

#include "shopdesk/kpi/KpiAnalysis.h"
#include "shopdesk/kpi/KpiImport.h"
#include "shopdesk/kpi/KpiReport.h"
#include "shopdesk/kpi/KpiRepository.h"
#include "shopdesk/kpi/ProfitService.h"

#include <shopdesk/core/Members.h>
#include <shopdesk/core/PromotionRepository.h>
#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QLoggingCategory>

#include <functional>
#include <optional>

namespace shopdesk::core {
class CsvFile;
class Database;
} // namespace shopdesk::core

namespace shopdesk::kpi {

/// The KPI workbench's logging category ("shopdesk.kpi"): errors a view or the CLI reports.
Q_DECLARE_LOGGING_CATEGORY(lcKpi)

/// One field of a day of the daily report that a form edits on its own.
enum class DayField { Pv, Uv, Sales, Units, PaidBuyers, PaidUv, Dsr, BounceRate, RefundDisputeRate, GoodRatingRate };

/// The count-like fields (PV, UV, units, buyers, paid UV, sales in fen) and the rates (DSR and the
/// three fractions, empty when not recorded).
bool isRateField(DayField field);
qint64 countOf(const DailyKpi &day, DayField field);
std::optional<double> rateOf(const DailyKpi &day, DayField field);
void setCount(DailyKpi &day, DayField field, qint64 value);
void setRate(DailyKpi &day, DayField field, std::optional<double> value);
/// The fields in which two rows of the same day differ.
QList<DayField> differingFields(const DailyKpi &a, const DailyKpi &b);

/// Two periods to compare for "why sales moved", with their labels.
struct Comparison {
    enum Kind { DayOnDay, WeekOnWeek, MonthOnMonth };
    QDate beforeFrom, beforeTo, afterFrom, afterTo;
    QString beforeLabel, afterLabel;
    /// Day on day: `day` against the one before; week on week: the 7 days ending `day` against the
    /// 7 before; month on month: the month of `day` against the one before.
    static Comparison ending(Kind kind, QDate day);
};

/// 回头率 before and after, for the decomposition.
struct RepeatComparison {
    core::RepeatFigures before, after;
};

/// Everything the targets view shows for a year.
struct TargetReview {
    QList<SalesTarget> stored;
    TargetInput input;
    TargetPlan plan;
    std::array<qint64, 4> quarterSoldFen { 0, 0, 0, 0 }; ///< sales so far per quarter (daily report)
    QMap<QString, core::Money> categorySold; ///< from the shop's orders, read only when a category has a target
    std::optional<ProgressPoint> progress; ///< up to the last day with figures
};

/// Planned conversion, AOV and visit depth from the last 90 days with figures.
struct PlanFigures {
    double conversion = 0.0;
    core::Money aov;
    double visitDepth = 0.0;
};

/// What the platform health lights show: the last 90 days and the checks over the whole history.
struct HealthReview {
    QList<DailyKpi> recent;
    QList<HealthCheck> checks;
};

/// The KPI workbench's one way into the shop: the views and the undo commands call these methods,
/// which reach the repositories. Every write is one call in one Transaction.
class KpiService {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::kpi::KpiService)
public:
    explicit KpiService(const core::Database &db)
        : mDb(db)
    {
    }

    // Reading
    /// The first and last day with figures (invalid when there is none).
    core::Result<QPair<QDate, QDate>> span() const;
    core::Result<QList<DailyKpi>> days(QDate from = {}, QDate to = {}) const;
    core::Result<std::optional<DailyKpi>> day(QDate day) const;
    core::Result<PeriodReport> report(
        QDate from, QDate to, const QString &label, ItemRanking ranking = ItemRanking::Included) const;
    /// The month's profit grouped `by`, beside the month before, with the stock value at cost.
    core::Result<ProfitReport> profit(int year, int month, ProfitGrouping by) const;
    core::Result<std::optional<CampaignDay>> campaign(QDate day, const QString &campaign) const;
    core::Result<Trend> trend(TrendMetric metric, QDate from, QDate to) const;
    core::Result<Pareto> itemPareto(QDate from, QDate to) const;
    core::Result<Decomposition> decompose(const Comparison &comparison) const;
    /// Repeat buyers (回头客) and 回头率 of the comparison's two periods, from the orders
    /// (KpiRepeat.cpp): shown beside the decomposition's three factors.
    core::Result<RepeatComparison> repeat(const Comparison &comparison) const;
    /// One row per month from `firstMonth`'s to `lastMonth`'s, oldest first.
    core::Result<QList<core::RepeatFigures>> repeatByMonth(QDate firstMonth, QDate lastMonth) const;
    core::Result<HealthReview> health() const;
    core::Result<QList<SalesTarget>> targets(int year) const;
    core::Result<std::optional<PlanFigures>> recentPlan() const;
    /// The year's targets broken down with the planned figures, and the sales so far.
    core::Result<TargetReview> reviewTargets(int year, double conversion, core::Money aov, double visitDepth) const;
    core::Result<QList<core::Promotion>> calendar(int year) const;
    /// The platforms' dates of the year (what the calendar shows when the shop's cannot be read).
    static QList<core::Promotion> platformDates(int year);
    /// What an import of the file would write (nothing is written).
    core::Result<KpiImportPlan> planImport(const core::CsvFile &csv) const;

    // Writing
    /// A day as the store enters it is checked: no more paid buyers than visitors.
    static core::Status checkDay(const DailyKpi &day);
    /// A day's figures entered over a stored day: an empty form (every figure zero, no rate) is
    /// refused, so a stored day is never zeroed by a Save on a blank form.
    static core::Status checkReplace(const std::optional<DailyKpi> &stored, const DailyKpi &entered);
    /// True when the day has no figure at all (what a blank form gives).
    static bool isEmptyDay(const DailyKpi &day);
    core::Status saveDays(const QList<DailyKpi> &rows);
    core::Status restoreDays(const QList<QPair<QDate, std::optional<DailyKpi>>> &days);
    /// Changes one field of a stored day (checked as a whole day), in one transaction.
    core::Status setDayCount(QDate day, DayField field, qint64 value);
    core::Status setDayRate(QDate day, DayField field, std::optional<double> value);
    core::Status saveCampaign(const CampaignDay &c);
    core::Status removeCampaign(QDate day, const QString &campaign);
    core::Status replaceTargets(int year, const QList<SalesTarget> &targets);
    /// Sets the year's (quarter 0) or a quarter's target; zero removes it.
    core::Status setTarget(int year, int quarter, core::Money sales);
    core::Status addPromotion(QDate day, const QString &name);
    core::Status removePromotion(QDate day, const QString &name);

private:
    core::Status changeDay(QDate day, const std::function<void(DailyKpi &)> &change);
    const core::Database &mDb;
};

} // namespace shopdesk::kpi
