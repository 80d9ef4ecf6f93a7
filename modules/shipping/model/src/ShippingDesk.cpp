#include "shopdesk/shipping/ShippingDesk.h"

#include "shopdesk/shipping/DispatchDeadline.h"
#include "shopdesk/shipping/Logging.h"

#include <shopdesk/core/PromotionRepository.h>

#include <QSet>

namespace shopdesk::shipping {

Q_LOGGING_CATEGORY(lcShipping, "shopdesk.shipping")

using core::Result;
using core::Status;

ShippingDesk::ShippingDesk(const core::Database &db)
    : mDb(db)
    , mRepository(db)
    , mService(db)
    , mMappings(db)
{
}

Result<DispatchQueue> ShippingDesk::queue() const
{
    auto orders = mRepository.queue();
    if (!orders)
        return orders.error();
    DispatchQueue out;
    out.orders = std::move(orders).value();
    const CourierRules rules = courierRules();
    out.couriers.reserve(out.orders.size());
    for (const ShipmentOrder &so : std::as_const(out.orders))
        out.couriers << rules.courierOf(so.order);
    // The promotion days the queue's orders were paid on: 48 h instead of 24 (DispatchDeadline).
    QSet<QDate> promotionDays;
    QDate first, last;
    for (const ShipmentOrder &so : std::as_const(out.orders)) {
        const QDate d = so.order.paidAt.date();
        if (!d.isValid())
            continue;
        first = first.isValid() ? std::min(first, d) : d;
        last = last.isValid() ? std::max(last, d) : d;
    }
    if (first.isValid()) {
        auto promotions = core::PromotionRepository(mDb).between(first, last);
        if (!promotions)
            return promotions.error();
        for (const core::Promotion &p : std::as_const(*promotions))
            promotionDays.insert(p.day);
    }
    out.deadlines.reserve(out.orders.size());
    for (const ShipmentOrder &so : std::as_const(out.orders))
        out.deadlines << DispatchDeadline::mustLeave(so.order.paidAt, promotionDays);
    return out;
}

QueueRepository ShippingDesk::queueWindow(const QDateTime &now) const
{
    return QueueRepository(mDb, courierRules(), now);
}

Status ShippingDesk::setFlagMemo(qint64 orderId, const QString &memo)
{
    return QueueRepository(mDb, courierRules(), QDateTime()).setFlagMemo(orderId, memo);
}

Result<QList<ShipmentOrder>> ShippingDesk::unprinted() const { return mRepository.unprinted(); }

Result<QList<UnmatchedLine>> ShippingDesk::unmatchedLines() const { return mRepository.unmatchedLines(); }

Result<std::optional<ShipmentOrder>> ShippingDesk::byTrackingOrOrderNo(const QString &code) const
{
    return mRepository.byTrackingOrOrderNo(code);
}

Result<std::optional<core::SkuRef>> ShippingDesk::skuByBarcode(const QString &barcode) const
{
    return core::ItemRepository(mDb).skuByBarcode(barcode);
}

Status ShippingDesk::matchLine(qint64 lineId, std::optional<qint64> skuId)
{
    return mRepository.matchLine(lineId, skuId);
}

CourierRules ShippingDesk::courierRules() const { return CourierRules::load(mDb); }

Status ShippingDesk::setCourierRules(const CourierRules &rules) { return rules.save(mDb); }

Result<qint64> ShippingDesk::rangeLeft(const QString &courier) const { return mRepository.rangeLeft(courier); }

Result<QStringList> ShippingDesk::assignFromRange(const QString &courier, const QList<qint64> &orderIds)
{
    return mRepository.assignFromRange(courier, orderIds);
}

Result<PickupState> ShippingDesk::pickup(const QString &courier, QDate day)
{
    if (auto archived = mRepository.archivePickups(QDate::currentDate()); !archived)
        qCWarning(lcShipping) << "archiving the old pickups failed:" << archived.errorMessage();
    return mRepository.pickup(courier, day);
}

Status ShippingDesk::scanStub(const QString &courier, QDate day, const QString &trackingNo, const QString &actor)
{
    return mRepository.scanStub(courier, day, trackingNo, actor);
}

Result<QList<ShippingDesk::Claim>> ShippingDesk::claims() const { return mRepository.claims(); }

Result<qint64> ShippingDesk::openClaim(
    const QString &trackingNo, const QString &kind, const QString &note, const QString &actor)
{
    return mRepository.openClaim(trackingNo, kind, note, actor);
}

} // namespace shopdesk::shipping
