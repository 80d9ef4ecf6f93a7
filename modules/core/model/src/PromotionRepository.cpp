#include "shopdesk/core/PromotionRepository.h"

#include "shopdesk/core/Records.h"
#include "shopdesk/core/SqlQuery.h"

#include <algorithm>

namespace shopdesk::core {

namespace {
void byDate(QList<Promotion> &list)
{
    std::stable_sort(list.begin(), list.end(), [](const Promotion &a, const Promotion &b) { return a.day < b.day; });
}
} // namespace

QList<Promotion> PromotionRepository::platformDates(int year)
{
    auto make = [year](int month, int day, const QString &name) {
        Promotion p;
        p.day = QDate(year, month, day);
        p.name = name;
        p.prepareBy = p.day.addDays(-kPrepareDays);
        return p;
    };
    return { make(1, 1, tr("New Year's Day")), make(2, 14, tr("Valentine's Day")), make(5, 20, tr("520")),
        make(6, 18, tr("618")), make(11, 11, tr("Double 11")), make(12, 12, tr("Double 12")) };
}

QList<Promotion> PromotionRepository::merge(int year, const QList<Promotion> &own)
{
    QList<Promotion> out = platformDates(year);
    for (Promotion p : own) {
        if (p.day.year() != year)
            continue;
        p.own = true;
        if (!p.prepareBy.isValid())
            p.prepareBy = p.day.addDays(-kPrepareDays);
        out << p;
    }
    byDate(out);
    return out;
}

Status PromotionRepository::add(QDate day, const QString &name)
{
    if (!day.isValid() || name.trimmed().isEmpty())
        return Error { tr("A promotion needs a date and a name.") };
    SqlQuery q(mDb,
        QStringLiteral(
            "INSERT INTO kpi_promotions (day, name) VALUES (:day, :name) ON CONFLICT (day, name) DO NOTHING"));
    q.bind({ { QStringLiteral(":day"), toDbDate(day) }, { QStringLiteral(":name"), name.trimmed() } });
    if (Status s = q.run(); !s)
        return s;
    // Refused rather than ignored: undoing an add that added nothing would delete the date the
    // store had entered before.
    if (q.numRowsAffected() == 0)
        return Error { tr("%1 is already on the calendar on %2.").arg(name.trimmed(), toDbDate(day)) };
    return {};
}

Status PromotionRepository::remove(QDate day, const QString &name)
{
    SqlQuery q(mDb, QStringLiteral("DELETE FROM kpi_promotions WHERE day = :day AND name = :name"));
    q.bind({ { QStringLiteral(":day"), toDbDate(day) }, { QStringLiteral(":name"), name } });
    return q.run();
}

Result<QList<Promotion>> PromotionRepository::own(QDate from, QDate to) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT day, name FROM kpi_promotions WHERE day >= :from AND day <= :to ORDER BY day, name"));
    q.bind({ { QStringLiteral(":from"), toDbDate(from) }, { QStringLiteral(":to"), toDbDate(to) } });
    if (Status s = q.run(); !s)
        return s.error();
    QList<Promotion> out;
    while (q.next()) {
        Promotion p;
        p.day = fromDbDate(q.value(0).toString());
        p.name = q.value(1).toString();
        p.own = true;
        p.prepareBy = p.day.addDays(-kPrepareDays);
        out << p;
    }
    return out;
}

Result<QList<Promotion>> PromotionRepository::calendar(int year) const
{
    auto stored = own(QDate(year, 1, 1), QDate(year, 12, 31));
    if (!stored)
        return stored.error();
    return merge(year, *stored);
}

Result<QList<Promotion>> PromotionRepository::between(QDate from, QDate to) const
{
    QList<Promotion> out;
    if (!from.isValid() || !to.isValid() || to < from)
        return out;
    auto stored = own(from, to);
    if (!stored)
        return stored.error();
    for (int year = from.year(); year <= to.year(); ++year)
        for (const Promotion &p : merge(year, *stored))
            if (p.day >= from && p.day <= to)
                out << p;
    byDate(out);
    return out;
}

} // namespace shopdesk::core
