#include "shopdesk/core/StockLedger.h"

#include "shopdesk/core/Format.h"
#include "shopdesk/core/SqlQuery.h"
#include "shopdesk/core/StockOnHandRepository.h"
#include "shopdesk/core/Transaction.h"
#include "shopdesk/core/Vocabulary.h"

namespace shopdesk::core {

namespace {
StockMove readMove(const QSqlQuery &q)
{
    StockMove m;
    m.id = q.value(0).toLongLong();
    m.skuId = q.value(1).toLongLong();
    m.kind = q.value(2).toString();
    m.quantity = q.value(3).toLongLong();
    m.reference = q.value(4).toString();
    m.actor = q.value(5).toString();
    m.at = fromDbTime(q.value(6).toString());
    m.note = q.value(7).toString();
    if (!q.value(8).isNull())
        m.reverses = q.value(8).toLongLong();
    return m;
}
const QString kMoveColumns = QStringLiteral("id, sku_id, kind, quantity, reference, actor, moved_at, note, reverses");
} // namespace

Result<qint64> StockLedger::book(const StockMove &move)
{
    auto ids = bookAll({ move });
    if (!ids)
        return ids.error();
    return ids->first();
}

Result<QList<qint64>> StockLedger::bookAll(const QList<StockMove> &moves, qsizetype *refused)
{
    static const QStringList kinds = codes::moveKinds();
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    // Each SKU is looked up (and its on-hand summed) once per batch, then followed in memory: a
    // shipment of many orders is one INSERT per movement, not four statements.
    struct SkuState {
        QString code, color, size, barcode; ///< named when an outbound is refused
        qint64 onHand = 0;
    };
    QHash<qint64, SkuState> skus;
    SqlQuery sku(mDb,
        QStringLiteral("SELECT i.code, s.color, s.size, s.barcode, "
                       "(SELECT coalesce(sum(m.quantity), 0) FROM stock_moves m WHERE m.sku_id = s.id) "
                       "FROM skus s JOIN items i ON i.id = s.item_id WHERE s.id = :id"));
    SqlQuery insert(mDb,
        QStringLiteral("INSERT INTO stock_moves (sku_id, kind, quantity, reference, actor, moved_at, note, reverses) "
                       "VALUES (:sku, :kind, :qty, :ref, :actor, :at, :note, :reverses) RETURNING id"));
    const QString now = toDbTime(QDateTime::currentDateTime());
    QList<qint64> ids;
    ids.reserve(moves.size());
    for (qsizetype i = 0; i < moves.size(); ++i) {
        const StockMove &move = moves.at(i);
        const auto refuse = [&](const QString &why) -> Result<QList<qint64>> {
            if (refused)
                *refused = i;
            return Error { why };
        };
        if (!kinds.contains(move.kind))
            return refuse(tr("“%1” is not a kind of stock movement.").arg(move.kind));
        if (move.quantity == 0)
            return refuse(tr("A stock movement needs a quantity other than zero."));
        auto state = skus.find(move.skuId);
        if (state == skus.end()) {
            sku.bind(QStringLiteral(":id"), move.skuId);
            if (Status s = sku.run(); !s)
                return refuse(s.errorMessage());
            if (!sku.next())
                return refuse(tr("There is no SKU with the number %1.").arg(move.skuId));
            state = skus.insert(move.skuId,
                { sku.value(0).toString(), sku.value(1).toString(), sku.value(2).toString(), sku.value(3).toString(),
                    sku.value(4).toLongLong() });
            sku.finish();
        }
        if (move.quantity < 0 && state->onHand + move.quantity < 0)
            return refuse(tr("%1 × %2 %3/%4 (barcode %5) cannot be booked out: only %6 on hand.")
                              .arg(-move.quantity)
                              .arg(state->code, state->color, state->size, state->barcode)
                              .arg(state->onHand));
        insert.bind({ { QStringLiteral(":sku"), move.skuId }, { QStringLiteral(":kind"), move.kind },
            { QStringLiteral(":qty"), move.quantity }, { QStringLiteral(":ref"), move.reference },
            { QStringLiteral(":actor"), move.actor },
            { QStringLiteral(":at"), move.at.isValid() ? toDbTime(move.at) : now },
            { QStringLiteral(":note"), move.note }, { QStringLiteral(":reverses"), nullable(move.reverses) } });
        auto id = insert.insert();
        if (!id)
            return refuse(id.errorMessage());
        state->onHand += move.quantity;
        ids << *id;
    }
    // The kept on-hand figures take the new rows in (StockOnHandRepository). On a server the hold
    // that moves the bookmark would last to the end of the caller's transaction and keep the
    // other PCs' bookings waiting: there the readers move it, outside any booking.
    if (mDb.engine() == SqlDialect::Engine::Sqlite)
        if (Status s = StockOnHandRepository(mDb).catchUp(); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return ids;
}

Result<qint64> StockLedger::reverse(qint64 moveId, const QString &actor, const QString &note)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    SqlQuery q(mDb, QStringLiteral("SELECT %1 FROM stock_moves WHERE id = :id").arg(kMoveColumns));
    q.bind(QStringLiteral(":id"), moveId);
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return Error { tr("There is no stock movement number %1.").arg(moveId) };
    const StockMove original = readMove(q);
    SqlQuery done(mDb, QStringLiteral("SELECT count(*) FROM stock_moves WHERE reverses = :id"));
    done.bind(QStringLiteral(":id"), moveId);
    if (Status s = done.run(); !s)
        return s.error();
    if (done.next() && done.value(0).toInt() > 0)
        return Error { tr("Stock movement %1 was already reversed.").arg(moveId) };
    StockMove back = original;
    back.id = 0;
    back.quantity = -original.quantity;
    back.actor = actor;
    back.at = QDateTime::currentDateTime();
    // Said in the shop's words, not by the row's number: what was reversed, and when it was booked.
    back.note = note.isEmpty()
        ? tr("Reverses the %1 of %2").arg(Vocabulary::moveKind(original.kind), format::dateTime(original.at))
        : note;
    back.reverses = moveId;
    auto id = book(back);
    return tx.commitWith(std::move(id));
}

Result<qint64> StockLedger::onHand(qint64 skuId) const
{
    SqlQuery q(mDb, QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_moves WHERE sku_id = :sku"));
    q.bind(QStringLiteral(":sku"), skuId);
    if (Status s = q.run(); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QHash<qint64, qint64>> StockLedger::onHandBySku() const
{
    SqlQuery q(mDb, QStringLiteral("SELECT sku_id, sum(quantity) FROM stock_moves GROUP BY sku_id"));
    if (Status s = q.run(); !s)
        return s.error();
    QHash<qint64, qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

Result<QList<StockRow>> StockLedger::stock() const
{
    SqlQuery q(mDb,
        QStringLiteral(
            "SELECT s.id, i.code, i.title, i.category, s.color, s.size, s.barcode, coalesce(m.on_hand, 0) "
            "FROM skus s JOIN items i ON i.id = s.item_id "
            "LEFT JOIN (SELECT sku_id, sum(quantity) AS on_hand FROM stock_moves GROUP BY sku_id) m ON m.sku_id = s.id "
            "WHERE i.archived = 0 ORDER BY i.code, s.id"));
    if (Status s = q.run(); !s)
        return s.error();
    QList<StockRow> rows;
    while (q.next())
        rows.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toLongLong() });
    return rows;
}

Result<QList<StockMove>> StockLedger::history(qint64 skuId) const
{
    SqlQuery q(
        mDb, QStringLiteral("SELECT %1 FROM stock_moves WHERE sku_id = :sku ORDER BY moved_at, id").arg(kMoveColumns));
    q.bind(QStringLiteral(":sku"), skuId);
    if (Status s = q.run(); !s)
        return s.error();
    QList<StockMove> out;
    while (q.next())
        out << readMove(q);
    return out;
}

} // namespace shopdesk::core
