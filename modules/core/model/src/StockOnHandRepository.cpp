#include "shopdesk/core/StockOnHandRepository.h"

#include "shopdesk/core/Database.h"
#include "shopdesk/core/KeptSums.h"
#include "shopdesk/core/SqlQuery.h"

namespace shopdesk::core {

namespace {
const QString kUpto = QStringLiteral("(SELECT u.moves_upto FROM stock_on_hand_upto u WHERE u.id = 1)");

/// The ledger's quantities kept per SKU.
const KeptSums kKept { QStringLiteral("stock_moves"), QStringLiteral("sku_id"), { QStringLiteral("quantity") },
    QStringLiteral("stock_on_hand"), { QStringLiteral("quantity") }, QStringLiteral("stock_on_hand_upto"),
    QStringLiteral("moves_upto") };

/// The kept sums (`kept`, keyed by its first column) plus the ledger rows past the bookmark
/// (`past`: one row each, its key and quantity, the bookmark bound as :upto), into one hash. The
/// rows past it are added up here, not grouped in SQL: for a GROUP BY, SQLite reads the whole
/// ledger in the order of an index rather than the few rows past the bookmark.
Result<QHash<qint64, qint64>> keptPlusPast(const Database &db, const QString &kept, const QString &past)
{
    auto upto = kKept.bookmark(db);
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

Result<qint64> StockOnHandRepository::bookmark() const { return kKept.bookmark(mDb); }

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

Status StockOnHandRepository::catchUp() const { return kKept.catchUp(mDb); }

Status StockOnHandRepository::rebuild() const { return kKept.rebuild(mDb); }

} // namespace shopdesk::core
