#include "shopdesk/service/Facts.h"
#include "shopdesk/service/ReplyRepository.h"
#include "shopdesk/service/Revisits.h"

#include <shopdesk/core/Records.h>
#include <shopdesk/core/SqlQuery.h>

#include <functional>

namespace shopdesk::service {

using core::Error;
using core::SqlQuery;
using core::Status;

namespace {
/// A revisit's order, in this order, for dueOf().
const QString kDueColumns = QStringLiteral("o.order_no, COALESCE(b.nick, ''), o.shipped_at, o.id, "
                                           "COALESCE(o.buyer_id, 0) FROM orders o LEFT JOIN buyers b ON b.id = "
                                           "o.buyer_id");

RevisitDue dueOf(const SqlQuery &q)
{
    RevisitDue r;
    r.orderNo = q.value(0).toString();
    r.buyerNick = q.value(1).toString();
    r.shippedAt = q.value(2).toString();
    r.shippedOn = core::fromDbTime(r.shippedAt).date();
    r.orderId = q.value(3).toLongLong();
    r.buyerId = q.value(4).toLongLong();
    return r;
}
} // namespace

core::Result<QList<RevisitDue>> RevisitRepository::shipped(QDate first, QDate last) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT %1 WHERE o.status IN ('shipped', 'finished') AND o.shipped_at >= :from AND "
                       "o.shipped_at < :to ORDER BY o.shipped_at, o.id")
            .arg(kDueColumns));
    q.bind({ { QStringLiteral(":from"), core::toDbDate(first) },
        { QStringLiteral(":to"), core::toDbDate(last.addDays(1)) } });
    if (Status s = q.run(); !s)
        return s.error();
    QList<RevisitDue> out;
    while (q.next())
        out.append(dueOf(q));
    return out;
}

core::Result<qint64> RevisitRepository::countShipped(QDate first, QDate last) const
{
    // From the index orders_shipped (status, shipped_at, id) alone.
    SqlQuery q(mDb,
        QStringLiteral("SELECT count(*) FROM orders o WHERE o.status IN ('shipped', 'finished') AND o.shipped_at >= "
                       ":from AND o.shipped_at < :to"));
    q.bind({ { QStringLiteral(":from"), core::toDbDate(first) },
        { QStringLiteral(":to"), core::toDbDate(last.addDays(1)) } });
    if (Status s = q.run(); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

core::Result<QList<RevisitDue>> RevisitRepository::shippedWindow(
    QDate first, QDate last, qint64 offset, int limit, const RevisitDue *after) const
{
    // Keyset after the last row held (dispatch time, then id); an offset only for a jump.
    SqlQuery q(mDb,
        after ? QStringLiteral("SELECT %1 WHERE o.status IN ('shipped', 'finished') AND o.shipped_at >= :from AND "
                               "o.shipped_at < :to AND (o.shipped_at > :at OR (o.shipped_at = :at2 AND o.id > :id)) "
                               "ORDER BY o.shipped_at, o.id LIMIT :limit OFFSET :offset")
                    .arg(kDueColumns)
              : QStringLiteral("SELECT %1 WHERE o.status IN ('shipped', 'finished') AND o.shipped_at >= :from AND "
                               "o.shipped_at < :to ORDER BY o.shipped_at, o.id LIMIT :limit OFFSET :offset")
                    .arg(kDueColumns));
    q.bind({ { QStringLiteral(":from"), core::toDbDate(first) },
        { QStringLiteral(":to"), core::toDbDate(last.addDays(1)) }, { QStringLiteral(":limit"), limit },
        { QStringLiteral(":offset"), after ? 0 : offset } });
    if (after)
        q.bind({ { QStringLiteral(":at"), after->shippedAt }, { QStringLiteral(":at2"), after->shippedAt },
            { QStringLiteral(":id"), after->orderId } });
    if (Status s = q.run(); !s)
        return s.error();
    QList<RevisitDue> out;
    while (q.next())
        out.append(dueOf(q));
    return out;
}

core::Result<QHash<qint64, core::Money>> RevisitRepository::spendOf(const QList<qint64> &buyerIds) const
{
    // As core::MemberRepository::standingOf, for a window's buyers at once (buyers_orders_cover).
    QHash<qint64, core::Money> out;
    if (buyerIds.isEmpty())
        return out;
    QStringList names;
    for (qsizetype i = 0; i < buyerIds.size(); ++i)
        names << QStringLiteral(":b%1").arg(i);
    SqlQuery q(mDb,
        QStringLiteral("SELECT o.buyer_id, COALESCE(SUM(o.total_fen), 0) FROM orders o WHERE o.buyer_id IN (%1) AND "
                       "o.status IN ('paid', 'shipped', 'finished') GROUP BY o.buyer_id")
            .arg(names.join(QStringLiteral(", "))));
    for (qsizetype i = 0; i < buyerIds.size(); ++i)
        q.bind(names.at(i), buyerIds.at(i));
    if (Status s = q.run(); !s)
        return s.error();
    while (q.next())
        out.insert(q.value(0).toLongLong(), core::Money::fromFen(q.value(1).toLongLong()));
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

int Revisits::daysOf(const core::Database &db, int days)
{
    if (days <= 0)
        days = core::ShopSettings(db).get(kDaysSetting);
    return days > 0 ? days : kDaysSetting.fallback;
}

namespace {
/// The span of dispatch days whose revisits are due from `today` − kWindowDays + 1 to `today`.
std::pair<QDate, QDate> spanOf(QDate today, int days)
{
    return { today.addDays(-days - Revisits::kWindowDays + 1), today.addDays(-days) };
}

/// The revisit reply the shop uses.
core::Result<Reply> revisitReply(const core::Database &db)
{
    const QString code = core::ShopSettings(db).get(Revisits::kReplySetting);
    auto reply = ReplyRepository(db).byCode(code);
    if (!reply)
        return reply.error();
    if (!*reply)
        return Error { Revisits::tr("The library has no reply with the code %1.").arg(code) };
    return **reply;
}

/// Fills each order's due day, message and tier: `facts` by order number (an order missing there
/// is read alone: its own reading says why), `spend` by buyer.
core::Result<QList<RevisitDue>> filled(const core::Database &db, QList<RevisitDue> orders, int days, const Reply &reply,
    QHash<QString, Facts> facts, const std::function<std::optional<core::Money>(const RevisitDue &)> &spend)
{
    const core::MemberThresholds thresholds = core::Members::thresholds(core::ShopSettings(db));
    for (RevisitDue &r : orders) {
        r.dueOn = r.shippedOn.addDays(days);
        auto f = facts.constFind(r.orderNo);
        if (f == facts.cend()) {
            auto one = FactsRepository(db).forOrder(r.orderNo);
            if (!one)
                return one.error();
            f = facts.insert(r.orderNo, *one);
        }
        r.message = ReplyFiller::fill(reply.body, *f);
        if (!r.buyerNick.isEmpty())
            if (const auto m = spend(r))
                r.tier = core::Members::tierFor(*m, thresholds);
    }
    return orders;
}
} // namespace

core::Result<QList<RevisitDue>> Revisits::due(const core::Database &db, QDate today, int days)
{
    days = daysOf(db, days);
    const auto [first, last] = spanOf(today, days);
    auto orders = RevisitRepository(db).shipped(first, last);
    if (!orders)
        return orders.error();
    if (orders->isEmpty())
        return QList<RevisitDue>();
    auto reply = revisitReply(db);
    if (!reply)
        return reply.error();
    // The facts and the buyers' spend of the whole span at once, not a few queries per order.
    auto facts = FactsRepository(db).forShipped(first, last);
    if (!facts)
        return facts.error();
    auto spend = RevisitRepository(db).spendOfShippedBuyers(first, last);
    if (!spend)
        return spend.error();
    return filled(db, *orders, days, *reply, *facts, [&](const RevisitDue &r) -> std::optional<core::Money> {
        if (const auto m = spend->constFind(r.buyerNick.trimmed()); m != spend->cend())
            return *m;
        return std::nullopt;
    });
}

core::Result<qint64> Revisits::count(const core::Database &db, QDate today, int days)
{
    const auto [first, last] = spanOf(today, daysOf(db, days));
    return RevisitRepository(db).countShipped(first, last);
}

core::Result<QList<RevisitDue>> Revisits::window(
    const core::Database &db, QDate today, int days, qint64 offset, int limit, const RevisitDue *after)
{
    days = daysOf(db, days);
    const auto [first, last] = spanOf(today, days);
    const RevisitRepository repo(db);
    auto orders = repo.shippedWindow(first, last, offset, limit, after);
    if (!orders)
        return orders.error();
    if (orders->isEmpty())
        return QList<RevisitDue>();
    auto reply = revisitReply(db);
    if (!reply)
        return reply.error();
    QList<qint64> orderIds, buyerIds;
    for (const RevisitDue &r : std::as_const(*orders)) {
        orderIds << r.orderId;
        if (r.buyerId && !buyerIds.contains(r.buyerId))
            buyerIds << r.buyerId;
    }
    auto facts = FactsRepository(db).forOrders(orderIds);
    if (!facts)
        return facts.error();
    auto spend = repo.spendOf(buyerIds);
    if (!spend)
        return spend.error();
    return filled(db, *orders, days, *reply, *facts, [&](const RevisitDue &r) -> std::optional<core::Money> {
        // A buyer with no paid order has spent nothing (spendOfShippedBuyers gives them ¥0).
        return spend->value(r.buyerId, core::Money());
    });
}

} // namespace shopdesk::service
