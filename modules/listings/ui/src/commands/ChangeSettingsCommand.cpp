#include "ChangeSettingsCommand.h"

namespace shopdesk::listings {

ChangeSettingsCommand::ChangeSettingsCommand(
    const core::Database &db, core::ShopEvents &events, const QString &text, Values before, Values after)
    : ListingsCommand(db, events, text)
    , mBefore(std::move(before))
    , mAfter(std::move(after))
{
}

} // namespace shopdesk::listings
