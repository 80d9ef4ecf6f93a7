#include "shopdesk/core/Members.h"
#include "shopdesk/core/Records.h"
#include "shopdesk/core/SqlQuery.h"
#include "shopdesk/core/Transaction.h"

#include <QHash>

namespace shopdesk::core {

namespace {
std::optional<MemberStanding> noStanding() { return std::nullopt; }

/// A month's key in repeat_months: yyyy-MM.
QString monthKey(QDate month) { return month.toString(QStringLiteral("yyyy-MM")); }

/// The first days of the calendar months from `firstMonth`'s to `lastMonth`'s.
QList<QDate> monthsOf(QDate firstMonth, QDate lastMonth)
{
    QList<QDate> out;
    if (!firstMonth.isValid() || !lastMonth.isValid())
        return out;
    for (QDate m(firstMonth.year(), firstMonth.month(), 1); m <= lastMonth; m = m.addMonths(1))
        out << m;
    return out;
}

/// The kept months of `months` and the month from which on kept rows are out of date: the
/// month of the earliest payment among the orders past the bookmark (its yyyy-MM; "" when one
/// has an empty payment time, every month then; none when no order is past the bookmark).
struct KeptMonths {
    QHash<QString, std::pair<qint64, qint64>> rows; ///< month → buyers, repeat buyers
    std::optional<QString> staleFrom;
    qint64 upto = 0, lastOrder = 0;
    bool hasBookmark = false;
    bool fresh(const QString &month) const { return rows.contains(month) && (!staleFrom || month < *staleFrom); }
};

Result<KeptMonths> keptMonths(const Database &db, const QList<QDate> &months)
{
    KeptMonths k;
    SqlQuery mark(db,
        QStringLiteral("SELECT (SELECT u.orders_upto FROM repeat_months_upto u WHERE u.id = 1), "
                       "coalesce((SELECT max(id) FROM orders), 0)"));
    if (Status s = mark.run(); !s)
        return s.error();
    if (!mark.next())
        return k;
    k.lastOrder = mark.value(1).toLongLong();
    if (mark.value(0).isNull())
        return k; // no bookmark: nothing kept counts
    k.hasBookmark = true;
    k.upto = mark.value(0).toLongLong();
    mark.finish();
    if (k.lastOrder > k.upto) {
        // The orders past the bookmark, by the primary key: normally none or a day's few.
        SqlQuery stale(db, QStringLiteral("SELECT min(paid_at) FROM orders WHERE id > :upto AND paid_at IS NOT NULL"));
        stale.bind(QStringLiteral(":upto"), k.upto);
        if (Status s = stale.run(); !s)
            return s.error();
        if (stale.next() && !stale.value(0).isNull())
            k.staleFrom = stale.value(0).toString().left(7);
    }
    if (months.isEmpty())
        return k;
    SqlQuery rows(db,
        QStringLiteral(
            "SELECT month, buyers, repeat_buyers FROM repeat_months WHERE month >= :first AND month <= :last"));
    rows.bind({ { QStringLiteral(":first"), monthKey(months.first()) },
        { QStringLiteral(":last"), monthKey(months.last()) } });
    if (Status s = rows.run(); !s)
        return s.error();
    while (rows.next())
        k.rows.insert(rows.value(0).toString(), { rows.value(1).toLongLong(), rows.value(2).toLongLong() });
    return k;
}
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
    const QList<QDate> months = monthsOf(firstMonth, lastMonth);
    auto kept = keptMonths(mDb, months);
    if (!kept)
        return kept.error();
    QList<RepeatFigures> out;
    for (const QDate &m : months) {
        const QDate last = m.addMonths(1).addDays(-1);
        if (const QString key = monthKey(m); kept->fresh(key)) {
            const auto [buyers, repeatBuyers] = kept->rows.value(key);
            out.append({ m, last, buyers, repeatBuyers });
            continue;
        }
        auto r = repeatIn(m, last);
        if (!r)
            return r.error();
        out.append(*r);
    }
    return out;
}

Status MemberRepository::keepRepeatMonths(QDate firstMonth, QDate lastMonth) const
{
    if (mDb.isReadOnly())
        return {}; // the figures are right all the same
    const QList<QDate> months = monthsOf(firstMonth, lastMonth);
    auto kept = keptMonths(mDb, months);
    if (!kept)
        return kept.status();
    if (kept->hasBookmark && kept->lastOrder <= kept->upto && kept->rows.size() == months.size())
        return {};
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    // The bookmark moves on to the last order only while no other PC is writing orders (on a
    // server an order can commit after one with a higher id): read again under that hold.
    auto held = tx.tryIdBookmark({ QStringLiteral("orders") });
    if (!held)
        return held.error();
    if (!*held)
        return {};
    kept = keptMonths(mDb, months);
    if (!kept)
        return kept.status();
    if (!kept->hasBookmark || kept->staleFrom) {
        SqlQuery drop(mDb, QStringLiteral("DELETE FROM repeat_months WHERE month >= :from"));
        drop.bind(QStringLiteral(":from"), kept->hasBookmark ? *kept->staleFrom : QString());
        if (Status s = drop.run(); !s)
            return s;
    }
    SqlQuery mark(mDb,
        kept->hasBookmark ? QStringLiteral("UPDATE repeat_months_upto SET orders_upto = :last WHERE id = 1")
                          : QStringLiteral("INSERT INTO repeat_months_upto (id, orders_upto) VALUES (1, :last)"));
    mark.bind(QStringLiteral(":last"), kept->lastOrder);
    if (Status s = mark.run(); !s)
        return s;
    SqlQuery add(mDb,
        QStringLiteral("INSERT INTO repeat_months (month, buyers, repeat_buyers) VALUES (:month, :buyers, :repeat)"));
    for (const QDate &m : months) {
        const QString key = monthKey(m);
        if (kept->fresh(key))
            continue;
        auto r = repeatIn(m, m.addMonths(1).addDays(-1));
        if (!r)
            return r.status();
        add.bind({ { QStringLiteral(":month"), key }, { QStringLiteral(":buyers"), r->buyers },
            { QStringLiteral(":repeat"), r->repeatBuyers } });
        if (Status s = add.run(); !s)
            return s;
    }
    return tx.commit();
}

Status MemberRepository::forgetRepeatMonthsFrom(qint64 orderId) const
{
    SqlQuery q(mDb,
        QStringLiteral(
            "DELETE FROM repeat_months WHERE month >= coalesce((SELECT substr(o.paid_at, 1, 7) FROM orders o "
            "WHERE o.id = :id AND o.paid_at <> ''), '')"));
    q.bind(QStringLiteral(":id"), orderId);
    return q.run();
}

} // namespace shopdesk::core
