#include "commands/MatchLineCommand.h"

#include "shopdesk/shipping/ShippingRepository.h"

namespace shopdesk::shipping {

MatchLineCommand::MatchLineCommand(
    const core::PanelContext &context, qint64 lineId, qint64 skuId, const QString &orderNo, const QString &barcode)
    : mContext(context)
    , mLineId(lineId)
    , mSkuId(skuId)
{
    setText(tr("Match a line of order %1 to %2").arg(orderNo, barcode));
}

void MatchLineCommand::set(std::optional<qint64> sku)
{
    if (core::Status s = ShippingRepository(mContext.db).matchLine(mLineId, sku); !s)
        mContext.events.reportError(s.errorMessage());
    mContext.events.notifyChanged(core::Topic::Orders);
}

void MatchLineCommand::redo() { set(mSkuId); }

void MatchLineCommand::undo() { set(std::nullopt); }

} // namespace shopdesk::shipping
