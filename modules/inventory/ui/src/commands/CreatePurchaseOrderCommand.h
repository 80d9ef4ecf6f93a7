#pragma once

#include "shopdesk/inventory/PurchaseService.h"

#include <shopdesk/core/UndoCommand.h>

namespace shopdesk::inventory {

/// Saves a purchase order (采购单); undo takes it back while nothing was received against it.
class CreatePurchaseOrderCommand : public core::UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::CreatePurchaseOrderCommand)
public:
    CreatePurchaseOrderCommand(const core::PanelContext &context, PurchaseService &service, PurchaseOrder order,
        QString supplierName, Done done);
    qint64 orderId() const { return mId; }

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    PurchaseService &mService;
    PurchaseOrder mOrder;
    qint64 mId = 0;
};

} // namespace shopdesk::inventory
