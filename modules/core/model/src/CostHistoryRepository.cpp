#include "shopdesk/core/CostHistoryRepository.h"

#include "shopdesk/core/Records.h"
#include "shopdesk/core/SqlQuery.h"
#include "shopdesk/core/Transaction.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace shopdesk::core {

namespace {
/// A SKU's cost and on-hand as a note's lines follow one another.
struct SkuCost {
    qint64 cost = 0;
    qint64 onHand = 0;
};

/// (n·a + q·c) / (n + q) in whole fen, rounded half away from zero; n below zero counts as none.
qint64 movingAverage(qint64 onHand, qint64 cost, qint64 quantity, qint64 unitCost)
{
    const qint64 n = std::max<qint64>(onHand, 0);
    if (n + quantity <= 0)
        return cost;
    const double value = double(n) * double(cost) + double(quantity) * double(unitCost);
    return std::max<qint64>(0, std::llround(value / double(n + quantity)));
}
} // namespace

Status CostHistoryRepository::receive(const QList<ReceiptCost> &lines, const QString &reference, const QDateTime &at)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery state(mDb,
        QStringLiteral("SELECT coalesce(s.cost_fen, i.cost_fen), "
                       "(SELECT coalesce(sum(m.quantity), 0) FROM stock_moves m WHERE m.sku_id = s.id) "
                       "FROM skus s JOIN items i ON i.id = s.item_id WHERE s.id = :id"));
    SqlQuery add(mDb,
        QStringLiteral("INSERT INTO sku_costs (sku_id, changed_at, cost_before_fen, cost_fen, quantity, unit_cost_fen, "
                       "on_hand_before, source, reference) VALUES (:sku, :at, :before, :after, :qty, :unit, :on_hand, "
                       "'receive', :ref)"));
    SqlQuery set(mDb, QStringLiteral("UPDATE skus SET cost_fen = :cost WHERE id = :id"));
    const QString when = toDbTime(at.isValid() ? at : QDateTime::currentDateTime());
    QHash<qint64, SkuCost> skus;
    for (const ReceiptCost &line : lines) {
        auto it = skus.find(line.skuId);
        if (it == skus.end()) {
            state.bind(QStringLiteral(":id"), line.skuId);
            if (Status s = state.run(); !s)
                return s;
            if (!state.next())
                return Error { tr("There is no SKU with the number %1.").arg(line.skuId) };
            it = skus.insert(line.skuId, { state.value(0).toLongLong(), state.value(1).toLongLong() });
            state.finish();
        }
        const qint64 unit = line.unitCost.fen();
        if (unit > 0 && unit != it->cost && line.quantity > 0) {
            const qint64 after = movingAverage(it->onHand, it->cost, line.quantity, unit);
            add.bind({ { QStringLiteral(":sku"), line.skuId }, { QStringLiteral(":at"), when },
                { QStringLiteral(":before"), it->cost }, { QStringLiteral(":after"), after },
                { QStringLiteral(":qty"), line.quantity }, { QStringLiteral(":unit"), unit },
                { QStringLiteral(":on_hand"), it->onHand }, { QStringLiteral(":ref"), reference } });
            if (Status s = add.run(); !s)
                return s;
            set.bind({ { QStringLiteral(":cost"), after }, { QStringLiteral(":id"), line.skuId } });
            if (Status s = set.run(); !s)
                return s;
            it->cost = after;
        }
        it->onHand += line.quantity;
    }
    return tx.commit();
}

Result<QHash<qint64, Money>> CostHistoryRepository::itemCosts(qint64 itemId) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT s.id, coalesce(s.cost_fen, i.cost_fen) FROM skus s JOIN items i ON i.id = s.item_id "
                       "WHERE i.id = :item"));
    q.bind(QStringLiteral(":item"), itemId);
    if (Status s = q.run(); !s)
        return s.error();
    QHash<qint64, Money> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), Money::fromFen(q.value(1).toLongLong()));
    return out;
}

Status CostHistoryRepository::recordChangedCosts(
    const QHash<qint64, Money> &before, const QDateTime &at, const QString &source)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery state(mDb,
        QStringLiteral("SELECT coalesce(s.cost_fen, i.cost_fen), "
                       "(SELECT coalesce(sum(m.quantity), 0) FROM stock_moves m WHERE m.sku_id = s.id) "
                       "FROM skus s JOIN items i ON i.id = s.item_id WHERE s.id = :id"));
    SqlQuery add(mDb,
        QStringLiteral("INSERT INTO sku_costs (sku_id, changed_at, cost_before_fen, cost_fen, quantity, unit_cost_fen, "
                       "on_hand_before, source, reference) VALUES (:sku, :at, :before, :after, 0, :unit, :on_hand, "
                       ":source, '')"));
    const QString when = toDbTime(at.isValid() ? at : QDateTime::currentDateTime());
    QList<qint64> skus = before.keys();
    std::sort(skus.begin(), skus.end());
    for (qint64 sku : std::as_const(skus)) {
        state.bind(QStringLiteral(":id"), sku);
        if (Status s = state.run(); !s)
            return s;
        if (!state.next())
            continue; // the edit took the SKU out
        const qint64 now = state.value(0).toLongLong();
        const qint64 onHand = state.value(1).toLongLong();
        state.finish();
        const qint64 was = before.value(sku).fen();
        if (now == was)
            continue;
        add.bind({ { QStringLiteral(":sku"), sku }, { QStringLiteral(":at"), when }, { QStringLiteral(":before"), was },
            { QStringLiteral(":after"), now }, { QStringLiteral(":unit"), now }, { QStringLiteral(":on_hand"), onHand },
            { QStringLiteral(":source"), source } });
        if (Status s = add.run(); !s)
            return s;
    }
    return tx.commit();
}

Status CostHistoryRepository::reverse(const QString &reference, const QDateTime &at)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    // Per SKU: the pieces and value the note's receipts added, the cost before the first of them,
    // the SKU's cost and on-hand now.
    SqlQuery q(mDb,
        QStringLiteral(
            "SELECT c.sku_id, sum(c.quantity), sum(c.quantity * c.unit_cost_fen), "
            "(SELECT f.cost_before_fen FROM sku_costs f WHERE f.sku_id = c.sku_id AND f.reference = :ref2 "
            "AND f.source = 'receive' ORDER BY f.changed_at, f.id LIMIT 1), "
            "(SELECT coalesce(s.cost_fen, i.cost_fen) FROM skus s JOIN items i ON i.id = s.item_id WHERE s.id = "
            "c.sku_id), "
            "(SELECT coalesce(sum(m.quantity), 0) FROM stock_moves m WHERE m.sku_id = c.sku_id), "
            "(SELECT CASE WHEN l.reference = :ref3 AND l.source = 'receive' THEN 1 ELSE 0 END FROM sku_costs l "
            "WHERE l.sku_id = c.sku_id ORDER BY l.changed_at DESC, l.id DESC LIMIT 1) "
            "FROM sku_costs c WHERE c.reference = :ref AND c.source = 'receive' GROUP BY c.sku_id ORDER BY c.sku_id"));
    q.bind({ { QStringLiteral(":ref"), reference }, { QStringLiteral(":ref2"), reference },
        { QStringLiteral(":ref3"), reference } });
    if (Status s = q.run(); !s)
        return s;
    struct Back {
        qint64 sku, quantity, value, before, cost, onHand;
        bool last; ///< nothing changed the cost since the note
    };
    QList<Back> backs;
    while (q.next())
        backs.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
            q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toInt() == 1 });
    q.finish();
    SqlQuery add(mDb,
        QStringLiteral("INSERT INTO sku_costs (sku_id, changed_at, cost_before_fen, cost_fen, quantity, unit_cost_fen, "
                       "on_hand_before, source, reference) VALUES (:sku, :at, :before, :after, :qty, :unit, :on_hand, "
                       "'reverse', :ref)"));
    SqlQuery set(mDb, QStringLiteral("UPDATE skus SET cost_fen = :cost WHERE id = :id"));
    const QString when = toDbTime(at.isValid() ? at : QDateTime::currentDateTime());
    for (const Back &b : std::as_const(backs)) {
        if (b.quantity <= 0)
            continue;
        const qint64 left = b.onHand - b.quantity;
        // The note was the last change: its cost goes back to what it was before it, exactly.
        // Otherwise what the note added is taken out of the average of what is left.
        qint64 after = b.before;
        if (!b.last && left > 0) {
            const double value = double(b.onHand) * double(b.cost) - double(b.value);
            after = value > 0 ? std::llround(value / double(left)) : b.before;
        }
        add.bind(
            { { QStringLiteral(":sku"), b.sku }, { QStringLiteral(":at"), when }, { QStringLiteral(":before"), b.cost },
                { QStringLiteral(":after"), after }, { QStringLiteral(":qty"), -b.quantity },
                { QStringLiteral(":unit"), qint64(std::llround(double(b.value) / double(b.quantity))) },
                { QStringLiteral(":on_hand"), b.onHand }, { QStringLiteral(":ref"), reference } });
        if (Status s = add.run(); !s)
            return s;
        set.bind({ { QStringLiteral(":cost"), after }, { QStringLiteral(":id"), b.sku } });
        if (Status s = set.run(); !s)
            return s;
    }
    return tx.commit();
}

Result<QList<CostChange>> CostHistoryRepository::history(qint64 skuId) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT id, sku_id, changed_at, cost_before_fen, cost_fen, quantity, unit_cost_fen, "
                       "on_hand_before, source, reference FROM sku_costs WHERE sku_id = :sku ORDER BY changed_at, id"));
    q.bind(QStringLiteral(":sku"), skuId);
    if (Status s = q.run(); !s)
        return s.error();
    QList<CostChange> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), fromDbTime(q.value(2).toString()),
            Money::fromFen(q.value(3).toLongLong()), Money::fromFen(q.value(4).toLongLong()), q.value(5).toInt(),
            Money::fromFen(q.value(6).toLongLong()), q.value(7).toLongLong(), q.value(8).toString(),
            q.value(9).toString() });
    return out;
}

Result<Money> CostHistoryRepository::costAt(qint64 skuId, const QDateTime &at) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT " SHOPDESK_SQL_COST_AT("s.id", ":at") " FROM skus s JOIN items i ON i.id = s.item_id "
                                                                     "WHERE s.id = :sku"));
    q.bind({ { QStringLiteral(":sku"), skuId }, { QStringLiteral(":at"), toDbTime(at) } });
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return Error { tr("There is no SKU with the number %1.").arg(skuId) };
    return Money::fromFen(q.value(0).toLongLong());
}

} // namespace shopdesk::core
