#pragma once

#include "ListingsCommand.h"

namespace shopdesk::listings {

/// Changes an item's own fields (code, title, category, role, main push, prices, minimum, season)
/// and adds the new colour × size SKUs given, in one transaction.
class EditItemCommand : public ListingsCommand {
public:
    EditItemCommand(ListingsService &service, core::ShopEvents &events, core::Item before, core::Item after,
        QList<core::Sku> newSkus = {});

protected:
    core::Status apply() override { return service().editItem(mAfter, &mNewSkus, {}); }
    core::Status revert() override;

private:
    core::Item mBefore, mAfter;
    QList<core::Sku> mNewSkus;
};

} // namespace shopdesk::listings
