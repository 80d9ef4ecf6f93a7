#include "ChangeSettingsCommand.h"

namespace shopdesk::listings {

ChangeSettingsCommand::ChangeSettingsCommand(
    ListingsService &service, core::ShopEvents &events, const QString &text, Values before, Values after)
    : ListingsCommand(service, events, text)
    , mBefore(std::move(before))
    , mAfter(std::move(after))
{
}

} // namespace shopdesk::listings
