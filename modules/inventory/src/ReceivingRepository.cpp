#include "shopdesk/inventory/ReceivingRepository.h"

#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/core/Transaction.h>

namespace shopdesk::inventory {

using core::Error;
using core::SqlQuery;
using core::Status;

core::Result<qint64> ReceivingRepository::addDraft(const ReceivingNote &note)
{
    if (note.noteNo.trimmed().isEmpty())
        return Error{tr("A receiving note needs a number.")};
    if (note.lines.isEmpty())
        return Error{tr("Receiving note %1 has no lines.").arg(note.noteNo)};
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    SqlQuery q(mDb, QStringLiteral(
        "INSERT INTO receiving_notes (note_no, supplier_id, received_on, freight_fen, paid_fen, status, actor, note) "
        "VALUES (:no, :supplier, :on, :freight, :paid, 'draft', :actor, :note) RETURNING id"));
    q.bind({{QStringLiteral(":no"), note.noteNo.trimmed()},
            {QStringLiteral(":supplier"), note.supplierId},
            {QStringLiteral(":on"), core::toDbDate(note.receivedOn.isValid() ? note.receivedOn : QDate::currentDate())},
            {QStringLiteral(":freight"), note.freight.fen()},
            {QStringLiteral(":paid"), note.paid.fen()},
            {QStringLiteral(":actor"), note.actor},
            {QStringLiteral(":note"), note.note}});
    auto id = q.insert();
    if (!id)
        return id;
    SqlQuery line(mDb, QStringLiteral("INSERT INTO receiving_lines (note_id, sku_id, quantity, unit_cost_fen) "
                                      "VALUES (:note, :sku, :qty, :cost)"));
    int lineNo = 0;
    for (const ReceivingLine &l : note.lines) {
        ++lineNo;
        if (l.quantity <= 0)
            return Error{tr("Receiving note %1, line %2: the quantity must be at least 1 (it is %3).")
                             .arg(note.noteNo).arg(lineNo).arg(l.quantity)};
        line.bind({{QStringLiteral(":note"), *id},
                   {QStringLiteral(":sku"), l.skuId},
                   {QStringLiteral(":qty"), l.quantity},
                   {QStringLiteral(":cost"), l.unitCost.fen()}});
        if (Status s = line.run(); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status ReceivingRepository::post(qint64 noteId, const QString &actor, const QDateTime &at)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery head(mDb, QStringLiteral("SELECT note_no, status FROM receiving_notes WHERE id = :id"));
    head.bind(QStringLiteral(":id"), noteId);
    if (Status s = head.run(); !s)
        return s;
    if (!head.next())
        return Error{tr("There is no receiving note number %1.").arg(noteId)};
    const QString noteNo = head.value(0).toString();
    if (head.value(1).toString() == QLatin1String("posted"))
        return Error{tr("Receiving note %1 is already posted.").arg(noteNo)};
    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTime();

    SqlQuery lines(mDb, QStringLiteral("SELECT sku_id, quantity FROM receiving_lines WHERE note_id = :id ORDER BY id"));
    lines.bind(QStringLiteral(":id"), noteId);
    if (Status s = lines.run(); !s)
        return s;
    QList<core::StockMove> moves;
    while (lines.next()) {
        core::StockMove m;
        m.skuId = lines.value(0).toLongLong();
        m.kind = core::codes::kMoveReceive;
        m.quantity = lines.value(1).toInt();
        m.reference = noteNo;
        m.actor = actor;
        m.at = when;
        moves << m;
    }
    if (auto booked = core::StockLedger(mDb).bookAll(moves); !booked)
        return booked.status();
    SqlQuery done(mDb, QStringLiteral("UPDATE receiving_notes SET status = 'posted', posted_at = :at, actor = :actor "
                                      "WHERE id = :id"));
    done.bind({{QStringLiteral(":at"), core::toDbTime(when)},
               {QStringLiteral(":actor"), actor},
               {QStringLiteral(":id"), noteId}});
    if (Status s = done.run(); !s)
        return s;
    return tx.commit();
}

core::Result<QList<ReceivingNote>> ReceivingRepository::notes() const
{
    SqlQuery q(mDb, QStringLiteral("SELECT id, note_no, supplier_id, received_on, freight_fen, paid_fen, status, actor, note "
                                   "FROM receiving_notes ORDER BY received_on DESC, id DESC"));
    if (Status s = q.run(); !s)
        return s.error();
    QList<ReceivingNote> out;
    while (q.next()) {
        ReceivingNote n;
        n.id = q.value(0).toLongLong();
        n.noteNo = q.value(1).toString();
        n.supplierId = q.value(2).toLongLong();
        n.receivedOn = core::fromDbDate(q.value(3).toString());
        n.freight = core::Money::fromFen(q.value(4).toLongLong());
        n.paid = core::Money::fromFen(q.value(5).toLongLong());
        n.status = q.value(6).toString();
        n.actor = q.value(7).toString();
        n.note = q.value(8).toString();
        out << n;
    }
    return out;
}

} // namespace shopdesk::inventory
