#include "AddItemCommand.h"

namespace shopdesk::listings {

AddItemCommand::AddItemCommand(ListingsService &service, core::ShopEvents &events, ItemWithSkus item)
    : ListingsCommand(service, events, [code = item.item.code] { return tr("Add item %1").arg(code); })
    , mItem(std::move(item))
{
}

core::Status AddItemCommand::apply()
{
    const bool again = mItem.item.id > 0;
    auto id = service().addItem(mItem, again);
    if (!id)
        return id.status();
    if (!again) {
        // Learn the item as stored (its SKU ids, off shelf as a new item is), so a redo restores
        // the same rows.
        auto stored = service().snapshot(*id);
        if (!stored)
            return stored.status();
        mItem = std::move(stored).value();
    }
    return {};
}

core::Status AddItemCommand::revert() { return service().removeItem(mItem.item.id); }

} // namespace shopdesk::listings
