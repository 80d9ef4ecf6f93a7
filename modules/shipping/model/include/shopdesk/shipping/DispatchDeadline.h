#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>

namespace shopdesk::shipping {

/// When a paid order must leave the warehouse (shared/DOMAIN.md, 发货): within 24 h of payment; an
/// order paid before 16:00 leaves the same day; on a promotion day (the platforms' dates and the
/// store's own, PromotionRepository) within 48 h of payment instead.
class DispatchDeadline {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::DispatchDeadline)
public:
    static constexpr int kHours = 24;
    static constexpr int kPromotionHours = 48;
    static constexpr int kSameDayBeforeHour = 16;

    /// The time the order paid at `paidAt` must leave by; invalid for an order not paid.
    /// `promotionDays`: the promotion dates (an order paid on one has 48 h).
    static QDateTime mustLeave(const QDateTime &paidAt, const QSet<QDate> &promotionDays = {});

    enum class Urgency {
        Later, ///< leaves on a later day
        Today, ///< must leave today
        Overdue, ///< should have left already
    };
    static Urgency urgency(const QDateTime &deadline, const QDateTime &now);
    /// "overdue", "today", "later": for the queue's filter.
    static QString urgencyCode(Urgency u);
};

} // namespace shopdesk::shipping
