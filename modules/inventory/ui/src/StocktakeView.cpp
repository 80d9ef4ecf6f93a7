#include "StocktakeView.h"

#include "ScanInput.h"
#include "StocktakeReport.h"
#include "VarianceModels.h"
#include "commands/PostCountCommand.h"
#include "commands/ScanCommand.h"
#include "commands/TypedCountCommand.h"

#include <shopdesk/core/FileDialog.h>
#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/core/Vocabulary.h>

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shopdesk::inventory {

StocktakeView::StocktakeView(const core::PanelContext &context, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , mContext(context)
    , mUndo(undoStack)
    , mReminder(new QLabel(this))
    , mStatus(new QLabel(this))
    , mCounts(new QComboBox(this))
    , mScope(new QComboBox(this))
    , mStart(new QPushButton(this))
    , mPost(new QPushButton(this))
    , mReverse(new QPushButton(this))
    , mExport(new QToolButton(this))
    , mImport(new QPushButton(this))
    , mScanLabel(new QLabel(this))
    , mScan(new QLineEdit(this))
    , mTimesLabel(new QLabel(this))
    , mTimes(new QSpinBox(this))
    , mLastScan(new QLabel(this))
    , mItemModel(new VarianceItemModel(this))
    , mItems(new QTableView(this))
    , mGridModel(new VarianceGridModel(this))
    , mGridTitle(new QLabel(this))
    , mGrid(new QTableView(this))
    , mUnknownTitle(new QLabel(this))
    , mUnknown(new QListWidget(this))
    , mResolveField(new QLineEdit(this))
    , mResolve(new QPushButton(this))
    , mDismiss(new QPushButton(this))
    , mTotals(new QLabel(this))
{
    setObjectName(QStringLiteral("stocktake"));
    mReminder->setObjectName(QStringLiteral("reminder"));
    mReminder->setWordWrap(true);
    mReminder->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 6px; border-radius: 3px; }"));
    mReminder->hide();
    mStatus->setObjectName(QStringLiteral("countStatus"));
    mCounts->setObjectName(QStringLiteral("counts"));
    mScope->setObjectName(QStringLiteral("scope"));
    mStart->setObjectName(QStringLiteral("startCount"));
    mPost->setObjectName(QStringLiteral("postCount"));
    mReverse->setObjectName(QStringLiteral("reverseCount"));
    mExport->setObjectName(QStringLiteral("exportReport"));
    mImport->setObjectName(QStringLiteral("importCounts"));
    connect(mImport, &QPushButton::clicked, this, [this] {
        const QString path = core::FileDialog::getOpenFileName(this, tr("Import a count CSV"), {}, tr("CSV (*.csv)"));
        if (!path.isEmpty())
            report(importCounts(path));
        refocus();
    });
    mExport->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(mExport);
    for (const QString &format : { QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("xlsx") }) {
        QAction *a = menu->addAction(format.toUpper());
        connect(a, &QAction::triggered, this, [this, format] { exportMenu(format); });
    }
    mExport->setMenu(menu);

    mScan->setObjectName(QStringLiteral("scanField"));
    mScan->setClearButtonEnabled(false);
    QFont big = mScan->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    mScan->setFont(big);
    mTimes->setObjectName(QStringLiteral("times"));
    mTimes->setRange(1, 9999);
    mTimes->setPrefix(QStringLiteral("× "));
    mTimes->setFocusPolicy(Qt::ClickFocus);
    mLastScan->setObjectName(QStringLiteral("lastScan"));
    mLastScan->setFont(big);
    mLastScan->setTextFormat(Qt::PlainText);
    mLastScan->setMinimumWidth(200);
    mLastScan->setSizePolicy(
        QSizePolicy::Ignored, QSizePolicy::Preferred); // a long message never squeezes the scan row
    mScope->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    mItems->setObjectName(QStringLiteral("varianceItems"));
    mItems->setModel(mItemModel);
    mItems->setSelectionBehavior(QAbstractItemView::SelectRows);
    mItems->setSelectionMode(QAbstractItemView::SingleSelection);
    mItems->setFocusPolicy(Qt::NoFocus);
    mItems->verticalHeader()->hide();
    mItems->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mItems->horizontalHeader()->setSectionResizeMode(VarianceItemModel::Title, QHeaderView::Stretch);
    mGrid->setObjectName(QStringLiteral("varianceGrid"));
    mGrid->setModel(mGridModel);
    mGrid->setFocusPolicy(Qt::NoFocus);
    mGrid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mGrid->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mGrid->horizontalHeader()->setMinimumSectionSize(90);
    QFont gridFont = mGrid->font();
    gridFont.setPointSizeF(gridFont.pointSizeF() * 1.15);
    mGrid->setFont(gridFont);
    mGrid->verticalHeader()->setDefaultSectionSize(34);
    mGridTitle->setObjectName(QStringLiteral("gridTitle"));
    mUnknown->setObjectName(QStringLiteral("unknownList"));
    mUnknown->setFocusPolicy(Qt::NoFocus);
    mResolveField->setObjectName(QStringLiteral("resolveField"));
    mResolve->setObjectName(QStringLiteral("resolve"));
    mDismiss->setObjectName(QStringLiteral("dismiss"));
    mTotals->setObjectName(QStringLiteral("totals"));
    mTotals->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(mCounts, 1);
    bar->addWidget(mScope);
    bar->addWidget(mStart);
    bar->addWidget(mPost);
    bar->addWidget(mReverse);
    bar->addWidget(mImport);
    bar->addWidget(mExport);

    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(mScanLabel);
    scanRow->addWidget(mScan, 2);
    scanRow->addWidget(mTimesLabel);
    scanRow->addWidget(mTimes);
    scanRow->addWidget(mLastScan, 3);

    auto *unknownBox = new QWidget(this);
    auto *unknownLayout = new QVBoxLayout(unknownBox);
    unknownLayout->setContentsMargins(0, 0, 0, 0);
    unknownLayout->addWidget(mUnknownTitle);
    unknownLayout->addWidget(mUnknown, 1);
    unknownLayout->addWidget(mResolveField);
    auto *resolveRow = new QHBoxLayout;
    resolveRow->addWidget(mResolve);
    resolveRow->addWidget(mDismiss);
    unknownLayout->addLayout(resolveRow);

    auto *gridBox = new QWidget(this);
    auto *gridLayout = new QVBoxLayout(gridBox);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(mGridTitle);
    gridLayout->addWidget(mGrid, 1);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(mItems);
    top->addWidget(unknownBox);
    top->setStretchFactor(0, 4);
    top->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(gridBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mReminder);
    layout->addWidget(mStatus);
    layout->addLayout(bar);
    layout->addLayout(scanRow);
    layout->addWidget(split, 1);
    layout->addWidget(mTotals);

    connect(mScan, &QLineEdit::returnPressed, this, &StocktakeView::onScanEntered);
    connect(mStart, &QPushButton::clicked, this, &StocktakeView::startCount);
    connect(mPost, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Post count"),
                tr("Post count %1? Every difference is booked into stock.").arg(mShown ? mShown->number() : QString()))
            == QMessageBox::Yes)
            postCount();
        refocus();
    });
    connect(mReverse, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Reverse count"),
                tr("Reverse count %1? Its adjustments are taken back by compensating entries.")
                    .arg(mShown ? mShown->number() : QString()))
            == QMessageBox::Yes)
            reverseCount();
        refocus();
    });
    connect(mCounts, &QComboBox::activated, this, [this] {
        mShown.reset();
        const qint64 id = mCounts->currentData().toLongLong();
        if (auto t = StocktakeRepository(mContext.db).stocktake(id))
            mShown = *t;
        reload();
        refocus();
    });
    connect(mItems->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showItem(mItemModel->itemCodeAt(current.row())); });
    connect(mGrid, &QTableView::doubleClicked, this, &StocktakeView::onGridDoubleClicked);
    connect(mResolveField, &QLineEdit::returnPressed, this, [this] { resolveSelectedUnknown(mResolveField->text()); });
    connect(mResolve, &QPushButton::clicked, this, [this] { resolveSelectedUnknown(mResolveField->text()); });
    connect(mDismiss, &QPushButton::clicked, this, &StocktakeView::dismissSelectedUnknown);
    connect(mTimes, &QSpinBox::editingFinished, this, &StocktakeView::refocus);

    // Other counters (another ShopDesk or shopdesk-cli on the same shop) scan into the same
    // count: while a count is open and shown, its variance refreshes every few seconds.
    auto *live = new QTimer(this);
    live->setInterval(kLiveRefreshMs);
    connect(live, &QTimer::timeout, this, [this] {
        if (!isVisible() || !mShown || mShown->status != stocktake::kOpen)
            return;
        auto rows = StocktakeRepository(mContext.db).countRows(mShown->id);
        if (rows && *rows != mSeenCountRows)
            reload();
    });
    live->start();

    retranslateUi();
    setFocusProxy(mScan);
}

void StocktakeView::retranslateUi()
{
    mStart->setText(tr("Start count"));
    mPost->setText(tr("Post"));
    mReverse->setText(tr("Reverse"));
    mExport->setText(tr("Report"));
    mImport->setText(tr("Import counts…"));
    mScanLabel->setText(tr("Scan:"));
    mScan->setPlaceholderText(tr("Scan or type a barcode, then Enter (CODE*3 or *3 for several)"));
    mTimesLabel->setText(tr("Quantity"));
    mUnknownTitle->setText(tr("Unknown barcodes to resolve"));
    mResolveField->setPlaceholderText(tr("The right barcode for the selected code"));
    mResolve->setText(tr("Count as this SKU"));
    mDismiss->setText(tr("Set aside"));
    const QString scope = mScope->currentData().toString();
    mScope->clear();
    mScope->addItem(tr("Whole store"), QString());
    if (auto stock = core::StockLedger(mContext.db).stock()) {
        QStringList categories;
        for (const core::StockRow &r : *stock)
            if (!r.category.isEmpty() && !categories.contains(r.category))
                categories << r.category;
        for (const QString &c : categories)
            mScope->addItem(core::Vocabulary::category(c), c);
    }
    mScope->setCurrentIndex(qMax(0, mScope->findData(scope)));
    mItemModel->setRows(mRows);
    reload();
}

void StocktakeView::setToday(QDate day)
{
    mToday = day;
    updateReminder();
}

QDate StocktakeView::today() const { return mToday.isValid() ? mToday : QDate::currentDate(); }

void StocktakeView::reload()
{
    StocktakeRepository repo(mContext.db);
    auto all = repo.stocktakes();
    if (!all) {
        mContext.events.reportError(all.errorMessage());
        return;
    }
    // Keep showing the chosen count; otherwise the open one, else the newest.
    std::optional<Stocktake> shown;
    for (const Stocktake &t : *all)
        if (mShown && t.id == mShown->id)
            shown = t;
    if (!shown)
        for (const Stocktake &t : *all)
            if (t.status == stocktake::kOpen)
                shown = t;
    if (!shown && !all->isEmpty())
        shown = all->first();
    mShown = shown;

    mCounts->clear();
    mAnyOpen = false;
    for (const Stocktake &t : *all) {
        mAnyOpen = mAnyOpen || t.status == stocktake::kOpen;
        const QString status = t.status == stocktake::kOpen ? tr("open")
            : t.status == stocktake::kPosted                ? tr("posted")
                                                            : tr("reversed");
        mCounts->addItem(
            tr("%1 · %2 · %3").arg(t.number(), t.startedAt.toString(QStringLiteral("yyyy-MM-dd")), status), t.id);
    }
    if (mShown)
        mCounts->setCurrentIndex(mCounts->findData(mShown->id));

    const QVariant unknownShown = mUnknown->currentItem() ? mUnknown->currentItem()->data(Qt::UserRole) : QVariant();
    mRows.clear();
    mUnknown->clear();
    if (mShown) {
        auto rows = repo.variance(mShown->id);
        if (!rows) {
            mContext.events.reportError(rows.errorMessage());
            return;
        }
        mRows = *rows;
        mSeenCountRows = repo.countRows(mShown->id).ok() ? *repo.countRows(mShown->id) : -1;
        if (auto unknown = repo.unknownScans(mShown->id)) {
            for (const UnknownScan &u : *unknown) {
                auto *item = new QListWidgetItem(tr("%1 × %2  (%3, %4)")
                                                     .arg(u.barcode)
                                                     .arg(u.quantity)
                                                     .arg(u.actor, u.at.toString(QStringLiteral("HH:mm:ss"))),
                    mUnknown);
                item->setData(Qt::UserRole, u.id);
            }
            mUnknown->setCurrentRow(mUnknown->count() > 0 ? 0 : -1);
            for (int i = 0; i < mUnknown->count(); ++i)
                if (mUnknown->item(i)->data(Qt::UserRole) == unknownShown)
                    mUnknown->setCurrentRow(i);
        }
        const QString scope = mShown->scope.isEmpty() ? tr("whole store") : core::Vocabulary::category(mShown->scope);
        QString status;
        if (mShown->status == stocktake::kOpen)
            status = tr("Count %1 (%2) is open: started %3 by %4.")
                         .arg(mShown->number(), scope, mShown->startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                             mShown->startedBy);
        else if (mShown->status == stocktake::kPosted)
            status = tr("Count %1 (%2) was posted %3 by %4.")
                         .arg(mShown->number(), scope, mShown->postedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                             mShown->postedBy);
        else
            status = tr("Count %1 (%2) was posted, then reversed %3 by %4.")
                         .arg(mShown->number(), scope, mShown->reversedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                             mShown->reversedBy);
        mStatus->setText(status);
    } else {
        mStatus->setText(tr("No count yet: choose the scope and start one."));
    }
    const QString item = mGridModel->itemCode();
    mItemModel->setRows(mRows);
    const VarianceTotals t = VarianceTotals::of(mRows);
    mTotals->setText(mShown ? tr("Expected %1, counted %2 pieces · surplus %3 pieces, %4 · shortage %5 pieces, %6 · %7 "
                                 "of %8 SKUs differ · %9 unknown")
                                  .arg(t.expected)
                                  .arg(t.counted)
                                  .arg(t.surplus)
                                  .arg(t.surplusValue.toDisplayString())
                                  .arg(t.shortage)
                                  .arg(t.shortageValue.toDisplayString())
                                  .arg(t.skusOff)
                                  .arg(t.skus)
                                  .arg(mUnknown->count())
                            : QString());
    const int row = mItemModel->rowOfItem(item);
    if (row >= 0)
        mItems->selectRow(row);
    else if (mItemModel->rowCount() > 0)
        mItems->selectRow(0);
    else
        showItem({});
    showItem(mItemModel->itemCodeAt(mItems->currentIndex().row()));
    updateButtons();
    updateReminder();
}

void StocktakeView::showItem(const QString &itemCode)
{
    mGridModel->setItem(mRows, itemCode);
    QString title;
    for (const VarianceRow &r : mRows)
        if (r.itemCode == itemCode) {
            title = r.itemTitle;
            break;
        }
    mGridTitle->setText(itemCode.isEmpty()
            ? QString()
            : tr("%1 %2 — colour × size: counted / expected (difference); double-click a cell to type a count")
                  .arg(itemCode, title));
}

void StocktakeView::updateButtons()
{
    const bool open = mShown && mShown->status == stocktake::kOpen;
    mStart->setEnabled(!mAnyOpen);
    mScope->setEnabled(!mAnyOpen);
    mPost->setEnabled(open);
    mReverse->setEnabled(mShown && mShown->status == stocktake::kPosted);
    mExport->setEnabled(mShown.has_value());
    mImport->setEnabled(open);
    mScan->setEnabled(true);
    mResolve->setEnabled(open && mUnknown->count() > 0);
    mDismiss->setEnabled(open && mUnknown->count() > 0);
}

void StocktakeView::updateReminder()
{
    const QDate day = today();
    bool show = false;
    if (day.day() >= 28) {
        const QDateTime from(QDate(day.year(), day.month(), 1), QTime(0, 0));
        const QDateTime to(QDate(day.year(), day.month(), day.daysInMonth()), QTime(23, 59, 59));
        auto posted = StocktakeRepository(mContext.db).lastPostedBetween(from, to);
        show = posted && !*posted;
    }
    mReminder->setText(tr("It is the %1: the monthly stock-take (28th–31st) has not been posted yet this month.")
                           .arg(QLocale().toString(day, QLocale::LongFormat)));
    mReminder->setVisible(show);
}

void StocktakeView::refocus() { mScan->setFocus(Qt::OtherFocusReason); }

void StocktakeView::report(const core::Status &s)
{
    if (!s && !s.errorMessage().isEmpty())
        mContext.events.reportError(s.errorMessage());
}

void StocktakeView::onScanEntered()
{
    const ScanInput input = ScanInput::parse(mScan->text());
    mScan->clear();
    refocus();
    if (input.kind == ScanInput::Kind::Empty)
        return;
    if (input.kind == ScanInput::Kind::Multiplier) {
        mTimes->setValue(input.quantity);
        return;
    }
    if (!mShown || mShown->status != stocktake::kOpen) {
        mLastScan->setStyleSheet(QStringLiteral("color: #b02a37;"));
        mLastScan->setText(tr("No count is open: start one first (%1 was not counted).").arg(input.code));
        QApplication::beep();
        return;
    }
    const int quantity = input.quantity != 1 ? input.quantity : mTimes->value();
    mTimes->setValue(1);
    mUndo->push(new ScanCommand(mContext, mShown->id, input.code, quantity, mContext.actor,
        [this](const core::Result<ScanResult> &r) { onScanned(r); }));
}

void StocktakeView::onScanned(const core::Result<ScanResult> &r)
{
    if (r) {
        if (r->known) {
            mLastScan->setStyleSheet(QStringLiteral("color: #146c43;"));
            mLastScan->setText(
                tr("%1 %2/%3  +%4 → %5").arg(r->itemCode, r->color, r->size).arg(r->quantity).arg(r->counted));
            mGridModel->setItem({}, r->itemCode); // the reload below shows this item
        } else {
            mLastScan->setStyleSheet(QStringLiteral("color: #b02a37;"));
            mLastScan->setText(
                tr("Unknown barcode %1 (× %2): kept in the list to resolve.").arg(r->barcode).arg(r->quantity));
            QApplication::beep();
        }
    } else if (!r.errorMessage().isEmpty()) {
        mLastScan->setStyleSheet(QStringLiteral("color: #b02a37;"));
        mLastScan->setText(r.errorMessage());
        QApplication::beep();
    }
    reload();
}

void StocktakeView::startCount()
{
    const QString scope = mScope->currentData().toString();
    auto id = StocktakeRepository(mContext.db).start(scope, mContext.actor);
    if (!id) {
        mContext.events.reportError(id.errorMessage());
        return;
    }
    mShown = StocktakeRepository(mContext.db).stocktake(*id).value();
    mLastScan->clear();
    reload();
    refocus();
}

void StocktakeView::postCount()
{
    if (!mShown)
        return;
    mUndo->push(new PostCountCommand(mContext, mShown->id, mContext.actor, [this](const core::Status &s) {
        report(s);
        reload();
        mContext.events.notifyChanged(core::Topic::Stock);
        Q_EMIT stockChanged();
    }));
}

void StocktakeView::reverseCount()
{
    if (!mShown)
        return;
    auto r = StocktakeRepository(mContext.db).reverse(mShown->id, mContext.actor);
    report(r.status());
    reload();
    mContext.events.notifyChanged(core::Topic::Stock);
    Q_EMIT stockChanged();
}

void StocktakeView::typeCount(qint64 skuId, qint64 counted)
{
    if (!mShown)
        return;
    for (const VarianceRow &r : mRows) {
        if (r.skuId != skuId)
            continue;
        mUndo->push(new TypedCountCommand(mContext, mShown->id, skuId, r.counted, counted,
            QStringLiteral("%1 %2/%3").arg(r.itemCode, r.color, r.size), mContext.actor, [this](const core::Status &s) {
                report(s);
                reload();
            }));
        return;
    }
}

void StocktakeView::onGridDoubleClicked(const QModelIndex &index)
{
    const VarianceRow *r = mGridModel->rowAt(index);
    if (!r || !mShown || mShown->status != stocktake::kOpen)
        return;
    const qint64 sku = r->skuId;
    bool ok = false;
    const int counted = QInputDialog::getInt(this, tr("Type a count"),
        tr("Pieces of %1 %2/%3 on the shelf:").arg(r->itemCode, r->color, r->size), int(r->counted), 0, 1000000, 1,
        &ok);
    if (ok)
        typeCount(sku, counted);
    refocus();
}

void StocktakeView::resolveSelectedUnknown(const QString &barcode)
{
    QListWidgetItem *item = mUnknown->currentItem();
    if (!item || barcode.trimmed().isEmpty())
        return;
    auto sku = core::ItemRepository(mContext.db).skuByBarcode(barcode.trimmed());
    if (!sku) {
        report(sku.status());
        return;
    }
    if (!*sku) {
        mLastScan->setStyleSheet(QStringLiteral("color: #b02a37;"));
        mLastScan->setText(tr("No SKU has the barcode “%1”.").arg(barcode.trimmed()));
        return;
    }
    auto r = StocktakeRepository(mContext.db)
                 .resolveUnknown(item->data(Qt::UserRole).toLongLong(), (*sku)->sku.id, mContext.actor);
    report(r.status());
    mResolveField->clear();
    reload();
    refocus();
}

void StocktakeView::dismissSelectedUnknown()
{
    QListWidgetItem *item = mUnknown->currentItem();
    if (!item)
        return;
    auto r = StocktakeRepository(mContext.db).dismissUnknown(item->data(Qt::UserRole).toLongLong(), mContext.actor);
    report(r.status());
    reload();
    refocus();
}

core::Status StocktakeView::exportReport(const QString &path)
{
    if (!mShown)
        return core::Error { tr("There is no count to report.") };
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return StocktakeReport::writeCsv(path, mRows);
    if (suffix == QLatin1String("xlsx"))
        return StocktakeReport::writeXlsx(path, mRows);
    return StocktakeReport::writePdf(
        path, *mShown, mRows, core::ShopSettings(mContext.db).value(core::ShopSettings::kShopName));
}

core::Status StocktakeView::importCounts(const QString &path)
{
    if (!mShown || mShown->status != stocktake::kOpen)
        return core::Error { tr("No count is open: start one first.") };
    auto pieces = StocktakeRepository(mContext.db).importCounts(mShown->id, path, mContext.actor);
    reload();
    if (!pieces)
        return pieces.status();
    mLastScan->setStyleSheet(QStringLiteral("color: #146c43;"));
    mLastScan->setText(tr("%n piece(s) imported from %1.", "", *pieces).arg(QFileInfo(path).fileName()));
    return {};
}

void StocktakeView::exportMenu(const QString &format)
{
    if (!mShown)
        return;
    const QString filter = format == QLatin1String("pdf") ? tr("PDF (*.pdf)")
        : format == QLatin1String("csv")                  ? tr("CSV (*.csv)")
                                                          : tr("Excel (*.xlsx)");
    const QString path = core::FileDialog::getSaveFileName(
        this, tr("Save the stock-take report"), QStringLiteral("%1.%2").arg(mShown->number(), format), filter);
    if (!path.isEmpty())
        report(exportReport(path));
    refocus();
}

} // namespace shopdesk::inventory
