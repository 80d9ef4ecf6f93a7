#include "QueueView.h"

#include "OrderImportJob.h"
#include "ParcelActions.h"
#include "QueueDetail.h"
#include "QueueFilterBar.h"
#include "QueueModel.h"
#include "commands/MatchLineCommand.h"
#include "commands/SetFlagMemoCommand.h"
#include "commands/SetTrackingCommand.h"
#include "shopdesk/shipping/DispatchDeadline.h"
#include "shopdesk/shipping/OrderFlags.h"
#include "shopdesk/shipping/ParcelService.h"
#include "shopdesk/shipping/ShippingService.h"

#include <shopdesk/core/FileDialog.h>
#include <shopdesk/core/RecordTable.h>
#include <shopdesk/core/Vocabulary.h>

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shopdesk::shipping {

QueueView::QueueView(const ViewContext &context, QWidget *parent)
    : core::View(parent)
    , mContext(context)
    , mImport(new OrderImportJob(context.desk.service(), this))
{
    setObjectName(QStringLiteral("queueView"));
    buildBars();
    connect(mImport, &OrderImportJob::progress, this, [this](qint64 done, qint64 total) {
        mProgress->setRange(0, int(total));
        mProgress->setValue(int(done));
    });
    connect(mImport, &OrderImportJob::finished, this, &QueueView::importDone);
    reloadOnOrderChanges(this, mContext.events);
    retranslateUi();
    reload();
}

QueueView::~QueueView() = default;

void QueueView::buildBars()
{
    auto *v = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    mImportButton = new QPushButton(this);
    mImportButton->setObjectName(QStringLiteral("importButton"));
    connect(mImportButton, &QPushButton::clicked, this, &QueueView::chooseImportFiles);
    mProgress = new QProgressBar(this);
    mProgress->setObjectName(QStringLiteral("importProgress"));
    mProgress->hide();
    mCancelImport = new QPushButton(this);
    mCancelImport->setObjectName(QStringLiteral("cancelImport"));
    mCancelImport->hide();
    connect(mCancelImport, &QPushButton::clicked, mImport, &OrderImportJob::cancel);
    mCourier = new QComboBox(this);
    mCourier->setObjectName(QStringLiteral("trackingCourier"));
    for (const QString &c : Couriers::codes())
        mCourier->addItem(QString(), c);
    mTrackingLabel = new QLabel(this);
    mTracking = new QLineEdit(this);
    mTracking->setObjectName(QStringLiteral("trackingField"));
    mTrackingLabel->setBuddy(mTracking);
    connect(mTracking, &QLineEdit::returnPressed, this, &QueueView::setTrackingFromField);
    mSetTracking = new QPushButton(this);
    connect(mSetTracking, &QPushButton::clicked, this, &QueueView::setTrackingFromField);
    mTrackingList = new QPushButton(this);
    connect(mTrackingList, &QPushButton::clicked, this, &QueueView::chooseTrackingList);
    mAssign = new QPushButton(this);
    mAssign->setObjectName(QStringLiteral("assignButton"));
    connect(mAssign, &QPushButton::clicked, this, &QueueView::assignFromRange);
    mBill = new QPushButton(this);
    connect(mBill, &QPushButton::clicked, this, &QueueView::checkFreightBill);
    mFlag = new QToolButton(this);
    mFlag->setObjectName(QStringLiteral("flagButton"));
    mFlag->setPopupMode(QToolButton::InstantPopup);
    mFlag->setMenu(new QMenu(mFlag));
    // Two rows: importing and the order's marks above; the tracking number, a scanning field, gets
    // a row of its own so it is never squeezed to a few characters.
    bar->addWidget(mImportButton);
    bar->addWidget(mProgress, 1);
    bar->addWidget(mCancelImport);
    bar->addStretch();
    bar->addWidget(mFlag);
    mParcels = new ParcelActions(
        mContext, this, [this] { return selectedOrders(); }, [this](QUndoCommand *c) { return push(c); });
    bar->addWidget(mParcels->button());
    bar->addWidget(mBill);
    v->addLayout(bar);
    auto *trackingBar = new QHBoxLayout;
    mTracking->setMinimumWidth(mTracking->fontMetrics().horizontalAdvance(QStringLiteral("SF1440000000099")) * 2);
    trackingBar->addWidget(mTrackingLabel);
    trackingBar->addWidget(mCourier);
    trackingBar->addWidget(mTracking, 1);
    trackingBar->addWidget(mSetTracking);
    trackingBar->addWidget(mTrackingList);
    trackingBar->addWidget(mAssign);
    v->addLayout(trackingBar);
    mSummary = new QLabel(this);
    mSummary->setObjectName(QStringLiteral("importSummary"));
    mSummary->setWordWrap(true);
    v->addWidget(mSummary);
    mQueueCount = new QLabel(this);
    mQueueCount->setObjectName(QStringLiteral("queueCount"));
    mFilterCount = new QLabel(this);
    mFilterCount->setObjectName(QStringLiteral("filterCount"));
    auto *countBar = new QHBoxLayout;
    countBar->addWidget(mQueueCount, 1);
    countBar->addWidget(mFilterCount);
    v->addLayout(countBar);
    mFilters = new QueueFilterBar(this);
    connect(mFilters, &QueueFilterBar::changed, this, [this] { reloadRows(false); });
    v->addWidget(mFilters);

    // The table reads the queue from the shop a window at a time; sorting asks the shop again.
    mModel = new QueueModel(this);
    mView = core::newRecordView(mModel, QStringLiteral("table"), this);
    mModel->view = mView;
    mView->horizontalHeader()->setSortIndicatorClearable(true);
    mView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    mView->setSortingEnabled(true);
    // From now on a click on a column's header sorts the queue in the shop (none: the queue's order).
    mModel->sortBy = [this](QueueSort sort, Qt::SortOrder order) {
        mSort = sort;
        mSortOrder = order;
        reloadRows(false);
    };
    connect(mView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QueueView::showCurrent);
    mDetail = new QueueDetail(this);
    connect(mDetail, &QueueDetail::memoEdited, this,
        [this](qint64 id, const QString &orderNo, const QString &before, const QString &memo) {
            push(new SetFlagMemoCommand(mContext.desk, mContext.events, id, orderNo, before, memo));
        });
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("queueSplit"));
    split->addWidget(mView);
    split->addWidget(mDetail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    v->addWidget(split, 1);
    mUnmatchedLabel = new QLabel(this);
    mUnmatchedLabel->setObjectName(QStringLiteral("unmatchedCount"));
    mUnmatched = new QListWidget(this);
    mUnmatched->setObjectName(QStringLiteral("unmatched"));
    mUnmatched->setMaximumHeight(90);
    mUnmatched->setUniformItemSizes(true);
    connect(mUnmatched->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (value == mUnmatched->verticalScrollBar()->maximum())
            fetchMoreUnmatched();
    });
    mMatch = new QLineEdit(this);
    mMatch->setObjectName(QStringLiteral("matchField"));
    connect(mMatch, &QLineEdit::returnPressed, this, &QueueView::matchSelectedLine);
    auto *unmatchedBar = new QHBoxLayout;
    unmatchedBar->addWidget(mUnmatchedLabel, 1);
    unmatchedBar->addWidget(mMatch, 1);
    v->addLayout(unmatchedBar);
    v->addWidget(mUnmatched);
}

void QueueView::retranslateUi()
{
    mImportButton->setText(tr("&Import orders…"));
    mCancelImport->setText(tr("&Cancel"));
    mTrackingLabel->setText(tr("Courier and &tracking no.:"));
    mTracking->setPlaceholderText(tr("type or scan, Enter"));
    mSetTracking->setText(tr("&Set"));
    mTrackingList->setText(tr("Import tracking &list…"));
    mFlag->setText(tr("&Flag"));
    mAssign->setText(tr("From number &range…"));
    mAssign->setToolTip(tr("Give the selected orders the next numbers of the range the courier issued"));
    mBill->setText(tr("Check freight &bill…"));
    mMatch->setPlaceholderText(tr("select a line below, then scan or type the SKU's barcode, Enter"));
    mFlag->menu()->clear();
    for (const QString &f : OrderFlags::codes())
        mFlag->menu()->addAction(core::Vocabulary::flag(f), this, [this, f] { setFlag(f); });
    mFlag->menu()->addAction(tr("No flag"), this, [this] { setFlag(QString()); });
    for (int i = 0; i < mCourier->count(); ++i)
        mCourier->setItemText(i, Couriers::displayName(mCourier->itemData(i).toString()));
    mParcels->retranslateUi();
    mFilters->retranslateUi();
    mDetail->retranslateUi();
    mView->setAccessibleName(tr("Orders to ship"));
    mUnmatched->setAccessibleName(tr("Lines not matched to a SKU"));
    reload();
}

void QueueView::showOnly(Showing which) { mFilters->setDue(QueueFilter::Due(int(which))); }

QueueRepository QueueView::window() const
{
    return mContext.desk.queueWindow(mNow ? mNow() : QDateTime::currentDateTime());
}

void QueueView::reload() { reloadRows(true); }

void QueueView::reloadRows(bool queueChanged)
{
    fillCourierBox(mCourier);
    // The orders selected (and the current one) stay selected when they are still shown.
    QSet<qint64> selected;
    for (const ShipmentOrder &so : selectedOrders())
        selected.insert(so.order.id);
    const QueueRow *current = mModel->rowAt(mView->currentIndex().row());
    const qint64 currentId = current ? current->order.order.id : 0;

    const QueueRepository repo = window();
    // The whole queue's totals and provinces change with the queue, not with a filter or a sort.
    if (queueChanged || !mAll) {
        auto all = repo.totals({});
        if (!all) {
            mContext.events.reportError(all.errorMessage());
            return;
        }
        mAll = *all;
        if (auto provinces = repo.provinces())
            mFilters->setProvinces(*provinces);
    }
    const QueueTotals *all = &*mAll;
    const QueueFilter filter = mFilters->filter();
    auto shown = filter == QueueFilter() ? core::Result<QueueTotals>(*mAll) : repo.totals(filter);
    if (!shown) {
        mContext.events.reportError(shown.errorMessage());
        return;
    }
    const QueueSort sort = mSort;
    const Qt::SortOrder order = mSortOrder;
    mModel->reset(
        shown->orders,
        [repo, filter, sort, order, cursor = std::make_shared<QueueCursor>()](int offset, int limit) {
            if (offset == 0)
                *cursor = {}; // keyset paging: each window starts after the last one's key
            return repo.rows(filter, sort, order, *cursor, limit, cursor.get());
        },
        [this](const QString &error) { mContext.events.reportError(error); });
    mQueueCount->setText(tr("Orders to ship: %n (must leave today: %1, overdue: %2)", nullptr, all->orders)
                             .arg(all->today)
                             .arg(all->overdue));
    //: The orders the search and filters show, and their amount
    mFilterCount->setText(tr("%n order(s), %1", nullptr, shown->orders).arg(shown->amount.toDisplayString()));
    for (int r = 0; r < mModel->rowCount(); ++r) {
        const qint64 id = mModel->rowAt(r)->order.order.id;
        if (id == currentId)
            mView->selectionModel()->setCurrentIndex(mModel->index(r, 0), QItemSelectionModel::NoUpdate);
        if (selected.contains(id))
            mView->selectionModel()->select(
                mModel->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    showCurrent();
    // The widths fit the first rows shown, once; from then on (or once restored) they are the clerk's.
    if (!mColumnsRestored && mModel->rowCount() > 0) {
        mView->resizeColumnsToContents();
        mColumnsRestored = true;
    }
    if (queueChanged)
        reloadUnmatched();
}

void QueueView::showCurrent()
{
    mDetail->show(mModel->rowAt(mView->currentIndex().row()), mContext.desk.courierRules().maskPhone);
}

void QueueView::reloadUnmatched()
{
    mUnmatched->clear();
    mUnmatchedLines.clear();
    auto count = window().unmatchedCount();
    if (!count) {
        mContext.events.reportError(count.errorMessage());
        return;
    }
    mUnmatchedTotal = *count;
    mUnmatchedLabel->setText(
        tr("Lines not matched to a SKU: %n (resolve them before shipping)", nullptr, mUnmatchedTotal));
    fetchMoreUnmatched();
}

void QueueView::fetchMoreUnmatched()
{
    if (mUnmatchedLines.size() >= mUnmatchedTotal)
        return;
    auto more = window().unmatchedLines(int(mUnmatchedLines.size()), OrderWindowModel::kPage);
    if (!more) {
        mContext.events.reportError(more.errorMessage());
        return;
    }
    if (more->isEmpty()) {
        mUnmatchedTotal = int(mUnmatchedLines.size());
        return;
    }
    // Only the lines fetched are made into text; the rest follow as the list scrolls to its end.
    for (const UnmatchedLine &u : std::as_const(*more))
        mUnmatched->addItem(
            tr("Order %1: %2 %3 (merchant code %4) × %5")
                .arg(u.orderNo, u.title, u.attributes, u.merchantCode.isEmpty() ? QStringLiteral("–") : u.merchantCode)
                .arg(u.quantity));
    mUnmatchedLines += *more;
}

QByteArray QueueView::saveState() const { return saveColumns(mView); }

void QueueView::restoreState(const QByteArray &state)
{
    // Restoring the header restores its sort, which re-reads the queue: its widths must stay.
    mColumnsRestored = true;
    mColumnsRestored = restoreColumns(mView, state);
}

bool QueueView::push(QUndoCommand *command)
{
    // A command whose first step is refused reports why and leaves the stack, which then stays where it was.
    QUndoStack *stack = mContext.undoStack;
    const int before = stack->index();
    stack->push(command);
    return stack->index() != before;
}

QList<ShipmentOrder> QueueView::selectedOrders() const
{
    QList<ShipmentOrder> out;
    QModelIndexList rows = mView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &i : std::as_const(rows))
        if (const QueueRow *r = mModel->rowAt(i.row()))
            out << r->order;
    return out;
}

} // namespace shopdesk::shipping
