#pragma once

#include <shopdesk/core/PromotionRepository.h>
#include <shopdesk/core/Result.h>

#include <QDate>
#include <QList>

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

/// Reorder warnings before promotions: main-push items keep a minimum (their own, default 30,
/// at most 50); the shop's promotion calendar (core::PromotionRepository: the platforms' dates and
/// the store's own, entered in the KPI panel) warns from three weeks before a promotion, so the
/// decision falls at least a week before it.
class ReorderRepository {
public:
    static constexpr int kDefaultMinimum = 30;
    static constexpr int kMaximumMinimum = 50;
    static constexpr int kWarnDaysAhead = 21;

    explicit ReorderRepository(const core::Database &db)
        : mDb(db)
    {
    }

    /// The calendar's promotions from `today` to kWarnDaysAhead days after it, soonest first.
    core::Result<QList<core::Promotion>> upcomingPromotions(QDate today) const;
    /// Main-push items whose stock is under their minimum.
    core::Result<QList<ReorderLine>> mainItemsBelowMinimum() const;

private:
    const core::Database &mDb;
};

} // namespace shopdesk::inventory
