#include "shopdesk/kpi/KpiRepository.h"

#include "shopdesk/kpi/KpiAnalysis.h"

#include <shopdesk/core/Records.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/Transaction.h>

namespace shopdesk::kpi {

using core::Error;
using core::SqlQuery;
using core::Status;

namespace {
QVariant optionalReal(const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); }
std::optional<double> readReal(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}
} // namespace

Status KpiRepository::save(const DailyKpi &r)
{
    if (!r.day.isValid())
        return Error { tr("A daily report row needs a date.") };
    if (r.pv < 0 || r.uv < 0 || r.units < 0 || r.paidBuyers < 0 || r.paidUv < 0 || r.sales.fen() < 0)
        return Error { tr("The report for %1 has a negative figure.").arg(core::toDbDate(r.day)) };
    SqlQuery q(mDb,
        QStringLiteral(
            "INSERT INTO kpi_daily (day, pv, uv, sales_fen, units, paid_buyers, paid_uv, dsr, bounce_rate, "
            "refund_dispute_rate, good_rating_rate) VALUES (:day, :pv, :uv, :sales, :units, :buyers, :paid_uv, :dsr, "
            ":bounce, :refund, :good) ON CONFLICT (day) DO UPDATE SET pv = excluded.pv, uv = excluded.uv, "
            "sales_fen = excluded.sales_fen, units = excluded.units, paid_buyers = excluded.paid_buyers, "
            "paid_uv = excluded.paid_uv, dsr = excluded.dsr, bounce_rate = excluded.bounce_rate, "
            "refund_dispute_rate = excluded.refund_dispute_rate, good_rating_rate = excluded.good_rating_rate"));
    q.bind({ { QStringLiteral(":day"), core::toDbDate(r.day) }, { QStringLiteral(":pv"), r.pv },
        { QStringLiteral(":uv"), r.uv }, { QStringLiteral(":sales"), r.sales.fen() },
        { QStringLiteral(":units"), r.units }, { QStringLiteral(":buyers"), r.paidBuyers },
        { QStringLiteral(":paid_uv"), r.paidUv }, { QStringLiteral(":dsr"), optionalReal(r.dsr) },
        { QStringLiteral(":bounce"), optionalReal(r.bounceRate) },
        { QStringLiteral(":refund"), optionalReal(r.refundDisputeRate) },
        { QStringLiteral(":good"), optionalReal(r.goodRatingRate) } });
    return q.run();
}

namespace {
QString fromText(QDate from) { return from.isValid() ? core::toDbDate(from) : QStringLiteral("0000-00-00"); }
QString toText(QDate to) { return to.isValid() ? core::toDbDate(to) : QStringLiteral("9999-99-99"); }
// Paid-at times are "yyyy-MM-dd HH:mm:ss": the day after `to` bounds them from above.
QString toTimeBound(QDate to) { return to.isValid() ? core::toDbDate(to.addDays(1)) : QStringLiteral("9999-99-99"); }
const QString kDailyColumns = QStringLiteral(
    "SELECT day, pv, uv, sales_fen, units, paid_buyers, paid_uv, dsr, bounce_rate, refund_dispute_rate, "
    "good_rating_rate FROM kpi_daily ");

DailyKpi readDaily(const QSqlQuery &q)
{
    DailyKpi r;
    r.day = core::fromDbDate(q.value(0).toString());
    r.pv = q.value(1).toLongLong();
    r.uv = q.value(2).toLongLong();
    r.sales = core::Money::fromFen(q.value(3).toLongLong());
    r.units = q.value(4).toLongLong();
    r.paidBuyers = q.value(5).toLongLong();
    r.paidUv = q.value(6).toLongLong();
    r.dsr = readReal(q.value(7));
    r.bounceRate = readReal(q.value(8));
    r.refundDisputeRate = readReal(q.value(9));
    r.goodRatingRate = readReal(q.value(10));
    return r;
}
} // namespace

core::Result<QList<DailyKpi>> KpiRepository::range(QDate from, QDate to) const
{
    SqlQuery q(mDb, kDailyColumns + QStringLiteral("WHERE day >= :from AND day <= :to ORDER BY day"));
    q.bind({ { QStringLiteral(":from"), fromText(from) }, { QStringLiteral(":to"), toText(to) } });
    if (Status s = q.run(); !s)
        return s.error();
    QList<DailyKpi> out;
    while (q.next())
        out << readDaily(q);
    return out;
}

core::Result<std::optional<DailyKpi>> KpiRepository::dayRow(QDate day) const
{
    SqlQuery q(mDb, kDailyColumns + QStringLiteral("WHERE day = :day"));
    q.bind(QStringLiteral(":day"), core::toDbDate(day));
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return std::optional<DailyKpi>();
    return std::optional<DailyKpi>(readDaily(q));
}

Status KpiRepository::remove(QDate day)
{
    SqlQuery q(mDb, QStringLiteral("DELETE FROM kpi_daily WHERE day = :day"));
    q.bind(QStringLiteral(":day"), core::toDbDate(day));
    return q.run();
}

Status KpiRepository::saveAll(const QList<DailyKpi> &rows)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    for (const DailyKpi &r : rows)
        if (Status s = save(r); !s)
            return s;
    return tx.commit();
}

Status KpiRepository::restore(const QList<QPair<QDate, std::optional<DailyKpi>>> &days)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    for (const auto &[day, row] : days)
        if (Status s = row ? save(*row) : remove(day); !s)
            return s;
    return tx.commit();
}

core::Result<QPair<QDate, QDate>> KpiRepository::span() const
{
    SqlQuery q(mDb, QStringLiteral("SELECT MIN(day), MAX(day) FROM kpi_daily"));
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next() || q.value(0).isNull())
        return QPair<QDate, QDate>();
    return QPair<QDate, QDate>(core::fromDbDate(q.value(0).toString()), core::fromDbDate(q.value(1).toString()));
}

core::Result<PeriodTotals> KpiRepository::totals(QDate from, QDate to) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(pv), 0), COALESCE(SUM(uv), 0), COALESCE(SUM(sales_fen), 0), "
                       "COALESCE(SUM(units), 0), COALESCE(SUM(paid_buyers), 0), COALESCE(SUM(paid_uv), 0), AVG(dsr), "
                       "AVG(bounce_rate), AVG(refund_dispute_rate), AVG(good_rating_rate), MIN(day), MAX(day) "
                       "FROM kpi_daily WHERE day >= :from AND day <= :to"));
    q.bind({ { QStringLiteral(":from"), fromText(from) }, { QStringLiteral(":to"), toText(to) } });
    if (Status s = q.run(); !s)
        return s.error();
    PeriodTotals t;
    if (!q.next())
        return t;
    t.days = q.value(0).toInt();
    t.pv = q.value(1).toLongLong();
    t.uv = q.value(2).toLongLong();
    t.sales = core::Money::fromFen(q.value(3).toLongLong());
    t.units = q.value(4).toLongLong();
    t.paidBuyers = q.value(5).toLongLong();
    t.paidUv = q.value(6).toLongLong();
    t.dsr = readReal(q.value(7));
    t.bounceRate = readReal(q.value(8));
    t.refundDisputeRate = readReal(q.value(9));
    t.goodRatingRate = readReal(q.value(10));
    t.from = core::fromDbDate(q.value(11).toString());
    t.to = core::fromDbDate(q.value(12).toString());
    return t;
}

core::Result<QList<OrderDay>> KpiRepository::ordersByDay(QDate from, QDate to) const
{
    // One pass over the paid orders in range (the covering index on orders.paid_at), units summed
    // per order through the covering index on order_lines.order_id. The status test is written as
    // "not unpaid, not closed" so the planner never prefers the status index, which would read
    // nearly every order.
    SqlQuery q(mDb,
        QStringLiteral(
            "SELECT substr(o.paid_at, 1, 10), SUM(o.total_fen), COUNT(DISTINCT COALESCE(o.buyer_id, -o.id)), COUNT(*), "
            "SUM((SELECT SUM(l.quantity) FROM order_lines l WHERE l.order_id = o.id)) "
            "FROM orders o WHERE o.paid_at >= :from AND o.paid_at < :to AND o.status <> 'unpaid' AND o.status <> "
            "'closed' "
            "GROUP BY substr(o.paid_at, 1, 10) ORDER BY 1"));
    q.bind({ { QStringLiteral(":from"), fromText(from) }, { QStringLiteral(":to"), toTimeBound(to) } });
    if (Status s = q.run(); !s)
        return s.error();
    QList<OrderDay> out;
    while (q.next()) {
        OrderDay d;
        d.day = core::fromDbDate(q.value(0).toString());
        d.sales = core::Money::fromFen(q.value(1).toLongLong());
        d.buyers = q.value(2).toLongLong();
        d.orders = q.value(3).toLongLong();
        d.units = q.value(4).toLongLong();
        out << d;
    }
    return out;
}

core::Result<QMap<QString, core::Money>> KpiRepository::categorySales(QDate from, QDate to) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT i.category, SUM(g.s) FROM ("
                       "SELECT l.sku_id AS sku, SUM(l.quantity * l.price_fen) AS s FROM orders o JOIN order_lines l ON "
                       "l.order_id = o.id "
                       "WHERE o.paid_at >= :from AND o.paid_at < :to AND o.status <> 'unpaid' AND o.status <> 'closed' "
                       "AND l.sku_id IS NOT NULL GROUP BY l.sku_id) g "
                       "JOIN skus s ON s.id = g.sku JOIN items i ON i.id = s.item_id GROUP BY i.category"));
    q.bind({ { QStringLiteral(":from"), fromText(from) }, { QStringLiteral(":to"), toTimeBound(to) } });
    if (Status s = q.run(); !s)
        return s.error();
    QMap<QString, core::Money> out;
    while (q.next())
        out.insert(q.value(0).toString(), core::Money::fromFen(q.value(1).toLongLong()));
    return out;
}

Status KpiRepository::saveCampaign(const CampaignDay &c)
{
    if (!c.day.isValid() || c.campaign.trimmed().isEmpty())
        return Error { tr("A campaign row needs a date and a campaign name.") };
    if (c.spend.fen() < 0 || c.sales.fen() < 0 || c.paidUv < 0)
        return Error { tr("The campaign %1 on %2 has a negative figure.").arg(c.campaign, core::toDbDate(c.day)) };
    SqlQuery q(mDb,
        QStringLiteral(
            "INSERT INTO kpi_campaign_daily (day, campaign, channel, spend_fen, paid_uv, sales_fen) "
            "VALUES (:day, :campaign, :channel, :spend, :uv, :sales) ON CONFLICT (day, campaign) DO UPDATE SET "
            "channel = excluded.channel, spend_fen = excluded.spend_fen, paid_uv = excluded.paid_uv, sales_fen = "
            "excluded.sales_fen"));
    q.bind({ { QStringLiteral(":day"), core::toDbDate(c.day) }, { QStringLiteral(":campaign"), c.campaign.trimmed() },
        { QStringLiteral(":channel"), c.channel }, { QStringLiteral(":spend"), c.spend.fen() },
        { QStringLiteral(":uv"), c.paidUv }, { QStringLiteral(":sales"), c.sales.fen() } });
    return q.run();
}

Status KpiRepository::removeCampaign(QDate day, const QString &campaign)
{
    SqlQuery q(mDb, QStringLiteral("DELETE FROM kpi_campaign_daily WHERE day = :day AND campaign = :campaign"));
    q.bind({ { QStringLiteral(":day"), core::toDbDate(day) }, { QStringLiteral(":campaign"), campaign } });
    return q.run();
}

core::Result<QList<CampaignDay>> KpiRepository::campaignDays(QDate from, QDate to) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT day, campaign, channel, spend_fen, paid_uv, sales_fen FROM kpi_campaign_daily "
                       "WHERE day >= :from AND day <= :to ORDER BY day, campaign"));
    q.bind({ { QStringLiteral(":from"), fromText(from) }, { QStringLiteral(":to"), toText(to) } });
    if (Status s = q.run(); !s)
        return s.error();
    QList<CampaignDay> out;
    while (q.next())
        out << CampaignDay { core::fromDbDate(q.value(0).toString()), q.value(1).toString(), q.value(2).toString(),
            core::Money::fromFen(q.value(3).toLongLong()), q.value(4).toLongLong(),
            core::Money::fromFen(q.value(5).toLongLong()) };
    return out;
}

core::Result<QList<CampaignTotals>> KpiRepository::campaignTotals(QDate from, QDate to) const
{
    SqlQuery q(mDb,
        QStringLiteral(
            "SELECT campaign, MAX(channel), SUM(spend_fen), SUM(sales_fen), SUM(paid_uv) FROM kpi_campaign_daily "
            "WHERE day >= :from AND day <= :to GROUP BY campaign ORDER BY campaign"));
    q.bind({ { QStringLiteral(":from"), fromText(from) }, { QStringLiteral(":to"), toText(to) } });
    if (Status s = q.run(); !s)
        return s.error();
    QList<CampaignTotals> out;
    while (q.next())
        out << CampaignTotals { q.value(0).toString(), q.value(1).toString(),
            core::Money::fromFen(q.value(2).toLongLong()), core::Money::fromFen(q.value(3).toLongLong()),
            q.value(4).toLongLong() };
    return out;
}

Status KpiRepository::setTarget(const SalesTarget &t)
{
    if (t.quarter < 0 || t.quarter > 4 || t.year < 2000 || t.year > 2100)
        return Error { tr("A target needs a year and a quarter from 1 to 4 (0 for the whole year).") };
    if (t.sales.fen() < 0)
        return Error { tr("A target cannot be negative.") };
    if (t.sales.fen() == 0) {
        SqlQuery q(mDb,
            QStringLiteral(
                "DELETE FROM kpi_targets WHERE year = :year AND quarter = :quarter AND category = :category"));
        q.bind({ { QStringLiteral(":year"), t.year }, { QStringLiteral(":quarter"), t.quarter },
            { QStringLiteral(":category"), t.category.trimmed() } });
        return q.run();
    }
    SqlQuery q(mDb,
        QStringLiteral(
            "INSERT INTO kpi_targets (year, quarter, category, sales_fen) VALUES (:year, :quarter, :category, :sales) "
            "ON CONFLICT (year, quarter, category) DO UPDATE SET sales_fen = excluded.sales_fen"));
    q.bind({ { QStringLiteral(":year"), t.year }, { QStringLiteral(":quarter"), t.quarter },
        { QStringLiteral(":category"), t.category.trimmed() }, { QStringLiteral(":sales"), t.sales.fen() } });
    return q.run();
}

core::Result<QList<SalesTarget>> KpiRepository::targets(int year) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT year, quarter, category, sales_fen FROM kpi_targets WHERE year = :year ORDER BY "
                       "quarter, category"));
    q.bind(QStringLiteral(":year"), year);
    if (Status s = q.run(); !s)
        return s.error();
    QList<SalesTarget> out;
    while (q.next())
        out << SalesTarget { q.value(0).toInt(), q.value(1).toInt(), q.value(2).toString(),
            core::Money::fromFen(q.value(3).toLongLong()) };
    return out;
}

Status KpiRepository::replaceTargets(int year, const QList<SalesTarget> &targets)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery q(mDb, QStringLiteral("DELETE FROM kpi_targets WHERE year = :year"));
    q.bind(QStringLiteral(":year"), year);
    if (Status s = q.run(); !s)
        return s;
    for (SalesTarget t : targets) {
        t.year = year;
        if (Status s = setTarget(t); !s)
            return s;
    }
    return tx.commit();
}

} // namespace shopdesk::kpi
