#include "ChangeSettingsCommand.h"

namespace shopdesk::listings {

ChangeSettingsCommand::ChangeSettingsCommand(
    ListingsService &service, core::ShopEvents &events, core::UndoText text, Values before, Values after)
    : ListingsCommand(service, events, std::move(text))
    , mBefore(std::move(before))
    , mAfter(std::move(after))
{
}

} // namespace shopdesk::listings
