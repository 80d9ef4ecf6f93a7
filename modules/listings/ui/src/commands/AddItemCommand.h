#pragma once

#include "ListingsCommand.h"

namespace shopdesk::listings {

/// Adds an item with its SKUs (also used for Copy). Undo deletes it; redo puts it back with the same ids.
class AddItemCommand : public ListingsCommand {
public:
    AddItemCommand(ListingsService &service, core::ShopEvents &events, ItemWithSkus item);
    qint64 itemId() const { return mItem.item.id; }

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    ItemWithSkus mItem;
};

} // namespace shopdesk::listings
