#pragma once

#include "shopdesk/shipping/Couriers.h"
#include "shopdesk/shipping/MappingRepository.h"
#include "shopdesk/shipping/QueueRepository.h"
#include "shopdesk/shipping/ShippingRepository.h"
#include "shopdesk/shipping/ShippingService.h"

#include <shopdesk/core/ItemRepository.h>

namespace shopdesk::shipping {

/// What the shipping workbench's views read and do, made once for the open shop by the workbench
/// and handed to each view by reference: the views reach the shop file only through it. Reads come
/// from the shipping and core repositories; every business action is one ShippingService call, in
/// one transaction, as shopdesk-cli makes it.
class ShippingDesk {
public:
    explicit ShippingDesk(const core::Database &db);

    const core::Database &db() const { return mDb; }
    /// The business actions: import, tracking numbers, flags, printing, shipping, bills, handover.
    ShippingService &service() { return mService; }
    const ShippingService &service() const { return mService; }

    core::Result<QList<ShipmentOrder>> unprinted() const;
    core::Result<QList<UnmatchedLine>> unmatchedLines() const;
    core::Result<std::optional<ShipmentOrder>> byTrackingOrOrderNo(const QString &code) const;
    /// The SKU with this barcode (to match an order line the import could not).
    core::Result<std::optional<core::SkuRef>> skuByBarcode(const QString &barcode) const;
    /// The queue read a window at a time (filters, search, sort in SQL over indexed keys); deadlines
    /// measured against `now`. The queue's keys are brought up to date first (QueueKeyRepository::ensure: the
    /// orders added since, or all of them when the courier rules or the promotion dates changed); a
    /// failure there is logged and the queue read as it is.
    QueueRepository queueWindow(const QDateTime &now) const;
    /// Sets the memo of an order's flag (标记备注), in one transaction.
    core::Status setFlagMemo(qint64 orderId, const QString &memo);
    /// Matches an order line to a SKU; an empty skuId unmatches it.
    core::Status matchLine(qint64 lineId, std::optional<qint64> skuId);
    /// The shop's mappings (商品对应关系): the clerk's matches, remembered for every line like them.
    MappingRepository &mappings() { return mMappings; }
    const MappingRepository &mappings() const { return mMappings; }

    /// The store's courier rules in force, and changing them (all three, and the courier of every
    /// queued order they choose, in one transaction).
    CourierRules courierRules() const;
    core::Status setCourierRules(const CourierRules &rules);

    /// Numbers left in the courier's ranges, and the next ones given to queued orders.
    core::Result<qint64> rangeLeft(const QString &courier) const;
    core::Result<QStringList> assignFromRange(const QString &courier, const QList<qint64> &orderIds);

    /// The courier's pickup of a day. Stubs are kept by day and courier and archived after 15
    /// days: the older pickups are archived first (a failure there is logged, the pickup still read).
    core::Result<PickupState> pickup(const QString &courier, QDate day);
    core::Status scanStub(const QString &courier, QDate day, const QString &trackingNo, const QString &actor);

    using Claim = ShippingRepository::ClaimRow;
    core::Result<QList<Claim>> claims() const;
    /// Opens a claim for a lost or damaged ("lost", "damaged") parcel.
    core::Result<qint64> openClaim(
        const QString &trackingNo, const QString &kind, const QString &note, const QString &actor);

private:
    const core::Database &mDb;
    ShippingRepository mRepository;
    ShippingService mService;
    MappingRepository mMappings;
};

} // namespace shopdesk::shipping
