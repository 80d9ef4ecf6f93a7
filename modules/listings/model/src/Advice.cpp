#include "Advice.h"

#include <QHash>

#include <algorithm>

namespace shopdesk::listings {

QString AdviceRow::kindText(Kind kind)
{
    switch (kind) {
    case Kind::TakeOff:
        return Advisor::tr("Take off shelf");
    case Kind::Showcase:
        return Advisor::tr("Showcase");
    case Kind::Reorder:
        return Advisor::tr("Reorder");
    case Kind::PutOnShelf:
        return Advisor::tr("Put on shelf");
    case Kind::SoldOutSizes:
        return Advisor::tr("Sold-out sizes");
    }
    return {};
}

QString AdviceRow::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::TakeOff:
        return QStringLiteral("takeoff");
    case Kind::Showcase:
        return QStringLiteral("showcase");
    case Kind::Reorder:
        return QStringLiteral("reorder");
    case Kind::PutOnShelf:
        return QStringLiteral("puton");
    case Kind::SoldOutSizes:
        return QStringLiteral("sizes");
    }
    return {};
}

QList<AdviceRow> Advisor::advise(const QList<AdviceItem> &items, const AdviceOptions &o)
{
    QList<AdviceRow> out;
    using K = AdviceRow::Kind;
    using R = AdviceRow::Reason;
    for (const AdviceItem &a : items) {
        if (a.item.archived || !a.item.onShelf)
            continue;
        if (a.skusInStock == 0)
            out.append({ K::TakeOff, R::NoStock, a.item, a.onHand,
                tr("No stock in any SKU: never show an item the warehouse does not have.") });
        if (!a.lastSale) {
            // A new item gets its first 30 days; one never sold after that is advised off shelf.
            const bool settled = !a.item.listedAt.isValid() || a.item.listedAt.date().daysTo(o.today) > o.noSaleDays;
            if (settled)
                out.append({ K::TakeOff, R::NeverSold, a.item, a.onHand, tr("No sale recorded.") });
        } else {
            const qint64 days = a.lastSale->daysTo(o.today);
            if (days > o.noSaleDays)
                out.append({ K::TakeOff, R::NoSale, a.item, a.onHand,
                    tr("No sale in %1 days (last sale %2).").arg(days).arg(a.lastSale->toString(Qt::ISODate)) });
        }
        if (a.item.outOfSeason)
            out.append({ K::TakeOff, R::OutOfSeason, a.item, a.onHand, tr("Marked out of season.") });
    }
    // Showcase: main items on shelf and in stock, nearest the end of their cycle first.
    QList<const AdviceItem *> candidates;
    for (const AdviceItem &a : items)
        if (a.item.mainPush && a.item.onShelf && !a.item.archived && a.skusInStock > 0 && a.cycleEnd.isValid())
            candidates.append(&a);
    std::stable_sort(candidates.begin(), candidates.end(),
        [](const AdviceItem *x, const AdviceItem *y) { return x->cycleEnd < y->cycleEnd; });
    for (qsizetype i = 0; i < candidates.size() && i < o.showcaseSlots; ++i) {
        const AdviceItem &a = *candidates[i];
        out.append({ K::Showcase, R::NearCycleEnd, a.item, a.onHand,
            tr("Main item in stock; its cycle ends %1.")
                .arg(a.cycleEnd.toString(QStringLiteral("yyyy-MM-dd HH:mm"))) });
    }
    // Reorder: main items below their minimum.
    for (const AdviceItem &a : items) {
        if (!a.item.mainPush || a.item.archived)
            continue;
        const int minimum = a.item.minStock > 0 ? a.item.minStock : o.mainMinimum;
        if (a.onHand < minimum)
            out.append({ K::Reorder, R::BelowMinimum, a.item, a.onHand,
                tr("Main item with %1 in stock, under its minimum of %2.").arg(a.onHand).arg(minimum) });
    }
    // Every item with stock is on sale; an item on sale shows which sizes are sold out.
    for (const AdviceItem &a : items) {
        if (a.item.archived)
            continue;
        if (!a.item.onShelf && !a.item.outOfSeason && a.skusAvailable > 0)
            out.append({ K::PutOnShelf, R::OffShelfInStock, a.item, a.onHand,
                tr("Off shelf with %1 available: every item in stock is kept on sale.").arg(a.available) });
        if (a.item.onShelf && a.skusAvailable > 0 && !a.soldOutSizes.isEmpty())
            out.append({ K::SoldOutSizes, R::BrokenSizes, a.item, a.onHand,
                tr("Sold out in %1 (断码): mark them sold out on the platform, or reorder.")
                    .arg(a.soldOutSizes.join(QStringLiteral(", "))) });
    }
    QHash<qint64, qint64> available;
    for (const AdviceItem &a : items)
        available.insert(a.item.id, a.available);
    for (AdviceRow &r : out)
        r.available = available.value(r.item.id);
    return out;
}

} // namespace shopdesk::listings
