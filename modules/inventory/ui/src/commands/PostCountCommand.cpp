#include "PostCountCommand.h"

namespace shopdesk::inventory {

PostCountCommand::PostCountCommand(
    StocktakeService &counts, core::ShopEvents &events, qint64 countId, QString actor, Done done)
    : core::UndoCommand(QString(), events)
    , mCounts(counts)
    , mCountId(countId)
    , mActor(std::move(actor))
{
    setText([countId] { return tr("Post count %1").arg(Stocktake::number(countId)); });
    setDone(std::move(done));
    setUndoIsFinal(true); // a reversed count is closed: posting it again is a new count
}

core::Status PostCountCommand::apply() { return mCounts.post(mCountId, mActor).status(); }

core::Status PostCountCommand::revert() { return mCounts.reverse(mCountId, mActor).status(); }

} // namespace shopdesk::inventory
