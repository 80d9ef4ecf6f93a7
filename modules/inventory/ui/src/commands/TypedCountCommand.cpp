#include "TypedCountCommand.h"

#include "shopdesk/inventory/StocktakeRepository.h"

namespace shopdesk::inventory {

TypedCountCommand::TypedCountCommand(const core::PanelContext &context, qint64 countId, qint64 skuId, qint64 before,
    qint64 after, QString label, QString actor, Done done)
    : core::UndoCommand(QString(), context.events)
    , mDb(context.db)
    , mCountId(countId)
    , mSkuId(skuId)
    , mBefore(before)
    , mAfter(after)
    , mActor(std::move(actor))
{
    setText(tr("Count %1 as %2").arg(label).arg(after));
    setDone(std::move(done));
}

core::Status TypedCountCommand::set(qint64 counted)
{
    return StocktakeRepository(mDb).setCounted(mCountId, mSkuId, counted, mActor).status();
}

core::Status TypedCountCommand::apply() { return set(mAfter); }

core::Status TypedCountCommand::revert() { return set(mBefore); }

} // namespace shopdesk::inventory
