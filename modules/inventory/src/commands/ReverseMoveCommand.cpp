#include "ReverseMoveCommand.h"

#include <shopdesk/core/StockLedger.h>

namespace shopdesk::inventory {

ReverseMoveCommand::ReverseMoveCommand(const core::Database &db, qint64 moveId, QString actor, Done done)
    : mDb(db)
    , mTarget(moveId)
    , mOriginal(moveId)
    , mActor(std::move(actor))
    , mDone(std::move(done))
{
    setText(tr("Reverse stock movement %1").arg(moveId));
}

void ReverseMoveCommand::redo()
{
    auto r = core::StockLedger(mDb).reverse(mTarget, mActor);
    if (r)
        mTarget = *r;
    else
        setObsolete(true);
    if (mDone)
        mDone(r.status());
}

void ReverseMoveCommand::undo()
{
    redo(); // the compensating row of the compensating row
}

} // namespace shopdesk::inventory
