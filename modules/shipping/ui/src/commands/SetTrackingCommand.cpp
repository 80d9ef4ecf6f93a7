#include "commands/SetTrackingCommand.h"

#include "shopdesk/shipping/ShippingRepository.h"

#include <shopdesk/core/Vocabulary.h>

namespace shopdesk::shipping {

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
    ShippingRepository repo(mContext.db);
    for (const Change &c : mChanges) {
        // Clear first so swapping numbers between orders never collides.
        if (core::Status s = repo.setTracking(c.orderId, forward ? c.newCourier : c.oldCourier, QString()); !s) {
            mContext.events.reportError(s.errorMessage());
            return;
        }
    }
    for (const Change &c : mChanges) {
        if (core::Status s = repo.setTracking(
                c.orderId, forward ? c.newCourier : c.oldCourier, forward ? c.newTracking : c.oldTracking);
            !s) {
            mContext.events.reportError(s.errorMessage());
            break;
        }
    }
    mContext.events.notifyChanged(core::Topic::Orders);
}

void SetTrackingCommand::redo() { apply(true); }

void SetTrackingCommand::undo() { apply(false); }

SetFlagCommand::SetFlagCommand(
    const core::PanelContext &context, QList<std::pair<qint64, QString>> previous, QString flag)
    : mContext(context)
    , mPrevious(std::move(previous))
    , mFlag(std::move(flag))
{
    setText(tr("Flag %1 on %n orders", nullptr, int(mPrevious.size()))
                .arg(mFlag.isEmpty() ? tr("none") : core::Vocabulary::flag(mFlag)));
}

void SetFlagCommand::redo()
{
    ShippingRepository repo(mContext.db);
    for (const auto &[id, old] : mPrevious)
        if (core::Status s = repo.setFlag(id, mFlag); !s) {
            mContext.events.reportError(s.errorMessage());
            break;
        }
    mContext.events.notifyChanged(core::Topic::Orders);
}

void SetFlagCommand::undo()
{
    ShippingRepository repo(mContext.db);
    for (const auto &[id, old] : mPrevious)
        if (core::Status s = repo.setFlag(id, old); !s) {
            mContext.events.reportError(s.errorMessage());
            break;
        }
    mContext.events.notifyChanged(core::Topic::Orders);
}

} // namespace shopdesk::shipping
