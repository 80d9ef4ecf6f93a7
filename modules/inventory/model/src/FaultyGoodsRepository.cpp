#include "shopdesk/inventory/FaultyGoodsRepository.h"

#include <shopdesk/core/Records.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/core/Transaction.h>

namespace shopdesk::inventory {

using core::Error;
using core::SqlQuery;
using core::Status;

core::Result<qint64> FaultyGoodsRepository::createExchange(
    const QString &exchangeNo, qint64 supplierId, const QList<ExchangeLine> &lines, const QString &actor)
{
    if (exchangeNo.trimmed().isEmpty())
        return Error { tr("An exchange list needs a number.") };
    if (lines.isEmpty())
        return Error { tr("Exchange list %1 has no lines.").arg(exchangeNo) };
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    const QDateTime now = QDateTime::currentDateTime();
    SqlQuery head(mDb,
        QStringLiteral("INSERT INTO supplier_exchanges (exchange_no, supplier_id, status, created_at, actor) "
                       "VALUES (:no, :s, 'open', :at, :actor) RETURNING id"));
    head.bind({ { QStringLiteral(":no"), exchangeNo.trimmed() }, { QStringLiteral(":s"), supplierId },
        { QStringLiteral(":at"), core::toDbTime(now) }, { QStringLiteral(":actor"), actor } });
    auto id = head.insert();
    if (!id)
        return id;
    SqlQuery line(mDb,
        QStringLiteral("INSERT INTO supplier_exchange_lines (exchange_id, sku_id, quantity, reason) "
                       "VALUES (:e, :sku, :qty, :reason)"));
    QList<core::StockMove> moves;
    int n = 0;
    for (const ExchangeLine &l : lines) {
        ++n;
        if (l.quantity <= 0)
            return Error { tr("Exchange list %1, line %2: the quantity must be at least 1 (it is %3).")
                               .arg(exchangeNo)
                               .arg(n)
                               .arg(l.quantity) };
        line.bind({ { QStringLiteral(":e"), *id }, { QStringLiteral(":sku"), l.skuId },
            { QStringLiteral(":qty"), l.quantity }, { QStringLiteral(":reason"), l.reason } });
        if (Status s = line.run(); !s)
            return s.error();
        moves.append(
            { 0, l.skuId, core::codes::kMoveExchangeOut, -l.quantity, exchangeNo.trimmed(), actor, l.reason, now, {} });
    }
    if (auto booked = core::StockLedger(mDb).bookAll(moves); !booked)
        return booked.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

core::Result<SupplierExchange> FaultyGoodsRepository::exchange(qint64 exchangeId) const
{
    SqlQuery head(mDb,
        QStringLiteral("SELECT e.id, e.exchange_no, e.supplier_id, s.name, e.status, e.created_at, e.actor "
                       "FROM supplier_exchanges e JOIN suppliers s ON s.id = e.supplier_id WHERE e.id = :id"));
    head.bind(QStringLiteral(":id"), exchangeId);
    if (Status s = head.run(); !s)
        return s.error();
    if (!head.next())
        return Error { tr("There is no exchange list number %1.").arg(exchangeId) };
    SupplierExchange e;
    e.id = head.value(0).toLongLong();
    e.exchangeNo = head.value(1).toString();
    e.supplierId = head.value(2).toLongLong();
    e.supplierName = head.value(3).toString();
    e.status = head.value(4).toString();
    e.createdAt = core::fromDbTime(head.value(5).toString());
    e.actor = head.value(6).toString();
    SqlQuery lines(mDb,
        QStringLiteral(
            "SELECT l.sku_id, l.quantity, l.reason, "
            "coalesce((SELECT sum(m.quantity) FROM stock_moves m WHERE m.kind = 'exchange_in' AND m.reference = :no "
            "AND m.sku_id = l.sku_id), 0), i.code, i.title, s.color, s.size, s.barcode, coalesce(s.cost_fen, "
            "i.cost_fen) "
            "FROM supplier_exchange_lines l JOIN skus s ON s.id = l.sku_id JOIN items i ON i.id = s.item_id "
            "WHERE l.exchange_id = :id ORDER BY l.id"));
    lines.bind({ { QStringLiteral(":no"), e.exchangeNo }, { QStringLiteral(":id"), exchangeId } });
    if (Status s = lines.run(); !s)
        return s.error();
    // Replacements are per SKU; spread them over the SKU's lines in order.
    QHash<qint64, int> replacedLeft;
    while (lines.next()) {
        ExchangeLine l;
        l.skuId = lines.value(0).toLongLong();
        l.quantity = lines.value(1).toInt();
        l.reason = lines.value(2).toString();
        if (!replacedLeft.contains(l.skuId))
            replacedLeft.insert(l.skuId, lines.value(3).toInt());
        l.replaced = qMin(l.quantity, replacedLeft[l.skuId]);
        replacedLeft[l.skuId] -= l.replaced;
        l.itemCode = lines.value(4).toString();
        l.itemTitle = lines.value(5).toString();
        l.color = lines.value(6).toString();
        l.size = lines.value(7).toString();
        l.barcode = lines.value(8).toString();
        l.unitCost = core::Money::fromFen(lines.value(9).toLongLong());
        e.lines << l;
    }
    return e;
}

core::Result<QList<SupplierExchange>> FaultyGoodsRepository::exchanges() const
{
    SqlQuery q(mDb, QStringLiteral("SELECT id FROM supplier_exchanges ORDER BY id DESC"));
    if (Status s = q.run(); !s)
        return s.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QList<SupplierExchange> out;
    for (qint64 id : ids) {
        auto e = exchange(id);
        if (!e)
            return e.error();
        out << *e;
    }
    return out;
}

core::Result<qint64> FaultyGoodsRepository::bookReplacement(
    qint64 exchangeId, qint64 skuId, int quantity, const QString &actor)
{
    if (quantity <= 0)
        return Error { tr("A replacement needs at least 1 piece (it is %1).").arg(quantity) };
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    auto e = exchange(exchangeId);
    if (!e)
        return e.error();
    if (e->status != QLatin1String("open"))
        return Error { tr("Exchange list %1 is closed.").arg(e->exchangeNo) };
    int outstanding = 0;
    bool found = false;
    for (const ExchangeLine &l : e->lines)
        if (l.skuId == skuId) {
            found = true;
            outstanding += l.quantity - l.replaced;
        }
    if (!found)
        return Error { tr("Exchange list %1 holds no such SKU.").arg(e->exchangeNo) };
    if (quantity > outstanding)
        return Error { tr("Exchange list %1: only %2 piece(s) of this SKU are still to be replaced, not %3.")
                           .arg(e->exchangeNo)
                           .arg(outstanding)
                           .arg(quantity) };
    auto id = core::StockLedger(mDb).book({ 0, skuId, core::codes::kMoveExchangeIn, quantity, e->exchangeNo, actor, {},
        QDateTime::currentDateTime(), {} });
    return tx.commitWith(std::move(id));
}

core::Result<int> FaultyGoodsRepository::closeExchange(qint64 exchangeId, const QString &actor)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    auto e = exchange(exchangeId);
    if (!e)
        return e.error();
    if (e->status != QLatin1String("open"))
        return Error { tr("Exchange list %1 is already closed.").arg(e->exchangeNo) };
    const QString now = core::toDbTime(QDateTime::currentDateTime());
    SqlQuery add(mDb,
        QStringLiteral(
            "INSERT INTO faulty_goods (sku_id, quantity, source, reference, supplier_id, actor, recorded_at) "
            "VALUES (:sku, :qty, 'unreplaced', :ref, :s, :actor, :at)"));
    int pieces = 0;
    for (const ExchangeLine &l : e->lines) {
        const int left = l.quantity - l.replaced;
        if (left <= 0)
            continue;
        add.bind({ { QStringLiteral(":sku"), l.skuId }, { QStringLiteral(":qty"), left },
            { QStringLiteral(":ref"), e->exchangeNo }, { QStringLiteral(":s"), e->supplierId },
            { QStringLiteral(":actor"), actor }, { QStringLiteral(":at"), now } });
        if (Status s = add.run(); !s)
            return s.error();
        pieces += left;
    }
    SqlQuery done(
        mDb, QStringLiteral("UPDATE supplier_exchanges SET status = 'closed', closed_at = :at WHERE id = :id"));
    done.bind({ { QStringLiteral(":at"), now }, { QStringLiteral(":id"), exchangeId } });
    if (Status s = done.run(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return pieces;
}

core::Result<qint64> FaultyGoodsRepository::returnFromBuyer(
    const QString &orderNo, qint64 skuId, int quantity, bool intact, const QString &actor, const QString &note)
{
    if (quantity <= 0)
        return Error { tr("A return needs at least 1 piece (it is %1).").arg(quantity) };
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    SqlQuery ordered(mDb,
        QStringLiteral("SELECT o.id, coalesce(sum(l.quantity), 0) FROM orders o LEFT JOIN order_lines l ON l.order_id "
                       "= o.id AND l.sku_id = :sku "
                       "WHERE o.order_no = :no GROUP BY o.id"));
    ordered.bind({ { QStringLiteral(":sku"), skuId }, { QStringLiteral(":no"), orderNo } });
    if (Status s = ordered.run(); !s)
        return s.error();
    if (!ordered.next())
        return Error { tr("There is no order %1.").arg(orderNo) };
    const qint64 orderedQty = ordered.value(1).toLongLong();
    SqlQuery back(mDb,
        QStringLiteral("SELECT coalesce((SELECT sum(quantity) FROM stock_moves WHERE kind = 'return' AND reference = "
                       ":no AND sku_id = :sku), 0) "
                       "+ coalesce((SELECT sum(quantity) FROM faulty_goods WHERE source = 'damaged_return' AND "
                       "reference = :no2 AND sku_id = :sku2), 0)"));
    back.bind({ { QStringLiteral(":no"), orderNo }, { QStringLiteral(":sku"), skuId },
        { QStringLiteral(":no2"), orderNo }, { QStringLiteral(":sku2"), skuId } });
    if (Status s = back.run(); !s)
        return s.error();
    const qint64 returned = back.next() ? back.value(0).toLongLong() : 0;
    if (returned + quantity > orderedQty)
        return Error { tr(
            "Order %1 holds %2 piece(s) of this SKU and %3 came back already: %4 more cannot be returned.")
                           .arg(orderNo)
                           .arg(orderedQty)
                           .arg(returned)
                           .arg(quantity) };
    core::Result<qint64> id = qint64(0);
    if (intact) {
        id = core::StockLedger(mDb).book(
            { 0, skuId, core::codes::kMoveReturn, quantity, orderNo, actor, note, QDateTime::currentDateTime(), {} });
    } else {
        SqlQuery add(mDb,
            QStringLiteral("INSERT INTO faulty_goods (sku_id, quantity, source, reference, actor, recorded_at, note) "
                           "VALUES (:sku, :qty, 'damaged_return', :ref, :actor, :at, :note) RETURNING id"));
        add.bind({ { QStringLiteral(":sku"), skuId }, { QStringLiteral(":qty"), quantity },
            { QStringLiteral(":ref"), orderNo }, { QStringLiteral(":actor"), actor }, { QStringLiteral(":note"), note },
            { QStringLiteral(":at"), core::toDbTime(QDateTime::currentDateTime()) } });
        id = add.insert();
    }
    return tx.commitWith(std::move(id));
}

core::Result<QList<FaultyLine>> FaultyGoodsRepository::faultyAccount() const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT f.sku_id, i.code, s.color, s.size, s.barcode, f.source, sum(f.quantity), "
                       "sum(f.quantity) * coalesce(s.cost_fen, i.cost_fen) "
                       "FROM faulty_goods f JOIN skus s ON s.id = f.sku_id JOIN items i ON i.id = s.item_id "
                       "GROUP BY f.sku_id, i.code, s.color, s.size, s.barcode, f.source, s.cost_fen, i.cost_fen HAVING "
                       "sum(f.quantity) <> 0 ORDER BY i.code, f.sku_id, f.source"));
    if (Status s = q.run(); !s)
        return s.error();
    QList<FaultyLine> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong(),
            core::Money::fromFen(q.value(7).toLongLong()) });
    return out;
}

core::Result<qint64> FaultyGoodsRepository::undoReturn(qint64 id, bool intact, const QString &actor)
{
    if (intact)
        return core::StockLedger(mDb).reverse(id, actor);
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    SqlQuery add(mDb,
        QStringLiteral(
            "INSERT INTO faulty_goods (sku_id, quantity, source, reference, supplier_id, actor, recorded_at, note) "
            "SELECT sku_id, -quantity, source, reference, supplier_id, :actor, :at, :note FROM faulty_goods WHERE id = "
            ":id "
            "RETURNING id"));
    add.bind(
        { { QStringLiteral(":actor"), actor }, { QStringLiteral(":at"), core::toDbTime(QDateTime::currentDateTime()) },
            { QStringLiteral(":note"), QStringLiteral("undo:%1").arg(id) }, { QStringLiteral(":id"), id } });
    return tx.commitWith(add.insert());
}

} // namespace shopdesk::inventory
