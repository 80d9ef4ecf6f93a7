#include "commands/ParcelCommands.h"

namespace shopdesk::shipping {

MergeOrdersCommand::MergeOrdersCommand(
    const core::Database &db, core::ShopEvents &events, QStringList orderNos, QString actor)
    : core::UndoCommand(
        [orders = orderNos.join(QStringLiteral(", "))] { return tr("Merge orders %1 into one parcel").arg(orders); },
        events, core::Topic::Orders)
    , mService(db)
    , mOrderNos(std::move(orderNos))
    , mActor(std::move(actor))
{
}

core::Status MergeOrdersCommand::apply()
{
    auto id = mService.merge(mOrderNos, mActor);
    if (!id)
        return id.status();
    mParcelId = *id;
    return {};
}

core::Status MergeOrdersCommand::revert() { return mService.unmerge(mParcelId); }

SplitOrderCommand::SplitOrderCommand(
    const core::Database &db, core::ShopEvents &events, QString orderNo, QList<LinePick> picks, QString actor)
    : core::UndoCommand(
        [orderNo] { return tr("Split order %1 into parcels").arg(orderNo); }, events, core::Topic::Orders)
    , mService(db)
    , mOrderNo(std::move(orderNo))
    , mPicks(std::move(picks))
    , mActor(std::move(actor))
{
}

core::Status SplitOrderCommand::apply() { return mService.split(mOrderNo, mPicks, mActor).status(); }

core::Status SplitOrderCommand::revert() { return mService.unsplit(mOrderNo); }

} // namespace shopdesk::shipping
