#include "shopdesk/inventory/ReceivingRepository.h"

#include <shopdesk/core/CostHistoryRepository.h>
#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Database.h>
#include <shopdesk/core/KeptSums.h>
#include <shopdesk/core/Parse.h>
#include <shopdesk/core/ShopSettings.h>
#include <shopdesk/core/SqlDialect.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/core/Transaction.h>

namespace shopdesk::inventory {

using core::Error;
using core::SqlQuery;
using core::Status;

namespace {
/// The receiving lines' pieces and value kept per note.
const core::KeptSums kTotals { QStringLiteral("receiving_lines"), QStringLiteral("note_id"),
    { QStringLiteral("quantity"), QStringLiteral("quantity * unit_cost_fen") }, QStringLiteral("receiving_note_totals"),
    { QStringLiteral("pieces"), QStringLiteral("goods_fen") }, QStringLiteral("receiving_note_totals_upto"),
    QStringLiteral("lines_upto") };

/// The note's supplier now delivers its items (supplier_items_received), in the caller's
/// transaction: a row for each item not there yet.
Status recordSuppliedItems(const core::Database &db, qint64 noteId)
{
    SqlQuery q(db,
        QStringLiteral("INSERT INTO supplier_items_received (supplier_id, item_id) "
                       "SELECT DISTINCT n.supplier_id, k.item_id FROM receiving_notes n "
                       "JOIN receiving_lines l ON l.note_id = n.id JOIN skus k ON k.id = l.sku_id "
                       "WHERE n.id = :id AND NOT EXISTS (SELECT 1 FROM supplier_items_received r "
                       "WHERE r.supplier_id = n.supplier_id AND r.item_id = k.item_id)"));
    q.bind(QStringLiteral(":id"), noteId);
    return q.run();
}

/// A reversed note's items that no other posted note of its supplier holds are no longer among
/// what the supplier delivered; in the caller's transaction, after the note is marked reversed.
Status forgetSuppliedItems(const core::Database &db, qint64 noteId)
{
    SqlQuery q(db,
        QStringLiteral("DELETE FROM supplier_items_received "
                       "WHERE supplier_id = (SELECT supplier_id FROM receiving_notes WHERE id = :id) "
                       "AND item_id IN (SELECT k.item_id FROM receiving_lines l JOIN skus k ON k.id = l.sku_id "
                       "WHERE l.note_id = :id2) "
                       "AND NOT EXISTS (SELECT 1 FROM skus k JOIN receiving_lines l ON l.sku_id = k.id "
                       "JOIN receiving_notes n ON n.id = l.note_id WHERE k.item_id = supplier_items_received.item_id "
                       "AND n.supplier_id = supplier_items_received.supplier_id AND n.status = 'posted')"));
    q.bind({ { QStringLiteral(":id"), noteId }, { QStringLiteral(":id2"), noteId } });
    return q.run();
}
} // namespace

core::Result<qint64> ReceivingRepository::addDraft(const ReceivingNote &note)
{
    if (note.noteNo.trimmed().isEmpty())
        return Error { tr("A receiving note needs a number.") };
    if (note.lines.isEmpty())
        return Error { tr("Receiving note %1 has no lines.").arg(note.noteNo) };
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    SqlQuery q(mDb,
        QStringLiteral("INSERT INTO receiving_notes (note_no, supplier_id, received_on, freight_fen, paid_fen, status, "
                       "actor, note, purchase_order_id) "
                       "VALUES (:no, :supplier, :on, :freight, :paid, 'draft', :actor, :note, :po) RETURNING id"));
    q.bind({ { QStringLiteral(":no"), note.noteNo.trimmed() }, { QStringLiteral(":supplier"), note.supplierId },
        { QStringLiteral(":on"), core::toDbDate(note.receivedOn.isValid() ? note.receivedOn : QDate::currentDate()) },
        { QStringLiteral(":freight"), note.freight.fen() }, { QStringLiteral(":paid"), note.paid.fen() },
        { QStringLiteral(":actor"), note.actor }, { QStringLiteral(":note"), note.note },
        { QStringLiteral(":po"), core::nullable(note.purchaseOrderId) } });
    auto id = q.insert();
    if (!id)
        return id;
    SqlQuery line(mDb,
        QStringLiteral("INSERT INTO receiving_lines (note_id, sku_id, quantity, unit_cost_fen) "
                       "VALUES (:note, :sku, :qty, :cost)"));
    int lineNo = 0;
    for (const ReceivingLine &l : note.lines) {
        ++lineNo;
        if (l.quantity <= 0)
            return Error { tr("Receiving note %1, line %2: the quantity must be at least 1 (it is %3).")
                               .arg(note.noteNo)
                               .arg(lineNo)
                               .arg(l.quantity) };
        line.bind({ { QStringLiteral(":note"), *id }, { QStringLiteral(":sku"), l.skuId },
            { QStringLiteral(":qty"), l.quantity }, { QStringLiteral(":cost"), l.unitCost.fen() } });
        if (Status s = line.run(); !s)
            return s.error();
    }
    // The kept totals take the new lines in. On a server the hold that moves their bookmark would
    // last to the end of the caller's transaction and keep the other PCs' notes waiting: there the
    // notes list moves it as it opens (ReceivingService::overview).
    if (mDb.engine() == core::SqlDialect::Engine::Sqlite)
        if (Status s = catchUpTotals(); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status ReceivingRepository::catchUpTotals() const { return kTotals.catchUp(mDb); }

core::Result<QHash<qint64, ReceivingNoteTotals>> ReceivingRepository::totals() const
{
    auto upto = kTotals.bookmark(mDb);
    if (!upto)
        return upto.error();
    QHash<qint64, ReceivingNoteTotals> out;
    SqlQuery kept(mDb, QStringLiteral("SELECT note_id, pieces, goods_fen FROM receiving_note_totals"));
    // The lines past the bookmark are added up here: for a GROUP BY, SQLite would read every line
    // in the order of the note index rather than the few past the bookmark.
    SqlQuery past(mDb,
        QStringLiteral("SELECT note_id, quantity, quantity * unit_cost_fen FROM receiving_lines WHERE id > :upto"));
    past.bind(QStringLiteral(":upto"), *upto);
    for (SqlQuery *q : { &kept, &past }) {
        q->setForwardOnly(true);
        if (Status s = q->run(); !s)
            return s.error();
        while (q->next()) {
            ReceivingNoteTotals &t = out[q->value(0).toLongLong()];
            t.pieces += q->value(1).toLongLong();
            t.goods += core::Money::fromFen(q->value(2).toLongLong());
        }
    }
    return out;
}

core::Result<std::pair<QString, QString>> ReceivingRepository::noteHead(qint64 noteId) const
{
    SqlQuery head(mDb, QStringLiteral("SELECT note_no, status FROM receiving_notes WHERE id = :id"));
    head.bind(QStringLiteral(":id"), noteId);
    if (Status s = head.run(); !s)
        return s.error();
    if (!head.next())
        return Error { tr("There is no receiving note number %1.").arg(noteId) };
    return std::pair { head.value(0).toString(), head.value(1).toString() };
}

Status ReceivingRepository::post(qint64 noteId, const QString &actor, const QDateTime &at)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    auto note = noteHead(noteId);
    if (!note)
        return note.error();
    const QString noteNo = note->first;
    if (note->second == QLatin1String("posted"))
        return Error { tr("Receiving note %1 is already posted.").arg(noteNo) };
    const QDateTime when = at.isValid() ? at : QDateTime::currentDateTime();

    SqlQuery lines(mDb,
        QStringLiteral("SELECT sku_id, quantity, unit_cost_fen FROM receiving_lines WHERE note_id = :id ORDER BY id"));
    lines.bind(QStringLiteral(":id"), noteId);
    if (Status s = lines.run(); !s)
        return s;
    QList<core::StockMove> moves;
    QList<core::ReceiptCost> costs;
    while (lines.next()) {
        costs.append(
            { lines.value(0).toLongLong(), lines.value(1).toInt(), core::Money::fromFen(lines.value(2).toLongLong()) });
        core::StockMove m;
        m.skuId = lines.value(0).toLongLong();
        m.kind = core::codes::kMoveReceive;
        m.quantity = lines.value(1).toInt();
        m.reference = noteNo;
        m.actor = actor;
        m.at = when;
        moves << m;
    }
    if (Status s = core::CostHistoryRepository(mDb).receive(costs, noteNo, when); !s)
        return s;
    if (auto booked = core::StockLedger(mDb).bookAll(moves); !booked)
        return booked.status();
    SqlQuery done(mDb,
        QStringLiteral("UPDATE receiving_notes SET status = 'posted', posted_at = :at, actor = :actor "
                       "WHERE id = :id"));
    done.bind({ { QStringLiteral(":at"), core::toDbTime(when) }, { QStringLiteral(":actor"), actor },
        { QStringLiteral(":id"), noteId } });
    if (Status s = done.run(); !s)
        return s;
    if (Status s = recordSuppliedItems(mDb, noteId); !s)
        return s;
    return tx.commit();
}

core::Result<QList<ReceivingNote>> ReceivingRepository::notes() const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT id, note_no, supplier_id, received_on, freight_fen, paid_fen, status, actor, note "
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

core::Result<ReceivingNote> ReceivingRepository::importAndPost(const QString &path, const QString &actor)
{
    auto csv = core::CsvFile::read(path);
    if (!csv)
        return csv.error();
    const int noCol = csv->column({ QStringLiteral("入库单号"), QStringLiteral("单号"), QStringLiteral("note_no") });
    const int supplierCol = csv->column({ QStringLiteral("供应商"), QStringLiteral("supplier") });
    const int dateCol = csv->column({ QStringLiteral("日期"), QStringLiteral("date") });
    const int barcodeCol = csv->column({ QStringLiteral("条码"), QStringLiteral("条形码"), QStringLiteral("barcode") });
    const int qtyCol = csv->column({ QStringLiteral("数量"), QStringLiteral("quantity") });
    const int costCol = csv->column({ QStringLiteral("单价"), QStringLiteral("进价"), QStringLiteral("unit_cost") });
    const int freightCol = csv->column({ QStringLiteral("运费"), QStringLiteral("freight") });
    const int paidCol = csv->column({ QStringLiteral("已付"), QStringLiteral("paid") });
    if (noCol < 0)
        return csv->missingColumn(tr("note number (入库单号)"));
    if (supplierCol < 0)
        return csv->missingColumn(tr("supplier (供应商)"));
    if (barcodeCol < 0)
        return csv->missingColumn(tr("barcode (条码)"));
    if (qtyCol < 0)
        return csv->missingColumn(tr("quantity (数量)"));
    if (csv->records.isEmpty())
        return Error { tr("%1 holds no lines.").arg(csv->fileName) };

    const core::CsvRecord &first = csv->records.first();
    ReceivingNote note;
    note.noteNo = core::CsvFile::field(first, noCol);
    note.actor = actor;
    if (note.noteNo.isEmpty())
        return csv->error(first.line, csv->header.value(noCol), tr("the note number is empty."));
    const QString supplierName = core::CsvFile::field(first, supplierCol);
    {
        SqlQuery q(mDb, QStringLiteral("SELECT id, archived FROM suppliers WHERE name = :name"));
        q.bind(QStringLiteral(":name"), supplierName);
        if (Status s = q.run(); !s)
            return s.error();
        if (!q.next())
            return csv->error(
                first.line, csv->header.value(supplierCol), tr("there is no supplier called “%1”.").arg(supplierName));
        if (q.value(1).toInt() != 0)
            return csv->error(first.line, csv->header.value(supplierCol),
                tr("supplier “%1” is archived; unarchive it to receive from it.").arg(supplierName));
        note.supplierId = q.value(0).toLongLong();
    }
    if (dateCol >= 0) {
        const QString d = core::CsvFile::field(first, dateCol);
        note.receivedOn = core::Parse::date(d).value_or(QDate());
        if (!d.isEmpty() && !note.receivedOn.isValid())
            return csv->error(first.line, csv->header.value(dateCol), tr("“%1” is not a date like 2026-11-24.").arg(d));
    }
    const qint64 maxMoneyFen = core::ShopSettings(mDb).maxLineMoneyFen();
    auto money = [&](const core::CsvRecord &r, int col, core::Money *out) -> Status {
        if (col < 0)
            return {};
        const QString t = core::CsvFile::field(r, col);
        if (t.isEmpty())
            return {};
        auto m = core::Money::parse(t);
        if (!m || m->fen() < 0)
            return csv->error(r.line, csv->header.value(col), tr("“%1” is not an amount like 35.50.").arg(t));
        if (m->fen() > maxMoneyFen)
            return csv->error(r.line, csv->header.value(col), core::Parse::tooMuchMoney(t, maxMoneyFen));
        *out = *m;
        return {};
    };
    if (Status s = money(first, freightCol, &note.freight); !s)
        return s.error();
    if (Status s = money(first, paidCol, &note.paid); !s)
        return s.error();
    SqlQuery sku(mDb, QStringLiteral("SELECT id FROM skus WHERE barcode = :code"));
    for (const core::CsvRecord &r : csv->records) {
        const QString no = core::CsvFile::field(r, noCol);
        if (!no.isEmpty() && no != note.noteNo)
            return csv->error(r.line, csv->header.value(noCol),
                tr("one file holds one note: “%1” differs from “%2”.").arg(no, note.noteNo));
        const QString code = core::CsvFile::field(r, barcodeCol);
        sku.bind(QStringLiteral(":code"), code);
        if (Status s = sku.run(); !s)
            return s.error();
        if (!sku.next())
            return csv->error(r.line, csv->header.value(barcodeCol), tr("no SKU has the barcode “%1”.").arg(code));
        ReceivingLine line;
        line.skuId = sku.value(0).toLongLong();
        sku.finish();
        const QString qtyText = core::CsvFile::field(r, qtyCol);
        const auto quantity = core::Parse::whole(qtyText, core::Parse::kMaxLineQuantity);
        if (!quantity || *quantity < 1)
            return csv->error(r.line, csv->header.value(qtyCol), core::Parse::notAQuantity(qtyText));
        line.quantity = int(*quantity);
        if (Status s = money(r, costCol, &line.unitCost); !s)
            return s.error();
        note.lines << line;
    }
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    auto id = addDraft(note);
    if (!id)
        return id.error();
    if (Status s = post(*id, actor); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    note.id = *id;
    note.status = QStringLiteral("posted");
    return note;
}

core::Result<QList<ReceivingNoteOverview>> ReceivingRepository::overview() const
{
    auto sums = totals();
    if (!sums)
        return sums.error();
    SqlQuery q(mDb,
        QStringLiteral("SELECT n.id, n.note_no, n.supplier_id, n.received_on, n.freight_fen, n.paid_fen, n.status, "
                       "n.actor, n.note, s.name FROM receiving_notes n JOIN suppliers s ON s.id = n.supplier_id "
                       "ORDER BY n.received_on DESC, n.id DESC"));
    if (Status s = q.run(); !s)
        return s.error();
    QList<ReceivingNoteOverview> out;
    while (q.next()) {
        ReceivingNoteOverview o;
        o.note.id = q.value(0).toLongLong();
        o.note.noteNo = q.value(1).toString();
        o.note.supplierId = q.value(2).toLongLong();
        o.note.receivedOn = core::fromDbDate(q.value(3).toString());
        o.note.freight = core::Money::fromFen(q.value(4).toLongLong());
        o.note.paid = core::Money::fromFen(q.value(5).toLongLong());
        o.note.status = q.value(6).toString();
        o.note.actor = q.value(7).toString();
        o.note.note = q.value(8).toString();
        o.supplierName = q.value(9).toString();
        const ReceivingNoteTotals t = sums->value(o.note.id);
        o.pieces = t.pieces;
        o.goods = t.goods;
        out << o;
    }
    return out;
}

core::Result<QList<ReceivingLineDetail>> ReceivingRepository::lineDetails(qint64 noteId) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT l.sku_id, l.quantity, l.unit_cost_fen, i.code, i.title, s.color, s.size, s.barcode "
                       "FROM receiving_lines l JOIN skus s ON s.id = l.sku_id JOIN items i ON i.id = s.item_id "
                       "WHERE l.note_id = :id ORDER BY l.id"));
    q.bind(QStringLiteral(":id"), noteId);
    if (Status s = q.run(); !s)
        return s.error();
    QList<ReceivingLineDetail> out;
    while (q.next())
        out.append({ { q.value(0).toLongLong(), q.value(1).toInt(), core::Money::fromFen(q.value(2).toLongLong()) },
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
            q.value(7).toString() });
    return out;
}

core::Result<qint64> ReceivingRepository::addAndPost(const ReceivingNote &note, const QString &actor)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    auto id = addDraft(note);
    if (!id)
        return id;
    if (Status s = post(*id, actor); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status ReceivingRepository::reverse(qint64 noteId, const QString &actor)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    auto note = noteHead(noteId);
    if (!note)
        return note.error();
    const QString noteNo = note->first;
    if (note->second != QLatin1String("posted"))
        return Error { tr("Receiving note %1 is not posted, so there is nothing to reverse.").arg(noteNo) };
    SqlQuery moves(mDb,
        QStringLiteral(
            "SELECT m.id FROM stock_moves m WHERE m.kind = 'receive' AND m.reference = :no AND m.reverses IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM stock_moves r WHERE r.reverses = m.id) ORDER BY m.id"));
    moves.bind(QStringLiteral(":no"), noteNo);
    if (Status s = moves.run(); !s)
        return s;
    QList<qint64> ids;
    while (moves.next())
        ids << moves.value(0).toLongLong();
    if (Status s = core::CostHistoryRepository(mDb).reverse(noteNo, QDateTime::currentDateTime()); !s)
        return s;
    core::StockLedger ledger(mDb);
    for (qint64 id : ids)
        if (auto r = ledger.reverse(id, actor, tr("Reverses receiving note %1").arg(noteNo)); !r)
            return r.status();
    SqlQuery done(mDb, QStringLiteral("UPDATE receiving_notes SET status = 'reversed' WHERE id = :id"));
    done.bind(QStringLiteral(":id"), noteId);
    if (Status s = done.run(); !s)
        return s;
    if (Status s = forgetSuppliedItems(mDb, noteId); !s)
        return s;
    return tx.commit();
}

core::Result<QString> ReceivingRepository::nextNoteNo(QDate day) const
{
    const QString prefix = QStringLiteral("RK-%1-").arg(day.toString(QStringLiteral("yyyyMMdd")));
    SqlQuery q(mDb, QStringLiteral("SELECT count(*) FROM receiving_notes WHERE note_no LIKE :p"));
    q.bind(QStringLiteral(":p"), QString(prefix + QLatin1Char('%')));
    if (Status s = q.run(); !s)
        return s.error();
    int n = q.next() ? q.value(0).toInt() + 1 : 1;
    SqlQuery taken(mDb, QStringLiteral("SELECT count(*) FROM receiving_notes WHERE note_no = :no"));
    while (true) {
        taken.bind(QStringLiteral(":no"), QString(prefix + QString::number(n)));
        if (Status s = taken.run(); !s)
            return s.error();
        if (!taken.next() || taken.value(0).toInt() == 0)
            break;
        taken.finish();
        ++n;
    }
    return QString(prefix + QString::number(n));
}

} // namespace shopdesk::inventory
