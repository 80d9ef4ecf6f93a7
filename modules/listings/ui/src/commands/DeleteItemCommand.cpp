#include "DeleteItemCommand.h"

namespace shopdesk::listings {

DeleteItemCommand::DeleteItemCommand(
    const core::Database &db, core::ShopEvents &events, ItemWithSkus item, bool archive)
    : ListingsCommand(
        db, events, archive ? tr("Archive item %1").arg(item.item.code) : tr("Delete item %1").arg(item.item.code))
    , mItem(std::move(item))
    , mArchive(archive)
{
}

core::Status DeleteItemCommand::apply()
{
    return mArchive ? repo().setArchived(mItem.item.id, true) : repo().remove(mItem.item.id);
}

core::Status DeleteItemCommand::revert()
{
    if (mArchive) {
        if (core::Status s = repo().setArchived(mItem.item.id, false); !s)
            return s;
        return repo().setOnShelf({ mItem.item.id }, mItem.item.onShelf, mItem.item.listedAt);
    }
    auto id = repo().insert(mItem, true);
    return id.status();
}

} // namespace shopdesk::listings
