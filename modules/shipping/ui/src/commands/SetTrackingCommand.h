#pragma once

#include "shopdesk/shipping/ShippingDesk.h"

#include <shopdesk/core/PanelContract.h>
#include <shopdesk/core/UndoCommand.h>

#include <QCoreApplication>

namespace shopdesk::shipping {

/// Sets queued orders' couriers and tracking numbers (typed, scanned, imported or from a range);
/// undo restores the previous ones. Each step is one call of ShippingService, one transaction over
/// every order: a step that is refused changes no order, reports why, and leaves the undo stack
/// (core::UndoCommand).
class SetTrackingCommand : public core::UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::SetTrackingCommand)
public:
    struct Change {
        qint64 orderId = 0;
        QString orderNo;
        QString oldCourier, oldTracking, newCourier, newTracking;
    };
    SetTrackingCommand(ShippingDesk &desk, core::ShopEvents &events, QList<Change> changes);

protected:
    core::Status apply() override { return step(true); }
    core::Status revert() override { return step(false); }

private:
    core::Status step(bool forward);
    ShippingDesk &mDesk;
    QList<Change> mChanges;
};

/// Sets the flag colour of orders; undo restores the previous colours. Each step is one call of
/// ShippingService, all or nothing, like SetTrackingCommand.
class SetFlagCommand : public core::UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::SetFlagCommand)
public:
    /// `previous`: the orders with the flags they have now.
    SetFlagCommand(
        ShippingDesk &desk, core::ShopEvents &events, QList<ShippingService::FlagChange> previous, QString flag);

protected:
    core::Status apply() override { return step(true); }
    core::Status revert() override { return step(false); }

private:
    core::Status step(bool forward);
    ShippingDesk &mDesk;
    QList<ShippingService::FlagChange> mPrevious;
    QString mFlag;
};

} // namespace shopdesk::shipping
