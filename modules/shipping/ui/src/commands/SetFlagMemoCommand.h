#pragma once

#include "shopdesk/shipping/ShippingDesk.h"

#include <shopdesk/core/UndoCommand.h>

#include <QCoreApplication>

namespace shopdesk::shipping {

/// Sets the memo of an order's flag (标记备注); undo puts the previous memo back.
class SetFlagMemoCommand : public core::UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::SetFlagMemoCommand)
public:
    SetFlagMemoCommand(ShippingDesk &desk, core::ShopEvents &events, qint64 orderId, const QString &orderNo,
        QString before, QString memo);

protected:
    core::Status apply() override { return mDesk.setFlagMemo(mOrderId, mMemo); }
    core::Status revert() override { return mDesk.setFlagMemo(mOrderId, mBefore); }

private:
    ShippingDesk &mDesk;
    qint64 mOrderId;
    QString mBefore, mMemo;
};

} // namespace shopdesk::shipping
