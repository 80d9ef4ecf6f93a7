#include "commands/ChangeCourierRulesCommand.h"

namespace shopdesk::shipping {

ChangeCourierRulesCommand::ChangeCourierRulesCommand(
    const core::PanelContext &context, CourierRules before, CourierRules after)
    // The queue shows the courier the rules choose: announced as an orders change.
    : core::UndoCommand(tr("Courier rules"), context.events, core::Topic::Orders)
    , mDb(context.db)
    , mBefore(std::move(before))
    , mAfter(std::move(after))
{
}

} // namespace shopdesk::shipping
