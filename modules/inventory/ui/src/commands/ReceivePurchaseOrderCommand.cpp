#include "ReceivePurchaseOrderCommand.h"

namespace shopdesk::inventory {

ReceivePurchaseOrderCommand::ReceivePurchaseOrderCommand(const core::PanelContext &context, PurchaseService &service,
    qint64 orderId, QString orderNo, ReceivingNote note, Done done)
    : core::UndoCommand(QString(), context.events, core::Topic::Stock)
    , mService(service)
    , mOrderId(orderId)
    , mNote(std::move(note))
    , mActor(context.actor)
{
    setText([orderNo] { return tr("Receive purchase order %1").arg(orderNo); });
    setDone(std::move(done));
    setUndoIsFinal(true);
}

core::Status ReceivePurchaseOrderCommand::apply()
{
    auto id = mService.receive(mOrderId, mNote, mActor);
    if (id)
        mNoteId = *id;
    return id.status();
}

core::Status ReceivePurchaseOrderCommand::revert() { return mService.reverseReceiving(mNoteId, mActor); }

} // namespace shopdesk::inventory
