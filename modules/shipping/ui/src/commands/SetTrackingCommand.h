#pragma once

#include "shopdesk/shipping/ShippingService.h"

#include <shopdesk/core/PanelContract.h>

#include <QCoreApplication>
#include <QUndoCommand>

namespace shopdesk::shipping {

/// Sets queued orders' couriers and tracking numbers (typed, scanned, imported or from a range);
/// undo restores the previous ones. Each step is one call of ShippingService, one transaction over
/// every order: a step that is refused changes no order, reports why, and leaves the undo stack.
class SetTrackingCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::SetTrackingCommand)
public:
    struct Change {
        qint64 orderId = 0;
        QString orderNo;
        QString oldCourier, oldTracking, newCourier, newTracking;
    };
    SetTrackingCommand(const core::PanelContext &context, QList<Change> changes);
    void redo() override { apply(true); }
    void undo() override { apply(false); }

private:
    void apply(bool forward);
    const core::PanelContext &mContext;
    QList<Change> mChanges;
};

/// Sets the flag colour of orders; undo restores the previous colours. Each step is one call of
/// ShippingService, all or nothing, like SetTrackingCommand.
class SetFlagCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::SetFlagCommand)
public:
    /// `previous`: the orders with the flags they have now.
    SetFlagCommand(const core::PanelContext &context, QList<ShippingService::FlagChange> previous, QString flag);
    void redo() override { apply(true); }
    void undo() override { apply(false); }

private:
    void apply(bool forward);
    const core::PanelContext &mContext;
    QList<ShippingService::FlagChange> mPrevious;
    QString mFlag;
};

} // namespace shopdesk::shipping
