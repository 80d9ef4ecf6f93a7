#pragma once

#include "shopdesk/inventory/PurchaseService.h"

#include <shopdesk/core/UndoCommand.h>

namespace shopdesk::inventory {

/// Posts a receiving note made from a purchase order; undo reverses the note (it stays on record as
/// reversed, and the order owes those pieces again), so the command is spent after its undo.
class ReceivePurchaseOrderCommand : public core::UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::ReceivePurchaseOrderCommand)
public:
    ReceivePurchaseOrderCommand(const core::PanelContext &context, PurchaseService &service, qint64 orderId,
        QString orderNo, ReceivingNote note, Done done);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    PurchaseService &mService;
    qint64 mOrderId;
    ReceivingNote mNote;
    QString mActor;
    qint64 mNoteId = 0;
};

} // namespace shopdesk::inventory
