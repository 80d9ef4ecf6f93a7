#include "AddItemCommand.h"

namespace shopdesk::listings {

AddItemCommand::AddItemCommand(const core::Database &db, core::ShopEvents &events, ItemWithSkus item)
    : ListingsCommand(db, events, tr("Add item %1").arg(item.item.code))
    , mItem(std::move(item))
{
}

core::Status AddItemCommand::apply()
{
    const bool again = mItem.item.id > 0;
    auto id = repo().insert(mItem, again);
    if (!id)
        return id.status();
    if (!again) {
        mItem.item.id = *id;
        auto skus = repo().skuStock(*id); // learn the SKU ids, so a redo restores the same rows
        if (!skus)
            return skus.status();
        mItem.skus.clear();
        for (const SkuStock &s : *skus)
            mItem.skus.append(s.sku);
    }
    return {};
}

core::Status AddItemCommand::revert() { return repo().remove(mItem.item.id); }

} // namespace shopdesk::listings
