#include "shopdesk/kpi/KpiRepository.h"

#include <shopdesk/core/Records.h>
#include <shopdesk/core/SqlQuery.h>

namespace shopdesk::kpi {

using core::Error;
using core::SqlQuery;
using core::Status;

namespace {
QVariant optionalReal(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}
std::optional<double> readReal(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}
} // namespace

Status KpiRepository::save(const DailyKpi &r)
{
    if (!r.day.isValid())
        return Error{tr("A daily report row needs a date.")};
    if (r.pv < 0 || r.uv < 0 || r.units < 0 || r.paidBuyers < 0 || r.paidUv < 0 || r.sales.fen() < 0)
        return Error{tr("The report for %1 has a negative figure.").arg(core::toDbDate(r.day))};
    SqlQuery q(mDb, QStringLiteral(
        "INSERT INTO kpi_daily (day, pv, uv, sales_fen, units, paid_buyers, paid_uv, dsr, bounce_rate, "
        "refund_dispute_rate, good_rating_rate) VALUES (:day, :pv, :uv, :sales, :units, :buyers, :paid_uv, :dsr, "
        ":bounce, :refund, :good) ON CONFLICT (day) DO UPDATE SET pv = excluded.pv, uv = excluded.uv, "
        "sales_fen = excluded.sales_fen, units = excluded.units, paid_buyers = excluded.paid_buyers, "
        "paid_uv = excluded.paid_uv, dsr = excluded.dsr, bounce_rate = excluded.bounce_rate, "
        "refund_dispute_rate = excluded.refund_dispute_rate, good_rating_rate = excluded.good_rating_rate"));
    q.bind({{QStringLiteral(":day"), core::toDbDate(r.day)},
            {QStringLiteral(":pv"), r.pv},
            {QStringLiteral(":uv"), r.uv},
            {QStringLiteral(":sales"), r.sales.fen()},
            {QStringLiteral(":units"), r.units},
            {QStringLiteral(":buyers"), r.paidBuyers},
            {QStringLiteral(":paid_uv"), r.paidUv},
            {QStringLiteral(":dsr"), optionalReal(r.dsr)},
            {QStringLiteral(":bounce"), optionalReal(r.bounceRate)},
            {QStringLiteral(":refund"), optionalReal(r.refundDisputeRate)},
            {QStringLiteral(":good"), optionalReal(r.goodRatingRate)}});
    return q.run();
}

core::Result<QList<DailyKpi>> KpiRepository::range(QDate from, QDate to) const
{
    SqlQuery q(mDb, QStringLiteral(
        "SELECT day, pv, uv, sales_fen, units, paid_buyers, paid_uv, dsr, bounce_rate, refund_dispute_rate, "
        "good_rating_rate FROM kpi_daily WHERE day >= :from AND day <= :to ORDER BY day"));
    q.bind({{QStringLiteral(":from"), from.isValid() ? core::toDbDate(from) : QStringLiteral("0000-00-00")},
            {QStringLiteral(":to"), to.isValid() ? core::toDbDate(to) : QStringLiteral("9999-99-99")}});
    if (Status s = q.run(); !s)
        return s.error();
    QList<DailyKpi> out;
    while (q.next()) {
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
        out << r;
    }
    return out;
}

} // namespace shopdesk::kpi
