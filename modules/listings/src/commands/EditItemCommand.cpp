#include "EditItemCommand.h"

namespace shopdesk::listings {

EditItemCommand::EditItemCommand(const core::Database &db, core::ShopEvents &events, core::Item before, core::Item after)
    : ListingsCommand(db, events, tr("Edit item %1").arg(after.code))
    , mBefore(std::move(before))
    , mAfter(std::move(after))
{
}

} // namespace shopdesk::listings
