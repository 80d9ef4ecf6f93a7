#include "shopdesk/shipping/QueueRepository.h"

#include "PackLineRepository.h"
#include "QueueRepositorySql.h"
#include "shopdesk/shipping/ParcelService.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/SqlQuery.h>

#include <QHash>

#include <algorithm>

// The window read: a window of the queue in one indexed walk, its groups and its lines.
// (QueueRepositoryTotals.cpp: the aggregates and the other lists; QueueRepositorySql.cpp: the SQL they are built of.)

namespace shopdesk::shipping {

using core::Result;
using core::SqlQuery;
using core::Status;
namespace sql = detail::queuesql;

QueueRepository::QueueRepository(const core::Database &db, CourierRules rules, QDateTime now)
    : mDb(db)
    , mRules(std::move(rules))
    , mNow(std::move(now))
{
}

Result<QList<QueueRow>> QueueRepository::rows(const QueueFilter &filter, QueueSort sort, Qt::SortOrder order,
    const QueueCursor &after, int limit, QueueCursor *next) const
{
    // The queue's own order, unfiltered: a buyer's orders (and a merged parcel's) follow the first
    // of them. The window is of those first orders (and the others, alone); each brings its group.
    const bool grouped = sort == QueueSort::Queue && order == Qt::AscendingOrder && filter == QueueFilter();
    sql::Binds binds;
    const QString column = sql::sortColumn(sort);
    QString where = sql::where(filter, mNow, binds) + QStringLiteral(" AND ") + sql::after(column, order, after, binds);
    if (grouped)
        where += QStringLiteral(" AND NOT ") + sql::follower();
    const QString columns = sql::rowColumns(QStringLiteral("o.ship_courier"), QStringLiteral("o.ship_by"), column);
    SqlQuery q(mDb,
        QStringLiteral("SELECT %1 %2 WHERE o.status = 'paid' AND %3 %4 LIMIT :limit")
            .arg(columns, sql::fromOrders(), where, sql::orderBy(column, order)));
    sql::bind(q, binds);
    q.bind(QStringLiteral(":limit"), limit);
    if (Status s = q.run(); !s)
        return s.error();
    const QString now = core::toDbTime(mNow);
    const QString today = mNow.date().toString(QStringLiteral("yyyy-MM-dd"));
    QList<QueueRow> page;
    QueueCursor last = after;
    while (q.next()) {
        page.append(sql::readRow(q, now, today));
        last = { sql::sortKeyOf(q), page.last().order.order.id };
    }
    if (next)
        *next = last;
    if (Status s = group(page, grouped); !s)
        return s.error();
    return page;
}

Status QueueRepository::group(QList<QueueRow> &page, bool grouped) const
{
    if (page.isEmpty())
        return {};
    const QString now = core::toDbTime(mNow);
    const QString today = mNow.date().toString(QStringLiteral("yyyy-MM-dd"));
    // The page's buyers' queued orders (an index seek per buyer): the groups, as MergeDetector
    // finds them over the whole queue (a group never spans two buyers), and the orders that follow.
    QStringList buyerNames, parcelNames;
    sql::Binds mateBinds;
    for (const QueueRow &r : std::as_const(page)) {
        if (r.order.order.buyerId && r.parcelKind.isEmpty()) {
            buyerNames << QStringLiteral(":b%1").arg(buyerNames.size());
            mateBinds.append({ buyerNames.last(), *r.order.order.buyerId });
        }
        if (r.parcelKind == QLatin1String("merged")) {
            parcelNames << QStringLiteral(":p%1").arg(parcelNames.size());
            mateBinds.append({ parcelNames.last(), r.parcelId });
        }
    }
    QList<QueueRow> mates;
    if (!buyerNames.isEmpty() || !parcelNames.isEmpty()) {
        QStringList of;
        if (!buyerNames.isEmpty())
            of << QStringLiteral("(o.buyer_id IN (%1) AND %2 IS NULL)")
                      .arg(buyerNames.join(QStringLiteral(", ")), sql::parcelKind());
        if (!parcelNames.isEmpty())
            of << QStringLiteral("o.id IN (SELECT pl.order_id FROM parcel_lines pl JOIN parcels p ON p.id = "
                                 "pl.parcel_id WHERE p.status = 'open' AND p.kind = 'merged' AND p.id IN (%1))")
                      .arg(parcelNames.join(QStringLiteral(", ")));
        const QString columns = sql::rowColumns(
            QStringLiteral("o.ship_courier"), QStringLiteral("o.ship_by"), QStringLiteral("o.paid_at"));
        SqlQuery m(mDb,
            QStringLiteral("SELECT %1 %2 WHERE o.status = 'paid' AND (%3)")
                .arg(columns, sql::fromOrders(), of.join(QStringLiteral(" OR "))));
        sql::bind(m, mateBinds);
        if (Status s = m.run(); !s)
            return s;
        while (m.next())
            mates.append(sql::readRow(m, now, today));
        // In the queue's order, sorted here: an ORDER BY would have the database walk the whole
        // queue's index (orders_queue) instead of seeking the page's buyers (buyers_orders_cover).
        std::sort(mates.begin(), mates.end(), [](const QueueRow &a, const QueueRow &b) {
            return std::pair(a.paidText, a.order.order.id) < std::pair(b.paidText, b.order.order.id);
        });
    }
    // Groups of one buyer: by MergeDetector over the page's buyers' orders, with the rules' couriers.
    QList<const core::Order *> list;
    QStringList couriers;
    for (const QueueRow &r : std::as_const(mates)) {
        if (!r.parcelKind.isEmpty())
            continue;
        list << &r.order.order;
        couriers << r.courier; // the rules' (ship_courier)
    }
    QHash<qint64, std::pair<QueueRow::Group, int>> groupOf; // order id → its group and size
    QHash<qint64, QList<qint64>> followers; // the first order's id → the others, in order
    for (const MergeGroup &g : MergeDetector::find(list, couriers)) {
        const auto kind = g.mergeable ? QueueRow::Group::OneBuyer : QueueRow::Group::OneBuyerNotMergeable;
        for (qsizetype k : g.members)
            groupOf.insert(list[k]->id, { kind, int(g.members.size()) });
        for (qsizetype k : g.members.mid(1))
            followers[list[g.members.first()]->id] << list[k]->id;
    }
    QHash<qint64, int> parcelSize;
    QHash<qint64, QList<qint64>> parcelOrders;
    for (const QueueRow &r : std::as_const(mates))
        if (r.parcelKind == QLatin1String("merged")) {
            ++parcelSize[r.parcelId];
            parcelOrders[r.parcelId] << r.order.order.id;
        }
    QHash<qint64, const QueueRow *> mateById;
    for (const QueueRow &r : std::as_const(mates))
        mateById.insert(r.order.order.id, &r);
    const auto mark = [&](QueueRow &r) {
        if (r.parcelKind == QLatin1String("merged")) {
            r.group = QueueRow::Group::Merged;
            r.groupCount = parcelSize.value(r.parcelId, 1);
        } else if (r.parcelKind == QLatin1String("split")) {
            r.group = QueueRow::Group::Split;
        } else if (auto it = groupOf.constFind(r.order.order.id); it != groupOf.cend()) {
            r.group = it->first;
            r.groupCount = it->second;
        }
    };
    QList<QueueRow> out;
    out.reserve(page.size());
    for (QueueRow &r : page) {
        mark(r);
        out.append(r);
        if (!grouped)
            continue;
        const QList<qint64> after = r.parcelKind == QLatin1String("merged") ? parcelOrders.value(r.parcelId).mid(1)
                                                                            : followers.value(r.order.order.id);
        for (qint64 id : after)
            if (const QueueRow *f = mateById.value(id)) {
                QueueRow copy = *f;
                mark(copy);
                out.append(copy);
            }
    }
    // A split order's parcels.
    for (QueueRow &r : out)
        if (r.group == QueueRow::Group::Split) {
            SqlQuery c(mDb,
                QStringLiteral("SELECT count(DISTINCT pl.parcel_id) FROM parcel_lines pl JOIN parcels p ON p.id = "
                               "pl.parcel_id WHERE pl.order_id = :id AND p.status = 'open'"));
            c.bind(QStringLiteral(":id"), r.order.order.id);
            if (Status s = c.run(); !s)
                return s;
            r.groupCount = c.next() ? c.value(0).toInt() : 0;
        }
    page = std::move(out);
    return addLines(page);
}

Status QueueRepository::addLines(QList<QueueRow> &rows) const
{
    if (rows.isEmpty())
        return {};
    QHash<qint64, qsizetype> index;
    QStringList names;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        index.insert(rows[i].order.order.id, i);
        names << QStringLiteral(":o%1").arg(i);
    }
    SqlQuery l(mDb,
        QStringLiteral(
            "SELECT l.id, l.order_id, l.sku_id, l.title, l.attributes, l.quantity, i.code, s.color, s.size, s.barcode "
            "FROM order_lines l LEFT JOIN skus s ON s.id = l.sku_id LEFT JOIN items i ON i.id = s.item_id "
            "WHERE l.order_id IN (%1)")
            .arg(names.join(QStringLiteral(", "))));
    for (qsizetype i = 0; i < rows.size(); ++i)
        l.bind(names[i], rows[i].order.order.id);
    if (Status s = l.run(); !s)
        return s;
    while (l.next()) {
        auto it = index.constFind(l.value(1).toLongLong());
        if (it == index.cend())
            continue;
        const PackLine p = detail::packLineAt(l);
        if (!p.skuId)
            ++rows[*it].unmatchedLines;
        rows[*it].order.lines.append(p);
    }
    // Each order's lines in their order (sorted here, not by a temporary B-tree in the database).
    for (QueueRow &r : rows)
        std::sort(r.order.lines.begin(), r.order.lines.end(),
            [](const PackLine &a, const PackLine &b) { return a.lineId < b.lineId; });
    return {};
}

} // namespace shopdesk::shipping
