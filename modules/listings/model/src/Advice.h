#pragma once

#include <shopdesk/core/Money.h>
#include <shopdesk/core/Pareto.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/core/ShopSettings.h>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shopdesk::listings {

/// What the advice needs to know about an item.
struct AdviceItem {
    core::Item item;
    qint64 onHand = 0; ///< all SKUs together
    int skusInStock = 0; ///< SKUs with on-hand > 0
    std::optional<QDate> lastSale; ///< the day of its last paid order line
    QDateTime cycleEnd; ///< its next relist (the end of its 7-day cycle)
    /// Available (可用库存: on hand less paid orders not yet shipped), all SKUs together.
    qint64 available = 0;
    int skusAvailable = 0; ///< SKUs with something available
    QStringList soldOutSizes; ///< "浅蓝/31": SKUs with nothing available (断码 when others have some)
};

struct AdviceOptions {
    static inline const core::Setting<int> kShowcaseSlotsSetting { QStringLiteral("listings.showcase_slots"), 10 };
    static inline const core::Setting<int> kMainMinimumSetting { QStringLiteral("listings.main_minimum"), 30 };
    QDate today = QDate::currentDate();
    int noSaleDays = 30; ///< delist after this many days without a sale
    int showcaseSlots = kShowcaseSlotsSetting.fallback; ///< 橱窗推荐 slots the shop has
    /// Main items keep at least this many pieces (an item's own minimum wins).
    int mainMinimum = kMainMinimumSetting.fallback;
};

struct AdviceRow {
    enum class Kind { TakeOff, Showcase, Reorder, PutOnShelf, SoldOutSizes };
    enum class Reason {
        NoStock,
        NoSale,
        NeverSold,
        OutOfSeason,
        NearCycleEnd,
        BelowMinimum,
        OffShelfInStock,
        BrokenSizes
    };
    Kind kind = Kind::TakeOff;
    Reason reason = Reason::NoStock;
    core::Item item;
    qint64 onHand = 0;
    QString detail; ///< translated reason with its figures
    qint64 available = 0; ///< the item's available stock, beside on hand

    static QString kindText(Kind kind);
    static QString kindCode(Kind kind); ///< takeoff | showcase | reorder | puton | sizes (CLI / CSV)
};

/// The store manager's to-do list (shared/DOMAIN.md): take off shelf what is out of stock in every
/// SKU, has not sold in 30 days or is out of season; give the showcase slots to main items in stock
/// nearest the end of their cycle; reorder main items below their minimum; put back on shelf what is
/// off shelf with stock available (保证所有有货商品都是在线销售状态), unless out of season; mark the
/// sold-out sizes (断码) of items on shelf that still have others.
class Advisor {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::listings::Advisor)
public:
    static QList<AdviceRow> advise(const QList<AdviceItem> &items, const AdviceOptions &options);
};

// Sales per item and the 80/20 ranking are core's, the same the KPI workbench shows.
using core::ItemSales;
using core::ParetoRow;

} // namespace shopdesk::listings
