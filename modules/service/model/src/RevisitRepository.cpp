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

core::Result<QList<RevisitDue>> Revisits::due(const core::Database &db, QDate today, int days)
{
    if (days <= 0)
        days = core::ShopSettings(db).get(kDaysSetting);
    if (days <= 0)
        days = kDaysSetting.fallback;
    auto orders = RevisitRepository(db).shipped(today.addDays(-days - kWindowDays + 1), today.addDays(-days));
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
    FactsRepository facts(db);
    const core::MemberRepository members(db);
    for (RevisitDue r : *orders) {
        r.dueOn = r.shippedOn.addDays(days);
        auto f = facts.forOrder(r.orderNo);
        if (!f)
            return f.error();
        r.message = ReplyFiller::fill((*reply)->body, *f);
        if (!r.buyerNick.isEmpty())
            if (auto m = members.standingOf(r.buyerNick); m && *m)
                r.tier = (*m)->tier;
        out.append(r);
    }
    return out;
}

} // namespace shopdesk::service
