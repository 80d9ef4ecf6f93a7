#pragma once

#include "shopdesk/shipping/ShippingDesk.h"

#include <shopdesk/core/PanelContract.h>
#include <shopdesk/core/UndoCommand.h>

#include <QCoreApplication>

#include <optional>

namespace shopdesk::shipping {

/// Matches an unmatched order line to the SKU the clerk scanned; undo unmatches it again.
class MatchLineCommand : public core::UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::MatchLineCommand)
public:
    MatchLineCommand(ShippingDesk &desk, core::ShopEvents &events, qint64 lineId, qint64 skuId, const QString &orderNo,
        const QString &barcode);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    ShippingDesk &mDesk;
    qint64 mLineId, mSkuId;
};

} // namespace shopdesk::shipping
