#include "shopdesk/core/StockOnHandRepository.h"

#include "shopdesk/core/Database.h"
#include "shopdesk/core/SqlQuery.h"
#include "shopdesk/core/Transaction.h"

namespace shopdesk::core {

namespace {
const QString kUpto = QStringLiteral("(SELECT u.moves_upto FROM stock_on_hand_upto u WHERE u.id = 1)");

/// The bookmark: the last ledger row the kept sums hold.
Result<qint64> bookmarkOf(const Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT moves_upto FROM stock_on_hand_upto WHERE id = 1"));
    if (Status s = q.run(); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

/// The kept sums (`kept`, keyed by its first column) plus the ledger rows past the bookmark
/// (`past`: one row each, its key and quantity, the bookmark bound as :upto), into one hash. The
/// rows past it are added up here, not grouped in SQL: for a GROUP BY, SQLite reads the whole
/// ledger in the order of an index rather than the few rows past the bookmark.
Result<QHash<qint64, qint64>> keptPlusPast(const Database &db, const QString &kept, const QString &past)
{
    auto upto = bookmarkOf(db);
    if (!upto)
        return upto.error();
    QHash<qint64, qint64> out;
    SqlQuery k(db, kept);
    SqlQuery p(db, past);
    p.bind(QStringLiteral(":upto"), *upto);
    for (SqlQuery *q : { &k, &p }) {
        q->setForwardOnly(true);
        if (Status s = q->run(); !s)
            return s.error();
        while (q->next())
            out[q->value(0).toLongLong()] += q->value(1).toLongLong();
    }
    return out;
}
} // namespace

Result<qint64> StockOnHandRepository::bookmark() const { return bookmarkOf(mDb); }

Result<QHash<qint64, qint64>> StockOnHandRepository::bySku() const
{
    return keptPlusPast(mDb, QStringLiteral("SELECT sku_id, quantity FROM stock_on_hand"),
        QStringLiteral("SELECT sku_id, quantity FROM stock_moves WHERE id > :upto"));
}

Result<QHash<qint64, qint64>> StockOnHandRepository::byItem() const
{
    return keptPlusPast(mDb,
        QStringLiteral("SELECT s.item_id, sum(h.quantity) FROM stock_on_hand h JOIN skus s ON s.id = h.sku_id "
                       "GROUP BY s.item_id"),
        QStringLiteral("SELECT s.item_id, m.quantity FROM stock_moves m JOIN skus s ON s.id = m.sku_id "
                       "WHERE m.id > :upto"));
}

QString StockOnHandRepository::onHandOf(const QString &sku)
{
    return QStringLiteral("(coalesce((SELECT h.quantity FROM stock_on_hand h WHERE h.sku_id = %1), 0) + "
                          "coalesce((SELECT sum(p.quantity) FROM stock_moves p WHERE p.sku_id = %1 AND p.id > %2), 0))")
        .arg(sku, kUpto);
}

Result<bool> StockOnHandRepository::fewRowsSince(const QString &since) const
{
    // The first row at or after `since` on the time index, and the last id: the rows since are
    // about those between (a backdated row moves the estimate a little, never a figure).
    SqlQuery q(mDb,
        QStringLiteral("SELECT coalesce((SELECT m.id FROM stock_moves m WHERE m.moved_at >= :since ORDER BY "
                       "m.moved_at LIMIT 1), 0), coalesce((SELECT max(id) FROM stock_moves), 0)"));
    q.bind(QStringLiteral(":since"), since);
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return false;
    const qint64 first = q.value(0).toLongLong(), last = q.value(1).toLongLong();
    return first == 0 || (last - first + 1) * 4 <= last;
}

Status StockOnHandRepository::catchUp() const
{
    if (mDb.isReadOnly())
        return {}; // the figures are right all the same
    SqlQuery upto(mDb,
        QStringLiteral("SELECT u.moves_upto, coalesce((SELECT max(id) FROM stock_moves), 0) FROM stock_on_hand_upto u "
                       "WHERE u.id = 1"));
    if (Status s = upto.run(); !s)
        return s;
    if (!upto.next())
        return rebuild();
    const qint64 from = upto.value(0).toLongLong();
    qint64 last = upto.value(1).toLongLong();
    upto.finish();
    if (last <= from)
        return {};
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    // The bookmark moves on to the last ledger row only while no other PC is writing the ledger
    // (on a server a row can commit after one with a higher id): read again under that hold.
    auto held = tx.tryIdBookmark({ QStringLiteral("stock_moves") });
    if (!held)
        return held.error();
    if (!*held)
        return {};
    SqlQuery again(mDb, QStringLiteral("SELECT coalesce(max(id), 0) FROM stock_moves"));
    if (Status s = again.run(); !s)
        return s;
    if (again.next())
        last = again.value(0).toLongLong();
    again.finish();
    SqlQuery add(mDb,
        QStringLiteral("INSERT INTO stock_on_hand (sku_id, quantity) SELECT sku_id, sum(quantity) FROM stock_moves "
                       "WHERE id > :from AND id <= :last GROUP BY sku_id "
                       "ON CONFLICT (sku_id) DO UPDATE SET quantity = stock_on_hand.quantity + excluded.quantity"));
    add.bind({ { QStringLiteral(":from"), from }, { QStringLiteral(":last"), last } });
    if (Status s = add.run(); !s)
        return s;
    SqlQuery mark(mDb, QStringLiteral("UPDATE stock_on_hand_upto SET moves_upto = :last WHERE id = 1"));
    mark.bind(QStringLiteral(":last"), last);
    if (Status s = mark.run(); !s)
        return s;
    return tx.commit();
}

Status StockOnHandRepository::rebuild() const
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    if (Status s = tx.holdIdBookmark({ QStringLiteral("stock_moves") }); !s)
        return s;
    for (const QString &sql : {
             QStringLiteral("DELETE FROM stock_on_hand"),
             QStringLiteral("DELETE FROM stock_on_hand_upto"),
             QStringLiteral("INSERT INTO stock_on_hand (sku_id, quantity) SELECT sku_id, sum(quantity) FROM "
                            "stock_moves GROUP BY sku_id"),
             QStringLiteral("INSERT INTO stock_on_hand_upto (id, moves_upto) VALUES (1, coalesce((SELECT max(id) "
                            "FROM stock_moves), 0))"),
         }) {
        SqlQuery q(mDb, sql);
        if (Status s = q.run(); !s)
            return s;
    }
    return tx.commit();
}

} // namespace shopdesk::core
