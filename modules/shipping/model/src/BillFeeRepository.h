#pragma once

#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QHash>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::shipping {

/// What couriers' monthly bills charged per parcel (shipping_bill_fees), kept when a bill is checked:
/// profit takes the billed fee in place of the price table's estimate.
class BillFeeRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::BillFeeRepository)
public:
    explicit BillFeeRepository(const core::Database &db)
        : mDb(db)
    {
    }

    /// Keeps the fee of every line of the bill (already checked, so readable) whose parcel a shipped
    /// order of `courier` has (`shipped`: tracking number → province); a later bill replaces a fee.
    /// One transaction.
    core::Status record(const QString &courier, const QString &billPath, const QHash<QString, QString> &shipped) const;

private:
    const core::Database &mDb;
};

} // namespace shopdesk::shipping
