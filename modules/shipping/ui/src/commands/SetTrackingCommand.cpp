#include "commands/SetTrackingCommand.h"

#include <shopdesk/core/Vocabulary.h>

namespace shopdesk::shipping {

SetTrackingCommand::SetTrackingCommand(ShippingDesk &desk, core::ShopEvents &events, QList<Change> changes)
    : core::UndoCommand(QString(), events, core::Topic::Orders)
    , mDesk(desk)
    , mChanges(std::move(changes))
{
    setText([this] {
        return mChanges.size() == 1
            ? tr("Tracking number %1 for order %2").arg(mChanges.first().newTracking, mChanges.first().orderNo)
            : tr("Tracking numbers for %n orders", nullptr, int(mChanges.size()));
    });
}

core::Status SetTrackingCommand::step(bool forward)
{
    QList<ShippingService::TrackingChange> changes;
    changes.reserve(mChanges.size());
    for (const Change &c : std::as_const(mChanges))
        changes.append(
            { c.orderId, c.orderNo, forward ? c.newCourier : c.oldCourier, forward ? c.newTracking : c.oldTracking });
    return mDesk.service().setTrackingNumbers(changes);
}

SetFlagCommand::SetFlagCommand(
    ShippingDesk &desk, core::ShopEvents &events, QList<ShippingService::FlagChange> previous, QString flag)
    : core::UndoCommand(QString(), events, core::Topic::Orders)
    , mDesk(desk)
    , mPrevious(std::move(previous))
    , mFlag(std::move(flag))
{
    setText([this] {
        return tr("Flag %1 on %n orders", nullptr, int(mPrevious.size()))
            .arg(mFlag.isEmpty() ? tr("none") : core::Vocabulary::flag(mFlag));
    });
}

core::Status SetFlagCommand::step(bool forward)
{
    QList<ShippingService::FlagChange> changes = mPrevious;
    if (forward)
        for (ShippingService::FlagChange &c : changes)
            c.flag = mFlag;
    return mDesk.service().setFlags(changes);
}

} // namespace shopdesk::shipping
