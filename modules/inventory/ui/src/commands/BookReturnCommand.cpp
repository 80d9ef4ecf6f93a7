#include "BookReturnCommand.h"

#include "shopdesk/inventory/FaultyGoodsRepository.h"

namespace shopdesk::inventory {

BookReturnCommand::BookReturnCommand(const core::PanelContext &context, QString orderNo, qint64 skuId, int quantity,
    bool intact, QString actor, Done done)
    : core::UndoCommand(QString(), context.events)
    , mDb(context.db)
    , mOrderNo(std::move(orderNo))
    , mSkuId(skuId)
    , mQuantity(quantity)
    , mIntact(intact)
    , mActor(std::move(actor))
{
    setText(intact ? tr("Return from order %1").arg(mOrderNo) : tr("Damaged return from order %1").arg(mOrderNo));
    setDone(std::move(done));
}

core::Status BookReturnCommand::apply()
{
    auto r = FaultyGoodsRepository(mDb).returnFromBuyer(mOrderNo, mSkuId, mQuantity, mIntact, mActor);
    if (r)
        mBooked = *r;
    return r.status();
}

core::Status BookReturnCommand::revert()
{
    return FaultyGoodsRepository(mDb).undoReturn(mBooked, mIntact, mActor).status();
}

} // namespace shopdesk::inventory
