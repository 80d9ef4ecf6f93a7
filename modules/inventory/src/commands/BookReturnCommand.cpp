#include "BookReturnCommand.h"

#include "shopdesk/inventory/FaultyGoodsRepository.h"

namespace shopdesk::inventory {

BookReturnCommand::BookReturnCommand(
    const core::Database &db, QString orderNo, qint64 skuId, int quantity, bool intact, QString actor, Done done)
    : mDb(db)
    , mOrderNo(std::move(orderNo))
    , mSkuId(skuId)
    , mQuantity(quantity)
    , mIntact(intact)
    , mActor(std::move(actor))
    , mDone(std::move(done))
{
    setText(intact ? tr("Return from order %1").arg(mOrderNo) : tr("Damaged return from order %1").arg(mOrderNo));
}

void BookReturnCommand::redo()
{
    auto r = FaultyGoodsRepository(mDb).returnFromBuyer(mOrderNo, mSkuId, mQuantity, mIntact, mActor);
    if (r)
        mBooked = *r;
    else
        setObsolete(true);
    if (mDone)
        mDone(r.status());
}

void BookReturnCommand::undo()
{
    auto r = FaultyGoodsRepository(mDb).undoReturn(mBooked, mIntact, mActor);
    if (!r)
        setObsolete(true);
    if (mDone)
        mDone(r.status());
}

} // namespace shopdesk::inventory
