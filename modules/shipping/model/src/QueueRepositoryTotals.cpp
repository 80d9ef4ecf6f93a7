#include "QueueRepositorySql.h"
#include "shopdesk/shipping/QueueRepository.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/Transaction.h>

#include <algorithm>
#include <numeric>

// The queue's aggregates (one query over an index) and its other lists: the provinces, the
// unmatched lines, the shipped orders; and the flag's memo. (QueueRepository.cpp: the window read.)

namespace shopdesk::shipping {

using core::Error;
using core::Result;
using core::SqlQuery;
using core::Status;
namespace sql = detail::queuesql;

Result<QueueTotals> QueueRepository::totals(const QueueFilter &filter) const
{
    // One query. The whole queue: the count and the amount from one pass over the index
    // orders_queue_amount alone (status, total_fen, id, ship_by: never the rows), the orders due
    // today and overdue as ranges of the deadline's index (orders_queue_ship_by), cheaper than
    // comparing every queued order's deadline. A filtered queue: one pass over the orders the
    // filter's own index finds, comparing only theirs.
    sql::Binds binds;
    const QString where = sql::where(filter, mNow, binds);
    const QString from = filter.search.trimmed().isEmpty() ? QStringLiteral("FROM orders o") : sql::fromOrders();
    const QString queued = QStringLiteral("%1 WHERE o.status = 'paid' AND %2").arg(from, where);
    const QString today = QStringLiteral("o.ship_by >= :t_now AND o.ship_by < :t_tomorrow");
    const QString overdue = QStringLiteral("o.ship_by > '' AND o.ship_by < :t_now");
    SqlQuery q(mDb,
        filter == QueueFilter()
            ? QStringLiteral("SELECT count(*), coalesce(sum(o.total_fen), 0), (SELECT count(*) %1 AND %2), "
                             "(SELECT count(*) %1 AND %3) %1")
                  .arg(queued, today, overdue)
            : QStringLiteral("SELECT count(*), coalesce(sum(o.total_fen), 0), "
                             "coalesce(sum(CASE WHEN %2 THEN 1 ELSE 0 END), 0), "
                             "coalesce(sum(CASE WHEN %3 THEN 1 ELSE 0 END), 0) %1")
                  .arg(queued, today, overdue));
    sql::bind(q, binds);
    q.bind(QStringLiteral(":t_now"), core::toDbTime(mNow));
    q.bind(QStringLiteral(":t_tomorrow"), mNow.date().addDays(1).toString(QStringLiteral("yyyy-MM-dd")));
    if (Status s = q.run(); !s)
        return s.error();
    QueueTotals t;
    if (q.next()) {
        t.orders = q.value(0).toInt();
        t.amount = core::Money::fromFen(q.value(1).toLongLong());
        t.today = q.value(2).toInt();
        t.overdue = q.value(3).toInt();
    }
    return t;
}

Result<QStringList> QueueRepository::provinces() const
{
    SqlQuery q(mDb,
        QStringLiteral(
            "SELECT DISTINCT province FROM orders WHERE status = 'paid' AND province <> '' ORDER BY province"));
    if (Status s = q.run(); !s)
        return s.error();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<int> QueueRepository::unmatchedCount() const
{
    SqlQuery q(mDb,
        // From the unmatched lines (order_lines_sku), each order looked up by its key: a join would
        // let the database walk every queued order instead.
        QStringLiteral("SELECT count(*) FROM order_lines l WHERE l.sku_id IS NULL AND EXISTS (SELECT 1 FROM "
                       "orders o WHERE o.id = l.order_id AND o.status = 'paid')"));
    if (Status s = q.run(); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QList<UnmatchedLine>> QueueRepository::unmatchedLines(int offset, int limit) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT l.id, o.order_no, l.title, l.attributes, l.merchant_code, l.quantity FROM order_lines l "
                       "JOIN orders o ON o.id = l.order_id WHERE l.sku_id IS NULL AND o.status = 'paid' "
                       "ORDER BY o.paid_at, l.id LIMIT :limit OFFSET :offset"));
    q.bind({ { QStringLiteral(":limit"), limit }, { QStringLiteral(":offset"), offset } });
    if (Status s = q.run(); !s)
        return s.error();
    QList<UnmatchedLine> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toInt() });
    return out;
}

Result<int> QueueRepository::shippedCount(const QString &search) const
{
    sql::Binds binds;
    QueueFilter f;
    f.search = search;
    const QString where = sql::where(f, mNow, binds);
    // Without a search nothing reads the buyer: the count is the orders' index alone (a year of
    // shipped orders: 15 ms, where the buyer join made it 130 ms).
    const QString source = f.search.trimmed().isEmpty() ? QStringLiteral("FROM orders o") : sql::fromOrders();
    SqlQuery q(
        mDb, QStringLiteral("SELECT count(*) %1 WHERE o.status IN ('shipped', 'finished') AND %2").arg(source, where));
    sql::bind(q, binds);
    if (Status s = q.run(); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Result<QList<QueueRow>> QueueRepository::shipped(
    const QString &search, const QueueCursor &after, int limit, QueueCursor *next) const
{
    // Newest shipment first, then the orders without a shipment time (last, as SQLite orders NULL
    // in a descending sort), each by id, newest first. One index walk (orders_shipped: status,
    // shipped_at, id) per status and part, from the cursor on; the windows merged here.
    const QString columns
        = sql::rowColumns(QStringLiteral("o.courier"), QStringLiteral("NULL"), QStringLiteral("o.shipped_at"));
    const QString column = QStringLiteral("o.shipped_at");
    const Qt::SortOrder order = Qt::DescendingOrder; // (without a time: by id alone)
    const bool inTimed = after.atStart() || !after.key.isNull();
    QList<QueueRow> page;
    QList<std::pair<QVariant, qint64>> keys; // by page row: its shipment time (NULL: none) and id
    for (const QString &status : { core::codes::kOrderShipped, core::codes::kOrderFinished }) {
        int got = 0;
        for (const bool timed : { true, false }) {
            if ((timed && !inTimed) || got >= limit)
                continue;
            sql::Binds binds;
            QueueFilter f;
            f.search = search;
            QString where = sql::where(f, mNow, binds);
            if (timed) {
                where += QStringLiteral(" AND o.shipped_at IS NOT NULL AND ") + sql::after(column, order, after, binds);
            } else {
                where += QStringLiteral(" AND o.shipped_at IS NULL");
                if (!inTimed) {
                    where += QStringLiteral(" AND o.id < :cid");
                    binds.append({ QStringLiteral(":cid"), after.id });
                }
            }
            binds.append({ QStringLiteral(":status"), status });
            binds.append({ QStringLiteral(":limit"), limit - got });
            SqlQuery q(mDb,
                QStringLiteral("SELECT %1 %2 WHERE o.status = :status AND %3 %4 LIMIT :limit")
                    .arg(columns, sql::fromOrders(), where, sql::orderBy(column, order)));
            sql::bind(q, binds);
            if (Status s = q.run(); !s)
                return s.error();
            while (q.next()) {
                page.append(sql::readRow(q, QString(), QString()));
                const QVariant key = sql::sortKeyOf(q);
                keys.append({ key.isNull() ? QVariant() : QVariant(key.toString()), page.last().order.order.id });
                ++got;
            }
        }
    }
    // The two statuses' windows in one order: the first `limit` of them.
    QList<qsizetype> merged(page.size());
    std::iota(merged.begin(), merged.end(), 0);
    std::sort(merged.begin(), merged.end(), [&](qsizetype a, qsizetype b) {
        const auto &[ka, ia] = keys.at(a);
        const auto &[kb, ib] = keys.at(b);
        if (ka.isNull() != kb.isNull())
            return kb.isNull(); // a time before none
        if (!ka.isNull() && ka.toString() != kb.toString())
            return ka.toString() > kb.toString();
        return ia > ib;
    });
    QList<QueueRow> out;
    out.reserve(std::min<qsizetype>(limit, merged.size()));
    for (qsizetype k = 0; k < merged.size() && out.size() < limit; ++k)
        out.append(std::move(page[merged.at(k)]));
    if (next) {
        if (!out.isEmpty()) {
            const auto &[key, id] = keys.at(merged.at(out.size() - 1));
            *next = { key, id };
        } else {
            *next = after;
        }
    }
    if (Status s = addLines(out); !s)
        return s.error();
    return out;
}

Status QueueRepository::setFlagMemo(qint64 orderId, const QString &memo)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery q(mDb, QStringLiteral("UPDATE orders SET flag_memo = :memo WHERE id = :id"));
    q.bind({ { QStringLiteral(":memo"), memo.trimmed() }, { QStringLiteral(":id"), orderId } });
    if (Status s = q.run(); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error { tr("There is no such order in the shop.") };
    return tx.commit();
}

} // namespace shopdesk::shipping
