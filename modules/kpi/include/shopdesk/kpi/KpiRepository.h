#pragma once

#include <shopdesk/core/Money.h>
#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::kpi {

/// One row of the daily report (日报表) as entered or imported. Derived figures (conversion,
/// average order value, visit depth) are computed from these, never stored.
struct DailyKpi {
    QDate day;
    qint64 pv = 0;          ///< 浏览量
    qint64 uv = 0;          ///< 访客数
    core::Money sales;      ///< 销售额
    qint64 units = 0;       ///< 成交件数
    qint64 paidBuyers = 0;  ///< 支付买家数
    qint64 paidUv = 0;      ///< visitors from paid traffic
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

/// The daily KPI rows.
class KpiRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::kpi::KpiRepository)
public:
    explicit KpiRepository(const core::Database &db) : mDb(db) {}

    /// Adds the day or replaces its figures.
    core::Status save(const DailyKpi &row);
    /// Days in [from, to], oldest first; invalid dates leave that end open.
    core::Result<QList<DailyKpi>> range(QDate from = {}, QDate to = {}) const;

private:
    const core::Database &mDb;
};

} // namespace shopdesk::kpi
