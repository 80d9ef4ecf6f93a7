#include "shopdesk/inventory/ReorderRepository.h"

#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/SqlQuery.h>

#include <QRegularExpression>

#include <algorithm>

namespace shopdesk::inventory {

using core::SqlQuery;
using core::Status;

QList<Promotion> ReorderRepository::upcoming(QDate from, int days, const QString &own)
{
    struct Fixed {
        int month, day;
        QString name;
    };
    const QList<Fixed> fixed = { { 1, 1, tr("New Year") }, { 5, 20, tr("520") }, { 6, 18, tr("618") },
        { 11, 11, tr("Double 11") }, { 12, 12, tr("Double 12") } };
    QList<Promotion> out;
    const QDate last = from.addDays(days);
    auto consider = [&](QDate d, const QString &name) {
        if (d.isValid() && d >= from && d <= last)
            out.append({ d, name });
    };
    for (int year = from.year(); year <= last.year(); ++year)
        for (const Fixed &f : fixed)
            consider(QDate(year, f.month, f.day), f.name);
    static const QRegularExpression full(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})\\s+(.+)$"));
    static const QRegularExpression yearly(QStringLiteral("^(\\d{1,2})-(\\d{1,2})\\s+(.+)$"));
    for (const QString &raw : own.split(QRegularExpression(QStringLiteral("[\\n;]")), Qt::SkipEmptyParts)) {
        const QString line = raw.trimmed();
        if (const auto m = full.match(line); m.hasMatch()) {
            consider(
                QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()), m.captured(4).trimmed());
        } else if (const auto y = yearly.match(line); y.hasMatch()) {
            for (int year = from.year(); year <= last.year(); ++year)
                consider(QDate(year, y.captured(1).toInt(), y.captured(2).toInt()), y.captured(3).trimmed());
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Promotion &a, const Promotion &b) { return a.day < b.day; });
    return out;
}

core::Result<QList<Promotion>> ReorderRepository::upcomingPromotions(QDate today) const
{
    return upcoming(today, kWarnDaysAhead, core::ShopSettings(mDb).value(kOwnPromotionsSetting));
}

core::Result<QList<ReorderLine>> ReorderRepository::mainItemsBelowMinimum() const
{
    SqlQuery q(mDb,
        QStringLiteral(
            "SELECT i.code, i.title, i.min_stock, coalesce((SELECT sum(m.quantity) FROM stock_moves m JOIN skus s ON "
            "s.id = m.sku_id "
            "WHERE s.item_id = i.id), 0) FROM items i WHERE i.main_push = 1 AND i.archived = 0 ORDER BY i.code"));
    if (Status s = q.run(); !s)
        return s.error();
    QList<ReorderLine> out;
    while (q.next()) {
        ReorderLine l;
        l.itemCode = q.value(0).toString();
        l.itemTitle = q.value(1).toString();
        const int own = q.value(2).toInt();
        l.minimum = std::min(own > 0 ? own : kDefaultMinimum, kMaximumMinimum);
        l.onHand = q.value(3).toLongLong();
        if (l.onHand < l.minimum)
            out << l;
    }
    return out;
}

} // namespace shopdesk::inventory
