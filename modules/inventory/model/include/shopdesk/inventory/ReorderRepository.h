#pragma once

#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::inventory {

/// A promotion on the calendar.
struct Promotion {
    QDate day;
    QString name; ///< translated for the fixed ones, the store's own words otherwise
};

/// A main-push item (主推款) under its minimum stock.
struct ReorderLine {
    QString itemCode, itemTitle;
    qint64 onHand = 0;
    int minimum = 0;
    qint64 toOrder() const { return minimum - onHand; }
};

/// Reorder warnings before promotions: main-push items keep a minimum (their own, default 30,
/// at most 50); the promotion calendar (520, 618, 双11, 双12, New Year and the store's own) warns
/// from three weeks before a promotion, so the decision falls at least a week before it.
class ReorderRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::ReorderRepository)
public:
    static constexpr int kDefaultMinimum = 30;
    static constexpr int kMaximumMinimum = 50;
    static constexpr int kWarnDaysAhead = 21;
    /// Shop setting: the store's own promotions, "MM-DD name" or "yyyy-MM-dd name", one per line.
    static inline const QString kOwnPromotionsSetting = QStringLiteral("inventory.promotions");

    explicit ReorderRepository(const core::Database &db)
        : mDb(db)
    {
    }

    /// The fixed calendar and `own` ("MM-DD name" / "yyyy-MM-dd name" lines) from `from` on,
    /// within `days` days, soonest first.
    static QList<Promotion> upcoming(QDate from, int days, const QString &own = {});

    /// Promotions within kWarnDaysAhead of `today`, with the store's own from the shop settings.
    core::Result<QList<Promotion>> upcomingPromotions(QDate today) const;
    /// Main-push items whose stock is under their minimum.
    core::Result<QList<ReorderLine>> mainItemsBelowMinimum() const;

private:
    const core::Database &mDb;
};

} // namespace shopdesk::inventory
