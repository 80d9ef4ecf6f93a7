#include "shopdesk/shipping/BulkShipping.h"

#include <shopdesk/core/Records.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/Transaction.h>

namespace shopdesk::shipping {

using core::Result;
using core::SqlQuery;
using core::Status;

Result<QList<ShippedForPlatform>> BulkShippingRepository::shipped(std::optional<QDate> day) const
{
    // Shipped here: packed with a courier and tracking number (ShippingRepository::ship). The day
    // is the packing's, as the shop's wall clock writes it.
    SqlQuery q(mDb,
        QStringLiteral("SELECT o.id, o.order_no, p.courier, p.tracking_no, p.packed_at, e.order_id IS NOT NULL "
                       "FROM shipping_packs p JOIN orders o ON o.id = p.order_id "
                       "LEFT JOIN shipping_exports e ON e.order_id = o.id "
                       "WHERE o.status IN ('shipped', 'finished') AND p.tracking_no <> '' AND "
                       "((:all = 1 AND e.order_id IS NULL) OR (:all2 = 0 AND substr(p.packed_at, 1, 10) = :day)) "
                       "ORDER BY p.packed_at, o.id"));
    const int all = day ? 0 : 1;
    q.bind({ { QStringLiteral(":all"), all }, { QStringLiteral(":all2"), all },
        { QStringLiteral(":day"), day ? core::toDbDate(*day) : QString() } });
    if (Status s = q.run(); !s)
        return s.error();
    QList<ShippedForPlatform> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            core::fromDbTime(q.value(4).toString()), q.value(5).toBool() });
    return out;
}

Status BulkShippingRepository::markExported(const QList<qint64> &orderIds, const QString &file, const QString &actor)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    SqlQuery q(mDb,
        QStringLiteral("INSERT INTO shipping_exports (order_id, exported_at, file, actor) SELECT :id, :at, :file, "
                       ":actor WHERE NOT EXISTS (SELECT 1 FROM shipping_exports WHERE order_id = :id2)"));
    const QString at = core::toDbTime(QDateTime::currentDateTime());
    for (qint64 id : orderIds) {
        q.bind({ { QStringLiteral(":id"), id }, { QStringLiteral(":at"), at }, { QStringLiteral(":file"), file },
            { QStringLiteral(":actor"), actor }, { QStringLiteral(":id2"), id } });
        if (Status s = q.run(); !s)
            return s;
    }
    return tx.commit();
}

} // namespace shopdesk::shipping
