#pragma once

#include <shopdesk/core/Records.h>
#include <shopdesk/core/Result.h>

#include <QCoreApplication>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::inventory {

/// Changes to a supplier's record that core's SupplierRepository does not make: its details
/// edited, and a supplier nothing refers to yet taken out again (an add undone).
class SupplierEditRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::SupplierEditRepository)
public:
    explicit SupplierEditRepository(const core::Database &db)
        : mDb(db)
    {
    }

    /// Writes name, contact, phone, city and note of the supplier with `supplier.id`.
    core::Status update(const core::Supplier &supplier);
    /// Removes the supplier when no note, payment, exchange list, faulty piece or item refers to it.
    core::Status removeUnused(qint64 supplierId);

private:
    const core::Database &mDb;
};

} // namespace shopdesk::inventory
