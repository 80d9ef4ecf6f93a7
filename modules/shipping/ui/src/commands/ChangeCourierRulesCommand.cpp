#include "commands/ChangeCourierRulesCommand.h"

namespace shopdesk::shipping {

ChangeCourierRulesCommand::ChangeCourierRulesCommand(
    ShippingDesk &desk, core::ShopEvents &events, CourierRules before, CourierRules after)
    // The queue shows the courier the rules choose: announced as an orders change.
    : core::UndoCommand([] { return tr("Courier rules"); }, events, core::Topic::Orders)
    , mDesk(desk)
    , mBefore(std::move(before))
    , mAfter(std::move(after))
{
}

} // namespace shopdesk::shipping
