#pragma once

#include "shopdesk/inventory/StocktakeService.h"

#include <shopdesk/core/PanelContract.h>

#include <QDate>

class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QUndoStack;

namespace shopdesk::inventory {

class StocktakeCountBar;
class StocktakeScanRow;
class UnknownScansBox;
class VarianceGridModel;
class VarianceItemModel;

/// The count screen (盘点): the count list (StocktakeCountBar), a scan field that keeps focus
/// (StocktakeScanRow: Enter commits and clears it; "*3" or the ×N box for multiples), the unknown
/// codes to resolve, the live variance per item and, for the chosen item, colour × size; start,
/// post, reverse and the report. Nothing here opens a modal box while a count is scanned.
class StocktakeView : public core::View {
    Q_OBJECT
public:
    /// How often an open count's variance is re-read, to show other counters' scans.
    static constexpr int kLiveRefreshMs = 3000;

    StocktakeView(
        const core::PanelContext &context, StocktakeService &counts, QUndoStack *undoStack, QWidget *parent = nullptr);

    void reload() override;
    void retranslateUi() override;
    void changeEvent(QEvent *event) override;

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

    QLineEdit *scanField() const;
    /// Asks for a count CSV to import into the open count.
    void importCountsDialog();
    /// Imports a count CSV, its result shown beside the scan field.
    Q_INVOKABLE void importCountsFrom(const QString &path);
    /// Asks where to save the report as `format` (pdf, csv, xlsx) and writes it.
    void exportReportDialog(const QString &format);
    /// The splitter sizes.
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

Q_SIGNALS:
    void stockChanged();

private:
    /// The grid's type, a size above the view's own.
    void sizeGridType();
    void onScan(const QString &code, int quantity);
    void onScanned(const core::Result<ScanResult> &r);
    void showItem(const QString &itemCode);
    void onGridDoubleClicked(const QModelIndex &index);
    void refocus();
    void updateButtons();
    void updateReminder();
    void report(const core::Status &s);
    /// A blind count (盲盘) still open: 应有数 stays hidden.
    bool blind() const;
    /// Asked inline before posting: names the SKUs never counted and what they would book as 盘亏.
    QString postQuestion() const;

    core::PanelContext mContext;
    StocktakeService &mCounts;
    QUndoStack *mUndo;
    std::optional<Stocktake> mShown;
    QList<VarianceRow> mRows;
    QDate mToday;
    bool mAnyOpen = false;
    qint64 mSeenCountRows = -1;

    StocktakeCountBar *mBar;
    StocktakeScanRow *mScanRow;
    QSplitter *mTop, *mSplit;
    VarianceItemModel *mItemModel;
    QTableView *mItems;
    VarianceGridModel *mGridModel;
    QLabel *mGridTitle;
    QTableView *mGrid;
    UnknownScansBox *mUnknown;
    QLabel *mTotals;
};

} // namespace shopdesk::inventory
