#pragma once

#include "shopdesk/inventory/PurchaseService.h"

#include <shopdesk/core/PanelContract.h>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class QUndoCommand;
class QUndoStack;

namespace shopdesk::core {
class RecordTableModel;
}

namespace shopdesk::inventory {

/// The purchase orders (采购单): each with its supplier, dates, state (ordered, partly received,
/// received), pieces ordered, received and still owed by the supplier; the selected order's lines
/// below, with the receiving notes made from it. "Receive what is owed" posts one receiving note
/// for everything still owed (undoable); a partial delivery is received from the receiving view
/// ("from purchase order").
class PurchaseOrdersView : public core::View {
    Q_OBJECT
public:
    PurchaseOrdersView(
        const core::PanelContext &context, PurchaseService &service, QUndoStack *undoStack, QWidget *parent = nullptr);

    void reload() override;
    void retranslateUi() override;
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    void select(int row);
    /// Posts a receiving note for everything the selected order still owes (undoable).
    core::Status receiveOwed();
    /// Takes back the selected order while nothing was received against it (undoable).
    core::Status removeSelected();

Q_SIGNALS:
    void stockChanged();

private:
    core::Status pushed(QUndoCommand *command);
    void showLines();

    core::PanelContext mContext;
    PurchaseService &mService;
    QUndoStack *mUndo;
    QList<PurchaseOrderState> mOrders;
    qint64 mSelected = 0;
    core::Status mLast;
    bool mPushing = false;
    QLabel *mTitle, *mDetail;
    QCheckBox *mOpenOnly;
    QPushButton *mReceive, *mRemove;
    core::RecordTableModel *mModel, *mLinesModel;
    QTableView *mView, *mLinesView;
};

} // namespace shopdesk::inventory
