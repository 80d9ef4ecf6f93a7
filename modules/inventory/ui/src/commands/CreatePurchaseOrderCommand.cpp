#include "CreatePurchaseOrderCommand.h"

namespace shopdesk::inventory {

CreatePurchaseOrderCommand::CreatePurchaseOrderCommand(
    const core::PanelContext &context, PurchaseService &service, PurchaseOrder order, QString supplierName, Done done)
    : core::UndoCommand(QString(), context.events, core::Topic::Stock)
    , mService(service)
    , mOrder(std::move(order))
{
    setText([supplierName] { return tr("Purchase order to %1").arg(supplierName); });
    setDone(std::move(done));
}

core::Status CreatePurchaseOrderCommand::apply()
{
    auto id = mService.create(mOrder);
    if (id) {
        mId = *id;
        // A redo makes the same order again, under the number it had.
        if (auto made = mService.order(mId))
            mOrder.poNo = made->order.poNo;
    }
    return id.status();
}

core::Status CreatePurchaseOrderCommand::revert() { return mService.remove(mId); }

} // namespace shopdesk::inventory
