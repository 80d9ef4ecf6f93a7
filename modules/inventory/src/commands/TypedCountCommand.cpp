#include "TypedCountCommand.h"

namespace shopdesk::inventory {

TypedCountCommand::TypedCountCommand(const core::Database &db, qint64 countId, qint64 skuId, qint64 before,
    qint64 after, QString label, QString actor, Done done)
    : mDb(db)
    , mCountId(countId)
    , mSkuId(skuId)
    , mBefore(before)
    , mAfter(after)
    , mActor(std::move(actor))
    , mDone(std::move(done))
{
    setText(tr("Count %1 as %2").arg(label).arg(after));
}

void TypedCountCommand::set(qint64 counted)
{
    auto r = StocktakeRepository(mDb).setCounted(mCountId, mSkuId, counted, mActor);
    if (!r)
        setObsolete(true);
    if (mDone)
        mDone(r.status());
}

void TypedCountCommand::redo() { set(mAfter); }

void TypedCountCommand::undo() { set(mBefore); }

} // namespace shopdesk::inventory
