#include "commands/SetTrackingCommand.h"

#include <shopdesk/core/Vocabulary.h>

namespace shopdesk::shipping {

SetTrackingCommand::SetTrackingCommand(const core::PanelContext &context, QList<Change> changes)
    : core::UndoCommand(QString(), context.events, core::Topic::Orders)
    , mDb(context.db)
    , mChanges(std::move(changes))
{
    setText(mChanges.size() == 1
            ? tr("Tracking number %1 for order %2").arg(mChanges.first().newTracking, mChanges.first().orderNo)
            : tr("Tracking numbers for %n orders", nullptr, int(mChanges.size())));
}

core::Status SetTrackingCommand::step(bool forward)
{
    QList<ShippingService::TrackingChange> changes;
    changes.reserve(mChanges.size());
    for (const Change &c : std::as_const(mChanges))
        changes.append(
            { c.orderId, c.orderNo, forward ? c.newCourier : c.oldCourier, forward ? c.newTracking : c.oldTracking });
    return ShippingService(mDb).setTrackingNumbers(changes);
}

SetFlagCommand::SetFlagCommand(
    const core::PanelContext &context, QList<ShippingService::FlagChange> previous, QString flag)
    : core::UndoCommand(QString(), context.events, core::Topic::Orders)
    , mDb(context.db)
    , mPrevious(std::move(previous))
    , mFlag(std::move(flag))
{
    setText(tr("Flag %1 on %n orders", nullptr, int(mPrevious.size()))
                .arg(mFlag.isEmpty() ? tr("none") : core::Vocabulary::flag(mFlag)));
}

core::Status SetFlagCommand::step(bool forward)
{
    QList<ShippingService::FlagChange> changes = mPrevious;
    if (forward)
        for (ShippingService::FlagChange &c : changes)
            c.flag = mFlag;
    return ShippingService(mDb).setFlags(changes);
}

} // namespace shopdesk::shipping
