#include "commands/MatchLineCommand.h"

namespace shopdesk::shipping {

MatchLineCommand::MatchLineCommand(ShippingDesk &desk, core::ShopEvents &events, qint64 lineId, qint64 skuId,
    const QString &orderNo, const QString &barcode)
    : core::UndoCommand(tr("Match a line of order %1 to %2").arg(orderNo, barcode), events, core::Topic::Orders)
    , mDesk(desk)
    , mLineId(lineId)
    , mSkuId(skuId)
{
}

core::Status MatchLineCommand::apply() { return mDesk.matchLine(mLineId, mSkuId); }

core::Status MatchLineCommand::revert() { return mDesk.matchLine(mLineId, std::nullopt); }

} // namespace shopdesk::shipping
