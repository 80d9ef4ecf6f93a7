#include "PostCountCommand.h"

#include "shopdesk/inventory/StocktakeRepository.h"

namespace shopdesk::inventory {

PostCountCommand::PostCountCommand(const core::PanelContext &context, qint64 countId, QString actor, Done done)
    : core::UndoCommand(QString(), context.events)
    , mDb(context.db)
    , mCountId(countId)
    , mActor(std::move(actor))
{
    setText(tr("Post count %1").arg(Stocktake::number(countId)));
    setDone(std::move(done));
    setUndoIsFinal(true); // a reversed count is closed: posting it again is a new count
}

core::Status PostCountCommand::apply() { return StocktakeRepository(mDb).post(mCountId, mActor).status(); }

core::Status PostCountCommand::revert() { return StocktakeRepository(mDb).reverse(mCountId, mActor).status(); }

} // namespace shopdesk::inventory
