#include "StocktakeView.h"

#include "StocktakeCountBar.h"
#include "StocktakeScanRow.h"
#include "UnknownScansBox.h"
#include "VarianceModels.h"
#include "commands/PostCountCommand.h"
#include "commands/ScanCommand.h"
#include "shopdesk/inventory/InventoryLog.h"

#include <shopdesk/core/FileDialog.h>
#include <shopdesk/core/UndoCommand.h>
#include <shopdesk/core/Vocabulary.h>

#include <QDataStream>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shopdesk::inventory {

namespace {
/// The merge id of a typed count (core::ChangeValue).
constexpr int kTypedCountField = 1;
} // namespace

StocktakeView::StocktakeView(
    const core::PanelContext &context, StocktakeService &counts, QUndoStack *undoStack, QWidget *parent)
    : core::View(parent)
    , mContext(context)
    , mCounts(counts)
    , mUndo(undoStack)
    , mBar(new StocktakeCountBar(this))
    , mScanRow(new StocktakeScanRow(this))
    , mItemModel(new VarianceItemModel(this))
    , mItems(new QTableView(this))
    , mGridModel(new VarianceGridModel(this))
    , mGridTitle(new QLabel(this))
    , mGrid(new QTableView(this))
    , mUnknown(new UnknownScansBox(this))
    , mTotals(new QLabel(this))
{
    setObjectName(QStringLiteral("stocktake"));
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
    sizeGridType();
    mGridTitle->setObjectName(QStringLiteral("gridTitle"));
    mTotals->setObjectName(QStringLiteral("totals"));
    mTotals->setWordWrap(true);

    auto *gridBox = new QWidget(this);
    auto *gridLayout = new QVBoxLayout(gridBox);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(mGridTitle);
    gridLayout->addWidget(mGrid, 1);

    mTop = new QSplitter(Qt::Horizontal, this);
    mTop->setObjectName(QStringLiteral("varianceSplit"));
    mTop->addWidget(mItems);
    mTop->addWidget(mUnknown);
    mTop->setStretchFactor(0, 4);
    mTop->setStretchFactor(1, 1);
    mSplit = new QSplitter(Qt::Vertical, this);
    mSplit->setObjectName(QStringLiteral("gridSplit"));
    mSplit->addWidget(mTop);
    mSplit->addWidget(gridBox);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mBar);
    layout->addWidget(mScanRow);
    layout->addWidget(mSplit, 1);
    layout->addWidget(mTotals);

    connect(mScanRow, &StocktakeScanRow::scanned, this, &StocktakeView::onScan);
    connect(mScanRow, &StocktakeScanRow::countTyped, this, &StocktakeView::typeCount);
    connect(mBar, &StocktakeCountBar::startRequested, this, &StocktakeView::startCount);
    connect(mBar, &StocktakeCountBar::postRequested, this, [this] {
        if (mShown)
            mBar->ask(postQuestion(), tr("Post now"), [this] { postCount(); });
        refocus();
    });
    connect(mBar, &StocktakeCountBar::reverseRequested, this, [this] {
        if (mShown)
            mBar->ask(
                tr("Reverse count %1? Its adjustments are taken back by compensating entries.").arg(mShown->number()),
                tr("Reverse now"), [this] { reverseCount(); });
        refocus();
    });
    connect(mBar, &StocktakeCountBar::answered, this, &StocktakeView::refocus);
    connect(mBar, &StocktakeCountBar::importRequested, this, &StocktakeView::importCountsDialog);
    connect(mBar, &StocktakeCountBar::reportRequested, this, &StocktakeView::exportReportDialog);
    connect(mBar, &StocktakeCountBar::countChosen, this, [this](qint64 id) {
        mShown.reset();
        if (auto t = mCounts.stocktake(id))
            mShown = *t;
        reload();
        refocus();
    });
    connect(mItems->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { showItem(mItemModel->itemCodeAt(current.row())); });
    connect(mGrid, &QTableView::doubleClicked, this, &StocktakeView::onGridDoubleClicked);
    connect(mUnknown, &UnknownScansBox::resolveRequested, this, &StocktakeView::resolveSelectedUnknown);
    connect(mUnknown, &UnknownScansBox::dismissRequested, this, &StocktakeView::dismissSelectedUnknown);

    // Other counters (another ShopDesk or shopdesk-cli on the same shop) scan into the same
    // count: while a count is open and shown, its variance refreshes every few seconds.
    auto *live = new QTimer(this);
    live->setInterval(kLiveRefreshMs);
    connect(live, &QTimer::timeout, this, [this] {
        if (!isVisible() || !mShown || mShown->status != stocktake::kOpen)
            return;
        auto rows = mCounts.countRows(mShown->id);
        if (rows && *rows != mSeenCountRows)
            reload();
    });
    live->start();

    retranslateUi();
    setFocusProxy(mScanRow);
}

void StocktakeView::retranslateUi()
{
    mBar->retranslateUi();
    mScanRow->retranslateUi();
    mUnknown->retranslateUi();
    if (auto categories = mCounts.categories())
        mBar->setCategories(*categories);
    else
        report(categories.status());
    mItemModel->setRows(mRows, blind());
    reload();
}

void StocktakeView::changeEvent(QEvent *event)
{
    core::View::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        sizeGridType(); // the 盘点 workspace's big type, or the application's again
}

void StocktakeView::sizeGridType()
{
    // The colour × size grid is read from arm's length: a size larger than the view's own type
    // (which the 盘点 workspace makes big), its headers and rows alike.
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    mGrid->setFont(f);
    mGrid->horizontalHeader()->setFont(f);
    mGrid->verticalHeader()->setFont(f);
    mGrid->verticalHeader()->setDefaultSectionSize(QFontMetrics(f).height() + 14);
    mItems->horizontalHeader()->setFont(font());
}

bool StocktakeView::blind() const { return mShown && mShown->blind && mShown->status == stocktake::kOpen; }

QString StocktakeView::postQuestion() const
{
    if (!mShown)
        return {};
    const QString warning = StocktakeService::uncountedWarning(VarianceTotals::of(mRows));
    if (warning.isEmpty())
        return tr("Post count %1? Every difference is booked into stock.").arg(mShown->number());
    return tr("Post count %1? %2 Every difference is booked into stock; count those SKUs first if they are on the "
              "shelf.")
        .arg(mShown->number(), warning);
}

QLineEdit *StocktakeView::scanField() const { return mScanRow->field(); }

QByteArray StocktakeView::saveState() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << qint32(1) << mTop->saveState() << mSplit->saveState();
    return out;
}

void StocktakeView::restoreState(const QByteArray &state)
{
    QDataStream s(state);
    qint32 version = 0;
    QByteArray top, split;
    s >> version >> top >> split;
    if (version == 1 && s.status() == QDataStream::Ok) {
        mTop->restoreState(top);
        mSplit->restoreState(split);
    }
}

void StocktakeView::setToday(QDate day)
{
    mToday = day;
    updateReminder();
}

QDate StocktakeView::today() const { return mToday.isValid() ? mToday : QDate::currentDate(); }

void StocktakeView::reload()
{
    StocktakeService &repo = mCounts;
    auto all = repo.stocktakes();
    if (!all) {
        report(all.status());
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

    mAnyOpen = false;
    for (const Stocktake &t : *all)
        mAnyOpen = mAnyOpen || t.status == stocktake::kOpen;
    mBar->setCounts(*all, mShown);

    mRows.clear();
    QList<UnknownScan> unknown;
    if (mShown) {
        auto rows = repo.variance(mShown->id);
        if (!rows) {
            report(rows.status());
            return;
        }
        mRows = *rows;
        mSeenCountRows = repo.countRows(mShown->id).ok() ? *repo.countRows(mShown->id) : -1;
        auto scans = repo.unknownScans(mShown->id);
        if (scans)
            unknown = *scans;
        else
            report(scans.status());
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
        mBar->setStatus(status);
    } else {
        mBar->setStatus(tr("No count yet: choose the scope and start one."));
    }
    mUnknown->setScans(unknown);
    const QString item = mGridModel->itemCode();
    mItemModel->setRows(mRows, blind());
    const VarianceTotals t = VarianceTotals::of(mRows);
    if (blind())
        mTotals->setText(tr("Blind count: %1 pieces counted · %2 of %3 SKUs counted · %4 unknown")
                             .arg(t.counted)
                             .arg(t.skus - t.skusUncounted)
                             .arg(t.skus)
                             .arg(mUnknown->count()));
    else
        mTotals->setText(mShown
                ? tr("Expected %1, counted %2 pieces · surplus %3 pieces, %4 · shortage %5 pieces, %6 · %7 "
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
                    + (mShown->status == stocktake::kOpen && t.skusUncounted > 0
                            ? QStringLiteral(" · ") + StocktakeService::uncountedWarning(t)
                            : QString())
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
    mGridModel->setItem(mRows, itemCode, blind());
    QString title;
    for (const VarianceRow &r : mRows)
        if (r.itemCode == itemCode) {
            title = r.itemTitle;
            break;
        }
    mGridTitle->setText(itemCode.isEmpty() ? QString()
            : blind()
            ? tr("%1 %2 — colour × size: counted (blind count); double-click a cell to type a count")
                  .arg(itemCode, title)
            : tr("%1 %2 — colour × size: counted / expected (difference); double-click a cell to type a count")
                  .arg(itemCode, title));
}

void StocktakeView::updateButtons()
{
    const bool open = mShown && mShown->status == stocktake::kOpen;
    mBar->setState(mAnyOpen, open, mShown && mShown->status == stocktake::kPosted, mShown.has_value());
    mUnknown->setOpen(open);
}

void StocktakeView::updateReminder()
{
    const QDate day = today();
    auto due = mCounts.monthlyCountDue(day);
    if (!due)
        report(due.status());
    const bool show = due && *due;
    mBar->setReminder(tr("It is the %1: the monthly stock-take (28th–31st) has not been posted yet this month.")
                          .arg(QLocale().toString(day, QLocale::LongFormat)),
        show);
}

void StocktakeView::refocus() { mScanRow->refocus(); }

void StocktakeView::report(const core::Status &s)
{
    // Shown beside the scan field, never in a modal box: the next scan's keys would go there.
    if (!s && !s.errorMessage().isEmpty()) {
        qCWarning(lcInventory) << s.errorMessage();
        mScanRow->showRefused(s.errorMessage());
    }
}

void StocktakeView::importCountsDialog()
{
    const QString path = core::FileDialog::getOpenFileName(this, tr("Import a count CSV"), {}, tr("CSV (*.csv)"));
    if (!path.isEmpty())
        importCountsFrom(path);
    refocus();
}

void StocktakeView::importCountsFrom(const QString &path) { report(importCounts(path)); }

void StocktakeView::onScan(const QString &code, int quantity)
{
    if (!mShown || mShown->status != stocktake::kOpen) {
        mScanRow->showRefused(tr("No count is open: start one first (%1 was not counted).").arg(code));
        return;
    }
    mUndo->push(new ScanCommand(mCounts, mContext.events, mShown->id, code, quantity, mContext.actor,
        [this](const core::Result<ScanResult> &r) { onScanned(r); }));
}

void StocktakeView::onScanned(const core::Result<ScanResult> &r)
{
    if (r) {
        if (r->known) {
            mScanRow->showCounted(
                tr("%1 %2/%3  +%4 → %5").arg(r->itemCode, r->color, r->size).arg(r->quantity).arg(r->counted));
            mGridModel->setItem({}, r->itemCode); // the reload below shows this item
        } else {
            mScanRow->showRefused(
                tr("Unknown barcode %1 (× %2): kept in the list to resolve.").arg(r->barcode).arg(r->quantity));
        }
    } else if (!r.errorMessage().isEmpty()) {
        mScanRow->showRefused(r.errorMessage());
    }
    reload();
}

void StocktakeView::startCount()
{
    const QString scope = mBar->scope();
    auto id = mCounts.start(scope, mContext.actor, mBar->blind());
    if (!id) {
        report(id.status());
        return;
    }
    mShown = mCounts.stocktake(*id).value();
    mScanRow->clearMessage();
    reload();
    refocus();
}

void StocktakeView::postCount()
{
    if (!mShown)
        return;
    mUndo->push(
        new PostCountCommand(mCounts, mContext.events, mShown->id, mContext.actor, [this](const core::Status &s) {
            report(s);
            if (s && mShown)
                mContext.events.reportDone(tr("Count %1 posted.").arg(mShown->number()));
            reload();
            mContext.events.notifyChanged(core::Topic::Stock);
            Q_EMIT stockChanged();
        }));
}

void StocktakeView::reverseCount()
{
    if (!mShown)
        return;
    auto r = mCounts.reverse(mShown->id, mContext.actor);
    report(r.status());
    if (r)
        mContext.events.reportDone(tr("Count %1 reversed.").arg(mShown->number()));
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
        // A field edit: typed again for the same SKU, the two merge into one undo step.
        StocktakeService &counts = mCounts;
        auto *cmd = new core::ChangeValue<qint64>([sku = QStringLiteral("%1 %2/%3").arg(r.itemCode, r.color, r.size),
                                                      counted] { return tr("Count %1 as %2").arg(sku).arg(counted); },
            mContext.events, std::nullopt, kTypedCountField, skuId, r.counted, counted,
            [&counts, id = mShown->id, skuId, actor = mContext.actor](
                const qint64 &value) { return counts.setCounted(id, skuId, value, actor).status(); });
        cmd->setDone([this](const core::Status &s) {
            report(s);
            reload();
        });
        mUndo->push(cmd);
        return;
    }
}

void StocktakeView::onGridDoubleClicked(const QModelIndex &index)
{
    const VarianceRow *r = mGridModel->rowAt(index);
    if (r && mShown && mShown->status == stocktake::kOpen) // asked beside the scan field, not in a modal box
        mScanRow->askCount(
            r->skuId, tr("Pieces of %1 %2/%3 on the shelf:").arg(r->itemCode, r->color, r->size), r->counted);
}

void StocktakeView::resolveSelectedUnknown(const QString &barcode)
{
    const qint64 id = mUnknown->selectedId();
    if (!id || barcode.trimmed().isEmpty())
        return;
    auto r = mCounts.resolveUnknown(id, barcode, mContext.actor);
    report(r.status());
    if (r)
        mUnknown->clearField();
    reload();
    refocus();
}

void StocktakeView::dismissSelectedUnknown()
{
    const qint64 id = mUnknown->selectedId();
    if (!id)
        return;
    auto r = mCounts.dismissUnknown(id, mContext.actor);
    report(r.status());
    reload();
    refocus();
}

core::Status StocktakeView::exportReport(const QString &path)
{
    if (!mShown)
        return core::Error { tr("There is no count to report.") };
    return mCounts.writeReport(path, *mShown, mRows);
}

core::Status StocktakeView::importCounts(const QString &path)
{
    if (!mShown || mShown->status != stocktake::kOpen)
        return core::Error { tr("No count is open: start one first.") };
    auto pieces = mCounts.importCounts(mShown->id, path, mContext.actor);
    reload();
    if (!pieces)
        return pieces.status();
    const QString done = tr("%n piece(s) imported from %1.", "", *pieces).arg(QFileInfo(path).fileName());
    mScanRow->showCounted(done);
    mContext.events.reportDone(done);
    return {};
}

void StocktakeView::exportReportDialog(const QString &format)
{
    if (!mShown)
        return;
    const QString filter = format == QLatin1String("pdf") ? tr("PDF (*.pdf)")
        : format == QLatin1String("csv")                  ? tr("CSV (*.csv)")
                                                          : tr("Excel (*.xlsx)");
    const QString path = core::FileDialog::getSaveFileName(
        this, tr("Save the stock-take report"), QStringLiteral("%1.%2").arg(mShown->number(), format), filter);
    if (!path.isEmpty()) {
        const core::Status s = exportReport(path);
        report(s);
        if (s)
            mContext.events.reportDone(tr("Count report exported to %1.").arg(QDir::toNativeSeparators(path)));
    }
    refocus();
}

} // namespace shopdesk::inventory
