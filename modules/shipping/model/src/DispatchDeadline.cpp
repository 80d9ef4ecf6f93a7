#include "shopdesk/shipping/DispatchDeadline.h"

namespace shopdesk::shipping {

QDateTime DispatchDeadline::mustLeave(const QDateTime &paidAt, const QSet<QDate> &promotionDays)
{
    if (!paidAt.isValid())
        return {};
    if (promotionDays.contains(paidAt.date()))
        return paidAt.addSecs(qint64(kPromotionHours) * 3600);
    // Paid before 16:00: it leaves that same day (by its end), sooner than 24 h would give.
    if (paidAt.time() < QTime(kSameDayBeforeHour, 0))
        return QDateTime(paidAt.date(), QTime(23, 59, 59), paidAt.timeSpec());
    return paidAt.addSecs(qint64(kHours) * 3600);
}

DispatchDeadline::Urgency DispatchDeadline::urgency(const QDateTime &deadline, const QDateTime &now)
{
    if (!deadline.isValid())
        return Urgency::Later;
    if (deadline < now)
        return Urgency::Overdue;
    if (deadline.date() == now.date())
        return Urgency::Today;
    return Urgency::Later;
}

QString DispatchDeadline::urgencyCode(Urgency u)
{
    switch (u) {
    case Urgency::Overdue:
        return QStringLiteral("overdue");
    case Urgency::Today:
        return QStringLiteral("today");
    case Urgency::Later:
        break;
    }
    return QStringLiteral("later");
}

} // namespace shopdesk::shipping
