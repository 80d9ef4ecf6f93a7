#include "shopdesk/service/Facts.h"
#include "shopdesk/service/ReplyRepository.h"
#include "shopdesk/service/Revisits.h"

#include <shopdesk/core/Records.h>
#include <shopdesk/core/SqlQuery.h>

namespace shopdesk::service {

using core::Error;
using core::SqlQuery;
using core::Status;

core::Result<QList<RevisitDue>> RevisitRepository::shipped(QDate first, QDate last) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT o.order_no, COALESCE(b.nick, ''), o.shipped_at FROM orders o "
                       "LEFT JOIN buyers b ON b.id = o.buyer_id WHERE o.status IN ('shipped', 'finished') "
                       "AND o.shipped_at >= :from AND o.shipped_at < :to ORDER BY o.shipped_at, o.id"));
    q.bind({ { QStringLiteral(":from"), core::toDbDate(first) },
        { QStringLiteral(":to"), core::toDbDate(last.addDays(1)) } });
    if (Status s = q.run(); !s)
        return s.error();
    QList<RevisitDue> out;
    while (q.next()) {
        RevisitDue r;
        r.orderNo = q.value(0).toString();
        r.buyerNick = q.value(1).toString();
        r.shippedOn = core::fromDbTime(q.value(2).toString()).date();
        out.append(r);
    }
    return out;
}

core::Result<QHash<QString, core::Money>> RevisitRepository::spendOfShippedBuyers(QDate first, QDate last) const
{
    // As core::MemberRepository::standingOf, for every buyer of the span at once.
    SqlQuery q(mDb,
        QStringLiteral("SELECT b.nick, COALESCE(SUM(o.total_fen), 0) FROM buyers b "
                       "LEFT JOIN orders o ON o.buyer_id = b.id AND o.status IN ('paid', 'shipped', 'finished') "
                       "WHERE b.id IN (SELECT d.buyer_id FROM orders d WHERE d.status IN ('shipped', 'finished') "
                       "AND d.shipped_at >= :from AND d.shipped_at < :to) GROUP BY b.id, b.nick"));
    q.bind({ { QStringLiteral(":from"), core::toDbDate(first) },
        { QStringLiteral(":to"), core::toDbDate(last.addDays(1)) } });
    if (Status s = q.run(); !s)
        return s.error();
    QHash<QString, core::Money> out;
    while (q.next())
        out.insert(q.value(0).toString(), core::Money::fromFen(q.value(1).toLongLong()));
    return out;
}

core::Result<QList<RevisitDue>> Revisits::due(const core::Database &db, QDate today, int days)
{
    if (days <= 0)
        days = core::ShopSettings(db).get(kDaysSetting);
    if (days <= 0)
        days = kDaysSetting.fallback;
    const QDate first = today.addDays(-days - kWindowDays + 1), last = today.addDays(-days);
    auto orders = RevisitRepository(db).shipped(first, last);
    if (!orders)
        return orders.error();
    QList<RevisitDue> out;
    if (orders->isEmpty())
        return out;
    const QString code = core::ShopSettings(db).get(kReplySetting);
    auto reply = ReplyRepository(db).byCode(code);
    if (!reply)
        return reply.error();
    if (!*reply)
        return Error { tr("The library has no reply with the code %1.").arg(code) };
    // The facts and the buyers' spend of the whole span at once, not a few queries per order.
    auto facts = FactsRepository(db).forShipped(first, last);
    if (!facts)
        return facts.error();
    auto spend = RevisitRepository(db).spendOfShippedBuyers(first, last);
    if (!spend)
        return spend.error();
    const core::MemberThresholds thresholds = core::Members::thresholds(core::ShopSettings(db));
    for (RevisitDue r : *orders) {
        r.dueOn = r.shippedOn.addDays(days);
        auto f = facts->constFind(r.orderNo);
        if (f == facts->cend()) { // not in the span after all: the order's own reading says why
            auto one = FactsRepository(db).forOrder(r.orderNo);
            if (!one)
                return one.error();
            f = facts->insert(r.orderNo, *one);
        }
        r.message = ReplyFiller::fill((*reply)->body, *f);
        if (!r.buyerNick.isEmpty())
            if (const auto m = spend->constFind(r.buyerNick.trimmed()); m != spend->cend())
                r.tier = core::Members::tierFor(*m, thresholds);
        out.append(r);
    }
    return out;
}

} // namespace shopdesk::service
