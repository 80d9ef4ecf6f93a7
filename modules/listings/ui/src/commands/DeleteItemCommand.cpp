#include "DeleteItemCommand.h"

namespace shopdesk::listings {

DeleteItemCommand::DeleteItemCommand(
    ListingsService &service, core::ShopEvents &events, ItemWithSkus item, bool archive)
    : ListingsCommand(service, events,
        [archive, code = item.item.code] {
            return archive ? tr("Archive item %1").arg(code) : tr("Delete item %1").arg(code);
        })
    , mItem(std::move(item))
    , mArchive(archive)
{
}

core::Status DeleteItemCommand::apply()
{
    return mArchive ? service().archive(mItem.item.id) : service().removeItem(mItem.item.id);
}

core::Status DeleteItemCommand::revert()
{
    if (mArchive)
        return service().unarchive(mItem.item);
    return service().addItem(mItem, true).status();
}

} // namespace shopdesk::listings
