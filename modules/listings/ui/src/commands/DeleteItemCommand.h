#pragma once

#include "ListingsCommand.h"

namespace shopdesk::listings {

/// Deletes an item that never moved stock (nor sold, nor was received); an item with history is
/// archived instead, so the ledger and the orders keep pointing at it.
class DeleteItemCommand : public ListingsCommand {
public:
    DeleteItemCommand(ListingsService &service, core::ShopEvents &events, ItemWithSkus item, bool archive);
    bool archives() const { return mArchive; }

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    ItemWithSkus mItem;
    bool mArchive;
};

} // namespace shopdesk::listings
