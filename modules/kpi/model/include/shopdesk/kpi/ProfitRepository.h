#pragma once

#include <shopdesk/core/Money.h>
#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::kpi {

/// How a profit report groups its order lines.
enum class ProfitGrouping { Month, Item, Category, Day };

/// The sums of a group of order lines, as SQL gives them (fen; freight shares unrounded).
struct ProfitSums {
    QString key; ///< item code, category, day (yyyy-MM-dd) or '' for the whole span
    QString title; ///< the item's title (item grouping)
    qint64 lines = 0, units = 0;
    qint64 salesFen = 0; ///< Σ quantity × price paid
    qint64 refundFen = 0; ///< pieces returned (intact or damaged) × price paid
    qint64 costFen = 0; ///< pieces the buyers kept or that came back damaged × the cost at the time of sale
    double freightFen = 0; ///< each order's freight shared by its lines' sales
    qint64 uncostedUnits = 0; ///< units of lines without a cost (no SKU, or a SKU costing 0)
    /// The same sums over the lines with a cost only (for the measured margin).
    qint64 costedSalesFen = 0, costedRefundFen = 0, costedCostFen = 0;
    double costedFreightFen = 0;
};

/// One category's stock at cost at two moments.
struct CategoryValue {
    QString category;
    qint64 openingUnits = 0, closingUnits = 0;
    core::Money opening, closing;
    core::Money change() const { return closing - opening; }
};

/// The SQL behind profit (毛利 / 利润) and stock value (库存金额): paid orders' lines with the SKU's cost
/// at the time of payment (core::CostHistoryRepository), the order's freight (the courier's bill when it was
/// checked, else the estimate from the price table made at packing) and what came back.
class ProfitRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::kpi::ProfitRepository)
public:
    explicit ProfitRepository(const core::Database &db)
        : mDb(db)
    {
    }

    /// Lines of orders paid in [from, to] (not unpaid, not closed), grouped.
    core::Result<QList<ProfitSums>> sums(QDate from, QDate to, ProfitGrouping by) const;
    /// How valueByCategory reads the ledger rows since `before`: per SKU through its index, or all
    /// of them at once through the time index. Both give the same figures; Auto takes the second
    /// when those rows are under a quarter of the ledger (a recent month).
    enum class StockValueReading { Auto, SkuBySku, RowsSince };
    /// Stock on hand at cost per category at the end of `before` and at the end of `last`.
    core::Result<QList<CategoryValue>> valueByCategory(
        QDate before, QDate last, StockValueReading reading = StockValueReading::Auto) const;

private:
    const core::Database &mDb;
};

} // namespace shopdesk::kpi
