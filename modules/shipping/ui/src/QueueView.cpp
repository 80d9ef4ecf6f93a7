#include "QueueView.h"

#include "OrderImportJob.h"
#include "ParcelActions.h"
#include "QueueModel.h"
#include "commands/MatchLineCommand.h"
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
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shopdesk::shipping {

using core::ColumnKind;

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

    mShowingLabel = new QLabel(this);
    mShowing = new QComboBox(this);
    mShowing->setObjectName(QStringLiteral("showing"));
    for (int i = 0; i < 3; ++i)
        mShowing->addItem(QString());
    mShowingLabel->setBuddy(mShowing);
    connect(mShowing, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    auto *countBar = new QHBoxLayout;
    countBar->addWidget(mQueueCount, 1);
    countBar->addWidget(mShowingLabel);
    countBar->addWidget(mShowing);
    v->addLayout(countBar);

    mModel = new QueueModel(
        { { [] { return tr("Order no."); }, ColumnKind::Text }, { [] { return tr("Paid at"); }, ColumnKind::Text },
            { [] { return tr("Dispatch by"); }, ColumnKind::Text },
            { [] { return tr("Recipient"); }, ColumnKind::Text }, { [] { return tr("Province"); }, ColumnKind::Text },
            { [] { return tr("Goods"); }, ColumnKind::Text }, { [] { return tr("Courier"); }, ColumnKind::Text },
            { [] { return tr("Tracking no."); }, ColumnKind::Text },
            { [] { return tr("Printed"); }, ColumnKind::Integer }, { [] { return tr("Flag"); }, ColumnKind::Text },
            { [] { return tr("Buyer's message"); }, ColumnKind::Text },
            { [] { return tr("Parcel"); }, ColumnKind::Text } },
        this);
    mView = core::newRecordView(mModel, QStringLiteral("table"), this);
    v->addWidget(mView, 1);
    mUnmatchedLabel = new QLabel(this);
    mUnmatched = new QListWidget(this);
    mUnmatched->setObjectName(QStringLiteral("unmatched"));
    mUnmatched->setMaximumHeight(90);
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
    mCancelImport->setText(tr("Cancel"));
    mTrackingLabel->setText(tr("Courier and &tracking no.:"));
    mTracking->setPlaceholderText(tr("type or scan, Enter"));
    mSetTracking->setText(tr("&Set"));
    mTrackingList->setText(tr("Import tracking &list…"));
    mFlag->setText(tr("&Flag"));
    mAssign->setText(tr("From number &range…"));
    mAssign->setToolTip(tr("Give the selected orders (or every order of this courier without one) the next numbers "
                           "of the range the courier issued"));
    mBill->setText(tr("Check freight &bill…"));
    mMatch->setPlaceholderText(tr("select a line below, then scan or type the SKU's barcode, Enter"));
    mFlag->menu()->clear();
    for (const QString &f : OrderFlags::codes())
        mFlag->menu()->addAction(core::Vocabulary::flag(f), this, [this, f] { setFlag(f); });
    mFlag->menu()->addAction(tr("No flag"), this, [this] { setFlag(QString()); });
    for (int i = 0; i < mCourier->count(); ++i)
        mCourier->setItemText(i, Couriers::displayName(mCourier->itemData(i).toString()));
    mParcels->retranslateUi();
    mShowingLabel->setText(tr("S&how:"));
    mShowing->setItemText(0, tr("All orders"));
    mShowing->setItemText(1, tr("Must leave today"));
    mShowing->setItemText(2, tr("Overdue"));
    mModel->retranslate();
    reload();
}

void QueueView::showOnly(Showing which) { mShowing->setCurrentIndex(int(which)); }

void QueueView::reload()
{
    auto queue = mContext.desk.queue();
    if (!queue) {
        mContext.events.reportError(queue.errorMessage());
        return;
    }
    mQueue = std::move(queue).value();
    // A buyer's orders together (同一顾客的多笔订单), merged and split orders marked.
    auto markers = ParcelService(mContext.desk.db()).groupQueue(mQueue);
    if (!markers)
        mContext.events.reportError(markers.errorMessage());
    QList<QVariantList> rows;
    QStringList flags;
    QList<DispatchDeadline::Urgency> urgency;
    rows.reserve(mQueue.orders.size());
    mShown.clear();
    const QDateTime now = mNow ? mNow() : QDateTime::currentDateTime();
    const auto showing = Showing(std::max(0, mShowing->currentIndex()));
    int today = 0, overdue = 0;
    for (qsizetype i = 0; i < mQueue.orders.size(); ++i) {
        const ShipmentOrder &so = mQueue.orders[i];
        const core::Order &o = so.order;
        const QDateTime deadline = mQueue.deadlines.value(i);
        const DispatchDeadline::Urgency u = DispatchDeadline::urgency(deadline, now);
        today += u == DispatchDeadline::Urgency::Today ? 1 : 0;
        overdue += u == DispatchDeadline::Urgency::Overdue ? 1 : 0;
        if ((showing == Showing::Today && u != DispatchDeadline::Urgency::Today)
            || (showing == Showing::Overdue && u != DispatchDeadline::Urgency::Overdue))
            continue;
        mShown << i;
        // An order without a courier yet shows the one the store's rules choose for it.
        rows.append({ o.orderNo, core::toDbTime(o.paidAt),
            deadline.isValid() ? deadline.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString(), o.receiverName,
            o.province, so.goods(), Couriers::displayName(mQueue.couriers[i]), o.trackingNo, so.printCount,
            o.flag.isEmpty() ? QString() : core::Vocabulary::flag(o.flag), o.buyerMessage,
            markers ? markers->value(i) : QString() });
        flags << o.flag;
        urgency << u;
    }
    mModel->flags = flags;
    mModel->urgency = urgency;
    mModel->view = mView;
    mModel->setRows(rows);
    mQueueCount->setText(
        tr("Orders to ship: %n (must leave today: %1, overdue: %2)", nullptr, int(mQueue.orders.size()))
            .arg(today)
            .arg(overdue));
    if (!mColumnsRestored) // the widths the clerk chose stay; until then, the contents'
        mView->resizeColumnsToContents();
    reloadUnmatched();
}

void QueueView::reloadUnmatched()
{
    auto unmatched = mContext.desk.unmatchedLines();
    mUnmatched->clear();
    mUnmatchedLines.clear();
    if (!unmatched) {
        mContext.events.reportError(unmatched.errorMessage());
        return;
    }
    mUnmatchedLines = *unmatched;
    for (const UnmatchedLine &u : std::as_const(mUnmatchedLines))
        mUnmatched->addItem(
            tr("Order %1: %2 %3 (merchant code %4) × %5")
                .arg(u.orderNo, u.title, u.attributes, u.merchantCode.isEmpty() ? QStringLiteral("–") : u.merchantCode)
                .arg(u.quantity));
    mUnmatchedLabel->setText(
        tr("Lines not matched to a SKU: %n (resolve them before shipping)", nullptr, int(mUnmatchedLines.size())));
}

QByteArray QueueView::saveState() const { return saveColumns(mView); }

void QueueView::restoreState(const QByteArray &state) { mColumnsRestored = restoreColumns(mView, state); }

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
    const auto rows = mView->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        if (i.row() < mShown.size())
            out << mQueue.orders[mShown[i.row()]];
    return out;
}

} // namespace shopdesk::shipping
