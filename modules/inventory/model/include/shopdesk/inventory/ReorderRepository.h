#pragma once

#include <shopdesk/core/AvailableStockRepository.h>
#include <shopdesk/core/Money.h>
#include <shopdesk/core/PromotionRepository.h>
#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::inventory {

/// A main-push item (主推款) under its minimum stock.
struct ReorderLine {
    QString itemCode, itemTitle;
    qint64 onHand = 0;
    int minimum = 0;
    qint64 toOrder() const { return minimum - onHand; }
};

/// One SKU as the stock planning sees it: its stock (on hand, committed to paid orders, available),
/// what is on order (在途), its minimum (安全库存), its sales over the last 7 and 30 days and its
/// usual supplier.
struct SkuPlan {
    qint64 skuId = 0, itemId = 0;
    QString itemCode, itemTitle, category, color, size, barcode;
    bool onShelf = true, mainPush = false;
    core::SkuAvailability stock;
    qint64 inTransit = 0; ///< ordered on open purchase orders and not yet received
    int minimum = 0; ///< the SKU's own, else the item's, else (main items) the shop's default
    bool ownMinimum = false; ///< the SKU keeps a minimum of its own
    qint64 sold7 = 0, sold30 = 0; ///< pieces on orders paid in the last 7 / 30 days (today included)
    core::Money unitCost; ///< the SKU's cost, else the item's
    qint64 supplierId = 0; ///< 0: no supplier known
    QString supplierName;
    int leadDays = 0;
    QStringList otherSuppliers; ///< further suppliers of the item (hot items from two factories)

    qint64 available() const { return stock.available(); }
    /// Pieces a day (日均销量): the 30-day average, or the 7-day one when the item is selling faster now.
    double dailySales() const { return std::max(double(sold7) / 7.0, double(sold30) / 30.0); }
    /// Days the available stock lasts at dailySales() (可售天数); none when it does not sell.
    std::optional<double> daysOfCover() const;
};

/// The next promotion and how much it lifted sales last year: units sold on last year's same
/// promotion day over the average day of the 30 days before it (the KPI daily report's units
/// where it has them, else the order lines).
struct PromotionLift {
    core::Promotion promotion;
    QDate lastYearDay; ///< the same promotion a year before
    std::optional<double> factor; ///< none: the file has no figures of last year's promotion
    double extraDays() const { return factor ? std::max(0.0, *factor - 1.0) : 0.0; }
};

/// One SKU to reorder: enough for its minimum, the supplier's lead time and the promotion's lift,
/// less what is available and what is already on order.
struct ReorderSuggestion {
    SkuPlan sku;
    qint64 leadDemand = 0; ///< pieces sold during the lead time, at dailySales()
    qint64 promotionDemand = 0; ///< extra pieces the promotion is expected to sell
    qint64 quantity = 0; ///< suggested to order (补货)
};

/// A supplier's part of the reorder list, with the day the decision is due.
struct SupplierReorder {
    qint64 supplierId = 0; ///< 0: items without a supplier
    QString supplierName;
    int leadDays = 0;
    QDate decideBy; ///< a week before the promotion, or earlier when the lead time is longer; invalid without one
    QList<ReorderSuggestion> lines;
    qint64 pieces() const;
};

/// An item on shelf with some sizes sold out (断码): what is still available in each of its SKUs.
struct BrokenSizes {
    qint64 itemId = 0;
    QString itemCode, itemTitle;
    QStringList soldOut; ///< "浅蓝/31": the SKUs with nothing available
    QStringList inStock; ///< "浅蓝/30 (10)"
};

/// What the reorder view shows, read in one pass: the next promotion, the reorder list and 断码.
struct ReorderOverview {
    std::optional<PromotionLift> promotion;
    QList<SupplierReorder> list;
    QList<BrokenSizes> brokenSizes;
};

/// Reorder planning (补货): the warning before promotions (main-push items below their minimum;
/// the shop's promotion calendar, core::PromotionRepository, warns from three weeks before a
/// promotion, so the decision falls at least a week before it), and the reorder list per supplier
/// over every SKU, with the planning data it reads (SKU minimums, supplier lead times, an item's
/// suppliers). Main items keep a minimum (their own, default 30, at most 50).
class ReorderRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::ReorderRepository)
public:
    static constexpr int kDefaultMinimum = 30;
    static constexpr int kMaximumMinimum = 50;
    static constexpr int kWarnDaysAhead = 21;
    static constexpr int kDefaultLeadDays = 7;

    explicit ReorderRepository(const core::Database &db)
        : mDb(db)
    {
    }

    /// The calendar's promotions from `today` to kWarnDaysAhead days after it, soonest first.
    core::Result<QList<core::Promotion>> upcomingPromotions(QDate today) const;
    /// Main-push items whose stock is under their minimum.
    core::Result<QList<ReorderLine>> mainItemsBelowMinimum() const;

    /// Every SKU of the items not archived, by item code and SKU, as planned on `today`.
    core::Result<QList<SkuPlan>> skuPlans(QDate today) const;
    /// The next promotion within kWarnDaysAhead days and its lift last year; none when there is none.
    core::Result<std::optional<PromotionLift>> nextPromotion(QDate today) const;
    /// The reorder list on `today`: suggest() over skuPlans() and nextPromotion().
    core::Result<QList<SupplierReorder>> reorderList(QDate today) const;
    /// The promotion, the reorder list and 断码 on `today` from one skuPlans() and one nextPromotion().
    core::Result<ReorderOverview> overview(QDate today) const;
    /// The reorder list from plans: per SKU, target = minimum + lead-time demand + promotion demand
    /// (each rounded up to whole pieces), suggested = target − available − in transit when above 0.
    /// Suppliers by name, those without a supplier last; lines by item code and SKU.
    static QList<SupplierReorder> suggest(const QList<SkuPlan> &plans, const std::optional<PromotionLift> &promotion);
    /// One SKU's suggestion, as suggest() works it out (listed when its quantity is above 0).
    static ReorderSuggestion suggestionFor(const SkuPlan &plan, const std::optional<PromotionLift> &promotion);
    /// On-shelf items with at least one SKU sold out (nothing available) and one still in stock.
    core::Result<QList<BrokenSizes>> brokenSizes() const;
    /// The same list from plans already read (their stock and shelf state): no second pass over the ledger.
    static QList<BrokenSizes> brokenSizes(const QList<SkuPlan> &plans);

    /// A SKU's own minimum (none: the item's). One statement.
    core::Status setSkuMinimum(qint64 skuId, std::optional<int> minimum);
    core::Result<std::optional<int>> skuMinimum(qint64 skuId) const;
    core::Status setLeadDays(qint64 supplierId, int days);
    core::Result<int> leadDays(qint64 supplierId) const;
    /// Links a further supplier to an item (nothing when it is linked already).
    core::Status linkSupplier(qint64 itemId, qint64 supplierId);
    core::Status unlinkSupplier(qint64 itemId, qint64 supplierId);
    /// The suppliers of an item: its usual one first, then the others by name.
    core::Result<QList<qint64>> suppliersOf(qint64 itemId) const;

private:
    /// Units sold on `day` over the average of the 30 days before it; none without figures.
    core::Result<std::optional<double>> liftOn(QDate day) const;
    /// skuPlans(), each SKU's colour, size and barcode left empty unless `skuTexts`.
    core::Result<QList<SkuPlan>> plansOn(QDate today, bool skuTexts) const;
    /// Reads the colour, size and barcode of the plans' SKUs that the reorder list or the 断码
    /// list shows (plans from plansOn() without texts).
    core::Status readSkuTexts(QList<SkuPlan> &plans, const std::optional<PromotionLift> &promotion) const;
    const core::Database &mDb;
};

} // namespace shopdesk::inventory
