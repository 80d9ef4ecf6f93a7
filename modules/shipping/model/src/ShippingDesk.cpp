#include "shopdesk/shipping/ShippingDesk.h"

#include "QueueKeyRepository.h"
#include "shopdesk/shipping/Logging.h"

#include <shopdesk/core/Transaction.h>

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

QueueRepository ShippingDesk::queueWindow(const QDateTime &now) const
{
    const CourierRules rules = courierRules();
    if (Status s = detail::QueueKeyRepository(mDb, rules).ensure(); !s)
        qCWarning(lcShipping) << "the queue's keys could not be brought up to date:" << s.errorMessage();
    return QueueRepository(mDb, rules, now);
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

Status ShippingDesk::setCourierRules(const CourierRules &rules)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    if (Status s = rules.save(mDb); !s)
        return s;
    if (Status s = detail::QueueKeyRepository(mDb, rules).refreshAll(); !s)
        return s;
    return tx.commit();
}

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
