#pragma once

#include <shopdesk/core/Records.h>
#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QSet>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::inventory {

/// What archiving a supplier leaves as it is: the items linked to it and its receiving notes.
struct SupplierUse {
    int items = 0;
    int receivingNotes = 0;
};

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
    /// Marks the supplier archived (归档) or not; an error when there is no such supplier.
    core::Status setArchived(qint64 supplierId, bool archived);
    /// The ids of the archived suppliers.
    core::Result<QSet<qint64>> archivedIds() const;
    /// How many items name the supplier and how many receiving notes are from it.
    core::Result<SupplierUse> usage(qint64 supplierId) const;

private:
    const core::Database &mDb;
};

} // namespace shopdesk::inventory
