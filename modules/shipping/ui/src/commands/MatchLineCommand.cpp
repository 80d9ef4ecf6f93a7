#include "commands/MatchLineCommand.h"

#include "shopdesk/shipping/ShippingRepository.h"

namespace shopdesk::shipping {

MatchLineCommand::MatchLineCommand(
    const core::PanelContext &context, qint64 lineId, qint64 skuId, const QString &orderNo, const QString &barcode)
    : core::UndoCommand(tr("Match a line of order %1 to %2").arg(orderNo, barcode), context.events, core::Topic::Orders)
    , mDb(context.db)
    , mLineId(lineId)
    , mSkuId(skuId)
{
}

core::Status MatchLineCommand::apply() { return ShippingRepository(mDb).matchLine(mLineId, mSkuId); }

core::Status MatchLineCommand::revert() { return ShippingRepository(mDb).matchLine(mLineId, std::nullopt); }

} // namespace shopdesk::shipping
