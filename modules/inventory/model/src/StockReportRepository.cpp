#include "shopdesk/inventory/StockReport.h"

#include <shopdesk/core/CostHistoryRepository.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/core/StockOnHandRepository.h>

#include <QHash>

#include <algorithm>

namespace shopdesk::inventory {

using core::Money;
using core::SqlQuery;
using core::Status;

/// Whether a movement counts in (入库): a receipt, a buyer return, a supplier replacement, or a gain
/// of a count or correction; a reversal counts where its original did.
#define SHOPDESK_SQL_STOCK_IN                                                                                          \
    "(m.kind IN ('receive', 'return', 'exchange_in') OR (m.kind NOT IN ('ship', 'exchange_out') AND "                  \
    "((m.reverses IS NULL AND m.quantity > 0) OR (m.reverses IS NOT NULL AND m.quantity < 0))))"

namespace {
QString dayText(QDate d) { return core::toDbDate(d); }
QString lastSecond(QDate d) { return core::toDbDate(d) + QStringLiteral(" 23:59:59"); }

/// Where a movement of `kind` goes: +1 into an in column, −1 into an out column, with its index.
std::pair<int, int> columnOf(const QString &kind, bool gain)
{
    namespace c = core::codes;
    if (kind == c::kMoveReceive)
        return { 1, int(StockIn::Receive) };
    if (kind == c::kMoveReturn)
        return { 1, int(StockIn::Return) };
    if (kind == c::kMoveExchangeIn)
        return { 1, int(StockIn::ExchangeIn) };
    if (kind == c::kMoveOpening)
        return { 1, int(StockIn::Opening) };
    if (kind == c::kMoveShip)
        return { -1, int(StockOut::Ship) };
    if (kind == c::kMoveExchangeOut)
        return { -1, int(StockOut::ExchangeOut) };
    if (kind == c::kMoveStocktake)
        return gain ? std::pair { 1, int(StockIn::CountGain) } : std::pair { -1, int(StockOut::CountLoss) };
    return gain ? std::pair { 1, int(StockIn::Other) } : std::pair { -1, int(StockOut::Other) };
}

/// Books `during`, the period's pieces of one kind, into `row`'s in and out columns; for the
/// stock-take and corrections `gains` is the part that came in.
void addDuring(StockReportRow &row, const QString &kind, qint64 during, qint64 gains)
{
    if (kind == core::codes::kMoveStocktake || kind == core::codes::kMoveCorrection) {
        const bool count = kind == core::codes::kMoveStocktake;
        row.in[int(count ? StockIn::CountGain : StockIn::Other)] += gains;
        row.out[int(count ? StockOut::CountLoss : StockOut::Other)] -= during - gains;
        return;
    }
    const auto [direction, column] = columnOf(kind, true);
    if (direction > 0)
        row.in[column] += during;
    else
        row.out[column] -= during;
}
} // namespace

core::Result<StockReport> StockReportRepository::report(
    QDate from, QDate to, StockReportGrouping by, Reading reading) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return core::Error { tr("The stock report needs a first day on or before its last day.") };
    // 1. The SKUs with their cost at the start and at the end of the period. The items apart, each
    // read once: their SKUs' rows share the item's texts (and the sort below finds equal codes
    // equal at once), and their cost is the SKUs' last resort (SHOPDESK_SQL_COST_AT).
    struct ItemFacts {
        QString code, title, category;
        qint64 costFen = 0;
    };
    QHash<qint64, ItemFacts> items;
    {
        SqlQuery iq(mDb, QStringLiteral("SELECT id, code, title, category, cost_fen FROM items"));
        if (Status s = iq.run(); !s)
            return s.error();
        while (iq.next())
            items.insert(iq.value(0).toLongLong(),
                { iq.value(1).toString(), iq.value(2).toString(), iq.value(3).toString(), iq.value(4).toLongLong() });
    }
    // The costs the history gives at the two moments, only for the SKUs it holds (a look-up per
    // SKU of a big shop's 116,000 for nothing cost more than reading them all).
    QHash<qint64, std::pair<qint64, qint64>> fromHistory; // SKU → cost before the period, at its end
    {
        SqlQuery hq(mDb,
            QStringLiteral("SELECT h.sku_id, coalesce(" SHOPDESK_SQL_COST_HISTORY_AT(
                "h.sku_id", ":before") "), coalesce(" SHOPDESK_SQL_COST_HISTORY_AT("h.sku_id",
                ":end") ") FROM (SELECT DISTINCT sku_id FROM sku_costs) h"));
        hq.bind({ { QStringLiteral(":before"), lastSecond(from.addDays(-1)) },
            { QStringLiteral(":end"), lastSecond(to) } });
        if (Status s = hq.run(); !s)
            return s.error();
        while (hq.next())
            fromHistory.insert(hq.value(0).toLongLong(), { hq.value(1).toLongLong(), hq.value(2).toLongLong() });
    }
    SqlQuery skus(mDb, QStringLiteral("SELECT s.id, s.item_id, s.color, s.size, s.barcode, s.cost_fen FROM skus s"));
    if (Status s = skus.run(); !s)
        return s.error();
    struct Sku {
        StockReportRow row;
        qint64 itemId = 0;
        qint64 costBefore = 0, costEnd = 0;
        bool moved = false;
    };
    QHash<qint64, Sku> bySku;
    bySku.reserve(items.size() * 8);
    while (skus.next()) {
        const auto item = items.constFind(skus.value(1).toLongLong());
        if (item == items.cend())
            continue;
        Sku &k = bySku[skus.value(0).toLongLong()];
        k.itemId = item.key();
        k.row.itemCode = item->code;
        k.row.title = item->title;
        k.row.category = item->category;
        k.row.color = skus.value(2).toString();
        k.row.size = skus.value(3).toString();
        k.row.barcode = skus.value(4).toString();
        // SHOPDESK_SQL_COST_AT: the history's cost, else the SKU's own, else its item's.
        if (const auto h = fromHistory.constFind(skus.value(0).toLongLong()); h != fromHistory.cend()) {
            k.costBefore = h->first;
            k.costEnd = h->second;
        } else {
            k.costBefore = k.costEnd = skus.value(5).isNull() ? item->costFen : skus.value(5).toLongLong();
        }
    }
    skus.finish();

    // 2. Pieces per SKU and kind: before the period and in it.
    const QString fromDay = dayText(from), toDay = dayText(to.addDays(1));
    if (reading == Reading::Auto) {
        auto since = core::StockOnHandRepository(mDb).fewRowsSince(fromDay);
        if (!since)
            return since.error();
        reading = *since ? Reading::SinceFirstDay : Reading::WholeLedger;
    }
    if (reading == Reading::WholeLedger) {
        // One grouped pass over the (sku, kind, time) index: before the period, in it, and for the
        // stock-take and corrections the gains in it (a reversal counts as its original's). Only
        // these eight kinds count.
        SqlQuery pieces(mDb,
            QStringLiteral("SELECT m.sku_id, m.kind, sum(CASE WHEN m.moved_at < :from THEN m.quantity END), "
                           "sum(CASE WHEN m.moved_at >= :from2 THEN m.quantity END), "
                           "sum(CASE WHEN m.moved_at >= :from3 AND ((m.reverses IS NULL AND m.quantity > 0) OR "
                           "(m.reverses IS NOT NULL AND m.quantity < 0)) THEN m.quantity ELSE 0 END) "
                           "FROM stock_moves m WHERE m.kind IN ('receive', 'return', 'exchange_in', 'opening', "
                           "'ship', 'exchange_out', 'stocktake', 'correction') AND m.moved_at < :to GROUP BY "
                           "m.sku_id, m.kind"));
        pieces.bind({ { QStringLiteral(":from"), fromDay }, { QStringLiteral(":from2"), fromDay },
            { QStringLiteral(":from3"), fromDay }, { QStringLiteral(":to"), toDay } });
        if (Status s = pieces.run(); !s)
            return s.error();
        while (pieces.next()) {
            if (pieces.value(2).isNull() && pieces.value(3).isNull())
                continue;
            auto it = bySku.find(pieces.value(0).toLongLong());
            if (it == bySku.end())
                continue;
            const qint64 before = pieces.value(2).toLongLong(), during = pieces.value(3).toLongLong();
            it->row.opening += before;
            it->row.closing += before + during;
            it->moved = true;
            addDuring(it->row, pieces.value(1).toString(), during, pieces.value(4).toLongLong());
        }
        pieces.finish();
    } else {
        // Each SKU's kept stock on hand less what moved since the first day: the ledger rows since
        // then read once through the time index and added up here (a GROUP BY there would read the
        // whole ledger in the SKU index's order).
        auto onHand = core::StockOnHandRepository(mDb).bySku();
        if (!onHand)
            return onHand.error();
        struct Since {
            QHash<QString, std::pair<qint64, qint64>> byKind; ///< in the period: pieces, gains
            qint64 after = 0; ///< after the last day
            qint64 inFen = 0, outFen = 0; ///< the period's movements in and out at the cost of their moment
            bool during = false;
        };
        // The period's changes of cost per SKU in time order: a movement is at the cost of the last
        // change at or before it (of equal times the last written), else at the cost before the
        // period, as SHOPDESK_SQL_COST_AT works it out.
        QHash<qint64, QList<std::pair<QString, qint64>>> changes;
        SqlQuery costs(mDb,
            QStringLiteral("SELECT h.sku_id, h.changed_at, h.cost_fen FROM sku_costs h WHERE h.changed_at >= :from "
                           "AND h.changed_at < :to ORDER BY h.sku_id, h.changed_at, h.id"));
        costs.bind({ { QStringLiteral(":from"), fromDay }, { QStringLiteral(":to"), toDay } });
        if (Status s = costs.run(); !s)
            return s.error();
        while (costs.next())
            changes[costs.value(0).toLongLong()].append({ costs.value(1).toString(), costs.value(2).toLongLong() });
        costs.finish();
        QHash<qint64, Since> since;
        SqlQuery rows(mDb,
            QStringLiteral("SELECT m.sku_id, m.kind, m.quantity, m.reverses, m.moved_at FROM stock_moves m WHERE "
                           "m.moved_at >= :from"));
        rows.bind(QStringLiteral(":from"), fromDay);
        rows.setForwardOnly(true);
        if (Status s = rows.run(); !s)
            return s.error();
        while (rows.next()) {
            const qint64 sku = rows.value(0).toLongLong();
            Since &x = since[sku];
            const qint64 q = rows.value(2).toLongLong();
            const QString at = rows.value(4).toString();
            if (at >= toDay) {
                x.after += q;
                continue;
            }
            const bool gain = rows.value(3).isNull() ? q > 0 : q < 0;
            const QString kind = rows.value(1).toString();
            auto &pieces = x.byKind[kind];
            pieces.first += q;
            if (gain)
                pieces.second += q;
            x.during = true;
            const auto k = bySku.constFind(sku);
            qint64 cost = k != bySku.cend() ? k->costBefore : 0;
            if (const auto c = changes.constFind(sku); c != changes.cend()) {
                const auto next = std::upper_bound(c->cbegin(), c->cend(), at,
                    [](const QString &t, const std::pair<QString, qint64> &change) { return t < change.first; });
                if (next != c->cbegin())
                    cost = std::prev(next)->second;
            }
            namespace codes = core::codes;
            const bool in = kind == codes::kMoveReceive || kind == codes::kMoveReturn || kind == codes::kMoveExchangeIn
                || (kind != codes::kMoveShip && kind != codes::kMoveExchangeOut && gain);
            (in ? x.inFen : x.outFen) += cost * q;
        }
        rows.finish();
        for (auto h = onHand->cbegin(); h != onHand->cend(); ++h) {
            auto it = bySku.find(h.key());
            if (it == bySku.end())
                continue;
            const auto x = since.constFind(h.key());
            if (x != since.cend() && !x->during) {
                // Moved only after the period: in the report only if it moved before it too.
                SqlQuery earlier(
                    mDb, QStringLiteral("SELECT 1 FROM stock_moves m WHERE m.sku_id = :sku AND m.moved_at < :from"));
                earlier.bind({ { QStringLiteral(":sku"), h.key() }, { QStringLiteral(":from"), fromDay } });
                if (Status s = earlier.run(); !s)
                    return s.error();
                if (!earlier.next())
                    continue;
            }
            it->moved = true;
            it->row.closing = *h - (x != since.cend() ? x->after : 0);
            it->row.opening = it->row.closing;
            if (x == since.cend())
                continue;
            it->row.inValue = Money::fromFen(x->inFen);
            it->row.outValue = Money::fromFen(-x->outFen);
            for (auto k = x->byKind.cbegin(); k != x->byKind.cend(); ++k) {
                it->row.opening -= k->first;
                addDuring(it->row, k.key(), k->first, k->second);
            }
        }
    }

    // 3. The period's movements at the cost of their moment (read with the rows since the first day
    // above, else here): the period is cut at each change of a SKU's cost (its cost at the start, then each change in
    // the period), and each span sums the movements in and out of its SKU from the (sku, time) index at its one cost.
    if (reading == Reading::WholeLedger) {
        SqlQuery flows(mDb,
            QStringLiteral(
                "WITH q AS MATERIALIZED (SELECT s.id AS sku, :from AS a, coalesce((SELECT min(h.changed_at) FROM "
                "sku_costs h WHERE h.sku_id = s.id AND h.changed_at >= :from2 AND h.changed_at < :to), :to2) AS "
                "b, " SHOPDESK_SQL_COST_AT("s.id",
                    ":before") " AS c FROM skus s JOIN items i ON i.id = s.item_id "
                               // Only the SKUs that moved in the period: a big shop's other hundred
                               // thousand would each cost two look-ups for nothing (≈ 1 s).
                               "WHERE EXISTS (SELECT 1 FROM stock_moves x WHERE x.sku_id = s.id AND x.moved_at >= "
                               ":from4 AND x.moved_at < :to6) "
                               "UNION ALL SELECT h.sku_id, h.changed_at, coalesce((SELECT min(n.changed_at) FROM "
                               "sku_costs "
                               "n WHERE "
                               "n.sku_id = h.sku_id AND n.changed_at > h.changed_at AND n.changed_at < :to3), :to4), "
                               "h.cost_fen "
                               "FROM sku_costs h WHERE h.changed_at >= :from3 AND h.changed_at < :to5 AND NOT EXISTS "
                               "(SELECT 1 FROM "
                               "sku_costs d WHERE d.sku_id = h.sku_id AND d.changed_at = h.changed_at AND d.id > "
                               "h.id)) "
                               "SELECT q.sku, sum(q.c * (SELECT sum(CASE WHEN " SHOPDESK_SQL_STOCK_IN
                               " THEN m.quantity ELSE 0 END) FROM stock_moves "
                               "m WHERE m.sku_id = q.sku AND m.moved_at >= q.a AND m.moved_at < q.b)), "
                               "sum(q.c * (SELECT sum(CASE WHEN " SHOPDESK_SQL_STOCK_IN
                               " THEN 0 ELSE m.quantity END) FROM stock_moves m WHERE "
                               "m.sku_id = q.sku AND m.moved_at >= q.a AND m.moved_at < q.b)) "
                               "FROM q WHERE q.a < q.b GROUP BY q.sku"));
        flows.bind({ { QStringLiteral(":from"), fromDay }, { QStringLiteral(":from2"), fromDay },
            { QStringLiteral(":from3"), fromDay }, { QStringLiteral(":to"), toDay }, { QStringLiteral(":to2"), toDay },
            { QStringLiteral(":to3"), toDay }, { QStringLiteral(":to4"), toDay }, { QStringLiteral(":to5"), toDay },
            { QStringLiteral(":from4"), fromDay }, { QStringLiteral(":to6"), toDay },
            { QStringLiteral(":before"), lastSecond(from.addDays(-1)) } });
        if (Status s = flows.run(); !s)
            return s.error();
        while (flows.next()) {
            auto it = bySku.find(flows.value(0).toLongLong());
            if (it == bySku.end())
                continue;
            it->row.inValue = Money::fromFen(flows.value(1).toLongLong());
            it->row.outValue = Money::fromFen(-flows.value(2).toLongLong());
        }
        flows.finish();
    }

    StockReport report;
    report.from = from;
    report.to = to;
    report.by = by;
    // Sorted by item code, colour, size and barcode (per SKU), item code (per item) or category,
    // then the rows of one item or category added up: a sort of pointers, not a map of a hundred
    // thousand keys made of those texts.
    QList<Sku *> moved;
    moved.reserve(bySku.size());
    for (auto it = bySku.begin(); it != bySku.end(); ++it) {
        if (!it->moved)
            continue;
        StockReportRow &row = it->row;
        row.openingValue = Money::fromFen(row.opening * it->costBefore);
        row.closingValue = Money::fromFen(row.closing * it->costEnd);
        switch (by) {
        case StockReportGrouping::Sku:
            row.key = row.barcode;
            break;
        case StockReportGrouping::Item:
            row.key = row.itemCode;
            break;
        case StockReportGrouping::Category:
            row.key = row.category;
            break;
        }
        moved.append(&*it);
        report.total.add(row);
    }
    // Stable sorts: rows of one key keep the order they came in (the hash's), as the map did.
    if (by == StockReportGrouping::Category) {
        std::stable_sort(
            moved.begin(), moved.end(), [](const Sku *x, const Sku *y) { return x->row.category < y->row.category; });
    } else {
        // The items by code (codes are unique), then each item's SKUs by colour, size, barcode.
        QHash<qint64, QList<Sku *>> ofItem;
        QList<qint64> itemOrder;
        for (Sku *k : std::as_const(moved)) {
            QList<Sku *> &of = ofItem[k->itemId];
            if (of.isEmpty())
                itemOrder.append(k->itemId);
            of.append(k);
        }
        std::sort(itemOrder.begin(), itemOrder.end(),
            [&items](qint64 x, qint64 y) { return items.constFind(x)->code < items.constFind(y)->code; });
        moved.clear();
        for (qint64 item : std::as_const(itemOrder)) {
            QList<Sku *> &of = ofItem[item];
            if (by == StockReportGrouping::Sku)
                std::stable_sort(of.begin(), of.end(), [](const Sku *x, const Sku *y) {
                    const StockReportRow &a = x->row, &b = y->row;
                    if (const int c = a.color.compare(b.color); c != 0)
                        return c < 0;
                    if (const int c = a.size.compare(b.size); c != 0)
                        return c < 0;
                    return a.barcode < b.barcode;
                });
            moved.append(of);
        }
    }
    report.rows.reserve(moved.size());
    for (Sku *k : std::as_const(moved)) {
        StockReportRow &row = k->row;
        if (!report.rows.isEmpty() && by != StockReportGrouping::Sku && report.rows.constLast().key == row.key) {
            report.rows.last().add(row);
            continue;
        }
        StockReportRow head = std::move(row); // the SKUs' rows are not read again
        if (by != StockReportGrouping::Sku) {
            head.color.clear();
            head.size.clear();
            head.barcode.clear();
        }
        if (by == StockReportGrouping::Category) {
            head.itemCode.clear();
            head.title.clear();
        }
        report.rows.append(std::move(head));
    }
    return report;
}

} // namespace shopdesk::inventory
