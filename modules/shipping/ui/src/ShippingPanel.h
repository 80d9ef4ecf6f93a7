#pragma once

#include "shopdesk/shipping/ShippingRepository.h"

#include <shopdesk/core/PanelContract.h>
#include <shopdesk/core/RecordTable.h>

#include <QThread>

#include <atomic>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QToolButton;
class QUndoCommand;

namespace shopdesk::shipping {

class ScanStation;
class QueueModel;

/// The shipping workbench (发货): the dispatch queue (import, courier, tracking numbers, flags),
/// printing the waybills, the scan-check station (三查) and the courier's pickup (揽收).
class ShippingPanel : public core::ModulePanel {
    Q_OBJECT
public:
    ShippingPanel(const core::PanelContext &context, QWidget *parent = nullptr);
    ~ShippingPanel() override;

    void reload() override;
    QTabWidget *tabs() const { return mTabs; }
    ScanStation *station() const { return mStation; }
    QTableView *queueView() const { return mView; }

    /// Starts importing the two export files in the background (progress bar, cancel).
    void startImport(const QString &ordersPath, const QString &itemsPath);
    /// Sets the tracking numbers of a list (CSV: order, tracking) as one undoable edit.
    void importTrackingList(const QString &path);
    bool importRunning() const { return mImportThread != nullptr; }

Q_SIGNALS:
    void importFinished(bool ok, const QString &message);

protected:
    void retranslateUi() override;

private:
    QWidget *buildQueueTab();
    QWidget *buildPrintTab();
    QWidget *buildRulesBox(QWidget *parent);
    void showRules();
    void saveRules();
    QWidget *buildPickupTab();
    QList<ShipmentOrder> selectedOrders() const;
    /// Pushes an edit onto the undo stack; false when it was refused (reported, and not on the stack).
    bool push(QUndoCommand *command);
    void chooseImportFiles();
    void setTrackingFromField();
    void chooseTrackingList();
    void setFlag(const QString &flag);
    void assignFromRange();
    void matchSelectedLine();
    void checkFreightBill();
    void print(int target); // 0 preview, 1 printer, 2 PDF
    void reloadPickup();
    void scanStub();
    void handoverSheet();
    void openClaim();
    void reloadClaims();

    core::PanelContext mContext;
    QList<ShipmentOrder> mQueue;
    QTabWidget *mTabs;
    // queue
    QueueModel *mModel;
    QTableView *mView;
    QPushButton *mImport, *mCancelImport, *mSetTracking, *mTrackingList, *mAssign, *mBill;
    QToolButton *mFlag;
    QLineEdit *mTracking;
    QComboBox *mCourier;
    QProgressBar *mProgress;
    QLabel *mSummary, *mUnmatchedLabel, *mTrackingLabel;
    QListWidget *mUnmatched;
    QLineEdit *mMatch;
    QList<UnmatchedLine> mUnmatchedLines;
    QThread *mImportThread = nullptr;
    std::atomic<bool> mCancel { false };
    // print
    QComboBox *mLayout;
    QSpinBox *mCopies;
    QCheckBox *mUnprintedOnly;
    QLineEdit *mReprintReason;
    QPushButton *mPreview, *mPrint, *mPdf;
    QLabel *mLayoutLabel, *mCopiesLabel, *mReasonLabel, *mPrintHint;
    // the store's courier rules (on the print tab)
    QGroupBox *mRulesBox;
    QLabel *mDefaultCourierLabel, *mEmsLabel;
    QComboBox *mDefaultCourier;
    QLineEdit *mEmsProvinces;
    QCheckBox *mMaskPhone;
    QPushButton *mSaveRules;
    // scan
    ScanStation *mStation;
    // pickup
    QComboBox *mPickupCourier;
    QDateEdit *mPickupDay;
    QLineEdit *mStubScan;
    QListWidget *mExpected, *mScanned, *mMissing, *mExtra;
    QLabel *mExpectedLabel, *mScannedLabel, *mMissingLabel, *mExtraLabel, *mPickupCourierLabel, *mPickupDayLabel;
    QPushButton *mHandover, *mClaim;
    QLabel *mClaimsLabel;
    core::RecordTableModel *mClaimsModel;
    QTableView *mClaimsView;
};

} // namespace shopdesk::shipping
