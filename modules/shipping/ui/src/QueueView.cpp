#include "QueueView.h"

#include "OrderImportJob.h"
#include "ParcelActions.h"
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

/// The queue's table: rows in the flag's platform colour; the dispatch deadline (发货期限) of an
/// overdue order, or one that must leave today, stands out in the palette's own colours, so it
/// reads as well in a dark theme as in a light one.
class QueueModel : public core::RecordTableModel {
public:
    using core::RecordTableModel::RecordTableModel;
    static constexpr int kDeadlineColumn = 2;
    QStringList flags;
    QList<DispatchDeadline::Urgency> urgency;
    const QWidget *view = nullptr; ///< whose palette colours the deadlines (it follows a theme change)
    QVariant data(const QModelIndex &index, int role) const override
    {
        const int row = index.row();
        if (index.column() == kDeadlineColumn && row < urgency.size()
            && urgency[row] != DispatchDeadline::Urgency::Later) {
            const bool overdue = urgency[row] == DispatchDeadline::Urgency::Overdue;
            const QPalette palette = view ? view->palette() : QPalette();
            if (role == Qt::BackgroundRole)
                return overdue ? palette.color(QPalette::Highlight) : QVariant();
            if (role == Qt::ForegroundRole)
                return palette.color(overdue ? QPalette::HighlightedText : QPalette::Link);
            if (role == Qt::FontRole) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            if (role == Qt::ToolTipRole)
                return overdue ? QueueView::tr("Overdue: this order should have left already")
                               : QueueView::tr("Must leave today");
        }
        if (role == Qt::BackgroundRole && row < flags.size()) {
            const QColor c = OrderFlags::colour(flags[row]);
            return c.isValid() ? QVariant(c) : QVariant();
        }
        return core::RecordTableModel::data(index, role);
    }
};

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
    fillCourierBox(mCourier);
    auto queue = mContext.desk.queue();
    if (!queue) {
        mContext.events.reportError(queue.errorMessage());
        return;
    }
    mQueue = std::move(queue).value();
    // A buyer's orders together (同一顾客的多笔订单), merged and split orders marked; each order
    // keeps its dispatch deadline as the orders move.
    QHash<QString, QDateTime> deadlineOf;
    for (qsizetype i = 0; i < mQueue.orders.size(); ++i)
        deadlineOf.insert(mQueue.orders[i].order.orderNo, mQueue.deadlines.value(i));
    auto markers = ParcelService(mContext.desk.db()).groupQueue(mQueue.orders, mQueue.couriers);
    if (!markers)
        mContext.events.reportError(markers.errorMessage());
    mQueue.deadlines.clear();
    for (const ShipmentOrder &so : std::as_const(mQueue.orders))
        mQueue.deadlines << deadlineOf.value(so.order.orderNo);
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

void QueueView::chooseImportFiles()
{
    const QString orders = core::FileDialog::getOpenFileName(
        this, tr("The order report (ExportOrderList….csv)"), QString(), tr("CSV files (*.csv)"));
    if (orders.isEmpty())
        return;
    const QString items
        = core::FileDialog::getOpenFileName(this, tr("The item report (ExportOrderDetailList….csv), or Cancel"),
            QFileInfo(orders).absolutePath(), tr("CSV files (*.csv)"));
    startImport(orders, items);
}

bool QueueView::importRunning() const { return mImport->running(); }

void QueueView::startImport(const QString &ordersPath, const QString &itemsPath)
{
    if (mImport->running())
        return;
    // Another shop's export (its 店铺名称): only when the clerk says so.
    auto other = mContext.desk.service().otherShopOf(ordersPath);
    if (!other) {
        mSummary->setText(other.errorMessage());
        mContext.events.reportError(other.errorMessage());
        Q_EMIT importFinished(false, other.errorMessage());
        return;
    }
    bool otherShopAgreed = false;
    if (!other->isEmpty()) {
        const QString own = mContext.desk.service().shopName();
        otherShopAgreed = mAskOtherShop ? mAskOtherShop(*other, own)
                                        : QMessageBox::question(this, tr("Another shop's orders"),
                                              tr("These orders are of the shop “%1”, but the open shop is “%2”. "
                                                 "Import them into “%2” all the same?")
                                                  .arg(*other, own),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                == QMessageBox::Yes;
        if (!otherShopAgreed) {
            const QString text = tr("Nothing was imported: the orders are of the shop “%1”.").arg(*other);
            mSummary->setText(text);
            Q_EMIT importFinished(false, text);
            return;
        }
    }
    if (!mImport->start(ordersPath, itemsPath, otherShopAgreed))
        return;
    mProgress->setRange(0, 0);
    mProgress->show();
    mCancelImport->show();
    mImportButton->setEnabled(false);
}

void QueueView::importDone()
{
    mProgress->hide();
    mCancelImport->hide();
    mImportButton->setEnabled(true);
    const core::Result<ImportSummary> &r = mImport->result();
    if (!r) {
        mSummary->setText(r.errorMessage());
        mContext.events.reportError(r.errorMessage());
        Q_EMIT importFinished(false, r.errorMessage());
        return;
    }
    QString text;
    if (r->cancelled) {
        text = tr("Import cancelled: nothing was imported.");
    } else {
        // The queue's own counts (orders to ship, their unmatched lines), as the panel shows them.
        text = tr("%1 new orders (%2 for dispatch, %3 shipped, %4 closed, %5 unpaid); %6 already in the shop; "
                  "%7 updated. Orders to ship now: %8, with %9 lines not matched to a SKU.")
                   .arg(r->added)
                   .arg(r->queued)
                   .arg(r->byStatus.value(core::codes::kOrderShipped) + r->byStatus.value(core::codes::kOrderFinished))
                   .arg(r->byStatus.value(core::codes::kOrderClosed))
                   .arg(r->byStatus.value(core::codes::kOrderUnpaid))
                   .arg(r->unchanged)
                   .arg(r->updated)
                   .arg(r->queueOrders)
                   .arg(r->queueUnmatched);
    }
    mSummary->setText(text);
    mContext.events.notifyChanged(core::Topic::Orders); // every view of the shop reloads, this one too
    Q_EMIT importFinished(!r->cancelled, text);
}

void QueueView::setTrackingFromField()
{
    const QString t = mTracking->text().trimmed();
    const auto sel = selectedOrders();
    if (t.isEmpty() || sel.size() != 1) {
        mContext.events.reportError(tr("Select one order in the queue and type or scan its tracking number."));
        return;
    }
    const QString courier = mCourier->currentData().toString();
    const core::Order &o = sel.first().order;
    if (!push(new SetTrackingCommand(
            mContext.desk, mContext.events, { { o.id, o.orderNo, o.courier, o.trackingNo, courier, t } }))) {
        mTracking->selectAll(); // the next scan replaces the refused number
        return;
    }
    mTracking->clear();
    // Move on to the next order, so a stack of waybills can be scanned in turn.
    const int row = mView->currentIndex().row();
    if (row + 1 < mModel->rowCount())
        mView->selectRow(row + 1);
}

void QueueView::chooseTrackingList()
{
    const QString path = core::FileDialog::getOpenFileName(
        this, tr("Tracking numbers (CSV: order, tracking)"), QString(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        importTrackingList(path);
}

void QueueView::importTrackingList(const QString &path)
{
    QList<int> lines;
    auto list = Couriers::readTrackingList(path, &lines);
    if (!list) {
        mContext.events.reportError(list.errorMessage());
        return;
    }
    QList<SetTrackingCommand::Change> changes;
    for (qsizetype row = 0; row < list->size(); ++row) {
        const auto &[orderNo, tracking] = list->at(row);
        qsizetype i = 0;
        while (i < mQueue.orders.size() && mQueue.orders[i].order.orderNo != orderNo)
            ++i;
        if (i == mQueue.orders.size()) {
            mContext.events.reportError(tr("%1: the order %2 is not waiting for dispatch.").arg(path, orderNo));
            return;
        }
        const core::Order &o = mQueue.orders[i].order;
        // A number that does not fit its order's courier: named with its file and line.
        if (core::Status bad = ShippingService::checkTracking({ { o.id, orderNo, mQueue.couriers[i], tracking } });
            !bad) {
            mContext.events.reportError(tr("%1, line %2, field tracking: %3")
                                            .arg(QFileInfo(path).fileName())
                                            .arg(lines.value(row))
                                            .arg(bad.errorMessage()));
            return;
        }
        changes.append({ o.id, orderNo, o.courier, o.trackingNo, mQueue.couriers[i], tracking });
    }
    if (!changes.isEmpty())
        push(new SetTrackingCommand(mContext.desk, mContext.events, changes));
}

void QueueView::assignFromRange()
{
    const QString courier = mCourier->currentData().toString();
    QList<ShipmentOrder> orders = selectedOrders();
    if (orders.isEmpty())
        for (const ShipmentOrder &so : std::as_const(mQueue.orders))
            if (so.order.courier == courier && so.order.trackingNo.isEmpty())
                orders << so;
    if (orders.isEmpty())
        return;
    auto left = mContext.desk.rangeLeft(courier);
    if (!left) {
        mContext.events.reportError(left.errorMessage());
        return;
    }
    if (*left < orders.size()) {
        bool ok = false;
        const QString range = QInputDialog::getText(this, tr("Number range"),
            tr("%1 has %2 numbers left, %3 are needed. Enter the next range it issued (first and last number):")
                .arg(Couriers::displayName(courier))
                .arg(*left)
                .arg(orders.size()),
            QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        const QStringList ends = range.split(QRegularExpression(QStringLiteral("[\\s,，~～-]+")), Qt::SkipEmptyParts);
        if (ends.size() != 2) {
            mContext.events.reportError(
                tr("Enter the first and the last number of the range, e.g. 773000000001 773000000999."));
            return;
        }
        if (core::Status s = mContext.desk.service().addTrackingRange(courier, ends[0], ends[1]); !s) {
            mContext.events.reportError(s.errorMessage());
            return;
        }
    }
    QList<qint64> ids;
    for (const ShipmentOrder &so : std::as_const(orders))
        ids << so.order.id;
    // Reserve the numbers (one transaction), then record them as one undoable edit.
    auto numbers = mContext.desk.assignFromRange(courier, ids);
    if (!numbers) {
        mContext.events.reportError(numbers.errorMessage());
        return;
    }
    QList<SetTrackingCommand::Change> changes;
    for (qsizetype i = 0; i < orders.size(); ++i)
        changes.append({ orders[i].order.id, orders[i].order.orderNo, orders[i].order.courier,
            orders[i].order.trackingNo, courier, numbers->at(i) });
    push(new SetTrackingCommand(mContext.desk, mContext.events, changes));
}

void QueueView::showMessage(const QString &text) { mSummary->setText(text); }

void QueueView::checkFreightBill()
{
    const QString courier = mCourier->currentData().toString();
    const QString path = core::FileDialog::getOpenFileName(this,
        tr("%1's monthly bill (CSV: tracking, weight, fee)").arg(Couriers::displayName(courier)), QString(),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto check = mContext.desk.service().settleBill(courier, path);
    if (!check) {
        mContext.events.reportError(check.errorMessage());
        return;
    }
    QStringList lines;
    for (const BillMismatch &m : std::as_const(check->mismatches))
        lines << tr("line %1, %2: %3").arg(m.line).arg(m.trackingNo, m.problem);
    for (const BillDeduction &d : std::as_const(check->deductions))
        lines << tr("line %1, %2 (order %3, %4): deducted %5")
                     .arg(d.line)
                     .arg(d.trackingNo, d.orderNo, Couriers::claimKindName(d.kind), d.total().toDisplayString());
    QMessageBox box(this);
    box.setWindowTitle(tr("Freight bill"));
    box.setText(check->mismatches.isEmpty()
            ? tr("The bill matches the price table.")
            : tr("%n lines of the bill do not match the price table.", nullptr, int(check->mismatches.size())));
    box.setInformativeText(
        tr("Billed %1, deducted %2: %3 owed.")
            .arg(check->billed.toDisplayString(), check->deducted.toDisplayString(), check->owed().toDisplayString()));
    if (!lines.isEmpty())
        box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.exec();
}

void QueueView::matchSelectedLine()
{
    const int row = mUnmatched->currentRow();
    const QString barcode = mMatch->text().trimmed();
    if (row < 0 || row >= mUnmatchedLines.size() || barcode.isEmpty()) {
        mContext.events.reportError(tr("Select a line that is not matched, then scan or type the barcode of its SKU."));
        return;
    }
    auto sku = mContext.desk.skuByBarcode(barcode);
    if (!sku) {
        mContext.events.reportError(sku.errorMessage());
        return;
    }
    if (!sku->has_value()) {
        mContext.events.reportError(tr("No SKU has the barcode %1.").arg(barcode));
        mMatch->selectAll();
        return;
    }
    const UnmatchedLine &line = mUnmatchedLines[row];
    mMatch->clear();
    auto *command = new MatchLineCommand(
        mContext.desk, mContext.events, line.lineId, (*sku)->sku.id, line.orderNo, barcode, mContext.actor);
    if (push(command))
        mSummary->setText(tr("Matched to %1 and remembered: %n line(s) like it matched.", nullptr,
            int(command->change().matchedLines.size()))
                              .arg(barcode));
}

void QueueView::setFlag(const QString &flag)
{
    QList<ShippingService::FlagChange> previous;
    for (const ShipmentOrder &so : selectedOrders())
        previous.append({ so.order.id, so.order.orderNo, so.order.flag });
    if (previous.isEmpty())
        return;
    if (push(new SetFlagCommand(mContext.desk, mContext.events, previous, flag)) && flag == QLatin1String("yellow"))
        mSummary->setText(
            tr("%n order(s) flagged yellow: customer service now sees them under “Cannot ship” and tells the buyers.",
                nullptr, int(previous.size())));
}

} // namespace shopdesk::shipping
