#include "SetFlagMemoCommand.h"

namespace shopdesk::shipping {

SetFlagMemoCommand::SetFlagMemoCommand(
    ShippingDesk &desk, core::ShopEvents &events, qint64 orderId, const QString &orderNo, QString before, QString memo)
    : core::UndoCommand(QString(), events, core::Topic::Orders)
    , mDesk(desk)
    , mOrderId(orderId)
    , mBefore(std::move(before))
    , mMemo(std::move(memo))
{
    setText(tr("Flag memo of order %1").arg(orderNo));
}

} // namespace shopdesk::shipping
