#pragma once

#include "shopdesk/shipping/ShippingDesk.h"

#include <shopdesk/core/PanelContract.h>
#include <shopdesk/core/UndoCommand.h>

#include <QCoreApplication>

namespace shopdesk::shipping {

/// Changes the store's courier rules (default courier, EMS provinces, phone masking); undo
/// restores the previous rules. Each step is one transaction.
class ChangeCourierRulesCommand : public core::UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::ChangeCourierRulesCommand)
public:
    ChangeCourierRulesCommand(ShippingDesk &desk, core::ShopEvents &events, CourierRules before, CourierRules after);

protected:
    core::Status apply() override { return mDesk.setCourierRules(mAfter); }
    core::Status revert() override { return mDesk.setCourierRules(mBefore); }

private:
    ShippingDesk &mDesk;
    CourierRules mBefore, mAfter;
};

} // namespace shopdesk::shipping
