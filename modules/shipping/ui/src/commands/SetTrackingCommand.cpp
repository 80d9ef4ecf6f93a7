#include "commands/SetTrackingCommand.h"

#include <shopdesk/core/Vocabulary.h>

namespace shopdesk::shipping {

namespace {
// After a step: a refused one changed nothing; it reports why and becomes obsolete, so the undo
// stack drops it (and the shop and the stack stay as they were).
void finish(QUndoCommand &command, const core::PanelContext &context, const core::Status &s)
{
    if (!s) {
        command.setObsolete(true);
        context.events.reportError(s.errorMessage());
        return;
    }
    context.events.notifyChanged(core::Topic::Orders);
}
} // namespace

SetTrackingCommand::SetTrackingCommand(const core::PanelContext &context, QList<Change> changes)
    : mContext(context)
    , mChanges(std::move(changes))
{
    setText(mChanges.size() == 1
            ? tr("Tracking number %1 for order %2").arg(mChanges.first().newTracking, mChanges.first().orderNo)
            : tr("Tracking numbers for %n orders", nullptr, int(mChanges.size())));
}

void SetTrackingCommand::apply(bool forward)
{
    QList<ShippingService::TrackingChange> changes;
    changes.reserve(mChanges.size());
    for (const Change &c : std::as_const(mChanges))
        changes.append(
            { c.orderId, c.orderNo, forward ? c.newCourier : c.oldCourier, forward ? c.newTracking : c.oldTracking });
    finish(*this, mContext, ShippingService(mContext.db).setTrackingNumbers(changes));
}

SetFlagCommand::SetFlagCommand(
    const core::PanelContext &context, QList<ShippingService::FlagChange> previous, QString flag)
    : mContext(context)
    , mPrevious(std::move(previous))
    , mFlag(std::move(flag))
{
    setText(tr("Flag %1 on %n orders", nullptr, int(mPrevious.size()))
                .arg(mFlag.isEmpty() ? tr("none") : core::Vocabulary::flag(mFlag)));
}

void SetFlagCommand::apply(bool forward)
{
    QList<ShippingService::FlagChange> changes = mPrevious;
    if (forward)
        for (ShippingService::FlagChange &c : changes)
            c.flag = mFlag;
    finish(*this, mContext, ShippingService(mContext.db).setFlags(changes));
}

} // namespace shopdesk::shipping
