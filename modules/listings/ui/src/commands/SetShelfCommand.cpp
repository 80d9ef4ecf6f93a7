#include "SetShelfCommand.h"

namespace shopdesk::listings {

SetShelfCommand::SetShelfCommand(
    ListingsService &service, core::ShopEvents &events, QList<core::Item> items, bool onShelf)
    : ListingsCommand(service, events,
        [onShelf, n = int(items.size())] {
            return onShelf ? tr("Put %n item(s) on shelf", nullptr, n) : tr("Take %n item(s) off shelf", nullptr, n);
        })
    , mBefore(std::move(items))
    , mOnShelf(onShelf)
    , mAt(QDateTime::currentDateTime())
{
}

core::Status SetShelfCommand::apply()
{
    QList<qint64> ids;
    for (const core::Item &i : mBefore)
        ids << i.id;
    return service().setShelf(ids, mOnShelf, mAt);
}

core::Status SetShelfCommand::revert()
{
    // Each item back to its own shelf state and cycle start, all together.
    QList<QPair<qint64, ShelfState>> states;
    for (const core::Item &i : mBefore)
        states.append({ i.id, ShelfState { i.onShelf, i.listedAt } });
    return service().setShelfStates(states);
}

} // namespace shopdesk::listings
