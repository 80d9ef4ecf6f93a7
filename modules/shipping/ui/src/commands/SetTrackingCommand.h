#pragma once

#include <shopdesk/core/PanelContract.h>

#include <QCoreApplication>
#include <QUndoCommand>

namespace shopdesk::shipping {

/// Sets a queued order's courier and tracking number (typed, scanned, imported or from a range);
/// undo restores the previous ones. Each step is its own transaction.
class SetTrackingCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::SetTrackingCommand)
public:
    struct Change {
        qint64 orderId = 0;
        QString orderNo;
        QString oldCourier, oldTracking, newCourier, newTracking;
    };
    SetTrackingCommand(const core::PanelContext &context, QList<Change> changes);
    void redo() override;
    void undo() override;

private:
    void apply(bool forward);
    const core::PanelContext &mContext;
    QList<Change> mChanges;
};

/// Sets the flag colour of orders; undo restores the previous colours.
class SetFlagCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::SetFlagCommand)
public:
    SetFlagCommand(const core::PanelContext &context, QList<std::pair<qint64, QString>> previous, QString flag);
    void redo() override;
    void undo() override;

private:
    const core::PanelContext &mContext;
    QList<std::pair<qint64, QString>> mPrevious;
    QString mFlag;
};

} // namespace shopdesk::shipping
