#pragma once

#include "shopdesk/service/BuyerListService.h"

#include <shopdesk/core/FrontGate.h>
#include <shopdesk/core/PanelContract.h>

#include <QDateTime>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace shopdesk::service {

/// The buyer lists: who to tell that stock arrived (缺货登记), unpaid orders (催付), orders to
/// follow up (跟进), failed deals (流失客户), and orders the warehouse cannot ship (yellow flag).
/// Each message is ready to copy.
class BuyerListsView : public core::View {
    Q_OBJECT
public:
    BuyerListsView(
        const core::PanelContext &context, BuyerListService &lists, QUndoStack *undo, QWidget *parent = nullptr);

    void reload() override;
    /// The list shown and the unpaid hours (the columns fit their contents on every reload).
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;
    /// For tests: the time the unpaid list counts from (default: now).
    void setNow(const QDateTime &now)
    {
        mNow = now;
        mGate->open();
        reload();
    }

protected:
    void retranslateUi() override;

private:
    /// The lists are read when the view first comes to the front (a tab behind the replies).
    core::FrontGate *mGate = nullptr;
    void report(const QString &message);
    void copyWaiting();
    void copyUnpaid();
    void copyHeld();
    void addWaiting();
    void addFollowUp();
    /// Adds a follow-up as an undoable step.
    void pushFollowUp(const FollowUp &f);
    void toggleFollowUpDone();
    void addFailedDeal();

    core::PanelContext mContext;
    BuyerListService &mLists;
    QUndoStack *mUndo;
    QDateTime mNow;
    QTabWidget *mTabs;
    QStandardItemModel *mWaitModel, *mUnpaidModel, *mFollowModel, *mFailedModel, *mHeldModel;
    QTableView *mWaitView, *mUnpaidView, *mFollowView, *mFailedView, *mHeldView;
    QLineEdit *mWaitBuyer, *mWaitBarcode;
    QPushButton *mWaitAdd, *mWaitCopy;
    QSpinBox *mHours;
    QLabel *mHoursLabel;
    QPushButton *mUnpaidCopy;
    QLineEdit *mFollowOrder, *mFollowNote;
    QComboBox *mFollowReason;
    QPushButton *mFollowAdd, *mFollowDone;
    QLineEdit *mFailedBuyer, *mFailedItem, *mFailedReason, *mFailedNext;
    QPushButton *mFailedAdd;
    QLabel *mHeldHint;
    QPushButton *mHeldCopy;
    QLabel *mMessage;
};

} // namespace shopdesk::service
