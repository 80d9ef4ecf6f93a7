#include "SetShelfCommand.h"

namespace shopdesk::listings {

SetShelfCommand::SetShelfCommand(
    const core::Database &db, core::ShopEvents &events, QList<core::Item> items, bool onShelf)
    : ListingsCommand(db, events,
        onShelf ? tr("Put %n item(s) on shelf", nullptr, int(items.size()))
                : tr("Take %n item(s) off shelf", nullptr, int(items.size())))
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
    return repo().setOnShelf(ids, mOnShelf, mOnShelf ? mAt : QDateTime());
}

core::Status SetShelfCommand::revert()
{
    // Each item back to its own shelf state and cycle start.
    for (const core::Item &i : mBefore)
        if (core::Status s = repo().setOnShelf({ i.id }, i.onShelf, i.listedAt); !s)
            return s;
    return {};
}

} // namespace shopdesk::listings
