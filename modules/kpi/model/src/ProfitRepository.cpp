#include "shopdesk/kpi/ProfitRepository.h"

#include <shopdesk/core/CostHistoryRepository.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/StockOnHandRepository.h>

#include <QMap>

#include <cmath>

namespace shopdesk::kpi {

using core::SqlQuery;
using core::Status;

namespace {
/// %1: the grouping key, an SQL expression (keyOf).
const QString kProfitSql =
    // po: the orders paid in the span (not unpaid, not closed), each with its freight (the courier's
    // billed fee when its bill was checked, else the estimate made at packing), the sales of its
    // lines, and whether anything came back. x: their lines with the SKU's cost at the time of
    // payment and, for an order with returns, the pieces back on the shelf ('return' movements)
    // and the damaged ones (the faulty-goods account).
    QStringLiteral(
        "WITH po AS MATERIALIZED (SELECT o.id, o.order_no, o.paid_at, "
        "coalesce((SELECT max(b.fee_fen) FROM shipping_bill_fees b WHERE b.tracking_no = o.tracking_no AND "
        "o.tracking_no <> ''), (SELECT p.est_freight_fen FROM shipping_packs p WHERE p.order_id = o.id), 0) AS "
        "freight, "
        "(SELECT sum(l2.quantity * l2.price_fen) FROM order_lines l2 WHERE l2.order_id = o.id) AS order_sales, "
        "CASE WHEN EXISTS (SELECT 1 FROM stock_moves r WHERE r.reference = o.order_no AND r.kind = 'return') OR "
        "EXISTS (SELECT 1 FROM faulty_goods d WHERE d.reference = o.order_no AND d.source = 'damaged_return') "
        "THEN 1 ELSE 0 END AS returned "
        "FROM orders o WHERE o.paid_at >= :from AND o.paid_at < :to AND o.status <> 'unpaid' AND o.status <> "
        "'closed'), "
        "x AS MATERIALIZED (SELECT %1 AS k, coalesce(i.title, '') AS t, l.quantity AS qty, "
        "l.price_fen AS price, l.quantity * l.price_fen AS sales, "
        "CASE WHEN l.sku_id IS NULL THEN 0 ELSE " SHOPDESK_SQL_COST_AT("l.sku_id",
            "o.paid_at") " END AS cost, "
                         "CASE WHEN o.returned = 1 THEN coalesce((SELECT sum(m.quantity) FROM stock_moves m WHERE "
                         "m.reference = "
                         "o.order_no AND m.kind = 'return' AND m.sku_id = l.sku_id), 0) ELSE 0 END AS intact, "
                         "CASE WHEN o.returned = 1 THEN coalesce((SELECT sum(f.quantity) FROM faulty_goods f WHERE "
                         "f.reference = "
                         "o.order_no AND f.source = 'damaged_return' AND f.sku_id = l.sku_id), 0) ELSE 0 END AS "
                         "damaged, "
                         "o.freight AS freight, o.order_sales AS order_sales "
                         "FROM po o JOIN order_lines l ON l.order_id = o.id LEFT JOIN skus s ON s.id = l.sku_id "
                         "LEFT JOIN items i ON i.id = s.item_id), "
                         // y: per line, the pieces back (at most the line's) and the freight share.
                         "y AS (SELECT k, t, qty, price, sales, cost, "
                         "CASE WHEN intact + damaged > qty THEN qty ELSE intact + damaged END AS back, "
                         "CASE WHEN intact > qty THEN qty ELSE intact END AS shelf, "
                         "CASE WHEN order_sales > 0 THEN freight * 1.0 * sales / order_sales ELSE 0 END AS share FROM "
                         "x) "
                         "SELECT k, max(t), count(*), sum(qty), sum(sales), sum(back * price), sum((qty - shelf) * "
                         "cost), sum(share), "
                         "sum(CASE WHEN cost > 0 THEN 0 ELSE qty END), "
                         "sum(CASE WHEN cost > 0 THEN sales ELSE 0 END), sum(CASE WHEN cost > 0 THEN back * price ELSE "
                         "0 END), "
                         "sum(CASE WHEN cost > 0 THEN (qty - shelf) * cost ELSE 0 END), sum(CASE WHEN cost > 0 THEN "
                         "share ELSE 0 END) "
                         "FROM y GROUP BY k ORDER BY k");

/// The grouping key as an SQL expression: written into the statement, not bound (a bound number
/// compared in a CASE is text to PostgreSQL).
QString keyOf(ProfitGrouping by)
{
    switch (by) {
    case ProfitGrouping::Item:
        return QStringLiteral("coalesce(i.code, '')");
    case ProfitGrouping::Category:
        return QStringLiteral("coalesce(i.category, '')");
    case ProfitGrouping::Day:
        return QStringLiteral("substr(o.paid_at, 1, 10)");
    case ProfitGrouping::Month:
        break;
    }
    return QStringLiteral("''");
}

QString dayAfter(QDate d) { return core::toDbDate(d.addDays(1)); }
QString lastSecond(QDate d) { return core::toDbDate(d) + QStringLiteral(" 23:59:59"); }
} // namespace

core::Result<QList<ProfitSums>> ProfitRepository::sums(QDate from, QDate to, ProfitGrouping by) const
{
    SqlQuery q(mDb, kProfitSql.arg(keyOf(by)));
    q.bind({ { QStringLiteral(":from"), core::toDbDate(from) }, { QStringLiteral(":to"), dayAfter(to) } });
    if (Status s = q.run(); !s)
        return s.error();
    QList<ProfitSums> out;
    while (q.next()) {
        ProfitSums r;
        r.key = q.value(0).toString();
        r.title = by == ProfitGrouping::Item ? q.value(1).toString() : QString();
        r.lines = q.value(2).toLongLong();
        r.units = q.value(3).toLongLong();
        r.salesFen = q.value(4).toLongLong();
        r.refundFen = q.value(5).toLongLong();
        r.costFen = q.value(6).toLongLong();
        r.freightFen = q.value(7).toDouble();
        r.uncostedUnits = q.value(8).toLongLong();
        r.costedSalesFen = q.value(9).toLongLong();
        r.costedRefundFen = q.value(10).toLongLong();
        r.costedCostFen = q.value(11).toLongLong();
        r.costedFreightFen = q.value(12).toDouble();
        out << r;
    }
    return out;
}

/// The rows past the kept sums' bookmark, per SKU (tr, t): materialised apart, as a GROUP BY over
/// a range of ids would read the whole ledger in the SKU index's order.
#define SHOPDESK_SQL_VALUE_PAST                                                                                        \
    "WITH tr AS MATERIALIZED (SELECT m.sku_id, m.quantity FROM stock_moves m WHERE m.id > :upto), "                    \
    "t AS MATERIALIZED (SELECT tr.sku_id AS sku, sum(tr.quantity) AS q FROM tr GROUP BY tr.sku_id), "
/// Whether a SKU has a cost history (g.hist), for the g of either reading.
#define SHOPDESK_SQL_VALUE_HIST                                                                                        \
    "CASE WHEN EXISTS (SELECT 1 FROM sku_costs x WHERE x.sku_id = s.id) THEN 1 ELSE 0 END AS hist "
/// From g (per SKU: q1 the pieces at the end of `before`, d the pieces moved up to the end of
/// `last`, hist), the pieces and their value per category at both moments: from the cost history
/// for a SKU that has one, else its own (or its item's) cost without looking through the history.
#define SHOPDESK_SQL_VALUE_BY_CATEGORY                                                                                 \
    "SELECT i.category, sum(g.q1), "                                                                                   \
    "sum(g.q1 * CASE WHEN g.hist = 0 THEN coalesce(s.cost_fen, i.cost_fen) ELSE " SHOPDESK_SQL_COST_AT("s.id",         \
        ":c1") " END), sum(g.q1 + g.d), sum((g.q1 + g.d) * CASE WHEN g.hist = 0 THEN coalesce(s.cost_fen, "            \
               "i.cost_fen) "                                                                                          \
               "ELSE " SHOPDESK_SQL_COST_AT("s.id",                                                                    \
                   ":c2") " END) FROM g JOIN skus s ON s.id = g.sku JOIN items i ON i.id = s.item_id WHERE g.q1 <> 0 " \
                          "OR g.d <> 0 OR EXISTS (SELECT 1 FROM stock_moves e WHERE e.sku_id = s.id AND e.moved_at < " \
                          ":t3) GROUP BY i.category ORDER BY i.category"

core::Result<QList<CategoryValue>> ProfitRepository::valueByCategory(
    QDate before, QDate last, StockValueReading reading) const
{
    // Each SKU's pieces at each moment: its stock on hand now (kept, shop format 26: the kept sum
    // plus the few ledger rows past its bookmark) less its rows since.
    auto upto = core::StockOnHandRepository(mDb).bookmark();
    if (!upto)
        return upto.error();
    if (reading == StockValueReading::Auto) {
        auto few = core::StockOnHandRepository(mDb).fewRowsSince(dayAfter(before));
        if (!few)
            return few.error();
        reading = *few ? StockValueReading::RowsSince : StockValueReading::SkuBySku;
    }
    // SkuBySku: each SKU's rows since from the covering (sku, time) index, two look-ups a SKU (for
    // an old month, whose rows since are most of the ledger). RowsSince: the rows since read once
    // through the time index and added up per SKU (a recent month: a few thousand rows instead of
    // 116,000 SKUs' look-ups on a big shop), and g read in place: materialising a row per SKU was
    // most of its time once the look-ups were gone.
    SqlQuery q(mDb,
        reading == StockValueReading::SkuBySku
            ? QStringLiteral(SHOPDESK_SQL_VALUE_PAST
                "g AS MATERIALIZED (SELECT s.id AS sku, coalesce(h.quantity, 0) + coalesce(t.q, 0) - "
                "coalesce((SELECT sum(m.quantity) FROM stock_moves m WHERE m.sku_id = s.id AND m.moved_at >= :t1), "
                "0) AS q1, coalesce((SELECT sum(m.quantity) FROM stock_moves m WHERE m.sku_id = s.id AND m.moved_at "
                ">= :t1b AND m.moved_at < :t2), 0) AS d, " SHOPDESK_SQL_VALUE_HIST
                "FROM skus s LEFT JOIN stock_on_hand h ON h.sku_id = s.id LEFT JOIN t ON t.sku = "
                "s.id) " SHOPDESK_SQL_VALUE_BY_CATEGORY)
            : QStringLiteral(SHOPDESK_SQL_VALUE_PAST
                "r AS MATERIALIZED (SELECT m.sku_id, m.quantity, m.moved_at FROM stock_moves m WHERE m.moved_at >= "
                ":t1), rs AS MATERIALIZED (SELECT r.sku_id AS sku, sum(r.quantity) AS since, sum(CASE WHEN "
                "r.moved_at >= :t1b AND r.moved_at < :t2 THEN r.quantity ELSE 0 END) AS d FROM r GROUP BY r.sku_id), "
                "g AS (SELECT s.id AS sku, coalesce(h.quantity, 0) + coalesce(t.q, 0) - "
                "coalesce(rs.since, 0) AS q1, coalesce(rs.d, 0) AS d, " SHOPDESK_SQL_VALUE_HIST
                "FROM skus s LEFT JOIN stock_on_hand h ON h.sku_id = s.id LEFT JOIN t ON t.sku = s.id LEFT JOIN rs "
                "ON rs.sku = s.id) " SHOPDESK_SQL_VALUE_BY_CATEGORY));
    q.bind({ { QStringLiteral(":upto"), *upto }, { QStringLiteral(":t1"), dayAfter(before) },
        { QStringLiteral(":t1b"), dayAfter(before) }, { QStringLiteral(":t2"), dayAfter(last) },
        { QStringLiteral(":t3"), dayAfter(last) }, { QStringLiteral(":c1"), lastSecond(before) },
        { QStringLiteral(":c2"), lastSecond(last) } });
    if (Status s = q.run(); !s)
        return s.error();
    QList<CategoryValue> out;
    while (q.next()) {
        CategoryValue v;
        v.category = q.value(0).toString();
        v.openingUnits = q.value(1).toLongLong();
        v.opening = core::Money::fromFen(q.value(2).toLongLong());
        v.closingUnits = q.value(3).toLongLong();
        v.closing = core::Money::fromFen(q.value(4).toLongLong());
        out << v;
    }
    return out;
}

} // namespace shopdesk::kpi
