#include "ParcelRepository.h"

#include <shopdesk/core/Records.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/Transaction.h>

namespace shopdesk::shipping {

using core::Error;
using core::Result;
using core::SqlQuery;
using core::Status;

Result<QList<ParcelRepository::Row>> ParcelRepository::load(
    const QString &where, const QList<std::pair<QString, QVariant>> &binds) const
{
    QList<Row> out;
    QHash<qint64, qsizetype> index;
    SqlQuery q(mDb,
        QStringLiteral("SELECT p.id, p.kind, p.status, p.courier, p.tracking_no, p.printed_at IS NOT NULL "
                       "FROM parcels p WHERE %1 ORDER BY p.id")
            .arg(where));
    for (const auto &[name, value] : binds)
        q.bind(name, value);
    if (Status s = q.run(); !s)
        return s.error();
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.kind = q.value(1).toString();
        r.status = q.value(2).toString();
        r.courier = q.value(3).toString();
        r.trackingNo = q.value(4).toString();
        r.printed = q.value(5).toInt() != 0;
        index.insert(r.id, out.size());
        out.append(r);
    }
    if (out.isEmpty())
        return out;
    SqlQuery l(mDb,
        QStringLiteral("SELECT pl.parcel_id, pl.order_id, pl.line_id, pl.quantity, o.order_no FROM parcel_lines pl "
                       "JOIN parcels p ON p.id = pl.parcel_id JOIN orders o ON o.id = pl.order_id "
                       "WHERE %1 ORDER BY pl.parcel_id, o.paid_at, o.id, pl.line_id")
            .arg(where));
    for (const auto &[name, value] : binds)
        l.bind(name, value);
    if (Status s = l.run(); !s)
        return s.error();
    while (l.next()) {
        auto it = index.constFind(l.value(0).toLongLong());
        if (it == index.cend())
            continue;
        out[*it].lines.append(
            { l.value(1).toLongLong(), l.value(2).toLongLong(), l.value(4).toString(), l.value(3).toInt() });
    }
    return out;
}

Result<QList<ParcelRepository::Row>> ParcelRepository::byId(qint64 id) const
{
    return load(QStringLiteral("p.id = :id"), { { QStringLiteral(":id"), id } });
}

Result<QList<ParcelRepository::Row>> ParcelRepository::ofOrder(qint64 orderId) const
{
    return load(QStringLiteral("p.id IN (SELECT parcel_id FROM parcel_lines WHERE order_id = :o)"),
        { { QStringLiteral(":o"), orderId } });
}

Result<QList<ParcelRepository::Row>> ParcelRepository::openByTracking(const QString &trackingNo) const
{
    return load(QStringLiteral("p.status = 'open' AND p.tracking_no = :t AND p.tracking_no <> ''"),
        { { QStringLiteral(":t"), trackingNo.trimmed() } });
}

Result<QList<ParcelRepository::Row>> ParcelRepository::open() const
{
    return load(QStringLiteral("p.status = 'open'"), {});
}

Result<QHash<qint64, qint64>> ParcelRepository::openParcelOfOrders() const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT pl.order_id, MIN(pl.parcel_id) FROM parcel_lines pl JOIN parcels p ON p.id = "
                       "pl.parcel_id WHERE p.status = 'open' GROUP BY pl.order_id"));
    if (Status s = q.run(); !s)
        return s.error();
    QHash<qint64, qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

Result<QHash<qint64, ParcelRepository::Mark>> ParcelRepository::marks() const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT pl.order_id, MIN(p.id), p.kind, CASE WHEN p.kind = 'merged' THEN "
                       "(SELECT COUNT(DISTINCT x.order_id) FROM parcel_lines x WHERE x.parcel_id = MIN(p.id)) ELSE "
                       "(SELECT COUNT(DISTINCT y.parcel_id) FROM parcel_lines y WHERE y.order_id = pl.order_id) END "
                       "FROM parcel_lines pl JOIN parcels p ON p.id = pl.parcel_id WHERE p.status = 'open' "
                       "GROUP BY pl.order_id, p.kind"));
    if (Status s = q.run(); !s)
        return s.error();
    QHash<qint64, Mark> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), { q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt() });
    return out;
}

Result<qint64> ParcelRepository::create(
    const QString &kind, const QString &courier, const QString &trackingNo, const QString &actor)
{
    SqlQuery q(mDb,
        QStringLiteral("INSERT INTO parcels (kind, courier, tracking_no, created_at, actor) "
                       "VALUES (:k, :c, :t, :at, :a) RETURNING id"));
    q.bind({ { QStringLiteral(":k"), kind }, { QStringLiteral(":c"), courier }, { QStringLiteral(":t"), trackingNo },
        { QStringLiteral(":at"), core::toDbTime(QDateTime::currentDateTime()) }, { QStringLiteral(":a"), actor } });
    return q.insert();
}

Status ParcelRepository::addLine(qint64 parcelId, qint64 orderId, qint64 lineId, int quantity)
{
    SqlQuery q(mDb,
        QStringLiteral(
            "INSERT INTO parcel_lines (parcel_id, order_id, line_id, quantity) VALUES (:p, :o, :l, :q) "
            "ON CONFLICT (parcel_id, line_id) DO UPDATE SET quantity = parcel_lines.quantity + excluded.quantity"));
    q.bind({ { QStringLiteral(":p"), parcelId }, { QStringLiteral(":o"), orderId }, { QStringLiteral(":l"), lineId },
        { QStringLiteral(":q"), quantity } });
    return q.run();
}

Status ParcelRepository::setLineQuantity(qint64 parcelId, qint64 lineId, int quantity)
{
    if (quantity <= 0) {
        SqlQuery q(mDb, QStringLiteral("DELETE FROM parcel_lines WHERE parcel_id = :p AND line_id = :l"));
        q.bind({ { QStringLiteral(":p"), parcelId }, { QStringLiteral(":l"), lineId } });
        return q.run();
    }
    SqlQuery q(mDb, QStringLiteral("UPDATE parcel_lines SET quantity = :q WHERE parcel_id = :p AND line_id = :l"));
    q.bind(
        { { QStringLiteral(":q"), quantity }, { QStringLiteral(":p"), parcelId }, { QStringLiteral(":l"), lineId } });
    return q.run();
}

Status ParcelRepository::remove(qint64 parcelId)
{
    SqlQuery lines(mDb,
        QStringLiteral("DELETE FROM parcel_lines WHERE parcel_id IN "
                       "(SELECT id FROM parcels WHERE id = :p AND status = 'open' AND printed_at IS NULL)"));
    lines.bind(QStringLiteral(":p"), parcelId);
    if (Status s = lines.run(); !s)
        return s;
    SqlQuery q(mDb, QStringLiteral("DELETE FROM parcels WHERE id = :p AND status = 'open' AND printed_at IS NULL"));
    q.bind(QStringLiteral(":p"), parcelId);
    if (Status s = q.run(); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error { tr("The parcel was printed or shipped already: it stays as it is.") };
    return {};
}

Status ParcelRepository::setTracking(qint64 parcelId, const QString &courier, const QString &trackingNo)
{
    SqlQuery q(
        mDb, QStringLiteral("UPDATE parcels SET courier = :c, tracking_no = :t WHERE id = :p AND status = 'open'"));
    q.bind({ { QStringLiteral(":c"), courier }, { QStringLiteral(":t"), trackingNo.trimmed() },
        { QStringLiteral(":p"), parcelId } });
    if (Status s = q.run(); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error { tr("Only a parcel waiting for dispatch can get a tracking number.") };
    return {};
}

Result<bool> ParcelRepository::trackingUsed(const QString &trackingNo, qint64 parcelId) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT (SELECT COUNT(*) FROM orders WHERE tracking_no = :t AND id NOT IN "
                       "(SELECT order_id FROM parcel_lines WHERE parcel_id = :p)) + "
                       "(SELECT COUNT(*) FROM parcels WHERE tracking_no = :t2 AND id <> :p2)"));
    q.bind({ { QStringLiteral(":t"), trackingNo.trimmed() }, { QStringLiteral(":p"), parcelId },
        { QStringLiteral(":t2"), trackingNo.trimmed() }, { QStringLiteral(":p2"), parcelId } });
    if (Status s = q.run(); !s)
        return s.error();
    return q.next() && q.value(0).toInt() > 0;
}

Status ParcelRepository::markShipped(qint64 parcelId, const QString &courier, const QString &trackingNo,
    const QDateTime &at, std::optional<int> weightGrams, const QString &packer, std::optional<qint64> freightFen)
{
    SqlQuery q(mDb,
        QStringLiteral("UPDATE parcels SET status = 'shipped', courier = :c, tracking_no = :t, shipped_at = :at, "
                       "weight_g = :w, packer = :pk, est_freight_fen = :f WHERE id = :p AND status = 'open'"));
    q.bind({ { QStringLiteral(":c"), courier }, { QStringLiteral(":t"), trackingNo },
        { QStringLiteral(":at"), core::toDbTime(at) }, { QStringLiteral(":w"), core::nullable(weightGrams) },
        { QStringLiteral(":pk"), packer }, { QStringLiteral(":f"), core::nullable(freightFen) },
        { QStringLiteral(":p"), parcelId } });
    if (Status s = q.run(); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error { tr("The parcel has left already.") };
    return {};
}

Status ParcelRepository::markPrinted(const QList<qint64> &orderIds)
{
    SqlQuery q(mDb,
        QStringLiteral("UPDATE parcels SET printed_at = :at WHERE status = 'open' AND printed_at IS NULL AND "
                       "tracking_no <> '' AND id IN (SELECT parcel_id FROM parcel_lines WHERE order_id = :o)"));
    const QString now = core::toDbTime(QDateTime::currentDateTime());
    for (qint64 id : orderIds) {
        q.bind({ { QStringLiteral(":at"), now }, { QStringLiteral(":o"), id } });
        if (Status s = q.run(); !s)
            return s;
    }
    return {};
}

Result<QList<qint64>> ParcelRepository::mergedMates(qint64 orderId) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT DISTINCT b.order_id FROM parcel_lines a JOIN parcel_lines b ON b.parcel_id = "
                       "a.parcel_id JOIN parcels p ON p.id = a.parcel_id WHERE a.order_id = :o AND p.status = 'open' "
                       "AND p.kind = 'merged' AND b.order_id <> :o2 ORDER BY b.order_id"));
    q.bind({ { QStringLiteral(":o"), orderId }, { QStringLiteral(":o2"), orderId } });
    if (Status s = q.run(); !s)
        return s.error();
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Result<bool> ParcelRepository::fullyShipped(qint64 orderId) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT COUNT(*) FROM order_lines l WHERE l.order_id = :o AND l.quantity > COALESCE("
                       "(SELECT SUM(pl.quantity) FROM parcel_lines pl JOIN parcels p ON p.id = pl.parcel_id "
                       "WHERE pl.line_id = l.id AND p.status = 'shipped'), 0)"));
    q.bind(QStringLiteral(":o"), orderId);
    if (Status s = q.run(); !s)
        return s.error();
    return q.next() && q.value(0).toInt() == 0;
}

Status ParcelRepository::shipOrder(qint64 orderId, const QString &courier, const QString &trackingNo,
    const QDateTime &at, std::optional<int> weightGrams, const QString &packer)
{
    SqlQuery q(mDb,
        QStringLiteral("UPDATE orders SET status = 'shipped', shipped_at = :at, courier = :c, tracking_no = :t "
                       "WHERE id = :id AND status = 'paid'"));
    q.bind({ { QStringLiteral(":at"), core::toDbTime(at) }, { QStringLiteral(":c"), courier },
        { QStringLiteral(":t"), trackingNo }, { QStringLiteral(":id"), orderId } });
    if (Status s = q.run(); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error { tr("An order of this parcel is not waiting for dispatch any more.") };
    SqlQuery pack(mDb,
        QStringLiteral("INSERT INTO shipping_packs (order_id, courier, tracking_no, weight_g, packer, packed_at) "
                       "VALUES (:id, :c, :t, :w, :p, :at)"));
    pack.bind({ { QStringLiteral(":id"), orderId }, { QStringLiteral(":c"), courier },
        { QStringLiteral(":t"), trackingNo }, { QStringLiteral(":w"), core::nullable(weightGrams) },
        { QStringLiteral(":p"), packer }, { QStringLiteral(":at"), core::toDbTime(at) } });
    return pack.run();
}

} // namespace shopdesk::shipping
