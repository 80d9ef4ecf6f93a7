#pragma once

#include "shopdesk/inventory/StocktakeRepository.h"

#include <shopdesk/core/PanelContract.h>

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolButton;
class QUndoStack;

namespace shopdesk::inventory {

class VarianceGridModel;
class VarianceItemModel;

/// The count screen (盘点): a scan field that keeps focus (Enter commits and clears it; "*3" or
/// the ×N box for multiples), the unknown codes to resolve, the live variance per item and, for
/// the chosen item, colour × size; start, post, reverse and the report.
class StocktakeView : public QWidget {
    Q_OBJECT
public:
    /// How often an open count's variance is re-read, to show other counters' scans.
    static constexpr int kLiveRefreshMs = 3000;

    StocktakeView(const core::PanelContext &context, QUndoStack *undoStack, QWidget *parent = nullptr);

    void reload();
    void retranslateUi();

    /// The day the month-end reminder looks at (today unless a test says otherwise).
    void setToday(QDate day);
    QDate today() const;

    /// The count shown (the open one when there is one, else the newest).
    std::optional<Stocktake> shownCount() const { return mShown; }

    /// Starts a count over the scope chosen in the scope box.
    void startCount();
    void postCount();
    void reverseCount();
    /// Sets the SKU's count, as if typed in the grid.
    void typeCount(qint64 skuId, qint64 counted);
    void resolveSelectedUnknown(const QString &barcode);
    void dismissSelectedUnknown();
    core::Status exportReport(const QString &path);
    /// Adds a count CSV (条码/barcode, 数量/quantity) to the open count.
    core::Status importCounts(const QString &path);

    QLineEdit *scanField() const { return mScan; }

Q_SIGNALS:
    void stockChanged();

private:
    void onScanEntered();
    void onScanned(const core::Result<ScanResult> &r);
    void showItem(const QString &itemCode);
    void onGridDoubleClicked(const QModelIndex &index);
    void refocus();
    void updateButtons();
    void updateReminder();
    void report(const core::Status &s);
    void exportMenu(const QString &format);

    core::PanelContext mContext;
    QUndoStack *mUndo;
    std::optional<Stocktake> mShown;
    QList<VarianceRow> mRows;
    QDate mToday;
    bool mAnyOpen = false;
    qint64 mSeenCountRows = -1;

    QLabel *mReminder;
    QLabel *mStatus;
    QComboBox *mCounts;
    QComboBox *mScope;
    QPushButton *mStart, *mPost, *mReverse;
    QToolButton *mExport;
    QPushButton *mImport;
    QLabel *mScanLabel;
    QLineEdit *mScan;
    QLabel *mTimesLabel;
    QSpinBox *mTimes;
    QLabel *mLastScan;
    VarianceItemModel *mItemModel;
    QTableView *mItems;
    VarianceGridModel *mGridModel;
    QLabel *mGridTitle;
    QTableView *mGrid;
    QLabel *mUnknownTitle;
    QListWidget *mUnknown;
    QLineEdit *mResolveField;
    QPushButton *mResolve, *mDismiss;
    QLabel *mTotals;
};

} // namespace shopdesk::inventory
