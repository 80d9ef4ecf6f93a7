#pragma once

#include "shopdesk/service/BuyerLists.h"

#include <shopdesk/core/PanelContract.h>

#include <QWidget>

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
class BuyerListsWidget : public QWidget {
    Q_OBJECT
public:
    BuyerListsWidget(const core::PanelContext &context, QUndoStack *undo, QWidget *parent = nullptr);

    void reload();
    /// For tests: the time the unpaid list counts from (default: now).
    void setNow(const QDateTime &now)
    {
        mNow = now;
        reload();
    }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
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
