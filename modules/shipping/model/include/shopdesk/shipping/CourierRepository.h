#pragma once

#include "shopdesk/shipping/Couriers.h"

#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::shipping {

/// The shop's own courier data: the couriers it added, and (PriceRepository) its price tables.
class CourierRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::CourierRepository)
public:
    explicit CourierRepository(const core::Database &db)
        : mDb(db)
    {
    }
    core::Result<QList<ShopCourier>> shopCouriers() const;
    core::Result<std::optional<ShopCourier>> shopCourier(const QString &code) const;
    /// Adds a courier, or changes the one with that code.
    core::Status putCourier(const ShopCourier &courier);
    core::Status removeCourier(const QString &code);

    /// The shop's price table of a courier (shipping_prices); until the shop edits or imports its
    /// own, the built-in one (resources/shipping/prices) is its starting value. Writes nothing (a
    /// refused bill check leaves the shop as it was). A courier with neither is an error naming it.
    core::Result<PriceTable> priceTable(const QString &courier) const;
    /// The stored table of a courier, without seeding; empty when the shop has none yet.
    core::Result<std::optional<PriceTable>> storedPriceTable(const QString &courier) const;
    /// Replaces the courier's table with `table` (its rows, all of them), in one transaction.
    core::Status putPriceTable(const PriceTable &table);

    /// The courier's number ranges (shipping_tracking_ranges) as the shop holds them.
    struct Range {
        qint64 id = 0;
        QString courier, prefix;
        qint64 next = 0, last = 0;
        int digits = 0;
        QString addedAt; ///< when the shop entered it (ISO date and time)
        QString first() const; ///< the next free number, written out
        QString end() const; ///< the range's last number, written out
    };
    core::Result<QList<Range>> ranges() const;
    core::Status removeRange(qint64 id);
    /// The range with `id` (whether numbers are left or not), or empty.
    core::Result<std::optional<Range>> range(qint64 id) const;
    /// Puts a range back as it was, under its own id (a removal undone).
    core::Status putRange(const Range &range);

private:
    const core::Database &mDb;
};

} // namespace shopdesk::shipping
