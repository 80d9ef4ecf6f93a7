#include "shopdesk/inventory/PurchaseOrderRepository.h"

#include <shopdesk/core/Records.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/Transaction.h>

#include <QSet>

namespace shopdesk::inventory {

using core::Error;
using core::SqlQuery;
using core::Status;

qint64 PurchaseOrderState::ordered() const
{
    qint64 n = 0;
    for (const PurchaseOrderLineState &l : lines)
        n += l.line.quantity;
    return n;
}

qint64 PurchaseOrderState::received() const
{
    qint64 n = 0;
    for (const PurchaseOrderLineState &l : lines)
        n += std::min<qint64>(l.received, l.line.quantity);
    return n;
}

qint64 PurchaseOrderState::owed() const
{
    qint64 n = 0;
    for (const PurchaseOrderLineState &l : lines)
        n += l.owed();
    return n;
}

core::Money PurchaseOrderState::value() const
{
    core::Money v;
    for (const PurchaseOrderLineState &l : lines)
        v += l.line.unitCost * l.line.quantity;
    return v;
}

QString PurchaseOrderState::status() const
{
    if (owed() == 0)
        return purchase::kReceived;
    qint64 any = 0;
    for (const PurchaseOrderLineState &l : lines)
        any += l.received;
    return any > 0 ? purchase::kPartlyReceived : purchase::kOrdered;
}

QString PurchaseOrderState::statusText(const QString &status)
{
    if (status == purchase::kOrdered)
        return PurchaseOrderRepository::tr("Ordered");
    if (status == purchase::kPartlyReceived)
        return PurchaseOrderRepository::tr("Partly received");
    if (status == purchase::kReceived)
        return PurchaseOrderRepository::tr("Received");
    return status;
}

core::Result<QString> PurchaseOrderRepository::nextNumber(QDate day) const
{
    const QString prefix = QStringLiteral("CG-%1-").arg(day.toString(QStringLiteral("yyyyMMdd")));
    SqlQuery q(mDb, QStringLiteral("SELECT po_no FROM purchase_orders WHERE po_no LIKE :p"));
    q.bind(QStringLiteral(":p"), QString(prefix + QLatin1Char('%')));
    if (Status s = q.run(); !s)
        return s.error();
    int highest = 0;
    while (q.next())
        highest = std::max(highest, q.value(0).toString().mid(prefix.size()).toInt());
    return QString(prefix + QString::number(highest + 1));
}

core::Result<qint64> PurchaseOrderRepository::add(const PurchaseOrder &order)
{
    if (order.lines.isEmpty())
        return Error { tr("A purchase order needs at least one line.") };
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    {
        SqlQuery s(mDb, QStringLiteral("SELECT name, archived FROM suppliers WHERE id = :id"));
        s.bind(QStringLiteral(":id"), order.supplierId);
        if (Status st = s.run(); !st)
            return st.error();
        if (!s.next())
            return Error {
                tr("A purchase order needs a supplier: there is no supplier number %1.").arg(order.supplierId)
            };
        if (s.value(1).toInt() != 0)
            return Error { tr("Supplier “%1” is archived: unarchive it to order from it.").arg(s.value(0).toString()) };
    }
    const QDate on = order.orderedOn.isValid() ? order.orderedOn : QDate::currentDate();
    QString number = order.poNo.trimmed();
    if (number.isEmpty()) {
        auto next = nextNumber(on);
        if (!next)
            return next.error();
        number = *next;
    }
    SqlQuery head(mDb,
        QStringLiteral("INSERT INTO purchase_orders (po_no, supplier_id, ordered_on, expected_on, actor, note, "
                       "created_at) VALUES (:no, :supplier, :on, :expected, :actor, :note, :at) RETURNING id"));
    head.bind({ { QStringLiteral(":no"), number }, { QStringLiteral(":supplier"), order.supplierId },
        { QStringLiteral(":on"), core::toDbDate(on) },
        { QStringLiteral(":expected"), order.expectedOn.isValid() ? core::toDbDate(order.expectedOn) : QVariant() },
        { QStringLiteral(":actor"), order.actor }, { QStringLiteral(":note"), order.note },
        { QStringLiteral(":at"), core::toDbTime(QDateTime::currentDateTime()) } });
    auto id = head.insert();
    if (!id) {
        SqlQuery taken(mDb, QStringLiteral("SELECT count(*) FROM purchase_orders WHERE po_no = :no"));
        taken.bind(QStringLiteral(":no"), number);
        if (taken.run() && taken.next() && taken.value(0).toInt() > 0)
            return Error { tr("There is already a purchase order %1.").arg(number) };
        return id;
    }
    SqlQuery sku(mDb, QStringLiteral("SELECT count(*) FROM skus WHERE id = :id"));
    SqlQuery line(mDb,
        QStringLiteral("INSERT INTO purchase_order_lines (po_id, sku_id, quantity, unit_cost_fen) "
                       "VALUES (:po, :sku, :qty, :cost)"));
    QSet<qint64> seen;
    int lineNo = 0;
    for (const PurchaseOrderLine &l : order.lines) {
        ++lineNo;
        if (l.quantity <= 0)
            return Error { tr("Purchase order %1, line %2: the quantity must be at least 1 (it is %3).")
                               .arg(number)
                               .arg(lineNo)
                               .arg(l.quantity) };
        if (l.unitCost.fen() < 0)
            return Error {
                tr("Purchase order %1, line %2: the unit cost cannot be negative.").arg(number).arg(lineNo)
            };
        if (seen.contains(l.skuId))
            return Error { tr("Purchase order %1, line %2: the SKU is on the order twice.").arg(number).arg(lineNo) };
        seen.insert(l.skuId);
        sku.bind(QStringLiteral(":id"), l.skuId);
        if (Status s = sku.run(); !s)
            return s.error();
        if (!sku.next() || sku.value(0).toInt() == 0)
            return Error { tr("Purchase order %1, line %2: there is no SKU with the number %3.")
                               .arg(number)
                               .arg(lineNo)
                               .arg(l.skuId) };
        sku.finish();
        line.bind({ { QStringLiteral(":po"), *id }, { QStringLiteral(":sku"), l.skuId },
            { QStringLiteral(":qty"), l.quantity }, { QStringLiteral(":cost"), l.unitCost.fen() } });
        if (Status s = line.run(); !s)
            return s.error();
    }
    return tx.commitWith(std::move(id));
}

Status PurchaseOrderRepository::remove(qint64 id)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery notes(mDb, QStringLiteral("SELECT count(*) FROM receiving_notes WHERE purchase_order_id = :id"));
    notes.bind(QStringLiteral(":id"), id);
    if (Status s = notes.run(); !s)
        return s;
    if (notes.next() && notes.value(0).toInt() > 0)
        return Error { tr("Goods were received against this purchase order, so it stays on record.") };
    notes.finish();
    SqlQuery lines(mDb, QStringLiteral("DELETE FROM purchase_order_lines WHERE po_id = :id"));
    lines.bind(QStringLiteral(":id"), id);
    if (Status s = lines.run(); !s)
        return s;
    SqlQuery head(mDb, QStringLiteral("DELETE FROM purchase_orders WHERE id = :id"));
    head.bind(QStringLiteral(":id"), id);
    if (Status s = head.run(); !s)
        return s;
    if (head.numRowsAffected() == 0)
        return Error { tr("There is no purchase order number %1.").arg(id) };
    return tx.commit();
}

core::Result<QList<PurchaseOrderState>> PurchaseOrderRepository::all(bool openOnly) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT p.id, p.po_no, p.supplier_id, p.ordered_on, p.expected_on, p.actor, p.note, s.name "
                       "FROM purchase_orders p JOIN suppliers s ON s.id = p.supplier_id "
                       "ORDER BY p.ordered_on DESC, p.id DESC"));
    if (Status s = q.run(); !s)
        return s.error();
    QList<PurchaseOrderState> out;
    QHash<qint64, qsizetype> at;
    while (q.next()) {
        PurchaseOrderState st;
        st.order.id = q.value(0).toLongLong();
        st.order.poNo = q.value(1).toString();
        st.order.supplierId = q.value(2).toLongLong();
        st.order.orderedOn = core::fromDbDate(q.value(3).toString());
        if (!q.value(4).isNull())
            st.order.expectedOn = core::fromDbDate(q.value(4).toString());
        st.order.actor = q.value(5).toString();
        st.order.note = q.value(6).toString();
        st.supplierName = q.value(7).toString();
        at.insert(st.order.id, out.size());
        out << st;
    }
    // Lines, with what the posted notes made from each order brought in.
    SqlQuery lines(mDb,
        QStringLiteral(
            "SELECT l.po_id, l.sku_id, l.quantity, l.unit_cost_fen, i.code, i.title, s.color, s.size, s.barcode, "
            "coalesce((SELECT sum(r.quantity) FROM receiving_lines r JOIN receiving_notes n ON n.id = r.note_id "
            "  WHERE n.purchase_order_id = l.po_id AND n.status = 'posted' AND r.sku_id = l.sku_id), 0) "
            "FROM purchase_order_lines l JOIN skus s ON s.id = l.sku_id JOIN items i ON i.id = s.item_id "
            "ORDER BY l.po_id, l.id"));
    if (Status s = lines.run(); !s)
        return s.error();
    while (lines.next()) {
        const auto where = at.constFind(lines.value(0).toLongLong());
        if (where == at.cend())
            continue;
        PurchaseOrderLineState l;
        l.line = { lines.value(1).toLongLong(), lines.value(2).toInt(),
            core::Money::fromFen(lines.value(3).toLongLong()) };
        l.itemCode = lines.value(4).toString();
        l.itemTitle = lines.value(5).toString();
        l.color = lines.value(6).toString();
        l.size = lines.value(7).toString();
        l.barcode = lines.value(8).toString();
        l.received = lines.value(9).toLongLong();
        out[*where].lines << l;
    }
    SqlQuery notes(mDb,
        QStringLiteral("SELECT purchase_order_id, note_no FROM receiving_notes WHERE purchase_order_id IS NOT NULL "
                       "AND status = 'posted' ORDER BY posted_at, id"));
    if (Status s = notes.run(); !s)
        return s.error();
    while (notes.next())
        if (const auto where = at.constFind(notes.value(0).toLongLong()); where != at.cend())
            out[*where].receivingNotes << notes.value(1).toString();
    if (openOnly)
        out.removeIf([](const PurchaseOrderState &s) { return s.owed() == 0; });
    return out;
}

core::Result<PurchaseOrderState> PurchaseOrderRepository::state(qint64 id) const
{
    auto every = all();
    if (!every)
        return every.error();
    for (const PurchaseOrderState &s : *every)
        if (s.order.id == id)
            return s;
    return Error { tr("There is no purchase order number %1.").arg(id) };
}

core::Result<std::optional<qint64>> PurchaseOrderRepository::idByNumber(const QString &poNo) const
{
    SqlQuery q(mDb, QStringLiteral("SELECT id FROM purchase_orders WHERE po_no = :no"));
    q.bind(QStringLiteral(":no"), poNo.trimmed());
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

core::Result<QHash<qint64, qint64>> PurchaseOrderRepository::inTransitBySku() const
{
    SqlQuery q(mDb,
        QStringLiteral(
            "SELECT l.sku_id, l.quantity, "
            "coalesce((SELECT sum(r.quantity) FROM receiving_lines r JOIN receiving_notes n ON n.id = r.note_id "
            "  WHERE n.purchase_order_id = l.po_id AND n.status = 'posted' AND r.sku_id = l.sku_id), 0) "
            "FROM purchase_order_lines l"));
    if (Status s = q.run(); !s)
        return s.error();
    QHash<qint64, qint64> out;
    while (q.next()) {
        const qint64 owed = q.value(1).toLongLong() - q.value(2).toLongLong();
        if (owed > 0)
            out[q.value(0).toLongLong()] += owed;
    }
    return out;
}

core::Result<qint64> PurchaseOrderRepository::receive(qint64 id, ReceivingNote note, const QString &actor)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    auto po = state(id);
    if (!po)
        return po.error();
    if (note.lines.isEmpty())
        return Error { tr("Nothing to receive against purchase order %1: the note has no lines.").arg(po->order.poNo) };
    if (note.supplierId != 0 && note.supplierId != po->order.supplierId)
        return Error { tr("Purchase order %1 is from %2: a note from another supplier cannot receive it.")
                           .arg(po->order.poNo, po->supplierName) };
    note.supplierId = po->order.supplierId;
    note.purchaseOrderId = id;
    QHash<qint64, qint64> taking;
    for (ReceivingLine &l : note.lines) {
        const PurchaseOrderLineState *line = nullptr;
        for (const PurchaseOrderLineState &candidate : std::as_const(po->lines))
            if (candidate.line.skuId == l.skuId)
                line = &candidate;
        if (!line)
            return Error {
                tr("Purchase order %1 does not order the SKU with the number %2.").arg(po->order.poNo).arg(l.skuId)
            };
        taking[l.skuId] += l.quantity;
        if (taking.value(l.skuId) > line->owed())
            return Error { tr("Purchase order %1: %2 %3/%4 is owed %5, not %6.")
                               .arg(po->order.poNo, line->itemCode, line->color, line->size)
                               .arg(line->owed())
                               .arg(taking.value(l.skuId)) };
        if (l.unitCost.fen() == 0)
            l.unitCost = line->line.unitCost;
    }
    if (note.noteNo.trimmed().isEmpty()) {
        auto no
            = ReceivingRepository(mDb).nextNoteNo(note.receivedOn.isValid() ? note.receivedOn : QDate::currentDate());
        if (!no)
            return no.error();
        note.noteNo = *no;
    }
    note.actor = actor;
    if (note.note.isEmpty())
        note.note = tr("From purchase order %1").arg(po->order.poNo);
    return tx.commitWith(ReceivingRepository(mDb).addAndPost(note, actor));
}

} // namespace shopdesk::inventory
