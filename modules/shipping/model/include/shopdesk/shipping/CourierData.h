#pragma once

#include "shopdesk/shipping/CourierRepository.h"
#include "shopdesk/shipping/Couriers.h"

#include <shopdesk/core/Result.h>

#include <QCoreApplication>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::shipping {

/// The store's own freight data as business actions (each one transaction): its couriers' price
/// tables (imported from a file or edited), the number ranges its couriers issued, and the
/// couriers it adds to the built-in ones. The shipping workbench and shopdesk-cli both call it.
class CourierData {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::CourierData)
public:
    explicit CourierData(const core::Database &db)
        : mDb(db)
    {
    }

    /// Reads price tables from a CSV file (core::CsvFile; columns province/省份, first_kg/首重,
    /// additional_kg/续重, and courier/快递公司 when one file holds several couriers' tables; else
    /// every row is `courier`'s). A bad row names the file, line and field; nothing is written.
    static core::Result<QList<PriceTable>> readPriceTables(const QString &path, const QString &courier);
    /// Imports the tables of the file as the shop's own (each replaces that courier's whole table).
    core::Result<QList<PriceTable>> importPriceTables(const QString &path, const QString &courier);
    /// Replaces one courier's table (an edit in the courier rules view).
    core::Status setPriceTable(const PriceTable &table);

    /// Imports the number ranges of a CSV file (courier, first, last): all of them, or none.
    core::Result<int> importRanges(const QString &path);
    /// What deleting a number range would do, for the question asked first: "圆通速递 YT…5 … YT…100:
    /// 96 numbers not given out yet can no longer be assigned from it; orders that have numbers
    /// from it keep them."
    core::Result<QString> rangeRemovalEffect(qint64 id) const;
    /// Deletes a number range (号段) in one transaction: its numbers not given out yet are no longer
    /// assigned; the orders given numbers from it keep them. The range as it was (for undo).
    core::Result<CourierRepository::Range> removeRange(qint64 id);
    /// Puts back a range removeRange deleted, as it was (an undo), in one transaction.
    core::Status restoreRange(const CourierRepository::Range &range);

    /// Adds a courier (or changes one the shop added): a code of capital letters and digits that no
    /// built-in courier has, its name, the name the platform lists it by, and the form of its
    /// tracking numbers (a regular expression).
    core::Status putCourier(const ShopCourier &courier);
    core::Status removeCourier(const QString &code);

private:
    const core::Database &mDb;
};

} // namespace shopdesk::shipping
