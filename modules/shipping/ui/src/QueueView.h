#pragma once

#include "ViewContext.h"
#include "shopdesk/shipping/QueueRepository.h"

#include <shopdesk/core/PanelContract.h>

#include <QDateTime>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolButton;
class QUndoCommand;

namespace shopdesk::shipping {

class OrderImportJob;
class ParcelActions;
class QueueDetail;
class QueueFilterBar;
class QueueModel;

/// The dispatch queue (待发货订单): the paid orders waiting to ship, in their flag's colour. The
/// clerk imports the platform's export here (in the background), gives orders their courier and
/// tracking number (typed or scanned, from a list, or from a courier's number range), flags them,
/// checks a courier's monthly bill and matches the lines the import could not match to a SKU.
class QueueView : public core::View {
    Q_OBJECT
public:
    explicit QueueView(const ViewContext &context, QWidget *parent = nullptr);
    ~QueueView() override;

    void reload() override;
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    QTableView *table() const { return mView; }
    /// Which orders the queue shows: all, those that must leave today, or those overdue.
    enum class Showing { All, Today, Overdue };
    void showOnly(Showing which);
    /// The time the dispatch deadlines are measured against (tests fix it; the clock by default).
    void setNow(std::function<QDateTime()> now) { mNow = std::move(now); }
    /// The orders selected in the queue (for printing, flagging, a number range): of the rows
    /// fetched so far (the table reads the queue a window at a time as it scrolls).
    QList<ShipmentOrder> selectedOrders() const;
    QueueModel *model() const { return mModel; }
    QueueFilterBar *filterBar() const { return mFilters; }
    QueueDetail *detail() const { return mDetail; }

    void chooseImportFiles();
    /// Starts importing the two export files in the background (progress bar, cancel). An export
    /// of another shop (its 店铺名称) is imported only when the clerk says so.
    Q_INVOKABLE void startImport(const QString &ordersPath, const QString &itemsPath);
    /// Asks whether to import another shop's orders: (the export's shop, this shop) → yes. By
    /// default a question box; tests answer it themselves.
    using OtherShopQuestion = std::function<bool(const QString &theirs, const QString &own)>;
    void setOtherShopQuestion(OtherShopQuestion ask) { mAskOtherShop = std::move(ask); }
    bool importRunning() const;
    void chooseTrackingList();
    /// Sets the tracking numbers of a list (CSV: order, tracking) as one undoable edit.
    Q_INVOKABLE void importTrackingList(const QString &path);
    void checkFreightBill();
    /// Shows what a workbench action did in the queue's summary line.
    void showMessage(const QString &text);

Q_SIGNALS:
    void importFinished(bool ok, const QString &message);

protected:
    void retranslateUi() override;

private:
    void buildBars();
    void importDone();
    /// Pushes an edit onto the undo stack; false when it was refused (reported, and not on the stack).
    bool push(QUndoCommand *command);
    void setTrackingFromField();
    void setFlag(const QString &flag);
    void assignFromRange();
    void matchSelectedLine();
    /// Reads the queue's first window again; `queueChanged`: its totals, provinces and unmatched
    /// lines too (a filter or a sort reads the window and the filter's totals only).
    void reloadRows(bool queueChanged);
    void reloadUnmatched();
    /// Adds the next window of unmatched lines to their list (as it scrolls to its end).
    void fetchMoreUnmatched();
    void showCurrent();
    QueueRepository window() const;

    ViewContext mContext;
    OrderImportJob *mImport;
    ParcelActions *mParcels = nullptr;
    QueueModel *mModel;
    QTableView *mView;
    QPushButton *mImportButton, *mCancelImport, *mSetTracking, *mTrackingList, *mAssign, *mBill;
    QToolButton *mFlag;
    QLineEdit *mTracking, *mMatch;
    QComboBox *mCourier;
    QProgressBar *mProgress;
    QLabel *mSummary, *mUnmatchedLabel, *mTrackingLabel, *mQueueCount;
    OtherShopQuestion mAskOtherShop;
    QueueFilterBar *mFilters;
    QueueDetail *mDetail;
    QLabel *mFilterCount;
    std::function<QDateTime()> mNow;
    QueueSort mSort = QueueSort::Queue;
    Qt::SortOrder mSortOrder = Qt::AscendingOrder;
    QListWidget *mUnmatched;
    QList<UnmatchedLine> mUnmatchedLines; ///< those fetched, as the list shows them
    int mUnmatchedTotal = 0;
    std::optional<QueueTotals> mAll; ///< the whole queue's, as last read
    bool mColumnsRestored = false; ///< the widths are the clerk's (restored, or fitted to the first rows once)
};

} // namespace shopdesk::shipping
