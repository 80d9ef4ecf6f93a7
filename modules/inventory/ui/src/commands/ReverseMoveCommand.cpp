#include "ReverseMoveCommand.h"

#include <shopdesk/core/StockLedger.h>

namespace shopdesk::inventory {

ReverseMoveCommand::ReverseMoveCommand(const core::PanelContext &context, qint64 moveId, QString actor, Done done)
    : core::UndoCommand(QString(), context.events)
    , mDb(context.db)
    , mTarget(moveId)
    , mOriginal(moveId)
    , mActor(std::move(actor))
{
    setText([moveId] { return tr("Reverse stock movement %1").arg(moveId); });
    setDone(std::move(done));
}

core::Status ReverseMoveCommand::apply()
{
    auto r = core::StockLedger(mDb).reverse(mTarget, mActor);
    if (r)
        mTarget = *r;
    return r.status();
}

core::Status ReverseMoveCommand::revert()
{
    return apply(); // the compensating row of the compensating row
}

} // namespace shopdesk::inventory
