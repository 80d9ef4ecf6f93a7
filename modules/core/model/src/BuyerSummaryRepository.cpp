#include "shopdesk/core/BuyerSummaryRepository.h"

#include "shopdesk/core/SqlQuery.h"
#include "shopdesk/core/Transaction.h"

namespace shopdesk::core {

namespace {
/// A buyer's figures from their paid orders (the index buyers_orders_cover), for `b.id`.
const QString kFigureColumns = QStringLiteral(
    "(SELECT count(*), coalesce(sum(o.total_fen), 0), coalesce(min(o.paid_at), ''), coalesce(max(o.paid_at), '') "
    "FROM orders o WHERE o.buyer_id = buyer_summary.buyer_id AND o.status IN ('paid', 'shipped', 'finished'))");
} // namespace

Status BuyerSummaryRepository::catchUp() const
{
    SqlQuery upto(mDb,
        QStringLiteral("SELECT u.buyers_upto, u.orders_upto, coalesce((SELECT max(id) FROM buyers), 0), "
                       "coalesce((SELECT max(id) FROM orders), 0) FROM buyer_summary_upto u WHERE u.id = 1"));
    if (Status s = upto.run(); !s)
        return s;
    qint64 buyersUpto = 0, ordersUpto = 0, lastBuyer = 0, lastOrder = 0;
    if (upto.next()) {
        buyersUpto = upto.value(0).toLongLong();
        ordersUpto = upto.value(1).toLongLong();
        lastBuyer = upto.value(2).toLongLong();
        lastOrder = upto.value(3).toLongLong();
    } else {
        return rebuild();
    }
    if (lastBuyer <= buyersUpto && lastOrder <= ordersUpto)
        return {};
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    // The bookmarks move on to the last buyer and order only while no PC is writing either (on a
    // server an order can commit after one with a higher id): read again under that hold. A PC
    // writing orders right now (an import of thousands) is not waited for: the totals shown stay
    // as they are and catch up at the next read, after that PC's commit.
    auto held = tx.tryIdBookmark({ QStringLiteral("buyers"), QStringLiteral("orders") });
    if (!held)
        return held.error();
    if (!*held)
        return {};
    SqlQuery last(mDb,
        QStringLiteral("SELECT coalesce((SELECT max(id) FROM buyers), 0), coalesce((SELECT max(id) FROM orders), 0)"));
    if (Status s = last.run(); !s)
        return s;
    if (last.next()) {
        lastBuyer = last.value(0).toLongLong();
        lastOrder = last.value(1).toLongLong();
    }
    last.finish();
    SqlQuery add(mDb,
        QStringLiteral("INSERT INTO buyer_summary (buyer_id) SELECT b.id FROM buyers b WHERE b.id > :upto AND "
                       "NOT EXISTS (SELECT 1 FROM buyer_summary s WHERE s.buyer_id = b.id)"));
    add.bind(QStringLiteral(":upto"), buyersUpto);
    if (Status s = add.run(); !s)
        return s;
    SqlQuery figures(mDb,
        QStringLiteral("UPDATE buyer_summary SET (orders, spend_fen, first_paid, last_paid) = %1 WHERE buyer_id > "
                       ":buyers OR buyer_id IN (SELECT n.buyer_id FROM orders n WHERE n.id > :orders)")
            .arg(kFigureColumns));
    figures.bind({ { QStringLiteral(":buyers"), buyersUpto }, { QStringLiteral(":orders"), ordersUpto } });
    if (Status s = figures.run(); !s)
        return s;
    SqlQuery mark(mDb, QStringLiteral("UPDATE buyer_summary_upto SET buyers_upto = :b, orders_upto = :o WHERE id = 1"));
    mark.bind({ { QStringLiteral(":b"), lastBuyer }, { QStringLiteral(":o"), lastOrder } });
    if (Status s = mark.run(); !s)
        return s;
    return tx.commit();
}

Status BuyerSummaryRepository::refresh(qint64 buyerId) const
{
    SqlQuery q(mDb,
        QStringLiteral("UPDATE buyer_summary SET (orders, spend_fen, first_paid, last_paid) = %1 WHERE buyer_id = :id")
            .arg(kFigureColumns));
    q.bind(QStringLiteral(":id"), buyerId);
    return q.run();
}

Status BuyerSummaryRepository::refreshBuyerOf(qint64 orderId) const
{
    SqlQuery q(mDb,
        QStringLiteral("UPDATE buyer_summary SET (orders, spend_fen, first_paid, last_paid) = %1 WHERE buyer_id = "
                       "(SELECT x.buyer_id FROM orders x WHERE x.id = :id)")
            .arg(kFigureColumns));
    q.bind(QStringLiteral(":id"), orderId);
    return q.run();
}

Status BuyerSummaryRepository::rebuild() const
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    if (Status s = tx.holdIdBookmark({ QStringLiteral("buyers"), QStringLiteral("orders") }); !s)
        return s;
    for (const QString &sql : {
             QStringLiteral("DELETE FROM buyer_summary"),
             QStringLiteral("DELETE FROM buyer_summary_upto"),
             QStringLiteral("INSERT INTO buyer_summary (buyer_id, orders, spend_fen, first_paid, last_paid) SELECT "
                            "b.id, count(o.id), coalesce(sum(o.total_fen), 0), coalesce(min(o.paid_at), ''), "
                            "coalesce(max(o.paid_at), '') FROM buyers b LEFT JOIN orders o ON o.buyer_id = b.id AND "
                            "o.status IN ('paid', 'shipped', 'finished') GROUP BY b.id"),
             QStringLiteral("INSERT INTO buyer_summary_upto (id, buyers_upto, orders_upto) VALUES (1, "
                            "coalesce((SELECT max(id) FROM buyers), 0), coalesce((SELECT max(id) FROM orders), 0))"),
         }) {
        SqlQuery q(mDb, sql);
        if (Status s = q.run(); !s)
            return s;
    }
    return tx.commit();
}

} // namespace shopdesk::core
