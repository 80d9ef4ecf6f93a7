#include "shopdesk/shipping/ExtraParcelRepository.h"

#include "shopdesk/shipping/Couriers.h"

#include <shopdesk/core/RecordRows.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/core/Transaction.h>

namespace shopdesk::shipping {

using core::Error;
using core::Result;
using core::SqlQuery;
using core::Status;
using core::Transaction;

namespace {
// The next free number of the courier's ranges, taken (the range advances), as the queue's
// 从号段分配 takes them: a number some order or parcel already uses is passed over.
Result<QString> takeRangeNumber(const core::Database &db, const QString &courier)
{
    SqlQuery next(db,
        QStringLiteral("SELECT id, prefix, next_no, digits FROM shipping_tracking_ranges "
                       "WHERE courier = :c AND next_no <= last_no ORDER BY id LIMIT 1"));
    SqlQuery advance(db, QStringLiteral("UPDATE shipping_tracking_ranges SET next_no = :n WHERE id = :id"));
    for (;;) {
        next.bind(QStringLiteral(":c"), courier);
        if (Status s = next.run(); !s)
            return s.error();
        if (!next.next())
            return Error { ExtraParcelRepository::tr("Enter the tracking number of the parcel: the number ranges of "
                                                     "%1 are used up.")
                               .arg(Couriers::displayName(courier)) };
        const qint64 rangeId = next.value(0).toLongLong();
        const qint64 n = next.value(2).toLongLong();
        const QString candidate
            = next.value(1).toString() + QStringLiteral("%1").arg(n, next.value(3).toInt(), 10, QLatin1Char('0'));
        next.finish();
        advance.bind({ { QStringLiteral(":n"), n + 1 }, { QStringLiteral(":id"), rangeId } });
        if (Status s = advance.run(); !s)
            return s.error();
        auto used = ShippingRepository(db).trackingInUse(candidate);
        if (!used)
            return used.error();
        if (!*used)
            return candidate;
    }
}
} // namespace

Result<qint64> ExtraParcelRepository::add(const ExtraParcel &parcel, const QString &actor)
{
    // No number typed: the next one of the courier's range (从号段分配), as for a queued order.
    QString tracking = parcel.trackingNo.trimmed();
    if (parcel.courier.isEmpty())
        return Error { tr("Choose the courier of the parcel.") };
    if (parcel.lines.isEmpty())
        return Error { tr("A parcel needs at least one item.") };
    for (const ExtraParcel::Line &l : parcel.lines)
        if (l.quantity <= 0)
            return Error { tr("Each item of a parcel needs at least 1 piece (it is %1).").arg(l.quantity) };
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    SqlQuery order(mDb, QStringLiteral("SELECT order_no, status FROM orders WHERE id = :id"));
    order.bind(QStringLiteral(":id"), parcel.orderId);
    if (Status s = order.run(); !s)
        return s.error();
    if (!order.next())
        return Error { tr("There is no order with the number %1.").arg(parcel.orderId) };
    const QString orderNo = order.value(0).toString();
    const QString status = order.value(1).toString();
    order.finish();
    if (status != core::codes::kOrderShipped && status != core::codes::kOrderFinished)
        return Error { tr("Order %1 has not left yet: send its goods with the order itself.").arg(orderNo) };
    if (tracking.isEmpty()) {
        auto taken = takeRangeNumber(mDb, parcel.courier);
        if (!taken)
            return taken.error();
        tracking = *taken;
    }
    auto used = ShippingRepository(mDb).trackingInUse(tracking);
    if (!used)
        return used.error();
    if (*used)
        return Error { tr("The tracking number %1 is already used by another order or parcel.").arg(tracking) };
    SqlQuery add(mDb,
        QStringLiteral("INSERT INTO shipping_extra_parcels (order_id, courier, tracking_no, reference, status, "
                       "created_at, actor) VALUES (:o, :c, :t, :r, 'waiting', :at, :actor) RETURNING id"));
    add.bind({ { QStringLiteral(":o"), parcel.orderId }, { QStringLiteral(":c"), parcel.courier },
        { QStringLiteral(":t"), tracking }, { QStringLiteral(":r"), parcel.reference },
        { QStringLiteral(":at"), core::toDbTime(QDateTime::currentDateTime()) }, { QStringLiteral(":actor"), actor } });
    auto id = add.insert();
    if (!id)
        return id.error();
    SqlQuery line(mDb,
        QStringLiteral("INSERT INTO shipping_extra_parcel_lines (parcel_id, sku_id, quantity) VALUES (:p, :s, :q)"));
    for (const ExtraParcel::Line &l : parcel.lines) {
        line.bind(
            { { QStringLiteral(":p"), *id }, { QStringLiteral(":s"), l.skuId }, { QStringLiteral(":q"), l.quantity } });
        if (Status s = line.run(); !s)
            return s.error();
    }
    return tx.commitWith(std::move(id));
}

Status ExtraParcelRepository::cancel(qint64 parcelId)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    auto parcel = byId(parcelId);
    if (!parcel)
        return parcel.status();
    if (!*parcel)
        return Error { tr("There is no parcel with the number %1.").arg(parcelId) };
    if ((*parcel)->status != kWaiting)
        return Error { tr("The parcel %1 has already shipped.").arg((*parcel)->trackingNo) };
    SqlQuery lines(mDb, QStringLiteral("DELETE FROM shipping_extra_parcel_lines WHERE parcel_id = :p"));
    lines.bind(QStringLiteral(":p"), parcelId);
    if (Status s = lines.run(); !s)
        return s;
    SqlQuery drop(mDb, QStringLiteral("DELETE FROM shipping_extra_parcels WHERE id = :p AND status = 'waiting'"));
    drop.bind(QStringLiteral(":p"), parcelId);
    if (Status s = drop.run(); !s)
        return s;
    return tx.commit();
}

Status ExtraParcelRepository::ship(
    qint64 parcelId, std::optional<int> weightGrams, const QString &packer, const QString &actor)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    auto parcel = byId(parcelId);
    if (!parcel)
        return parcel.status();
    if (!*parcel)
        return Error { tr("There is no parcel with the number %1.").arg(parcelId) };
    const ExtraParcel &p = **parcel;
    if (p.status != kWaiting)
        return Error { tr("The parcel %1 has already shipped.").arg(p.trackingNo) };
    const QDateTime at = QDateTime::currentDateTime();
    QList<core::StockMove> moves;
    for (const ExtraParcel::Line &l : p.lines) {
        core::StockMove m;
        m.skuId = l.skuId;
        m.kind = core::codes::kMoveShip;
        m.quantity = -l.quantity;
        m.reference = p.trackingNo;
        m.actor = actor;
        m.at = at;
        m.note = p.reference.isEmpty() ? p.orderNo : p.reference;
        moves.append(m);
    }
    if (auto booked = core::StockLedger(mDb).bookAll(moves); !booked)
        return booked.status();
    SqlQuery q(mDb,
        QStringLiteral("UPDATE shipping_extra_parcels SET status = 'shipped', shipped_at = :at, packer = :p, "
                       "weight_g = :w WHERE id = :id AND status = 'waiting'"));
    q.bind({ { QStringLiteral(":at"), core::toDbTime(at) }, { QStringLiteral(":p"), packer },
        { QStringLiteral(":w"), core::nullable(weightGrams) }, { QStringLiteral(":id"), parcelId } });
    if (Status s = q.run(); !s)
        return s;
    return tx.commit();
}

Result<std::optional<ExtraParcel>> ExtraParcelRepository::byId(qint64 parcelId) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT p.id, p.order_id, o.order_no, p.courier, p.tracking_no, p.reference, p.status "
                       "FROM shipping_extra_parcels p JOIN orders o ON o.id = p.order_id WHERE p.id = :id"));
    q.bind(QStringLiteral(":id"), parcelId);
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return std::optional<ExtraParcel>();
    ExtraParcel p;
    p.id = q.value(0).toLongLong();
    p.orderId = q.value(1).toLongLong();
    p.orderNo = q.value(2).toString();
    p.courier = q.value(3).toString();
    p.trackingNo = q.value(4).toString();
    p.reference = q.value(5).toString();
    p.status = q.value(6).toString();
    q.finish();
    SqlQuery l(mDb,
        QStringLiteral("SELECT sku_id, quantity FROM shipping_extra_parcel_lines WHERE parcel_id = :id ORDER BY id"));
    l.bind(QStringLiteral(":id"), parcelId);
    if (Status s = l.run(); !s)
        return s.error();
    while (l.next())
        p.lines.append({ l.value(0).toLongLong(), l.value(1).toInt() });
    return std::optional<ExtraParcel>(std::move(p));
}

Result<std::optional<ShipmentOrder>> ExtraParcelRepository::forStation(const QString &trackingNo) const
{
    auto found = load(QStringLiteral("p.tracking_no = :t"), { { QStringLiteral(":t"), trackingNo.trimmed() } });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<ShipmentOrder>();
    return std::optional<ShipmentOrder>(found->takeFirst());
}

Result<QList<ShipmentOrder>> ExtraParcelRepository::waiting() const
{
    return load(QStringLiteral("p.status = :waiting"), { { QStringLiteral(":waiting"), kWaiting } });
}

Result<QList<ShipmentOrder>> ExtraParcelRepository::load(
    const QString &where, const QList<std::pair<QString, QVariant>> &binds) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT %1, p.id, p.courier, p.tracking_no, p.status, p.print_count FROM shipping_extra_parcels "
                       "p JOIN orders o ON o.id = p.order_id WHERE %2 ORDER BY p.created_at, p.id")
            .arg(core::rows::orderColumns(), where));
    for (const auto &[name, value] : binds)
        q.bind(name, value);
    if (Status s = q.run(); !s)
        return s.error();
    const int c = int(core::rows::orderColumns().count(QLatin1Char(',')) + 1);
    QList<ShipmentOrder> out;
    while (q.next()) {
        ShipmentOrder so;
        so.order = core::rows::readOrder(q);
        so.extraParcelId = q.value(c).toLongLong();
        so.order.courier = q.value(c + 1).toString();
        so.order.trackingNo = q.value(c + 2).toString();
        so.parcelWaiting = q.value(c + 3).toString() == kWaiting;
        so.printCount = q.value(c + 4).toInt();
        out.append(so);
    }
    q.finish();
    SqlQuery l(mDb,
        QStringLiteral("SELECT l.sku_id, l.quantity, i.code, i.title, s.color, s.size, s.barcode "
                       "FROM shipping_extra_parcel_lines l JOIN skus s ON s.id = l.sku_id "
                       "JOIN items i ON i.id = s.item_id WHERE l.parcel_id = :p ORDER BY l.id"));
    for (ShipmentOrder &so : out) {
        l.bind(QStringLiteral(":p"), so.extraParcelId);
        if (Status s = l.run(); !s)
            return s.error();
        while (l.next()) {
            PackLine p;
            p.skuId = l.value(0).toLongLong();
            p.quantity = l.value(1).toInt();
            p.itemCode = l.value(2).toString();
            p.title = l.value(3).toString();
            p.color = l.value(4).toString();
            p.size = l.value(5).toString();
            p.barcode = l.value(6).toString();
            so.lines.append(p);
        }
    }
    return out;
}

Status ExtraParcelRepository::markPrinted(const QList<qint64> &parcelIds, const QString &reprintReason)
{
    Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery q(mDb,
        QStringLiteral("UPDATE shipping_extra_parcels SET print_count = print_count + 1, printed_at = :at, "
                       "reprint_reason = CASE WHEN print_count > 0 THEN :reason ELSE reprint_reason END "
                       "WHERE id = :id"));
    const QString at = core::toDbTime(QDateTime::currentDateTime());
    for (qint64 id : parcelIds) {
        q.bind({ { QStringLiteral(":at"), at }, { QStringLiteral(":reason"), reprintReason.trimmed() },
            { QStringLiteral(":id"), id } });
        if (Status s = q.run(); !s)
            return s;
    }
    return tx.commit();
}

} // namespace shopdesk::shipping
