#include "PackingRepository.h"

#include <shopdesk/core/RecordRows.h>
#include <shopdesk/core/SqlQuery.h>

namespace shopdesk::shipping {

using core::Result;
using core::SqlQuery;
using core::Status;

Status PackingRepository::addOverride(qint64 orderId, const QString &flag, const QString &packer, const QString &actor)
{
    SqlQuery q(mDb,
        QStringLiteral("INSERT INTO shipping_flag_overrides (order_id, flag, packer, actor, at) "
                       "VALUES (:o, :f, :p, :a, :at)"));
    q.bind({ { QStringLiteral(":o"), orderId }, { QStringLiteral(":f"), flag }, { QStringLiteral(":p"), packer },
        { QStringLiteral(":a"), actor }, { QStringLiteral(":at"), core::toDbTime(QDateTime::currentDateTime()) } });
    return q.run();
}

Result<QList<PackingRepository::Override>> PackingRepository::overridesOf(qint64 orderId) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT o.order_no, f.flag, f.packer, f.actor, f.at FROM shipping_flag_overrides f "
                       "JOIN orders o ON o.id = f.order_id WHERE f.order_id = :o ORDER BY f.id"));
    q.bind(QStringLiteral(":o"), orderId);
    if (Status s = q.run(); !s)
        return s.error();
    QList<Override> out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            core::fromDbTime(q.value(4).toString()) });
    return out;
}

} // namespace shopdesk::shipping
