#include "commands/MatchLineCommand.h"

namespace shopdesk::shipping {

MatchLineCommand::MatchLineCommand(ShippingDesk &desk, core::ShopEvents &events, qint64 lineId, qint64 skuId,
    const QString &orderNo, const QString &barcode, const QString &actor)
    : core::UndoCommand([orderNo, barcode] { return tr("Match a line of order %1 to %2").arg(orderNo, barcode); },
        events, core::Topic::Orders)
    , mDesk(desk)
    , mLineId(lineId)
    , mSkuId(skuId)
    , mActor(actor)
{
}

core::Status MatchLineCommand::apply()
{
    auto change = mDesk.mappings().resolveLine(mLineId, mSkuId, mActor);
    if (!change)
        return change.status();
    mChange = *change;
    return {};
}

core::Status MatchLineCommand::revert() { return mDesk.mappings().undo(mChange, mActor); }

} // namespace shopdesk::shipping
