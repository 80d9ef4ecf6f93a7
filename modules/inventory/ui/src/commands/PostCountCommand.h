#pragma once

#include "shopdesk/inventory/StocktakeService.h"

#include <shopdesk/core/UndoCommand.h>

#include <functional>

namespace shopdesk::inventory {

/// Posts a count; undo reverses it with compensating ledger rows (a reversed count cannot be
/// posted again, so the command is spent after its undo).
class PostCountCommand : public core::UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::PostCountCommand)
public:
    using Done = std::function<void(const core::Status &)>;
    PostCountCommand(StocktakeService &counts, core::ShopEvents &events, qint64 countId, QString actor, Done done);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    StocktakeService &mCounts;
    qint64 mCountId;
    QString mActor;
};

} // namespace shopdesk::inventory
