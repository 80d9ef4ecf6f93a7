#include "EditSkuCommand.h"

namespace shopdesk::listings {

EditSkuCommand::EditSkuCommand(const core::Database &db, core::ShopEvents &events, core::Sku before, core::Sku after)
    : ListingsCommand(db, events, tr("Edit SKU %1/%2").arg(after.color, after.size))
    , mBefore(std::move(before))
    , mAfter(std::move(after))
{
}

} // namespace shopdesk::listings
