#pragma once

#include "shopdesk/inventory/ReceivingService.h"

#include <shopdesk/core/UndoCommand.h>

#include <functional>

namespace shopdesk::inventory {

/// Saves and posts a receiving note; undo takes it back out by compensating entries (the note
/// stays on record as reversed, so the command is spent after its undo).
class PostReceivingCommand : public core::UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::PostReceivingCommand)
public:
    using Done = std::function<void(const core::Status &)>;
    /// With `newSupplier`, the note comes from a supplier of that name made on the spot.
    PostReceivingCommand(const core::PanelContext &context, ReceivingService &service, ReceivingNote note,
        QString actor, Done done, QString newSupplier = {});

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    ReceivingService &mService;
    ReceivingNote mNote;
    QString mActor;
    QString mNewSupplier;
};

} // namespace shopdesk::inventory
