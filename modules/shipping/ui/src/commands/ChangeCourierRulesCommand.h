#pragma once

#include "shopdesk/shipping/Couriers.h"

#include <shopdesk/core/PanelContract.h>
#include <shopdesk/core/UndoCommand.h>

#include <QCoreApplication>

namespace shopdesk::shipping {

/// Changes the store's courier rules (default courier, EMS provinces, phone masking); undo
/// restores the previous rules. Each step is one transaction.
class ChangeCourierRulesCommand : public core::UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::ChangeCourierRulesCommand)
public:
    ChangeCourierRulesCommand(const core::PanelContext &context, CourierRules before, CourierRules after);

protected:
    core::Status apply() override { return mAfter.save(mDb); }
    core::Status revert() override { return mBefore.save(mDb); }

private:
    const core::Database &mDb;
    CourierRules mBefore, mAfter;
};

} // namespace shopdesk::shipping
