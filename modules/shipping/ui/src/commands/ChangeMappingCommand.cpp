#include "commands/ChangeMappingCommand.h"

namespace shopdesk::shipping {

ChangeMappingCommand::ChangeMappingCommand(ShippingDesk &desk, core::ShopEvents &events, const MappingKey &key,
    std::optional<qint64> skuId, const QString &actor)
    : core::UndoCommand(
        [source = key.source, change = skuId.has_value()] {
            return change ? tr("Change the mapping of %1").arg(source) : tr("Delete the mapping of %1").arg(source);
        },
        events, core::Topic::Orders)
    , mDesk(desk)
    , mKey(key)
    , mSkuId(skuId)
    , mActor(actor)
{
}

core::Status ChangeMappingCommand::apply()
{
    auto change = mDesk.mappings().set(mKey, mSkuId, mActor);
    if (!change)
        return change.status();
    mChange = *change;
    return {};
}

core::Status ChangeMappingCommand::revert() { return mDesk.mappings().undo(mChange, mActor); }

} // namespace shopdesk::shipping
