#include "PostCountCommand.h"

namespace shopdesk::inventory {

PostCountCommand::PostCountCommand(const core::Database &db, qint64 countId, QString actor, Done done)
    : mDb(db)
    , mCountId(countId)
    , mActor(std::move(actor))
    , mDone(std::move(done))
{
    setText(tr("Post count %1").arg(Stocktake::number(countId)));
}

void PostCountCommand::redo()
{
    auto r = StocktakeRepository(mDb).post(mCountId, mActor);
    if (!r)
        setObsolete(true);
    if (mDone)
        mDone(r.status());
}

void PostCountCommand::undo()
{
    auto r = StocktakeRepository(mDb).reverse(mCountId, mActor);
    setObsolete(true);
    if (mDone)
        mDone(r.status());
}

} // namespace shopdesk::inventory
