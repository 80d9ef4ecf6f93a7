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
        mItem.item.id = *id;
        auto skus = service().skuStock(*id); // learn the SKU ids, so a redo restores the same rows
        if (!skus)
            return skus.status();
        mItem.skus.clear();
        for (const SkuStock &s : *skus)
            mItem.skus.append(s.sku);
    }
    return {};
}

core::Status AddItemCommand::revert() { return service().removeItem(mItem.item.id); }

} // namespace shopdesk::listings
