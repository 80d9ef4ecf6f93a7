#pragma once

#include "ListingsCommand.h"

namespace shopdesk::listings {

/// Changes an item's own fields (code, title, category, role, main push, prices, minimum, season).
class EditItemCommand : public ListingsCommand {
public:
    EditItemCommand(const core::Database &db, core::ShopEvents &events, core::Item before, core::Item after);

protected:
    core::Status apply() override { return repo().update(mAfter); }
    core::Status revert() override { return repo().update(mBefore); }

private:
    core::Item mBefore, mAfter;
};

} // namespace shopdesk::listings
