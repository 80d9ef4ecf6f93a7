#pragma once

#include <shopdesk/core/Money.h>
#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QPair>

#include <optional>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::kpi {

/// One row of the daily report (日报表) as entered or imported. Derived figures (conversion,
/// average order value, visit depth) are computed from these, never stored.
struct DailyKpi {
    QDate day;
    qint64 pv = 0; ///< 浏览量
    qint64 uv = 0; ///< 访客数
    core::Money sales; ///< 销售额
    qint64 units = 0; ///< 成交件数
    qint64 paidBuyers = 0; ///< 支付买家数
    qint64 paidUv = 0; ///< visitors from paid traffic
    std::optional<double> dsr, bounceRate, refundDisputeRate, goodRatingRate;

    /// paid buyers / UV (0 when there were no visitors)
    double conversion() const { return uv > 0 ? double(paidBuyers) / double(uv) : 0.0; }
    /// sales / paid buyers
    core::Money averageOrderValue() const
    {
        return paidBuyers > 0 ? core::Money::fromFen((sales.fen() + paidBuyers / 2) / paidBuyers) : core::Money();
    }
    /// PV / UV
    double visitDepth() const { return uv > 0 ? double(pv) / double(uv) : 0.0; }
};

/// One campaign's paid traffic on one day (直通车 / 钻展 / 淘宝客).
struct CampaignDay {
    QDate day;
    QString campaign;
    QString channel = QStringLiteral("ztc"); ///< ztc 直通车 | zuanzhan 钻展 | taobaoke 淘宝客
    core::Money spend;
    qint64 paidUv = 0;
    core::Money sales; ///< attributed sales
};

/// A campaign's sums over a span of days.
struct CampaignTotals {
    QString campaign, channel;
    core::Money spend, sales;
    qint64 paidUv = 0;
};

/// Sales, units and paid buyers computed from the shop's own orders for one day.
struct OrderDay {
    QDate day;
    core::Money sales;
    qint64 units = 0;
    qint64 buyers = 0;
    qint64 orders = 0;
};

/// One stored target: quarter 0 = the year, category empty = every category.
struct SalesTarget {
    int year = 0;
    int quarter = 0;
    QString category;
    core::Money sales;
};

/// Sums of daily rows computed in SQL (see KpiAnalysis.h PeriodTotals).
struct PeriodTotals;

/// The daily KPI rows.
class KpiRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::kpi::KpiRepository)
public:
    explicit KpiRepository(const core::Database &db)
        : mDb(db)
    {
    }

    /// Adds the day or replaces its figures.
    core::Status save(const DailyKpi &row);
    /// Days in [from, to], oldest first; invalid dates leave that end open.
    core::Result<QList<DailyKpi>> range(QDate from = {}, QDate to = {}) const;
    core::Result<std::optional<DailyKpi>> dayRow(QDate day) const;
    /// Removes the day's row (nothing when there is none).
    core::Status remove(QDate day);
    /// Saves every row in one transaction: all or nothing.
    core::Status saveAll(const QList<DailyKpi> &rows);
    /// Restores days to what they were: a row puts it back, an empty optional removes the day.
    core::Status restore(const QList<QPair<QDate, std::optional<DailyKpi>>> &days);
    /// The first and last day with a row (invalid when there is none).
    core::Result<QPair<QDate, QDate>> span() const;

    /// Sums and averages of the days in [from, to], aggregated in SQL.
    core::Result<PeriodTotals> totals(QDate from, QDate to) const;
    /// Paid orders (paid, shipped, finished) by the day they were paid, in [from, to].
    core::Result<QList<OrderDay>> ordersByDay(QDate from, QDate to) const;
    /// Sales of paid orders' lines per item category in [from, to] (lines not matched to a SKU are left out).
    core::Result<QMap<QString, core::Money>> categorySales(QDate from, QDate to) const;

    core::Status saveCampaign(const CampaignDay &c);
    core::Status removeCampaign(QDate day, const QString &campaign);
    core::Result<QList<CampaignDay>> campaignDays(QDate from, QDate to) const;
    core::Result<QList<CampaignTotals>> campaignTotals(QDate from, QDate to) const;

    /// Sets a target (a zero amount removes it).
    core::Status setTarget(const SalesTarget &t);
    core::Result<QList<SalesTarget>> targets(int year) const;
    /// Replaces every target of the year with `targets`, in one transaction.
    core::Status replaceTargets(int year, const QList<SalesTarget> &targets);

    // The store's own promotion dates are core::PromotionRepository's (the reorder warning reads them too).

private:
    const core::Database &mDb;
};

} // namespace shopdesk::kpi
