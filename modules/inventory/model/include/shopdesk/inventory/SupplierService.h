#pragma once

#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/core/Result.h>
#include <shopdesk/inventory/SupplierEditRepository.h>

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

namespace shopdesk::inventory {

/// A supplier (供应商) as the suppliers list shows it: its details and the items it supplies.
struct SupplierRow {
    core::Supplier supplier;
    QStringList items; ///< item codes, in code order
    bool archived = false; ///< 归档: kept with its notes, not offered for a new receiving note
};

/// The shop's suppliers: listed with the items each supplies, added one by one or imported from
/// CSV. The GUI and shopdesk-cli call the same methods.
class SupplierService {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::SupplierService)
public:
    explicit SupplierService(const core::Database &db)
        : mDb(db)
    {
    }

    core::Result<QList<SupplierRow>> list() const;
    /// Adds `supplier` (its name trimmed); refused when the name is empty or taken. Its id.
    core::Result<qint64> add(const core::Supplier &supplier);
    /// Adds every supplier of a CSV file (columns name, contact, phone, city, note, Chinese or
    /// English headers) in one transaction: all or nothing, an error naming file, line and field.
    /// How many were added.
    core::Result<int> importCsv(const QString &path);
    /// Writes the details of the supplier with `supplier.id` (its name trimmed, given and not
    /// another supplier's). `seen`: the row's version the caller read (versions()); refused, writing
    /// nothing, when another PC changed the supplier since, naming who and when. Without it (the
    /// command line) the edit is made and the version moves on.
    core::Status update(const core::Supplier &supplier, std::optional<qint64> seen = std::nullopt);
    /// Every supplier's row version, by id (read before the rows an edit starts from).
    core::Result<QHash<qint64, qint64>> versions() const;
    /// Takes out a supplier nothing refers to yet (an add undone).
    core::Status remove(qint64 supplierId);
    /// Archives (归档) the supplier or takes it out of the archive, in one transaction. Its items,
    /// receiving notes and account are left as they are; an archived supplier is not offered for a
    /// new receiving note.
    core::Status setArchived(qint64 supplierId, bool archived);
    /// What archiving the supplier leaves as it is (for the question asked first): the items it
    /// supplies as list() names them, and its receiving notes.
    core::Result<SupplierUse> usage(qint64 supplierId) const;
    /// The supplier called `name` (trimmed), or an error naming it.
    core::Result<SupplierRow> byName(const QString &name) const;

private:
    const core::Database &mDb;
};

} // namespace shopdesk::inventory
