#pragma once

#include "ListingsCommand.h"

namespace shopdesk::listings {

/// Changes a SKU's barcode, price or cost (on-hand is the ledger's, never edited here).
class EditSkuCommand : public ListingsCommand {
public:
    EditSkuCommand(const core::Database &db, core::ShopEvents &events, core::Sku before, core::Sku after);

protected:
    core::Status apply() override { return repo().updateSku(mAfter); }
    core::Status revert() override { return repo().updateSku(mBefore); }

private:
    core::Sku mBefore, mAfter;
};

} // namespace shopdesk::listings
