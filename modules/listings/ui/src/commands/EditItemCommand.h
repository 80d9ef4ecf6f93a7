#pragma once

#include "ListingsCommand.h"

#include <optional>
#include <utility>

namespace shopdesk::listings {

/// Changes an item's own fields (code, title, category, role, main push, prices, minimum, season)
/// and adds the new colour × size SKUs given, in one transaction.
class EditItemCommand : public ListingsCommand {
public:
    EditItemCommand(ListingsService &service, core::ShopEvents &events, core::Item before, core::Item after,
        QList<core::Sku> newSkus = {}, std::optional<qint64> seen = std::nullopt);

protected:
    /// The item's version the form was filled from: refused when another seat saved it since (the
    /// redo after an undo carries none: the undo wrote the row back as it was).
    core::Status apply() override { return service().editItem(mAfter, &mNewSkus, {}, std::exchange(mSeen, {})); }
    core::Status revert() override;

private:
    core::Item mBefore, mAfter;
    QList<core::Sku> mNewSkus;
    std::optional<qint64> mSeen;
};

} // namespace shopdesk::listings
