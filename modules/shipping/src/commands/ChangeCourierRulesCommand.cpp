#include "commands/ChangeCourierRulesCommand.h"

namespace shopdesk::shipping {

ChangeCourierRulesCommand::ChangeCourierRulesCommand(
    const core::PanelContext &context, CourierRules before, CourierRules after)
    : mContext(context)
    , mBefore(std::move(before))
    , mAfter(std::move(after))
{
    setText(tr("Courier rules"));
}

void ChangeCourierRulesCommand::apply(const CourierRules &rules)
{
    if (core::Status s = rules.save(mContext.db); !s)
        mContext.events.reportError(s.errorMessage());
    mContext.events.notifyChanged(core::Topic::Orders); // the queue shows the courier the rules choose
}

} // namespace shopdesk::shipping
