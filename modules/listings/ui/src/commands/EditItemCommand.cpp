#include "EditItemCommand.h"

namespace shopdesk::listings {

EditItemCommand::EditItemCommand(ListingsService &service, core::ShopEvents &events, core::Item before,
    core::Item after, QList<core::Sku> newSkus, std::optional<qint64> seen)
    : ListingsCommand(service, events, [code = after.code] { return tr("Edit item %1").arg(code); })
    , mBefore(std::move(before))
    , mAfter(std::move(after))
    , mNewSkus(std::move(newSkus))
    , mSeen(seen)
{
}

core::Status EditItemCommand::revert()
{
    QList<qint64> ids;
    for (const core::Sku &s : mNewSkus)
        ids << s.id;
    return service().revertEdit(mBefore, ids);
}

} // namespace shopdesk::listings
