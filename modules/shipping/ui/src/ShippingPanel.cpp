#include "ShippingPanel.h"

#include "ScanStation.h"
#include "WaybillPrinter.h"
#include "commands/ChangeCourierRulesCommand.h"
#include "commands/MatchLineCommand.h"
#include "commands/SetTrackingCommand.h"
#include "shopdesk/shipping/Couriers.h"
#include "shopdesk/shipping/ShippingService.h"
#include "shopdesk/shipping/Waybill.h"

#include <shopdesk/core/FileDialog.h>
#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/Vocabulary.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shopdesk::shipping {

using core::ColumnKind;

namespace {
QColor flagColour(const QString &flag)
{
    if (flag == QLatin1String("red"))
        return QColor(0xff, 0xcd, 0xd2);
    if (flag == QLatin1String("green"))
        return QColor(0xc8, 0xe6, 0xc9);
    if (flag == QLatin1String("yellow"))
        return QColor(0xff, 0xf5, 0x9d);
    if (flag == QLatin1String("blue"))
        return QColor(0xbb, 0xde, 0xfb);
    if (flag == QLatin1String("purple"))
        return QColor(0xe1, 0xbe, 0xe7);
    return {};
}
const QStringList kFlags = { QStringLiteral("red"), QStringLiteral("green"), QStringLiteral("yellow"),
    QStringLiteral("blue"), QStringLiteral("purple") };
} // namespace

/// The queue's table: rows in the flag's platform colour.
class QueueModel : public core::RecordTableModel {
public:
    using core::RecordTableModel::RecordTableModel;
    QStringList flags;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::BackgroundRole && index.row() < flags.size()) {
            const QColor c = flagColour(flags[index.row()]);
            return c.isValid() ? QVariant(c) : QVariant();
        }
        return core::RecordTableModel::data(index, role);
    }
};

ShippingPanel::ShippingPanel(const core::PanelContext &context, QWidget *parent)
    : core::ModulePanel(parent)
    , mContext(context)
{
    setObjectName(QStringLiteral("ShippingPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    mTabs = new QTabWidget(this);
    mTabs->setObjectName(QStringLiteral("shippingTabs"));
    mTabs->addTab(buildQueueTab(), QString());
    mTabs->addTab(buildPrintTab(), QString());
    mStation = new ScanStation(mContext, this);
    mTabs->addTab(mStation, QString());
    mTabs->addTab(buildPickupTab(), QString());
    layout->addWidget(mTabs);
    connect(mStation, &ScanStation::shipped, this, [this] { reload(); });
    connect(&mContext.events, &core::ShopEvents::changed, this, [this](core::Topic t) {
        if (t == core::Topic::Orders || t == core::Topic::Everything)
            reload();
    });
    connect(mTabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (mTabs->widget(i) == mStation)
            mStation->scanField()->setFocus();
    });
    retranslateUi();
    reload();
}

ShippingPanel::~ShippingPanel()
{
    if (mImportThread) {
        mCancel = true;
        mImportThread->wait();
    }
}

QWidget *ShippingPanel::buildQueueTab()
{
    auto *w = new QWidget(this);
    auto *v = new QVBoxLayout(w);
    auto *bar = new QHBoxLayout;
    mImport = new QPushButton(w);
    mImport->setObjectName(QStringLiteral("importButton"));
    connect(mImport, &QPushButton::clicked, this, &ShippingPanel::chooseImportFiles);
    mProgress = new QProgressBar(w);
    mProgress->setObjectName(QStringLiteral("importProgress"));
    mProgress->hide();
    mCancelImport = new QPushButton(w);
    mCancelImport->setObjectName(QStringLiteral("cancelImport"));
    mCancelImport->hide();
    connect(mCancelImport, &QPushButton::clicked, this, [this] { mCancel = true; });
    mCourier = new QComboBox(w);
    for (const QString &c : Couriers::codes())
        mCourier->addItem(QString(), c);
    mTrackingLabel = new QLabel(w);
    mTracking = new QLineEdit(w);
    mTracking->setObjectName(QStringLiteral("trackingField"));
    connect(mTracking, &QLineEdit::returnPressed, this, &ShippingPanel::setTrackingFromField);
    mSetTracking = new QPushButton(w);
    connect(mSetTracking, &QPushButton::clicked, this, &ShippingPanel::setTrackingFromField);
    mTrackingList = new QPushButton(w);
    connect(mTrackingList, &QPushButton::clicked, this, &ShippingPanel::chooseTrackingList);
    mAssign = new QPushButton(w);
    mAssign->setObjectName(QStringLiteral("assignButton"));
    connect(mAssign, &QPushButton::clicked, this, &ShippingPanel::assignFromRange);
    mBill = new QPushButton(w);
    connect(mBill, &QPushButton::clicked, this, &ShippingPanel::checkFreightBill);
    mFlag = new QToolButton(w);
    mFlag->setObjectName(QStringLiteral("flagButton"));
    mFlag->setPopupMode(QToolButton::InstantPopup);
    mFlag->setMenu(new QMenu(mFlag));
    // Two rows: importing and the order's marks above; the tracking number, a scanning field, gets
    // a row of its own so it is never squeezed to a few characters.
    bar->addWidget(mImport);
    bar->addWidget(mProgress, 1);
    bar->addWidget(mCancelImport);
    bar->addStretch();
    bar->addWidget(mFlag);
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
    mSummary = new QLabel(w);
    mSummary->setObjectName(QStringLiteral("importSummary"));
    mSummary->setWordWrap(true);
    v->addWidget(mSummary);

    mModel = new QueueModel(
        { { [] { return tr("Order no."); }, ColumnKind::Text }, { [] { return tr("Paid at"); }, ColumnKind::Text },
            { [] { return tr("Recipient"); }, ColumnKind::Text }, { [] { return tr("Province"); }, ColumnKind::Text },
            { [] { return tr("Goods"); }, ColumnKind::Text }, { [] { return tr("Courier"); }, ColumnKind::Text },
            { [] { return tr("Tracking no."); }, ColumnKind::Text },
            { [] { return tr("Printed"); }, ColumnKind::Integer }, { [] { return tr("Flag"); }, ColumnKind::Text },
            { [] { return tr("Buyer's message"); }, ColumnKind::Text } },
        this);
    mView = core::newRecordView(mModel, QStringLiteral("table"), w);
    v->addWidget(mView, 1);
    mUnmatchedLabel = new QLabel(w);
    mUnmatched = new QListWidget(w);
    mUnmatched->setObjectName(QStringLiteral("unmatched"));
    mUnmatched->setMaximumHeight(90);
    mMatch = new QLineEdit(w);
    mMatch->setObjectName(QStringLiteral("matchField"));
    connect(mMatch, &QLineEdit::returnPressed, this, &ShippingPanel::matchSelectedLine);
    auto *unmatchedBar = new QHBoxLayout;
    unmatchedBar->addWidget(mUnmatchedLabel, 1);
    unmatchedBar->addWidget(mMatch, 1);
    v->addLayout(unmatchedBar);
    v->addWidget(mUnmatched);
    return w;
}

QWidget *ShippingPanel::buildPrintTab()
{
    auto *w = new QWidget(this);
    auto *g = new QGridLayout(w);
    mLayoutLabel = new QLabel(w);
    mLayout = new QComboBox(w);
    mLayout->setObjectName(QStringLiteral("layoutCombo"));
    for (const QString &n : WaybillLayout::names())
        mLayout->addItem(QString(n).replace(QLatin1Char('x'), QStringLiteral(" × ")) + QStringLiteral(" mm"), n);
    mCopiesLabel = new QLabel(w);
    mCopies = new QSpinBox(w);
    mCopies->setRange(1, 9);
    mUnprintedOnly = new QCheckBox(w);
    mUnprintedOnly->setObjectName(QStringLiteral("unprintedOnly"));
    mUnprintedOnly->setChecked(true);
    mReasonLabel = new QLabel(w);
    mReprintReason = new QLineEdit(w);
    mReprintReason->setObjectName(QStringLiteral("reprintReason"));
    mPreview = new QPushButton(w);
    mPrint = new QPushButton(w);
    mPdf = new QPushButton(w);
    mPdf->setObjectName(QStringLiteral("pdfButton"));
    connect(mPreview, &QPushButton::clicked, this, [this] { print(0); });
    connect(mPrint, &QPushButton::clicked, this, [this] { print(1); });
    connect(mPdf, &QPushButton::clicked, this, [this] { print(2); });
    mPrintHint = new QLabel(w);
    mPrintHint->setWordWrap(true);
    g->addWidget(mPrintHint, 0, 0, 1, 4);
    g->addWidget(mLayoutLabel, 1, 0);
    g->addWidget(mLayout, 1, 1);
    g->addWidget(mCopiesLabel, 2, 0);
    g->addWidget(mCopies, 2, 1);
    g->addWidget(mUnprintedOnly, 3, 0, 1, 2);
    g->addWidget(mReasonLabel, 4, 0);
    g->addWidget(mReprintReason, 4, 1, 1, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mPreview);
    buttons->addWidget(mPrint);
    buttons->addWidget(mPdf);
    buttons->addStretch();
    g->addLayout(buttons, 5, 0, 1, 4);
    g->addWidget(buildRulesBox(w), 6, 0, 1, 4);
    g->setRowStretch(7, 1);
    g->setColumnStretch(3, 1);
    return w;
}

QWidget *ShippingPanel::buildRulesBox(QWidget *parent)
{
    mRulesBox = new QGroupBox(parent);
    auto *form = new QGridLayout(mRulesBox);
    mDefaultCourierLabel = new QLabel(mRulesBox);
    mDefaultCourier = new QComboBox(mRulesBox);
    mDefaultCourier->setObjectName(QStringLiteral("defaultCourier"));
    for (const QString &c : Couriers::codes())
        mDefaultCourier->addItem(QString(), c);
    mEmsLabel = new QLabel(mRulesBox);
    mEmsProvinces = new QLineEdit(mRulesBox);
    mEmsProvinces->setObjectName(QStringLiteral("emsProvinces"));
    mMaskPhone = new QCheckBox(mRulesBox);
    mMaskPhone->setObjectName(QStringLiteral("maskPhone"));
    mSaveRules = new QPushButton(mRulesBox);
    mSaveRules->setObjectName(QStringLiteral("saveCourierRules"));
    connect(mSaveRules, &QPushButton::clicked, this, &ShippingPanel::saveRules);
    form->addWidget(mDefaultCourierLabel, 0, 0);
    form->addWidget(mDefaultCourier, 0, 1);
    form->addWidget(mEmsLabel, 1, 0);
    form->addWidget(mEmsProvinces, 1, 1, 1, 2);
    form->addWidget(mMaskPhone, 2, 0, 1, 2);
    form->addWidget(mSaveRules, 3, 0);
    form->setColumnStretch(2, 1);
    return mRulesBox;
}

void ShippingPanel::showRules()
{
    const CourierRules rules = CourierRules::load(mContext.db);
    mDefaultCourier->setCurrentIndex(std::max(0, mDefaultCourier->findData(rules.defaultCourier)));
    mEmsProvinces->setText(rules.emsProvinces.join(QStringLiteral("，")));
    mMaskPhone->setChecked(rules.maskPhone);
}

void ShippingPanel::saveRules()
{
    const CourierRules before = CourierRules::load(mContext.db);
    CourierRules after;
    after.defaultCourier = mDefaultCourier->currentData().toString();
    after.emsProvinces
        = mEmsProvinces->text().split(QRegularExpression(QStringLiteral("[,，;；、\\s]+")), Qt::SkipEmptyParts);
    after.maskPhone = mMaskPhone->isChecked();
    if (after == before)
        return;
    undoStack()->push(new ChangeCourierRulesCommand(mContext, before, after));
}

QWidget *ShippingPanel::buildPickupTab()
{
    auto *w = new QWidget(this);
    auto *v = new QVBoxLayout(w);
    auto *bar = new QHBoxLayout;
    mPickupCourierLabel = new QLabel(w);
    mPickupCourier = new QComboBox(w);
    for (const QString &c : Couriers::codes())
        mPickupCourier->addItem(QString(), c);
    mPickupDayLabel = new QLabel(w);
    mPickupDay = new QDateEdit(QDate::currentDate(), w);
    mPickupDay->setCalendarPopup(true);
    mPickupDay->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    mStubScan = new QLineEdit(w);
    mStubScan->setObjectName(QStringLiteral("stubScan"));
    connect(mStubScan, &QLineEdit::returnPressed, this, &ShippingPanel::scanStub);
    connect(mPickupCourier, &QComboBox::currentIndexChanged, this, &ShippingPanel::reloadPickup);
    connect(mPickupDay, &QDateEdit::dateChanged, this, &ShippingPanel::reloadPickup);
    mHandover = new QPushButton(w);
    connect(mHandover, &QPushButton::clicked, this, &ShippingPanel::handoverSheet);
    mClaim = new QPushButton(w);
    connect(mClaim, &QPushButton::clicked, this, &ShippingPanel::openClaim);
    bar->addWidget(mPickupCourierLabel);
    bar->addWidget(mPickupCourier);
    bar->addWidget(mPickupDayLabel);
    bar->addWidget(mPickupDay);
    bar->addWidget(mStubScan, 1);
    bar->addWidget(mHandover);
    bar->addWidget(mClaim);
    v->addLayout(bar);
    auto *lists = new QGridLayout;
    mExpectedLabel = new QLabel(w);
    mScannedLabel = new QLabel(w);
    mMissingLabel = new QLabel(w);
    mExtraLabel = new QLabel(w);
    mExpected = new QListWidget(w);
    mScanned = new QListWidget(w);
    mMissing = new QListWidget(w);
    mExtra = new QListWidget(w);
    mMissing->setObjectName(QStringLiteral("pickupMissing"));
    mExtra->setObjectName(QStringLiteral("pickupExtra"));
    mMissing->setStyleSheet(QStringLiteral("color:#c62828;"));
    mExtra->setStyleSheet(QStringLiteral("color:#c62828;"));
    int c = 0;
    for (auto [label, list] : { std::pair { mExpectedLabel, mExpected }, std::pair { mScannedLabel, mScanned },
             std::pair { mMissingLabel, mMissing }, std::pair { mExtraLabel, mExtra } }) {
        lists->addWidget(label, 0, c);
        lists->addWidget(list, 1, c);
        ++c;
    }
    v->addLayout(lists, 1);
    // Claims (索赔): each holds the parcel's order and the day its stub was handed over.
    mClaimsLabel = new QLabel(w);
    mClaimsModel = new core::RecordTableModel(
        { { [] { return tr("Order no."); }, ColumnKind::Text }, { [] { return tr("Courier"); }, ColumnKind::Text },
            { [] { return tr("Tracking no."); }, ColumnKind::Text },
            { [] { return tr("What happened"); }, ColumnKind::Text },
            { [] { return tr("Handed over on"); }, ColumnKind::Text },
            { [] { return tr("Opened"); }, ColumnKind::Text }, { [] { return tr("Note"); }, ColumnKind::Text } },
        this);
    mClaimsView = core::newRecordView(mClaimsModel, QStringLiteral("claims"), w);
    v->addWidget(mClaimsLabel);
    v->addWidget(mClaimsView, 1);
    return w;
}

void ShippingPanel::retranslateUi()
{
    mTabs->setTabText(0, tr("Dispatch queue"));
    mTabs->setTabText(1, tr("Print waybills"));
    mTabs->setTabText(2, tr("Scan check"));
    mTabs->setTabText(3, tr("Pickup"));
    mImport->setText(tr("Import orders…"));
    mCancelImport->setText(tr("Cancel"));
    mTrackingLabel->setText(tr("Courier and tracking no.:"));
    mTracking->setPlaceholderText(tr("type or scan, Enter"));
    mSetTracking->setText(tr("Set"));
    mTrackingList->setText(tr("Import tracking list…"));
    mFlag->setText(tr("Flag"));
    mAssign->setText(tr("From number range…"));
    mAssign->setToolTip(tr("Give the selected orders (or every order of this courier without one) the next numbers "
                           "of the range the courier issued"));
    mBill->setText(tr("Check freight bill…"));
    mMatch->setPlaceholderText(tr("select a line below, then scan or type the SKU's barcode, Enter"));
    mFlag->menu()->clear();
    for (const QString &f : kFlags)
        mFlag->menu()->addAction(core::Vocabulary::flag(f), this, [this, f] { setFlag(f); });
    mFlag->menu()->addAction(tr("No flag"), this, [this] { setFlag(QString()); });
    mRulesBox->setTitle(tr("The store's courier rules"));
    mDefaultCourierLabel->setText(tr("Default courier:"));
    mEmsLabel->setText(tr("By EMS (provinces the default does not reach):"));
    mEmsProvinces->setPlaceholderText(tr("province names, separated by commas"));
    mMaskPhone->setText(tr("Hide the middle digits of the recipient's phone on waybills"));
    mSaveRules->setText(tr("Save rules"));
    for (QComboBox *box : { mCourier, mPickupCourier, mDefaultCourier })
        for (int i = 0; i < box->count(); ++i)
            box->setItemText(i, Couriers::displayName(box->itemData(i).toString()));
    mModel->retranslate();
    mLayoutLabel->setText(tr("Layout:"));
    mCopiesLabel->setText(tr("Copies:"));
    mUnprintedOnly->setText(tr("All unprinted orders (otherwise the orders selected in the queue)"));
    mReasonLabel->setText(tr("Reprint reason:"));
    mReprintReason->setPlaceholderText(tr("needed when a waybill is printed again, e.g. paper jam"));
    mPreview->setText(tr("Preview…"));
    mPrint->setText(tr("Print…"));
    mPdf->setText(tr("Save as PDF…"));
    mPrintHint->setText(tr("Waybills are printed at the layout's size, one page per order. Every print is marked "
                           "on the order; a reprint is logged with its reason."));
    mPickupCourierLabel->setText(tr("Courier:"));
    mPickupDayLabel->setText(tr("Day:"));
    mStubScan->setPlaceholderText(tr("scan each stub handed over"));
    mHandover->setText(tr("Handover sheet (PDF)…"));
    mClaim->setText(tr("Claim for a parcel…"));
    mClaimsModel->retranslate();
    mStation->retranslateUi();
    reloadPickup();
}

void ShippingPanel::reload()
{
    auto queue = ShippingRepository(mContext.db).queue();
    if (!queue) {
        mContext.events.reportError(queue.errorMessage());
        return;
    }
    mQueue = *queue;
    showRules();
    QList<QVariantList> rows;
    QStringList flags;
    rows.reserve(mQueue.size());
    const CourierRules rules = CourierRules::load(mContext.db);
    for (const ShipmentOrder &so : mQueue) {
        const core::Order &o = so.order;
        // An order without a courier yet shows the one the store's rules choose for it.
        rows.append({ o.orderNo, core::toDbTime(o.paidAt), o.receiverName, o.province, so.goods(),
            Couriers::displayName(rules.courierOf(o)), o.trackingNo, so.printCount,
            o.flag.isEmpty() ? QString() : core::Vocabulary::flag(o.flag), o.buyerMessage });
        flags << o.flag;
    }
    mModel->flags = flags;
    mModel->setRows(rows);
    mView->resizeColumnsToContents();
    auto unmatched = ShippingRepository(mContext.db).unmatchedLines();
    mUnmatched->clear();
    mUnmatchedLines.clear();
    if (unmatched) {
        mUnmatchedLines = *unmatched;
        for (const UnmatchedLine &u : *unmatched)
            mUnmatched->addItem(tr("Order %1: %2 %3 (merchant code %4) × %5")
                                    .arg(u.orderNo, u.title, u.attributes,
                                        u.merchantCode.isEmpty() ? QStringLiteral("–") : u.merchantCode)
                                    .arg(u.quantity));
        mUnmatchedLabel->setText(
            tr("Lines not matched to a SKU: %n (resolve them before shipping)", nullptr, int(unmatched->size())));
    }
    reloadPickup();
}

bool ShippingPanel::push(QUndoCommand *command)
{
    // A command whose first step is refused reports why and leaves the stack, which then stays where it was.
    const int before = undoStack()->index();
    undoStack()->push(command);
    return undoStack()->index() != before;
}

QList<ShipmentOrder> ShippingPanel::selectedOrders() const
{
    QList<ShipmentOrder> out;
    const auto rows = mView->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        if (i.row() < mQueue.size())
            out << mQueue[i.row()];
    return out;
}

void ShippingPanel::chooseImportFiles()
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

void ShippingPanel::startImport(const QString &ordersPath, const QString &itemsPath)
{
    if (mImportThread)
        return;
    mCancel = false;
    mProgress->setRange(0, 0);
    mProgress->show();
    mCancelImport->show();
    mImport->setEnabled(false);
    auto result = std::make_shared<std::optional<core::Result<ImportSummary>>>();
    const core::Database &db = mContext.db;
    mImportThread = QThread::create([this, &db, ordersPath, itemsPath, result] {
        *result = ShippingService(db).importFiles(ordersPath, itemsPath, [this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(this, [this, done, total] {
                mProgress->setRange(0, int(total));
                mProgress->setValue(int(done));
            });
            return !mCancel.load();
        });
    });
    connect(mImportThread, &QThread::finished, this, [this, result] {
        mImportThread->deleteLater();
        mImportThread = nullptr;
        mProgress->hide();
        mCancelImport->hide();
        mImport->setEnabled(true);
        const core::Result<ImportSummary> &r = **result;
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
            text = tr("%1 new orders (%2 for dispatch, %3 shipped, %4 closed, %5 unpaid); %6 already in the shop; "
                      "%7 updated; %8 lines not matched to a SKU.")
                       .arg(r->added)
                       .arg(r->queued)
                       .arg(r->byStatus.value(core::codes::kOrderShipped)
                           + r->byStatus.value(core::codes::kOrderFinished))
                       .arg(r->byStatus.value(core::codes::kOrderClosed))
                       .arg(r->byStatus.value(core::codes::kOrderUnpaid))
                       .arg(r->unchanged)
                       .arg(r->updated)
                       .arg(r->unmatched.size());
        }
        mSummary->setText(text);
        mContext.events.notifyChanged(core::Topic::Orders);
        reload();
        Q_EMIT importFinished(!r->cancelled, text);
    });
    mImportThread->start();
}

void ShippingPanel::setTrackingFromField()
{
    const QString t = mTracking->text().trimmed();
    const auto sel = selectedOrders();
    if (t.isEmpty() || sel.size() != 1) {
        mContext.events.reportError(tr("Select one order in the queue and type or scan its tracking number."));
        return;
    }
    const QString courier = mCourier->currentData().toString();
    const core::Order &o = sel.first().order;
    if (!push(new SetTrackingCommand(mContext, { { o.id, o.orderNo, o.courier, o.trackingNo, courier, t } }))) {
        mTracking->selectAll(); // the next scan replaces the refused number
        return;
    }
    mTracking->clear();
    // Move on to the next order, so a stack of waybills can be scanned in turn.
    const int row = mView->currentIndex().row();
    if (row + 1 < mModel->rowCount())
        mView->selectRow(row + 1);
}

void ShippingPanel::chooseTrackingList()
{
    const QString path = core::FileDialog::getOpenFileName(
        this, tr("Tracking numbers (CSV: order, tracking)"), QString(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        importTrackingList(path);
}

void ShippingPanel::importTrackingList(const QString &path)
{
    QList<int> lines;
    auto list = Couriers::readTrackingList(path, &lines);
    if (!list) {
        mContext.events.reportError(list.errorMessage());
        return;
    }
    const CourierRules rules = CourierRules::load(mContext.db);
    QList<SetTrackingCommand::Change> changes;
    for (qsizetype row = 0; row < list->size(); ++row) {
        const auto &[orderNo, tracking] = list->at(row);
        auto it = std::find_if(
            mQueue.cbegin(), mQueue.cend(), [&](const ShipmentOrder &s) { return s.order.orderNo == orderNo; });
        if (it == mQueue.cend()) {
            mContext.events.reportError(tr("%1: the order %2 is not waiting for dispatch.").arg(path, orderNo));
            return;
        }
        const core::Order &o = it->order;
        // A number that does not fit its order's courier: named with its file and line.
        if (core::Status bad = ShippingService::checkTracking({ { o.id, orderNo, rules.courierOf(o), tracking } });
            !bad) {
            mContext.events.reportError(tr("%1, line %2, field tracking: %3")
                                            .arg(QFileInfo(path).fileName())
                                            .arg(lines.value(row))
                                            .arg(bad.errorMessage()));
            return;
        }
        changes.append({ o.id, orderNo, o.courier, o.trackingNo, rules.courierOf(o), tracking });
    }
    if (!changes.isEmpty())
        undoStack()->push(new SetTrackingCommand(mContext, changes));
}

void ShippingPanel::assignFromRange()
{
    const QString courier = mCourier->currentData().toString();
    ShippingRepository repo(mContext.db);
    QList<ShipmentOrder> orders = selectedOrders();
    if (orders.isEmpty())
        for (const ShipmentOrder &so : std::as_const(mQueue))
            if (so.order.courier == courier && so.order.trackingNo.isEmpty())
                orders << so;
    if (orders.isEmpty())
        return;
    auto left = repo.rangeLeft(courier);
    if (left && *left < orders.size()) {
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
        if (core::Status s = ShippingService(mContext.db).addTrackingRange(courier, ends[0], ends[1]); !s) {
            mContext.events.reportError(s.errorMessage());
            return;
        }
    }
    QList<qint64> ids;
    for (const ShipmentOrder &so : orders)
        ids << so.order.id;
    // Reserve the numbers (one transaction), then record them as one undoable edit.
    auto numbers = repo.assignFromRange(courier, ids);
    if (!numbers) {
        mContext.events.reportError(numbers.errorMessage());
        return;
    }
    QList<SetTrackingCommand::Change> changes;
    for (qsizetype i = 0; i < orders.size(); ++i)
        changes.append({ orders[i].order.id, orders[i].order.orderNo, orders[i].order.courier,
            orders[i].order.trackingNo, courier, numbers->at(i) });
    undoStack()->push(new SetTrackingCommand(mContext, changes));
}

void ShippingPanel::checkFreightBill()
{
    const QString courier = mCourier->currentData().toString();
    const QString path = core::FileDialog::getOpenFileName(this,
        tr("%1's monthly bill (CSV: tracking, weight, fee)").arg(Couriers::displayName(courier)), QString(),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto mismatches = ShippingService(mContext.db).checkBill(courier, path);
    if (!mismatches) {
        mContext.events.reportError(mismatches.errorMessage());
        return;
    }
    QStringList lines;
    for (const BillMismatch &m : *mismatches)
        lines << tr("line %1, %2: %3").arg(m.line).arg(m.trackingNo, m.problem);
    QMessageBox box(this);
    box.setWindowTitle(tr("Freight bill"));
    box.setText(mismatches->isEmpty()
            ? tr("The bill matches the price table.")
            : tr("%n lines of the bill do not match the price table.", nullptr, int(mismatches->size())));
    if (!lines.isEmpty())
        box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.exec();
}

void ShippingPanel::matchSelectedLine()
{
    const int row = mUnmatched->currentRow();
    const QString barcode = mMatch->text().trimmed();
    if (row < 0 || row >= mUnmatchedLines.size() || barcode.isEmpty()) {
        mContext.events.reportError(tr("Select a line that is not matched, then scan or type the barcode of its SKU."));
        return;
    }
    auto sku = core::ItemRepository(mContext.db).skuByBarcode(barcode);
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
    undoStack()->push(new MatchLineCommand(mContext, line.lineId, (*sku)->sku.id, line.orderNo, barcode));
}

void ShippingPanel::setFlag(const QString &flag)
{
    QList<ShippingService::FlagChange> previous;
    for (const ShipmentOrder &so : selectedOrders())
        previous.append({ so.order.id, so.order.orderNo, so.order.flag });
    if (previous.isEmpty())
        return;
    if (push(new SetFlagCommand(mContext, previous, flag)) && flag == QLatin1String("yellow"))
        mSummary->setText(
            tr("%n order(s) flagged yellow: customer service now sees them under “Cannot ship” and tells the buyers.",
                nullptr, int(previous.size())));
}

void ShippingPanel::print(int target)
{
    ShippingRepository repo(mContext.db);
    QList<ShipmentOrder> orders;
    if (mUnprintedOnly->isChecked()) {
        auto u = repo.unprinted();
        if (!u) {
            mContext.events.reportError(u.errorMessage());
            return;
        }
        orders = *u;
    } else {
        orders = selectedOrders();
    }
    ShippingService service(mContext.db);
    ShippingService::PrintJob job;
    job.orders = orders;
    job.layout = mLayout->currentData().toString();
    job.copies = mCopies->value();
    job.reprintReason = mReprintReason->text();
    if (target == 2) {
        const QString path = core::FileDialog::getSaveFileName(
            this, tr("Save the waybills as PDF"), QStringLiteral("waybills.pdf"), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        auto r = service.printToPdf(job, path, mContext.actor);
        if (!r)
            mContext.events.reportError(r.errorMessage());
        reload();
        return;
    }
    job.record = target != 0; // a preview is not a print: it needs no reprint reason and marks nothing
    auto layout = service.checkJob(job);
    if (!layout) {
        mContext.events.reportError(layout.errorMessage());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    WaybillPrinter::setUp(printer, *layout, job.copies);
    if (target == 0) {
        QPrintPreviewDialog preview(&printer, this);
        connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *p) {
            if (core::Status s = WaybillPrinter::paint(service, *p, job, *layout); !s)
                mContext.events.reportError(s.errorMessage());
        });
        preview.exec();
        return; // a preview is not a print
    }
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (core::Status s = WaybillPrinter::paint(service, printer, job, *layout); !s) {
        mContext.events.reportError(s.errorMessage());
        return;
    }
    job.copies = printer.copyCount(); // as finally chosen in the print dialog
    if (core::Status s = service.recordPrinted(job, mContext.actor); !s)
        mContext.events.reportError(s.errorMessage());
    reload();
}

void ShippingPanel::reloadPickup()
{
    if (!mPickupCourier)
        return;
    // Stubs are kept by day and courier and archived after 15 days.
    (void)ShippingRepository(mContext.db).archivePickups(QDate::currentDate());
    auto p = ShippingRepository(mContext.db).pickup(mPickupCourier->currentData().toString(), mPickupDay->date());
    if (!p) {
        mContext.events.reportError(p.errorMessage());
        return;
    }
    auto fill = [](QListWidget *list, const QStringList &items) {
        list->clear();
        list->addItems(items);
    };
    fill(mExpected, p->expected);
    fill(mScanned, p->scanned);
    fill(mMissing, p->missing());
    fill(mExtra, p->extra());
    mExpectedLabel->setText(tr("Shipped (expected): %1").arg(p->expected.size()));
    mScannedLabel->setText(tr("Stubs scanned: %1").arg(p->scanned.size()));
    mMissingLabel->setText(tr("Missing: %1").arg(p->missing().size()));
    mExtraLabel->setText(tr("Extra: %1").arg(p->extra().size()));
    reloadClaims();
}

void ShippingPanel::reloadClaims()
{
    auto claims = ShippingRepository(mContext.db).claims();
    if (!claims) {
        mContext.events.reportError(claims.errorMessage());
        return;
    }
    QList<QVariantList> rows;
    rows.reserve(claims->size());
    for (const ShippingRepository::ClaimRow &c : *claims)
        rows.append({ c.orderNo, Couriers::displayName(c.courier), c.trackingNo,
            c.kind == QLatin1String("lost") ? tr("Lost") : tr("Damaged"),
            c.stubDay.isValid() ? core::toDbDate(c.stubDay) : tr("not handed over"), core::toDbTime(c.openedAt),
            c.note });
    mClaimsModel->setRows(rows);
    mClaimsView->resizeColumnsToContents();
    mClaimsLabel->setText(tr("Claims for lost or damaged parcels: %1").arg(claims->size()));
}

void ShippingPanel::scanStub()
{
    const QString t = mStubScan->text().trimmed();
    mStubScan->clear();
    if (t.isEmpty())
        return;
    if (core::Status s = ShippingRepository(mContext.db)
                             .scanStub(mPickupCourier->currentData().toString(), mPickupDay->date(), t, mContext.actor);
        !s)
        mContext.events.reportError(s.errorMessage());
    reloadPickup();
    mStubScan->setFocus();
}

void ShippingPanel::handoverSheet()
{
    auto p = ShippingRepository(mContext.db).pickup(mPickupCourier->currentData().toString(), mPickupDay->date());
    if (!p) {
        mContext.events.reportError(p.errorMessage());
        return;
    }
    const QString path = core::FileDialog::getSaveFileName(this, tr("Save the handover sheet"),
        QStringLiteral("handover-%1-%2.pdf").arg(p->courier, core::toDbDate(p->day)), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (core::Status s = ShippingService(mContext.db).handoverPdf(*p, path); !s)
        mContext.events.reportError(s.errorMessage());
}

void ShippingPanel::openClaim()
{
    bool ok = false;
    const QString tracking = QInputDialog::getText(this, tr("Claim for a parcel"),
        tr("Tracking number of the lost or damaged parcel:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || tracking.trimmed().isEmpty())
        return;
    const QStringList kinds = { tr("Lost"), tr("Damaged") };
    const QString kind
        = QInputDialog::getItem(this, tr("Claim for a parcel"), tr("What happened:"), kinds, 0, false, &ok);
    if (!ok)
        return;
    const QString note
        = QInputDialog::getText(this, tr("Claim for a parcel"), tr("Note:"), QLineEdit::Normal, QString(), &ok);
    auto id = ShippingRepository(mContext.db)
                  .openClaim(tracking, kind == kinds[0] ? QStringLiteral("lost") : QStringLiteral("damaged"), note,
                      mContext.actor);
    if (!id)
        mContext.events.reportError(id.errorMessage());
    reloadClaims();
}

} // namespace shopdesk::shipping
