#include "shopdesk/shipping/CourierRepository.h"

#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/Transaction.h>

namespace shopdesk::shipping {

using core::Result;
using core::SqlQuery;
using core::Status;

Result<QList<ShopCourier>> CourierRepository::shopCouriers() const
{
    SqlQuery q(
        mDb, QStringLiteral("SELECT code, name, platform_name, tracking_pattern FROM shipping_couriers ORDER BY code"));
    if (Status s = q.run(); !s)
        return s.error();
    QList<ShopCourier> out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString() });
    return out;
}

Result<std::optional<ShopCourier>> CourierRepository::shopCourier(const QString &code) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT code, name, platform_name, tracking_pattern FROM shipping_couriers WHERE code = :code"));
    q.bind(QStringLiteral(":code"), code);
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return std::optional<ShopCourier>();
    return std::optional<ShopCourier>(
        ShopCourier { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString() });
}

Status CourierRepository::putCourier(const ShopCourier &c)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    if (Status s = removeCourier(c.code); !s)
        return s;
    SqlQuery q(mDb,
        QStringLiteral("INSERT INTO shipping_couriers (code, name, platform_name, tracking_pattern) "
                       "VALUES (:code, :name, :platform, :pattern)"));
    q.bind({ { QStringLiteral(":code"), c.code }, { QStringLiteral(":name"), c.name },
        { QStringLiteral(":platform"), c.platformName }, { QStringLiteral(":pattern"), c.trackingPattern } });
    if (Status s = q.run(); !s)
        return s;
    return tx.commit();
}

Status CourierRepository::removeCourier(const QString &code)
{
    SqlQuery q(mDb, QStringLiteral("DELETE FROM shipping_couriers WHERE code = :code"));
    q.bind(QStringLiteral(":code"), code);
    return q.run();
}

Result<std::optional<PriceTable>> CourierRepository::storedPriceTable(const QString &courier) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT province, first_fen, additional_fen FROM shipping_prices WHERE courier = :courier"));
    q.bind(QStringLiteral(":courier"), courier);
    if (Status s = q.run(); !s)
        return s.error();
    PriceTable t;
    t.courier = courier;
    while (q.next())
        t.byProvince.insert(q.value(0).toString(),
            { core::Money::fromFen(q.value(1).toLongLong()), core::Money::fromFen(q.value(2).toLongLong()) });
    if (t.byProvince.isEmpty())
        return std::optional<PriceTable>();
    return std::optional<PriceTable>(t);
}

Result<PriceTable> CourierRepository::priceTable(const QString &courier) const
{
    auto stored = storedPriceTable(courier);
    if (!stored)
        return stored.error();
    if (stored->has_value())
        return **stored;
    // The built-in table is the starting value: stored as the shop's own once it is edited or imported.
    return PriceTable::forCourier(courier);
}

Status CourierRepository::putPriceTable(const PriceTable &table)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery del(mDb, QStringLiteral("DELETE FROM shipping_prices WHERE courier = :courier"));
    del.bind(QStringLiteral(":courier"), table.courier);
    if (Status s = del.run(); !s)
        return s;
    SqlQuery ins(mDb,
        QStringLiteral("INSERT INTO shipping_prices (courier, province, first_fen, additional_fen) "
                       "VALUES (:courier, :province, :first, :more)"));
    for (auto it = table.byProvince.cbegin(); it != table.byProvince.cend(); ++it) {
        ins.bind({ { QStringLiteral(":courier"), table.courier }, { QStringLiteral(":province"), it.key() },
            { QStringLiteral(":first"), it->first.fen() }, { QStringLiteral(":more"), it->additional.fen() } });
        if (Status s = ins.run(); !s)
            return s;
    }
    return tx.commit();
}

QString CourierRepository::Range::first() const
{
    return prefix + QStringLiteral("%1").arg(next, digits, 10, QLatin1Char('0'));
}

QString CourierRepository::Range::end() const
{
    return prefix + QStringLiteral("%1").arg(last, digits, 10, QLatin1Char('0'));
}

Result<QList<CourierRepository::Range>> CourierRepository::ranges() const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT id, courier, prefix, next_no, last_no, digits, added_at FROM shipping_tracking_ranges "
                       "WHERE next_no <= last_no ORDER BY courier, id"));
    if (Status s = q.run(); !s)
        return s.error();
    QList<Range> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
            q.value(4).toLongLong(), q.value(5).toInt(), q.value(6).toString() });
    return out;
}

Result<std::optional<CourierRepository::Range>> CourierRepository::range(qint64 id) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT id, courier, prefix, next_no, last_no, digits, added_at FROM shipping_tracking_ranges "
                       "WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (Status s = q.run(); !s)
        return s.error();
    if (!q.next())
        return std::optional<Range>();
    return std::optional<Range>(Range { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toInt(), q.value(6).toString() });
}

Status CourierRepository::putRange(const Range &range)
{
    SqlQuery q(mDb,
        QStringLiteral("INSERT INTO shipping_tracking_ranges (id, courier, prefix, next_no, last_no, digits, added_at) "
                       "VALUES (:id, :courier, :prefix, :next, :last, :digits, :at)"));
    q.bind({ { QStringLiteral(":id"), range.id }, { QStringLiteral(":courier"), range.courier },
        { QStringLiteral(":prefix"), range.prefix }, { QStringLiteral(":next"), range.next },
        { QStringLiteral(":last"), range.last }, { QStringLiteral(":digits"), range.digits },
        { QStringLiteral(":at"), range.addedAt } });
    return q.run();
}

Status CourierRepository::removeRange(qint64 id)
{
    SqlQuery q(mDb, QStringLiteral("DELETE FROM shipping_tracking_ranges WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    return q.run();
}

} // namespace shopdesk::shipping
