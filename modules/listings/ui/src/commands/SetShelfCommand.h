#pragma once

#include "ListingsCommand.h"

#include <QDateTime>

namespace shopdesk::listings {

/// Puts items on shelf (a new 7-day cycle starts now) or takes them off shelf.
class SetShelfCommand : public ListingsCommand {
public:
    SetShelfCommand(ListingsService &service, core::ShopEvents &events, QList<core::Item> items, bool onShelf);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    QList<core::Item> mBefore;
    bool mOnShelf;
    QDateTime mAt;
};

} // namespace shopdesk::listings
