#include "shopdesk/service/BuyerListsRepository.h"

#include <shopdesk/core/AvailableStockRepository.h>
#include <shopdesk/core/Format.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/Transaction.h>

namespace shopdesk::service {

using core::Error;
using core::SqlQuery;
using core::Status;

namespace {
QVariant dbTime(const QDateTime &t) { return t.isValid() ? QVariant(core::toDbTime(t)) : QVariant(); }
QDateTime time(const QVariant &v) { return v.isNull() ? QDateTime() : core::fromDbTime(v.toString()); }
} // namespace

core::Result<qint64> BuyerListsRepository::addWaiting(
    const QString &buyerNick, const QString &barcode, const QDateTime &at, const QString &actor, const QString &note)
{
    if (buyerNick.trimmed().isEmpty())
        return Error { tr("Name the buyer who is waiting.") };
    SqlQuery sku(mDb,
        QStringLiteral("SELECT s.id, i.code, s.color, s.size FROM skus s JOIN items i ON i.id = s.item_id "
                       "WHERE s.barcode = :code"));
    sku.bind(QStringLiteral(":code"), barcode.trimmed());
    if (Status s = sku.run(); !s)
        return s.error();
    if (!sku.next())
        return Error { tr("No SKU has the barcode %1.").arg(barcode.trimmed()) };
    // A SKU the buyer can order now needs no restock notice: she would wait for nothing.
    auto stock = core::AvailableStockRepository(mDb).ofSku(sku.value(0).toLongLong());
    if (!stock)
        return stock.error();
    if (stock->available() > 0)
        return Error { tr("%1 %2/%3 is in stock (%4 available): the buyer can order it now, so there is nothing to "
                          "wait for.")
                           .arg(sku.value(1).toString(), sku.value(2).toString(), sku.value(3).toString())
                           .arg(stock->available()) };
    WaitEntry e;
    e.buyerNick = buyerNick.trimmed();
    e.skuId = sku.value(0).toLongLong();
    e.registeredAt = at;
    e.note = note;
    return restoreWaiting(e, actor);
}

core::Result<qint64> BuyerListsRepository::restoreWaiting(const WaitEntry &e, const QString &actor)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    SqlQuery q(mDb,
        QStringLiteral("INSERT INTO service_waitlist (buyer_nick, sku_id, registered_at, contacted_at, actor, note) "
                       "VALUES (:nick, :sku, :at, :contacted, :actor, :note) RETURNING id"));
    q.bind({ { QStringLiteral(":nick"), e.buyerNick }, { QStringLiteral(":sku"), e.skuId },
        { QStringLiteral(":at"), core::toDbTime(e.registeredAt) },
        { QStringLiteral(":contacted"), dbTime(e.contactedAt) }, { QStringLiteral(":actor"), actor },
        { QStringLiteral(":note"), e.note } });
    return tx.commitWith(q.insert());
}

core::Result<QList<WaitEntry>> BuyerListsRepository::waiting(bool openOnly) const
{
    SqlQuery q(mDb,
        QStringLiteral(
            "SELECT w.id, w.buyer_nick, w.sku_id, i.code, i.title, s.color, s.size, s.barcode, w.registered_at, "
            "(SELECT MIN(m.moved_at) FROM stock_moves m WHERE m.sku_id = w.sku_id AND m.kind = :receive "
            " AND m.quantity > 0 AND m.moved_at > w.registered_at), w.contacted_at, w.note, "
            "i.short_name, i.category FROM service_waitlist w JOIN skus s ON s.id = w.sku_id JOIN items i ON i.id = "
            "s.item_id "
            "WHERE (:all = 1 OR w.contacted_at IS NULL) ORDER BY w.registered_at DESC, w.id DESC"));
    q.bind({ { QStringLiteral(":receive"), core::codes::kMoveReceive }, { QStringLiteral(":all"), openOnly ? 0 : 1 } });
    if (Status s = q.run(); !s)
        return s.error();
    QList<WaitEntry> out;
    while (q.next()) {
        WaitEntry e;
        e.id = q.value(0).toLongLong();
        e.buyerNick = q.value(1).toString();
        e.skuId = q.value(2).toLongLong();
        e.itemCode = q.value(3).toString();
        e.itemTitle = q.value(4).toString();
        e.color = q.value(5).toString();
        e.size = q.value(6).toString();
        e.barcode = q.value(7).toString();
        e.registeredAt = time(q.value(8));
        e.arrivedAt = time(q.value(9));
        e.contactedAt = time(q.value(10));
        e.note = q.value(11).toString();
        e.itemShortName = q.value(12).toString();
        e.itemCategory = q.value(13).toString();
        out.append(e);
    }
    return out;
}

Status BuyerListsRepository::setContacted(qint64 id, const QDateTime &at)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery q(mDb, QStringLiteral("UPDATE service_waitlist SET contacted_at = :at WHERE id = :id"));
    q.bind({ { QStringLiteral(":at"), dbTime(at) }, { QStringLiteral(":id"), id } });
    if (Status s = q.run(); !s)
        return s;
    return tx.commit();
}

Status BuyerListsRepository::removeWaiting(qint64 id)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery q(mDb, QStringLiteral("DELETE FROM service_waitlist WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.run(); !s)
        return s;
    return tx.commit();
}

core::Result<qint64> BuyerListsRepository::addFailedDeal(const FailedDeal &d, const QString &actor)
{
    if (d.buyerNick.trimmed().isEmpty())
        return Error { tr("Name the buyer of the failed deal.") };
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    SqlQuery q(mDb,
        QStringLiteral("INSERT INTO service_failed_deals (buyer_nick, item, reason, next_time, recorded_at, actor) "
                       "VALUES (:nick, :item, :reason, :next, :at, :actor) RETURNING id"));
    q.bind({ { QStringLiteral(":nick"), d.buyerNick.trimmed() }, { QStringLiteral(":item"), d.item },
        { QStringLiteral(":reason"), d.reason }, { QStringLiteral(":next"), d.nextTime },
        { QStringLiteral(":at"), core::toDbTime(d.recordedAt.isValid() ? d.recordedAt : QDateTime::currentDateTime()) },
        { QStringLiteral(":actor"), actor } });
    return tx.commitWith(q.insert());
}

core::Result<QList<FailedDeal>> BuyerListsRepository::failedDeals() const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT id, buyer_nick, item, reason, next_time, recorded_at FROM service_failed_deals "
                       "ORDER BY recorded_at DESC, id DESC"));
    if (Status s = q.run(); !s)
        return s.error();
    QList<FailedDeal> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), time(q.value(5)) });
    return out;
}

Status BuyerListsRepository::removeFailedDeal(qint64 id)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery q(mDb, QStringLiteral("DELETE FROM service_failed_deals WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.run(); !s)
        return s;
    return tx.commit();
}

core::Result<qint64> BuyerListsRepository::addFollowUp(const FollowUp &f, const QString &actor)
{
    if (f.orderNo.trimmed().isEmpty())
        return Error { tr("Name the order to follow up.") };
    if (!followUpReasons().contains(f.reason))
        return Error { tr("“%1” is not a follow-up reason.").arg(f.reason) };
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    SqlQuery q(mDb,
        QStringLiteral("INSERT INTO service_followups (order_no, reason, note, created_at, done_at, actor) "
                       "VALUES (:no, :reason, :note, :at, :done, :actor) RETURNING id"));
    q.bind({ { QStringLiteral(":no"), f.orderNo.trimmed() }, { QStringLiteral(":reason"), f.reason },
        { QStringLiteral(":note"), f.note },
        { QStringLiteral(":at"), core::toDbTime(f.createdAt.isValid() ? f.createdAt : QDateTime::currentDateTime()) },
        { QStringLiteral(":done"), dbTime(f.doneAt) }, { QStringLiteral(":actor"), actor } });
    return tx.commitWith(q.insert());
}

core::Result<QList<FollowUp>> BuyerListsRepository::followUps() const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT id, order_no, reason, note, created_at, done_at FROM service_followups "
                       "ORDER BY (done_at IS NOT NULL), created_at DESC, id DESC"));
    if (Status s = q.run(); !s)
        return s.error();
    QList<FollowUp> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            time(q.value(4)), time(q.value(5)) });
    return out;
}

Status BuyerListsRepository::setFollowUpDone(qint64 id, const QDateTime &at)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery q(mDb, QStringLiteral("UPDATE service_followups SET done_at = :at WHERE id = :id"));
    q.bind({ { QStringLiteral(":at"), dbTime(at) }, { QStringLiteral(":id"), id } });
    if (Status s = q.run(); !s)
        return s;
    return tx.commit();
}

Status BuyerListsRepository::removeFollowUp(qint64 id)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery q(mDb, QStringLiteral("DELETE FROM service_followups WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.run(); !s)
        return s;
    return tx.commit();
}

core::Result<QList<UnpaidOrder>> BuyerListsRepository::unpaid(const QDateTime &now, int afterHours) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT o.order_no, COALESCE(b.nick, ''), o.created_at, o.total_fen FROM orders o "
                       "LEFT JOIN buyers b ON b.id = o.buyer_id WHERE o.status = :unpaid "
                       "AND o.created_at <= :latest AND o.created_at >= :earliest ORDER BY o.created_at"));
    q.bind({ { QStringLiteral(":unpaid"), core::codes::kOrderUnpaid },
        { QStringLiteral(":latest"), core::toDbTime(now.addSecs(-3600LL * afterHours)) },
        { QStringLiteral(":earliest"), core::toDbTime(now.addDays(-3)) } });
    if (Status s = q.run(); !s)
        return s.error();
    QList<UnpaidOrder> out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), time(q.value(2)), q.value(3).toLongLong() });
    return out;
}

core::Result<QList<HeldOrder>> BuyerListsRepository::cannotShip() const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT o.order_no, COALESCE(b.nick, ''), o.paid_at, "
                       "(SELECT COUNT(*) FROM service_followups f WHERE f.order_no = o.order_no "
                       " AND f.reason = :reason AND f.done_at IS NULL) "
                       "FROM orders o LEFT JOIN buyers b ON b.id = o.buyer_id "
                       "WHERE o.status = :paid AND o.flag = :yellow ORDER BY o.paid_at, o.id"));
    q.bind({ { QStringLiteral(":reason"), QStringLiteral("cannot_ship") },
        { QStringLiteral(":paid"), core::codes::kOrderPaid },
        { QStringLiteral(":yellow"), QStringLiteral("yellow") } });
    if (Status s = q.run(); !s)
        return s.error();
    QList<HeldOrder> out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), time(q.value(2)), q.value(3).toInt() > 0 });
    return out;
}

QStringList BuyerListsRepository::followUpReasons()
{
    return { QStringLiteral("logistics"), QStringLiteral("cannot_ship"), QStringLiteral("other") };
}

QString BuyerListsRepository::followUpReasonName(const QString &code)
{
    if (code == QLatin1String("logistics"))
        return tr("Logistics unclear");
    if (code == QLatin1String("cannot_ship"))
        return tr("Cannot ship");
    if (code == QLatin1String("other"))
        return tr("Other");
    return code;
}

Facts BuyerListsRepository::factsFor(const WaitEntry &e, const Facts &shopFacts)
{
    Facts f = shopFacts;
    f.insert(QStringLiteral("buyer"), e.buyerNick);
    // The item by its short name, never its platform title (see FactsRepository::forOrder).
    f.insert(
        QStringLiteral("item"), core::format::messageItemName(e.itemShortName, e.itemCategory, {}, {}, e.itemTitle));
    f.insert(QStringLiteral("item_line"),
        core::format::messageItemName(e.itemShortName, e.itemCategory, e.color, e.size, e.itemTitle));
    f.insert(QStringLiteral("color"), e.color);
    f.insert(QStringLiteral("size"), e.size);
    return f;
}

} // namespace shopdesk::service
