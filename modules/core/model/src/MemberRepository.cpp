#include "shopdesk/core/Members.h"
#include "shopdesk/core/Records.h"
#include "shopdesk/core/SqlQuery.h"

namespace shopdesk::core {

namespace {
std::optional<MemberStanding> noStanding() { return std::nullopt; }
} // namespace

Result<std::optional<MemberStanding>> MemberRepository::standingOf(const QString &nick) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT b.nick, b.loyal, COUNT(o.id), COALESCE(SUM(o.total_fen), 0) FROM buyers b "
                       "LEFT JOIN orders o ON o.buyer_id = b.id AND o.status IN ('paid', 'shipped', 'finished') "
                       "WHERE b.nick = :nick GROUP BY b.id, b.nick, b.loyal"));
    q.bind(QStringLiteral(":nick"), nick.trimmed());
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return noStanding();
    MemberStanding m;
    m.nick = q.value(0).toString();
    m.loyal = q.value(1).toInt() != 0;
    m.orders = q.value(2).toInt();
    m.spend = Money::fromFen(q.value(3).toLongLong());
    const MemberThresholds t = Members::thresholds(ShopSettings(mDb));
    m.tier = Members::tierFor(m.spend, t);
    if (auto next = t.nextAbove(m.tier))
        m.toNextTier = *next - m.spend;
    return std::optional<MemberStanding>(m);
}

Result<RepeatFigures> MemberRepository::repeatIn(QDate first, QDate last) const
{
    RepeatFigures r;
    r.first = first;
    r.last = last;
    if (!first.isValid() || !last.isValid() || last < first)
        return r;
    // Buyers who paid in the period, and of them those with an earlier paid order or two in it.
    // The period's orders come from the index on (paid_at, status, total_fen, buyer_id) alone: the
    // status test is written on (status || '') so that the planner does not take the queue's
    // index on (status, paid_at, id) and read every order's row for its buyer; an earlier order is
    // one seek per buyer into (buyer_id, status, paid_at, …), not one per status.
    SqlQuery q(mDb,
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN t.n >= 2 OR EXISTS (SELECT 1 FROM orders p "
                       "WHERE p.buyer_id = t.buyer_id AND p.paid_at < :before "
                       "AND (p.status || '') IN ('paid', 'shipped', 'finished')) THEN 1 ELSE 0 END), 0) "
                       "FROM (SELECT buyer_id, COUNT(*) AS n FROM orders WHERE buyer_id IS NOT NULL "
                       "AND (status || '') IN ('paid', 'shipped', 'finished') AND paid_at >= :from AND paid_at < :to "
                       "GROUP BY buyer_id) t"));
    q.bind({ { QStringLiteral(":before"), toDbDate(first) }, { QStringLiteral(":from"), toDbDate(first) },
        { QStringLiteral(":to"), toDbDate(last.addDays(1)) } });
    if (Status s = q.run(); !s)
        return s.error();
    if (q.next()) {
        r.buyers = q.value(0).toLongLong();
        r.repeatBuyers = q.value(1).toLongLong();
    }
    return r;
}

Result<QList<RepeatFigures>> MemberRepository::repeatByMonth(QDate firstMonth, QDate lastMonth) const
{
    QList<RepeatFigures> out;
    if (!firstMonth.isValid() || !lastMonth.isValid())
        return out;
    for (QDate m(firstMonth.year(), firstMonth.month(), 1); m <= lastMonth; m = m.addMonths(1)) {
        auto r = repeatIn(m, m.addMonths(1).addDays(-1));
        if (!r)
            return r.error();
        out.append(*r);
    }
    return out;
}

} // namespace shopdesk::core
