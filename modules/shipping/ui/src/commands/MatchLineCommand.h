#pragma once

#include "shopdesk/shipping/ShippingDesk.h"

#include <shopdesk/core/PanelContract.h>
#include <shopdesk/core/UndoCommand.h>

#include <QCoreApplication>

#include <optional>

namespace shopdesk::shipping {

/// Matches an unmatched order line to the SKU the clerk scanned, remembering the mapping so that
/// every line like it is matched too (now and in later imports); undo forgets the mapping and
/// unmatches those lines again.
class MatchLineCommand : public core::UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::MatchLineCommand)
public:
    MatchLineCommand(ShippingDesk &desk, core::ShopEvents &events, qint64 lineId, qint64 skuId, const QString &orderNo,
        const QString &barcode, const QString &actor);

    /// The last change made (how many lines it matched).
    const MappingChange &change() const { return mChange; }

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    ShippingDesk &mDesk;
    qint64 mLineId, mSkuId;
    QString mActor;
    MappingChange mChange;
};

} // namespace shopdesk::shipping
