#include "BookReturnCommand.h"

#include "shopdesk/inventory/QualityService.h"

namespace shopdesk::inventory {

BookReturnCommand::BookReturnCommand(const core::PanelContext &context, QualityService &service, QString orderNo,
    qint64 skuId, int quantity, bool intact, QString actor, Done done)
    : core::UndoCommand(QString(), context.events)
    , mService(service)
    , mOrderNo(std::move(orderNo))
    , mSkuId(skuId)
    , mQuantity(quantity)
    , mIntact(intact)
    , mActor(std::move(actor))
{
    setText([this, intact] {
        return intact ? tr("Return from order %1").arg(mOrderNo) : tr("Damaged return from order %1").arg(mOrderNo);
    });
    setDone(std::move(done));
}

core::Status BookReturnCommand::apply()
{
    auto r = mService.returnFromBuyer(mOrderNo, mSkuId, mQuantity, mIntact, mActor);
    if (r)
        mBooked = *r;
    return r.status();
}

core::Status BookReturnCommand::revert() { return mService.undoReturn(mBooked, mIntact, mActor).status(); }

} // namespace shopdesk::inventory
