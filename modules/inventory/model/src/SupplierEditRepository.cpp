#include "shopdesk/inventory/SupplierEditRepository.h"

#include <shopdesk/core/SqlQuery.h>

namespace shopdesk::inventory {

using core::Error;
using core::SqlQuery;
using core::Status;

Status SupplierEditRepository::update(const core::Supplier &s)
{
    SqlQuery q(mDb,
        QStringLiteral("UPDATE suppliers SET name = :name, contact = :contact, phone = :phone, city = :city, "
                       "note = :note WHERE id = :id"));
    q.bind({ { QStringLiteral(":name"), s.name }, { QStringLiteral(":contact"), s.contact },
        { QStringLiteral(":phone"), s.phone }, { QStringLiteral(":city"), s.city }, { QStringLiteral(":note"), s.note },
        { QStringLiteral(":id"), s.id } });
    return q.run();
}

Status SupplierEditRepository::removeUnused(qint64 supplierId)
{
    SqlQuery used(mDb,
        QStringLiteral("SELECT (SELECT count(*) FROM receiving_notes WHERE supplier_id = :a) "
                       "+ (SELECT count(*) FROM supplier_payments WHERE supplier_id = :b) "
                       "+ (SELECT count(*) FROM supplier_exchanges WHERE supplier_id = :c) "
                       "+ (SELECT count(*) FROM faulty_goods WHERE supplier_id = :d) "
                       "+ (SELECT count(*) FROM items WHERE supplier_id = :e)"));
    used.bind({ { QStringLiteral(":a"), supplierId }, { QStringLiteral(":b"), supplierId },
        { QStringLiteral(":c"), supplierId }, { QStringLiteral(":d"), supplierId },
        { QStringLiteral(":e"), supplierId } });
    if (Status s = used.run(); !s)
        return s;
    if (used.next() && used.value(0).toLongLong() > 0)
        return Error { tr("The supplier is in use by now (notes, payments or items) and stays.") };
    SqlQuery q(mDb, QStringLiteral("DELETE FROM suppliers WHERE id = :id"));
    q.bind(QStringLiteral(":id"), supplierId);
    return q.run();
}

Status SupplierEditRepository::setArchived(qint64 supplierId, bool archived)
{
    SqlQuery found(mDb, QStringLiteral("SELECT count(*) FROM suppliers WHERE id = :id"));
    found.bind(QStringLiteral(":id"), supplierId);
    if (Status s = found.run(); !s)
        return s;
    if (!found.next() || found.value(0).toLongLong() == 0)
        return Error { tr("There is no such supplier.") };
    SqlQuery q(mDb, QStringLiteral("UPDATE suppliers SET archived = :archived WHERE id = :id"));
    q.bind({ { QStringLiteral(":archived"), archived ? 1 : 0 }, { QStringLiteral(":id"), supplierId } });
    return q.run();
}

core::Result<QSet<qint64>> SupplierEditRepository::archivedIds() const
{
    SqlQuery q(mDb, QStringLiteral("SELECT id FROM suppliers WHERE archived <> 0"));
    if (Status s = q.run(); !s)
        return s.error();
    QSet<qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}

core::Result<SupplierUse> SupplierEditRepository::usage(qint64 supplierId) const
{
    SqlQuery q(mDb,
        QStringLiteral("SELECT (SELECT count(*) FROM items WHERE supplier_id = :a), "
                       "(SELECT count(*) FROM receiving_notes WHERE supplier_id = :b)"));
    q.bind({ { QStringLiteral(":a"), supplierId }, { QStringLiteral(":b"), supplierId } });
    if (Status s = q.run(); !s)
        return s.error();
    SupplierUse use;
    if (q.next()) {
        use.items = q.value(0).toInt();
        use.receivingNotes = q.value(1).toInt();
    }
    return use;
}

} // namespace shopdesk::inventory
