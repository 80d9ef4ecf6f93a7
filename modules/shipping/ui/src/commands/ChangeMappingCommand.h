#pragma once

#include "shopdesk/shipping/ShippingDesk.h"

#include <shopdesk/core/PanelContract.h>
#include <shopdesk/core/UndoCommand.h>

#include <QCoreApplication>

#include <optional>

namespace shopdesk::shipping {

/// Gives a mapping (商品对应关系) another SKU, or removes it (no SKU); undo puts back what it gave
/// before and unmatches the lines the change matched. Each step is one call of MappingRepository.
class ChangeMappingCommand : public core::UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::ChangeMappingCommand)
public:
    ChangeMappingCommand(ShippingDesk &desk, core::ShopEvents &events, const MappingKey &key,
        std::optional<qint64> skuId, const QString &actor);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    ShippingDesk &mDesk;
    MappingKey mKey;
    std::optional<qint64> mSkuId;
    QString mActor;
    MappingChange mChange;
};

} // namespace shopdesk::shipping
