#pragma once

#include "shopdesk/shipping/Couriers.h"

#include <shopdesk/core/PanelContract.h>

#include <QCoreApplication>
#include <QUndoCommand>

namespace shopdesk::shipping {

/// Changes the store's courier rules (default courier, EMS provinces, phone masking); undo
/// restores the previous rules. Each step is one transaction.
class ChangeCourierRulesCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::ChangeCourierRulesCommand)
public:
    ChangeCourierRulesCommand(const core::PanelContext &context, CourierRules before, CourierRules after);
    void redo() override { apply(mAfter); }
    void undo() override { apply(mBefore); }

private:
    void apply(const CourierRules &rules);
    const core::PanelContext &mContext;
    CourierRules mBefore, mAfter;
};

} // namespace shopdesk::shipping
