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

} // namespace shopdesk::inventory
