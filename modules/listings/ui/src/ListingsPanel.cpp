#include "ListingsPanel.h"

#include "ItemDialog.h"
#include "ItemTransfer.h"
#include "ItemsModel.h"
#include "LabelSheet.h"
#include "ListingsReports.h"
#include "commands/AddItemCommand.h"
#include "commands/ChangeSettingsCommand.h"
#include "commands/DeleteItemCommand.h"
#include "commands/EditItemCommand.h"
#include "commands/EditSkuCommand.h"
#include "commands/SetShelfCommand.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Ean13.h>
#include <shopdesk/core/FileDialog.h>
#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/RecordTable.h>
#include <shopdesk/core/Vocabulary.h>

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace shopdesk::listings {

using core::Vocabulary;

namespace {
QTableWidget *reportTable(const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    core::setUpRecordView(t);
    return t;
}

QTableWidgetItem *cell(const QVariant &value, const QString &shown = {})
{
    auto *i = new QTableWidgetItem;
    i->setData(Qt::DisplayRole, shown.isEmpty() ? value : QVariant(shown));
    i->setData(Qt::UserRole, value);
    i->setToolTip(shown.isEmpty() ? value.toString() : shown);
    if (value.typeId() != QMetaType::QString)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

void setRow(QTableWidget *t, int row, const QList<QTableWidgetItem *> &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, cells[c]);
}

QString percent(double v) { return QStringLiteral("%1%").arg(v * 100.0, 0, 'f', 1); }
} // namespace

ListingsPanel::ListingsPanel(const core::PanelContext &context, QWidget *parent)
    : core::ModulePanel(parent)
    , mContext(context)
    , mModel(new ItemsModel(this))
    , mProxy(new ItemsFilterModel(this))
{
    setObjectName(QStringLiteral("ListingsPanel"));
    mProxy->setSourceModel(mModel);
    mProxy->setSortRole(ItemsModel::kRawRole);
    mTabs = new QTabWidget(this);
    mTabs->setObjectName(QStringLiteral("tabs"));
    mTabs->setDocumentMode(true);
    mTabs->addTab(buildItemsTab(), QString());
    mTabs->addTab(buildTitlesTab(), QString());
    mTabs->addTab(buildRelistTab(), QString());
    mTabs->addTab(buildAdviceTab(), QString());
    mTabs->addTab(buildParetoTab(), QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(mTabs);

    connect(mTabs, &QTabWidget::currentChanged, this, &ListingsPanel::refreshReports);
    connect(&mContext.events, &core::ShopEvents::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Items || topic == core::Topic::Stock || topic == core::Topic::Orders
            || topic == core::Topic::Everything)
            reload();
    });
    connect(undoStack(), &QUndoStack::indexChanged, this, &ListingsPanel::updateActions);
    retranslateUi();
    reload();
}

QWidget *ListingsPanel::buildItemsTab()
{
    auto *page = new QWidget(this);
    mSearch = new QLineEdit(page);
    mSearch->setObjectName(QStringLiteral("search"));
    mSearch->setClearButtonEnabled(true);
    mCategory = new QComboBox(page);
    mCategory->setObjectName(QStringLiteral("categoryFilter"));
    mRole = new QComboBox(page);
    mRole->setObjectName(QStringLiteral("roleFilter"));
    mRole->addItem(QString(), QString());
    for (const QString &r : core::codes::roles())
        mRole->addItem(QString(), r);
    mShelf = new QComboBox(page);
    mShelf->setObjectName(QStringLiteral("shelfFilter"));
    mShelf->addItems({ QString(), QString(), QString() });
    mMainOnly = new QCheckBox(page);
    mMainOnly->setObjectName(QStringLiteral("mainPushFilter"));
    mCount = new QLabel(page);
    mCount->setObjectName(QStringLiteral("count"));
    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(mSearch, 1);
    filters->addWidget(mCategory);
    filters->addWidget(mRole);
    filters->addWidget(mShelf);
    filters->addWidget(mMainOnly);
    filters->addWidget(mCount);

    mToolBar = new QToolBar(page);
    mToolBar->setObjectName(QStringLiteral("listingsToolBar"));
    mToolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    mAdd = mToolBar->addAction(QString(), this, [this] { openItemDialog(int(ItemDialog::Mode::Add)); });
    mEdit = mToolBar->addAction(QString(), this, [this] { openItemDialog(int(ItemDialog::Mode::Edit)); });
    mCopy = mToolBar->addAction(QString(), this, [this] { openItemDialog(int(ItemDialog::Mode::Copy)); });
    mToolBar->addSeparator();
    mOnShelf = mToolBar->addAction(QString(), this, [this] { setShelf(selectedItemIds(), true); });
    mOffShelf = mToolBar->addAction(QString(), this, [this] { setShelf(selectedItemIds(), false); });
    mDelete = mToolBar->addAction(QString(), this, [this] { deleteItem(currentItemId()); });
    mToolBar->addSeparator();
    mImport = mToolBar->addAction(QString(), this, [this] {
        const QString path = core::FileDialog::getOpenFileName(
            this, mImport->text(), QString(), tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    mExport = mToolBar->addAction(QString(), this, [this] {
        const QString path = core::FileDialog::getSaveFileName(
            this, mExport->text(), tr("items.csv"), tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    mLabels = mToolBar->addAction(QString(), this, [this] {
        const QString path
            = core::FileDialog::getSaveFileName(this, mLabels->text(), tr("labels.pdf"), tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            printLabelsTo(path, selectedItemIds());
    });
    mPrint = mToolBar->addAction(QString(), this, [this] {
        const QList<qint64> ids = selectedItemIds();
        if (ids.isEmpty())
            return;
        auto labels = ListingsReports::labels(mContext.db, ids);
        if (!report(labels.status()) || labels->isEmpty())
            return;
        QPrinter printer;
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            report(LabelSheet::paint(printer, *labels));
    });

    mView = core::newRecordView(mProxy, QStringLiteral("table"), page);
    mView->setSortingEnabled(true);
    mView->sortByColumn(-1, Qt::AscendingOrder);
    mView->setColumnWidth(ItemsModel::Title, 260);
    connect(mView, &QTableView::doubleClicked, this, [this] { openItemDialog(int(ItemDialog::Mode::Edit)); });
    connect(mView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showSkus(); });
    connect(mView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ListingsPanel::updateActions);

    auto *skuBox = new QWidget(page);
    mSkuTitle = new QLabel(skuBox);
    mSkuTitle->setObjectName(QStringLiteral("skuTitle"));
    mSkuGrid = new QTableWidget(skuBox);
    mSkuGrid->setObjectName(QStringLiteral("skuGrid"));
    mSkuGrid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mSkuGrid->setWordWrap(true);
    mSkuGrid->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mSkuGrid->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(mSkuGrid, &QTableWidget::cellDoubleClicked, this, &ListingsPanel::editSkuAt);
    auto *skuLayout = new QVBoxLayout(skuBox);
    skuLayout->setContentsMargins(0, 0, 0, 0);
    skuLayout->addWidget(mSkuTitle);
    skuLayout->addWidget(mSkuGrid, 1);

    mSplitter = new QSplitter(Qt::Vertical, page);
    mSplitter->setObjectName(QStringLiteral("itemsSplitter"));
    mSplitter->addWidget(mView);
    mSplitter->addWidget(skuBox);
    mSplitter->setStretchFactor(0, 3);
    mSplitter->setStretchFactor(1, 2);
    mStatus = new QLabel(page);
    mStatus->setObjectName(QStringLiteral("status"));
    mStatus->setWordWrap(true);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(mToolBar);
    layout->addWidget(mSplitter, 1);
    layout->addWidget(mStatus);

    connect(mSearch, &QLineEdit::textChanged, this, &ListingsPanel::applyFilter);
    connect(mSearch, &QLineEdit::returnPressed, this, &ListingsPanel::scanned);
    for (QComboBox *c : { mCategory, mRole, mShelf })
        connect(c, &QComboBox::currentIndexChanged, this, &ListingsPanel::applyFilter);
    connect(mMainOnly, &QCheckBox::toggled, this, &ListingsPanel::applyFilter);
    return page;
}

QWidget *ListingsPanel::buildTitlesTab()
{
    auto *page = new QWidget(this);
    mTitlesSummary = new QLabel(page);
    mTitlesSummary->setWordWrap(true);
    mTitles = reportTable(QStringLiteral("titlesTable"), page);
    mTitles->setColumnCount(4);
    mTitles->setWordWrap(true);
    mWordsButton = new QPushButton(page);
    mWordsButton->setObjectName(QStringLiteral("titleWords"));
    connect(mWordsButton, &QPushButton::clicked, this, &ListingsPanel::editShopWords);
    auto *top = new QHBoxLayout;
    top->addWidget(mTitlesSummary, 1);
    top->addWidget(mWordsButton);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(mTitles, 1);
    return page;
}

QWidget *ListingsPanel::buildRelistTab()
{
    auto *page = new QWidget(this);
    mPeakLabel = new QLabel(page);
    mPeak = new QLineEdit(page);
    mPeak->setObjectName(QStringLiteral("peakHours"));
    mPeakApply = new QPushButton(page);
    mRelistExport = new QPushButton(page);
    mRelistSummary = new QLabel(page);
    mRelistSummary->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(mPeakLabel);
    top->addWidget(mPeak, 1);
    top->addWidget(mPeakApply);
    top->addWidget(mRelistExport);
    mRelist = reportTable(QStringLiteral("relistTable"), page);
    mRelist->setColumnCount(6);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(mRelistSummary);
    layout->addWidget(mRelist, 1);
    auto apply = [this] {
        auto windows = RelistPlanner::parseWindows(mPeak->text());
        if (!windows) {
            mContext.events.reportError(windows.errorMessage());
            return;
        }
        ListingsSettings s = ListingsSettings::load(mContext.db);
        const auto before = s.values();
        s.peakWindows = *windows;
        if (s.values() != before)
            undoStack()->push(new ChangeSettingsCommand(mContext.db, mContext.events,
                tr("Peak hours %1").arg(RelistPlanner::windowsText(*windows)), before, s.values()));
    };
    connect(mPeakApply, &QPushButton::clicked, this, apply);
    connect(mPeak, &QLineEdit::returnPressed, this, apply);
    connect(mRelistExport, &QPushButton::clicked, this, [this] {
        const QString path = core::FileDialog::getSaveFileName(
            this, mRelistExport->text(), tr("relist-plan.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportRelistPlan(path);
    });
    return page;
}

QWidget *ListingsPanel::buildAdviceTab()
{
    auto *page = new QWidget(this);
    mSlotsLabel = new QLabel(page);
    mSlots = new QSpinBox(page);
    mSlots->setObjectName(QStringLiteral("showcaseSlots"));
    mSlots->setRange(0, 100);
    mMinimumLabel = new QLabel(page);
    mMinimum = new QSpinBox(page);
    mMinimum->setObjectName(QStringLiteral("mainMinimum"));
    mMinimum->setRange(0, 10000);
    auto *top = new QHBoxLayout;
    top->addWidget(mSlotsLabel);
    top->addWidget(mSlots);
    top->addSpacing(16);
    top->addWidget(mMinimumLabel);
    top->addWidget(mMinimum);
    top->addStretch();
    mAdviceSummary = new QLabel(page);
    mAdvice = reportTable(QStringLiteral("adviceTable"), page);
    mAdvice->setColumnCount(5);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(mAdviceSummary);
    layout->addWidget(mAdvice, 1);
    auto save = [this] {
        ListingsSettings s = ListingsSettings::load(mContext.db);
        const auto before = s.values();
        s.showcaseSlots = mSlots->value();
        s.mainMinimum = mMinimum->value();
        if (s.values() != before)
            undoStack()->push(new ChangeSettingsCommand(
                mContext.db, mContext.events, tr("Change the advice settings"), before, s.values()));
    };
    connect(mSlots, &QSpinBox::editingFinished, this, save);
    connect(mMinimum, &QSpinBox::editingFinished, this, save);
    return page;
}

QWidget *ListingsPanel::buildParetoTab()
{
    auto *page = new QWidget(this);
    mFromLabel = new QLabel(page);
    mToLabel = new QLabel(page);
    mFrom = new QDateEdit(page);
    mFrom->setObjectName(QStringLiteral("paretoFrom"));
    mTo = new QDateEdit(page);
    mTo->setObjectName(QStringLiteral("paretoTo"));
    for (QDateEdit *d : { mFrom, mTo }) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    mTo->setDate(QDate::currentDate());
    mFrom->setDate(QDate::currentDate().addDays(-29));
    auto *top = new QHBoxLayout;
    top->addWidget(mFromLabel);
    top->addWidget(mFrom);
    top->addWidget(mToLabel);
    top->addWidget(mTo);
    top->addStretch();
    mParetoSummary = new QLabel(page);
    mParetoSummary->setObjectName(QStringLiteral("paretoSummary"));
    mParetoSummary->setWordWrap(true);
    mPareto = reportTable(QStringLiteral("paretoTable"), page);
    mPareto->setColumnCount(8);
    mParetoChart = new QChartView(page);
    mParetoChart->setObjectName(QStringLiteral("paretoChart"));
    mParetoChart->setRenderHint(QPainter::Antialiasing);
    mParetoChart->setMinimumHeight(260);
    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(mParetoChart);
    split->addWidget(mPareto);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(top);
    layout->addWidget(mParetoSummary);
    layout->addWidget(split, 1);
    connect(mFrom, &QDateEdit::dateChanged, this, &ListingsPanel::refreshPareto);
    connect(mTo, &QDateEdit::dateChanged, this, &ListingsPanel::refreshPareto);
    return page;
}

void ListingsPanel::retranslateUi()
{
    mTabs->setTabText(0, tr("Items"));
    mTabs->setTabText(1, tr("Title check"));
    mTabs->setTabText(2, tr("Relist plan"));
    mTabs->setTabText(3, tr("Advice"));
    mTabs->setTabText(4, tr("Pareto (80/20)"));
    mSearch->setPlaceholderText(tr("Search item code, title words, category…"));
    mRole->setItemText(0, tr("All roles"));
    for (int i = 1; i < mRole->count(); ++i)
        mRole->setItemText(i, Vocabulary::role(mRole->itemData(i).toString()));
    mShelf->setItemText(0, tr("On and off shelf"));
    mShelf->setItemText(1, tr("On shelf"));
    mShelf->setItemText(2, tr("Off shelf"));
    mMainOnly->setText(tr("Main push only"));
    mAdd->setText(tr("New item…"));
    mEdit->setText(tr("Edit…"));
    mCopy->setText(tr("Copy…"));
    mOnShelf->setText(tr("Put on shelf"));
    mOffShelf->setText(tr("Take off shelf"));
    mDelete->setText(tr("Delete"));
    mDelete->setToolTip(
        tr("Deletes an item that never moved stock; an item with stock movements or orders is archived."));
    mImport->setText(tr("Import CSV…"));
    mExport->setText(tr("Export…"));
    mLabels->setText(tr("Labels to PDF…"));
    mPrint->setText(tr("Print labels…"));
    mWordsButton->setText(tr("Shop's own words…"));
    mWordsButton->setToolTip(tr("Words this shop's titles must not carry, beyond the built-in list of absolute words"));
    mPeakLabel->setText(tr("Buyers' peak hours:"));
    mPeak->setToolTip(tr("Ranges of hours, e.g. 9-12, 14-18 or 20:30-22"));
    mPeakApply->setText(tr("Apply"));
    mRelistExport->setText(tr("Export CSV…"));
    mSlotsLabel->setText(tr("Showcase slots (橱窗推荐):"));
    mMinimumLabel->setText(tr("Main items' minimum stock:"));
    mFromLabel->setText(tr("Sales from"));
    mToLabel->setText(tr("to"));
    mTitles->setHorizontalHeaderLabels({ tr("Item code"), tr("Title"), tr("Bytes"), tr("Problems") });
    mRelist->setHorizontalHeaderLabels(
        { tr("Next relist"), tr("Weekday"), tr("Time"), tr("Item code"), tr("Title"), tr("Main push") });
    mAdvice->setHorizontalHeaderLabels({ tr("Advice"), tr("Item code"), tr("Title"), tr("On hand"), tr("Reason") });
    mPareto->setHorizontalHeaderLabels({ tr("Rank"), tr("Item code"), tr("Title"), tr("Sales"), tr("Units"),
        tr("Share"), tr("Cumulative"), tr("Carries 80%") });
    mModel->retranslate();
    fillCategoryFilter();
    updateCount();
    showSkus();
    mFreshTabs = 0;
    refreshReports();
}

void ListingsPanel::fillCategoryFilter()
{
    const QString current = mCategory->currentData().toString();
    QStringList categories;
    for (int r = 0; r < mModel->rowCount(); ++r)
        if (!categories.contains(mModel->at(r).item.category))
            categories << mModel->at(r).item.category;
    categories.sort();
    const QSignalBlocker block(mCategory);
    mCategory->clear();
    mCategory->addItem(tr("All categories"), QString());
    for (const QString &c : categories)
        mCategory->addItem(Vocabulary::category(c), c);
    mCategory->setCurrentIndex(std::max(0, mCategory->findData(current)));
}

void ListingsPanel::reload()
{
    const qint64 current = currentItemId();
    auto items = core::ItemRepository(mContext.db).overview();
    if (!items) {
        mContext.events.reportError(items.errorMessage());
        mModel->setItems({});
    } else {
        mModel->setItems(std::move(items).value());
    }
    fillCategoryFilter();
    applyFilter();
    if (current > 0)
        selectItem(current);
    if (currentItemId() <= 0 && mProxy->rowCount() > 0)
        mView->selectionModel()->setCurrentIndex(
            mProxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showSkus();
    const ListingsSettings s = ListingsSettings::load(mContext.db);
    mPeak->setText(RelistPlanner::windowsText(s.peakWindows));
    {
        const QSignalBlocker b1(mSlots), b2(mMinimum);
        mSlots->setValue(s.showcaseSlots);
        mMinimum->setValue(s.mainMinimum);
    }
    mFreshTabs = 0;
    refreshReports();
    updateActions();
}

void ListingsPanel::applyFilter()
{
    ItemFilter f;
    f.words = ItemFilter::splitWords(mSearch->text());
    f.category = mCategory->currentData().toString();
    f.role = mRole->currentData().toString();
    f.shelf = ItemFilter::Shelf(std::max(0, mShelf->currentIndex()));
    f.mainPushOnly = mMainOnly->isChecked();
    mProxy->setFilter(std::move(f));
    updateCount();
}

int ListingsPanel::visibleRowCount() const { return mProxy->rowCount(); }

void ListingsPanel::updateCount()
{
    const int shown = mProxy->rowCount(), total = mModel->rowCount();
    mCount->setText(shown == total ? tr("%n item(s)", nullptr, total) : tr("%1 of %2 items").arg(shown).arg(total));
}

qint64 ListingsPanel::currentItemId() const
{
    const QModelIndex i = mView->currentIndex();
    if (!i.isValid())
        return 0;
    const QModelIndex s = mProxy->mapToSource(i);
    return s.isValid() ? mModel->at(s.row()).item.id : 0;
}

QList<qint64> ListingsPanel::selectedItemIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &i : mView->selectionModel()->selectedRows())
        ids << mModel->at(mProxy->mapToSource(i).row()).item.id;
    if (ids.isEmpty() && currentItemId() > 0)
        ids << currentItemId();
    return ids;
}

void ListingsPanel::selectItem(qint64 itemId)
{
    const int row = mModel->rowOf(itemId);
    if (row < 0)
        return;
    const QModelIndex i = mProxy->mapFromSource(mModel->index(row, 0));
    if (!i.isValid())
        return;
    mView->selectionModel()->setCurrentIndex(i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    mView->scrollTo(i);
}

void ListingsPanel::updateActions()
{
    const bool one = currentItemId() > 0;
    mEdit->setEnabled(one);
    mCopy->setEnabled(one);
    mDelete->setEnabled(one);
    mOnShelf->setEnabled(one);
    mOffShelf->setEnabled(one);
    mLabels->setEnabled(one);
    mPrint->setEnabled(one);
}

void ListingsPanel::showSkus()
{
    const qint64 id = currentItemId();
    mSkuGrid->clear();
    mSkus.clear();
    if (id <= 0) {
        mSkuTitle->setText(tr("Select an item to see its SKUs (colour × size)."));
        mSkuGrid->setRowCount(0);
        mSkuGrid->setColumnCount(0);
        return;
    }
    const core::Item &item = mModel->at(mModel->rowOf(id)).item;
    auto skus = ListingsRepository(mContext.db).skuStock(id);
    if (!skus) {
        mContext.events.reportError(skus.errorMessage());
        return;
    }
    mSkus = *skus;
    QStringList colors, sizes;
    qint64 total = 0;
    for (const SkuStock &s : mSkus) {
        if (!colors.contains(s.sku.color))
            colors << s.sku.color;
        if (!sizes.contains(s.sku.size))
            sizes << s.sku.size;
        total += s.onHand;
    }
    mSkuTitle->setText(
        tr("%1 %2 — %3 SKUs, %4 on hand (from the stock ledger). Double-click a SKU to change its barcode or prices.")
            .arg(item.code, item.title)
            .arg(mSkus.size())
            .arg(total));
    mSkuGrid->setRowCount(int(colors.size()));
    mSkuGrid->setColumnCount(int(sizes.size()));
    mSkuGrid->setVerticalHeaderLabels(colors);
    mSkuGrid->setHorizontalHeaderLabels(sizes);
    for (qsizetype k = 0; k < mSkus.size(); ++k) {
        const SkuStock &s = mSkus[k];
        const core::Money price = s.sku.price.value_or(item.price), cost = s.sku.cost.value_or(item.cost);
        auto *c = new QTableWidgetItem(tr("%1\n%2 / cost %3\non hand %4")
                                           .arg(s.sku.barcode, price.toDisplayString(), cost.toDisplayString())
                                           .arg(s.onHand));
        c->setData(Qt::UserRole, qlonglong(k));
        c->setTextAlignment(Qt::AlignCenter);
        if (s.onHand <= 0)
            c->setForeground(QColor(0xc0, 0x20, 0x20));
        mSkuGrid->setItem(int(colors.indexOf(s.sku.color)), int(sizes.indexOf(s.sku.size)), c);
    }
}

void ListingsPanel::editSkuAt(int row, int column)
{
    QTableWidgetItem *c = mSkuGrid->item(row, column);
    if (!c)
        return;
    const core::Sku before = mSkus.value(c->data(Qt::UserRole).toLongLong()).sku;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("SKU %1 / %2").arg(before.color, before.size));
    auto *form = new QFormLayout(&dialog);
    auto *barcode = new QLineEdit(before.barcode, &dialog);
    auto *price = new QLineEdit(before.price ? before.price->toPlainString() : QString(), &dialog);
    price->setPlaceholderText(tr("the item's price"));
    auto *cost = new QLineEdit(before.cost ? before.cost->toPlainString() : QString(), &dialog);
    cost->setPlaceholderText(tr("the item's cost"));
    form->addRow(tr("Barcode"), barcode);
    form->addRow(tr("Price (¥)"), price);
    form->addRow(tr("Cost (¥)"), cost);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    core::Sku after = before;
    after.barcode = barcode->text().trimmed();
    const bool digits
        = std::all_of(after.barcode.cbegin(), after.barcode.cend(), [](QChar ch) { return ch.isDigit(); });
    if (after.barcode.isEmpty() || (digits && after.barcode.size() == 13 && !core::ean13::isValid(after.barcode))) {
        mContext.events.reportError(
            tr("“%1” is not a usable barcode: give a valid EAN-13 or the code printed on the tag.").arg(after.barcode));
        return;
    }
    for (auto [field, target] : { std::pair { price, &after.price }, std::pair { cost, &after.cost } }) {
        if (field->text().trimmed().isEmpty()) {
            *target = std::nullopt;
            continue;
        }
        auto m = core::Money::parse(field->text());
        if (!m || m->fen() < 0) {
            mContext.events.reportError(tr("“%1” is not an amount in yuan.").arg(field->text()));
            return;
        }
        *target = *m;
    }
    editSku(after);
}

void ListingsPanel::openItemDialog(int modeValue)
{
    const auto mode = ItemDialog::Mode(modeValue);
    const qint64 id = currentItemId();
    if (mode != ItemDialog::Mode::Add && id <= 0)
        return;
    core::Item base;
    QStringList colors, sizes;
    if (mode != ItemDialog::Mode::Add) {
        base = mModel->at(mModel->rowOf(id)).item;
        for (const SkuStock &s : mSkus) {
            if (!colors.contains(s.sku.color))
                colors << s.sku.color;
            if (!sizes.contains(s.sku.size))
                sizes << s.sku.size;
        }
        if (mode == ItemDialog::Mode::Copy) {
            int n = 2;
            QString code;
            for (;;) {
                code = QStringLiteral("%1-%2").arg(base.code).arg(n++);
                auto taken = core::ItemRepository(mContext.db).itemByCode(code);
                if (!report(taken.status()))
                    return;
                if (!taken->has_value())
                    break;
            }
            base.code = code;
            base.id = 0;
        }
    }
    QList<ItemTitle> others;
    QStringList categories;
    for (int r = 0; r < mModel->rowCount(); ++r) {
        const core::Item &i = mModel->at(r).item;
        if (mode != ItemDialog::Mode::Edit || i.id != id)
            others.append({ i.id, i.code, i.title });
        if (!categories.contains(i.category))
            categories << i.category;
    }
    ItemDialog dialog(mode, base, TitleChecker::forShop(mContext.db), others, categories, this);
    dialog.setColorsAndSizes(colors, sizes);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (mode == ItemDialog::Mode::Edit) {
        editItem(dialog.item(), dialog.colors(), dialog.sizes());
        return;
    }
    ItemWithSkus created { dialog.item(), {} };
    created.item.id = 0;
    for (const QString &c : dialog.colors().isEmpty() ? QStringList { QString() } : dialog.colors())
        for (const QString &s : dialog.sizes().isEmpty() ? QStringList { QString() } : dialog.sizes())
            created.skus.append({ 0, 0, c, s, QString(), std::nullopt, std::nullopt });
    addItem(created);
}

qint64 ListingsPanel::addItem(ItemWithSkus item)
{
    // In-store EAN-13s for SKUs that have no barcode yet.
    auto serial = ListingsRepository(mContext.db).nextSerial(ItemTransfer::kInStorePrefix);
    if (!report(serial.status()))
        return 0;
    qint64 next = *serial;
    for (core::Sku &s : item.skus)
        if (s.barcode.trimmed().isEmpty())
            s.barcode = core::ean13::inStore(ItemTransfer::kInStorePrefix, next++);
    auto *cmd = new AddItemCommand(mContext.db, mContext.events, std::move(item));
    undoStack()->push(cmd); // a failed add is dropped by the stack (obsolete)
    const qint64 id = undoStack()->command(undoStack()->index() - 1) == cmd ? cmd->itemId() : 0;
    if (id > 0)
        selectItem(id);
    return id;
}

void ListingsPanel::editItem(const core::Item &after, const QStringList &colors, const QStringList &sizes)
{
    ListingsRepository repo(mContext.db);
    auto before = repo.item(after.id);
    auto existing = repo.skuStock(after.id);
    if (!report(before.status()) || !report(existing.status()))
        return;
    // Colours and sizes keep the SKUs there are; every new combination becomes a SKU.
    QStringList allColors, allSizes;
    QSet<QString> have;
    for (const SkuStock &s : *existing) {
        have.insert(s.sku.color + QLatin1Char('\n') + s.sku.size);
        if (!allColors.contains(s.sku.color))
            allColors << s.sku.color;
        if (!allSizes.contains(s.sku.size))
            allSizes << s.sku.size;
    }
    for (const QString &c : colors)
        if (!allColors.contains(c))
            allColors << c;
    for (const QString &z : sizes)
        if (!allSizes.contains(z))
            allSizes << z;
    QList<core::Sku> added;
    if (!colors.isEmpty() || !sizes.isEmpty()) {
        auto serial = repo.nextSerial(ItemTransfer::kInStorePrefix);
        if (!report(serial.status()))
            return;
        qint64 next = *serial;
        for (const QString &c : allColors)
            for (const QString &z : allSizes)
                if (!have.contains(c + QLatin1Char('\n') + z))
                    added.append({ 0, after.id, c, z, core::ean13::inStore(ItemTransfer::kInStorePrefix, next++),
                        std::nullopt, std::nullopt });
    }
    undoStack()->push(new EditItemCommand(mContext.db, mContext.events, *before, after, added));
}

void ListingsPanel::setShelf(const QList<qint64> &itemIds, bool onShelf)
{
    QList<core::Item> items;
    for (qint64 id : itemIds) {
        const int row = mModel->rowOf(id);
        if (row >= 0 && mModel->at(row).item.onShelf != onShelf)
            items << mModel->at(row).item;
    }
    if (!items.isEmpty())
        undoStack()->push(new SetShelfCommand(mContext.db, mContext.events, items, onShelf));
}

void ListingsPanel::deleteItem(qint64 itemId)
{
    const int row = mModel->rowOf(itemId);
    if (row < 0)
        return;
    ListingsRepository repo(mContext.db);
    auto history = repo.hasHistory(itemId);
    auto skus = repo.skuStock(itemId);
    if (!report(history.status()) || !report(skus.status()))
        return;
    ItemWithSkus snapshot { mModel->at(row).item, {} };
    for (const SkuStock &s : *skus)
        snapshot.skus << s.sku;
    auto *cmd = new DeleteItemCommand(mContext.db, mContext.events, snapshot, *history);
    mStatus->setText(*history
            ? tr("%1 has stock movements or orders: it was archived, not deleted.").arg(snapshot.item.code)
            : tr("%1 was deleted.").arg(snapshot.item.code));
    undoStack()->push(cmd);
}

void ListingsPanel::editSku(const core::Sku &after)
{
    for (const SkuStock &s : mSkus)
        if (s.sku.id == after.id) {
            undoStack()->push(new EditSkuCommand(mContext.db, mContext.events, s.sku, after));
            return;
        }
}

bool ListingsPanel::importFrom(const QString &path)
{
    auto s = ItemTransfer::importFile(mContext.db, path);
    if (!s) {
        mContext.events.reportError(s.errorMessage());
        return false;
    }
    // An import is a file operation, not an edit: earlier edits can no longer be undone safely.
    undoStack()->clear();
    mStatus->setText(tr("Imported: %1 items added, %2 updated; %3 SKUs added, %4 updated; %5 barcodes generated.")
                         .arg(s->itemsAdded)
                         .arg(s->itemsUpdated)
                         .arg(s->skusAdded)
                         .arg(s->skusUpdated)
                         .arg(s->barcodesGenerated));
    mContext.events.notifyChanged(core::Topic::Items);
    return true;
}

bool ListingsPanel::exportTo(const QString &path)
{
    auto n = ItemTransfer::exportFile(mContext.db, path);
    if (!n) {
        mContext.events.reportError(n.errorMessage());
        return false;
    }
    mStatus->setText(tr("%1 items written to %2.").arg(*n).arg(path));
    return true;
}

bool ListingsPanel::exportRelistPlan(const QString &path)
{
    auto plan = ListingsReports::relistPlan(mContext.db, now());
    if (!report(plan.status()))
        return false;
    QStringList header;
    QList<QStringList> rows;
    ListingsReports::writeRelistCsvRows(*plan, &header, &rows);
    return report(core::writeCsv(path, header, rows));
}

bool ListingsPanel::printLabelsTo(const QString &pdfPath, const QList<qint64> &itemIds)
{
    if (itemIds.isEmpty())
        return false;
    auto labels = ListingsReports::labels(mContext.db, itemIds);
    if (!report(labels.status()) || labels->isEmpty())
        return false;
    if (!report(LabelSheet::writePdf(pdfPath, *labels)))
        return false;
    mStatus->setText(tr("%n label(s) written to %1.", nullptr, int(labels->size())).arg(pdfPath));
    return true;
}

void ListingsPanel::scanned()
{
    // A scanner types a barcode and Enter: show that SKU's item and its cell in the grid, and
    // keep the focus here with the text selected, so the next scan replaces it.
    const QString code = mSearch->text().trimmed();
    if (code.isEmpty())
        return;
    auto ref = core::ItemRepository(mContext.db).skuByBarcode(code);
    if (!report(ref.status()))
        return;
    if (!ref->has_value()) {
        if (mProxy->rowCount() > 0)
            mView->selectionModel()->setCurrentIndex(
                mProxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return;
    }
    const core::SkuRef &sku = **ref;
    mSearch->setText(sku.itemCode);
    selectItem(sku.sku.itemId);
    for (int r = 0; r < mSkuGrid->rowCount(); ++r)
        for (int c = 0; c < mSkuGrid->columnCount(); ++c)
            if (QTableWidgetItem *i = mSkuGrid->item(r, c);
                i && mSkus.value(i->data(Qt::UserRole).toLongLong()).sku.id == sku.sku.id)
                mSkuGrid->setCurrentCell(r, c);
    mStatus->setText(tr("Scanned %1: %2 %3 / %4.").arg(code, sku.itemCode, sku.sku.color, sku.sku.size));
    mSearch->setFocus();
    mSearch->selectAll();
}

void ListingsPanel::editShopWords()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Shop's own title words"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *help
        = new QLabel(tr("One word a line, optionally followed by a tab or a comma and the reason shown when a title "
                        "carries it. These words are added to the built-in list of absolute words (%1 words) and "
                        "to %2 in your data folder.")
                         .arg(TitleChecker::defaultWords().size())
                         .arg(TitleChecker::kUserWordsFile),
            &dialog);
    help->setWordWrap(true);
    auto *edit = new QPlainTextEdit(&dialog);
    edit->setPlainText(core::ShopSettings(mContext.db).value(TitleChecker::kShopWordsSetting));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(help);
    layout->addWidget(edit, 1);
    layout->addWidget(buttons);
    dialog.resize(480, 360);
    if (dialog.exec() == QDialog::Accepted)
        setShopWords(edit->toPlainText());
}

void ListingsPanel::setShopWords(const QString &text)
{
    const QString before = core::ShopSettings(mContext.db).value(TitleChecker::kShopWordsSetting);
    if (before == text)
        return;
    undoStack()->push(new ChangeSettingsCommand(mContext.db, mContext.events, tr("Change the shop's title words"),
        { { TitleChecker::kShopWordsSetting, before } }, { { TitleChecker::kShopWordsSetting, text } }));
}

void ListingsPanel::setNow(const QDateTime &now)
{
    mNow = now;
    mTo->setDate(now.date());
    mFrom->setDate(now.date().addDays(-29));
    mFreshTabs = 0;
    refreshReports();
}

QDateTime ListingsPanel::now() const { return mNow.isValid() ? mNow : QDateTime::currentDateTime(); }

bool ListingsPanel::report(const core::Status &s)
{
    if (!s)
        mContext.events.reportError(s.errorMessage());
    return s.ok();
}

void ListingsPanel::refreshReports()
{
    // Only the tab on view is computed; the others when they are opened after a change.
    const int tab = mTabs->currentIndex();
    if (tab <= 0 || (mFreshTabs & (1u << tab)))
        return;
    mFreshTabs |= 1u << tab;
    switch (tab) {
    case 1:
        refreshTitles();
        break;
    case 2:
        refreshRelist();
        break;
    case 3:
        refreshAdvice();
        break;
    case 4:
        refreshPareto();
        break;
    default:
        return;
    }
}

void ListingsPanel::refreshTitles()
{
    auto rows = ListingsReports::titles(mContext.db);
    if (!report(rows.status()))
        return;
    mTitles->setSortingEnabled(false);
    mTitles->setRowCount(int(rows->size()));
    for (int r = 0; r < rows->size(); ++r) {
        const TitleReportRow &row = rows->at(r);
        QStringList problems;
        for (const TitleIssue &i : row.issues)
            problems << i.message;
        setRow(mTitles, r,
            { cell(row.item.code), cell(row.item.title), cell(row.bytes), cell(problems.join(QLatin1Char(' '))) });
    }
    mTitles->setSortingEnabled(true);
    mTitles->resizeColumnsToContents();
    mTitlesSummary->setText(rows->isEmpty() ? tr("Every title keeps the rules: at most 60 bytes, no absolute words, "
                                                 "keywords separated by spaces, no duplicates.")
                                            : tr("%n title(s) break a rule.", nullptr, int(rows->size())));
}

void ListingsPanel::refreshRelist()
{
    auto plan = ListingsReports::relistPlan(mContext.db, now());
    if (!report(plan.status()))
        return;
    mRelist->setSortingEnabled(false);
    mRelist->setRowCount(int(plan->size()));
    for (int r = 0; r < plan->size(); ++r) {
        const RelistSlot &s = plan->at(r);
        setRow(mRelist, r,
            { cell(s.next.toString(QStringLiteral("yyyy-MM-dd HH:mm"))), cell(ListingsReports::dayName(s.day)),
                cell(s.timeText()), cell(s.item.code), cell(s.item.title),
                cell(s.item.mainPush ? tr("Main push") : QString()) });
    }
    mRelist->setSortingEnabled(true);
    mRelist->resizeColumnsToContents();
    mRelistSummary->setText(
        tr("%n on-shelf item(s), each relisted every 7 days at its own minute; main-push items hold the best times.",
            nullptr, int(plan->size())));
}

void ListingsPanel::refreshAdvice()
{
    auto rows = ListingsReports::advice(mContext.db, now());
    if (!report(rows.status()))
        return;
    mAdvice->setSortingEnabled(false);
    mAdvice->setRowCount(int(rows->size()));
    int off = 0, show = 0, reorder = 0;
    for (int r = 0; r < rows->size(); ++r) {
        const AdviceRow &a = rows->at(r);
        off += a.kind == AdviceRow::Kind::TakeOff;
        show += a.kind == AdviceRow::Kind::Showcase;
        reorder += a.kind == AdviceRow::Kind::Reorder;
        setRow(mAdvice, r,
            { cell(AdviceRow::kindText(a.kind)), cell(a.item.code), cell(a.item.title), cell(a.onHand),
                cell(a.detail) });
    }
    mAdvice->setSortingEnabled(true);
    mAdvice->resizeColumnsToContents();
    mAdviceSummary->setText(tr("Take off shelf: %1 · Showcase: %2 · Reorder: %3").arg(off).arg(show).arg(reorder));
}

void ListingsPanel::refreshPareto()
{
    auto rows = ListingsReports::pareto(mContext.db, mFrom->date(), mTo->date());
    if (!report(rows.status()))
        return;
    mPareto->setSortingEnabled(false);
    mPareto->setRowCount(int(rows->size()));
    int carriers = 0, selling = 0;
    core::Money total;
    for (int r = 0; r < rows->size(); ++r) {
        const ParetoRow &p = rows->at(r);
        carriers += p.head;
        selling += p.item.sales.fen() > 0;
        total += p.item.sales;
        setRow(mPareto, r,
            { cell(p.rank), cell(p.item.code), cell(p.item.title),
                cell(p.item.sales.fen(), p.item.sales.toDisplayString()), cell(p.item.units),
                cell(p.share, percent(p.share)), cell(p.cumulative, percent(p.cumulative)),
                cell(p.head ? QString::fromUtf8("✓") : QString()) });
        if (p.head)
            for (int c = 0; c < mPareto->columnCount(); ++c)
                mPareto->item(r, c)->setBackground(QColor(0xff, 0xf3, 0xd6));
    }
    mPareto->setSortingEnabled(true);
    mPareto->resizeColumnsToContents();
    mParetoSummary->setText(rows->isEmpty() || total.fen() == 0
            ? tr("No sales in this period.")
            : tr("%1 of %2 items (%3) carry 80% of the %4 sales from %5 to %6.")
                  .arg(carriers)
                  .arg(rows->size())
                  .arg(percent(double(carriers) / double(rows->size())), total.toDisplayString(),
                      mFrom->date().toString(Qt::ISODate), mTo->date().toString(Qt::ISODate)));
    Q_UNUSED(selling);
    drawParetoChart(*rows);
}

void ListingsPanel::drawParetoChart(const QList<ParetoRow> &rows)
{
    // Bars: the best sellers' sales; line: cumulative share; dashed: the 80% mark.
    constexpr int kShown = 20;
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignTop);
    auto *set = new QBarSet(tr("Sales (¥)"));
    auto *cumulative = new QLineSeries;
    cumulative->setName(tr("Cumulative share (%)"));
    auto *mark = new QLineSeries;
    mark->setName(tr("80%"));
    QPen dashed(QColor(0xc0, 0x20, 0x20));
    dashed.setStyle(Qt::DashLine);
    mark->setPen(dashed);
    QStringList codes;
    for (int i = 0; i < rows.size() && i < kShown; ++i) {
        *set << double(rows[i].item.sales.fen()) / 100.0;
        cumulative->append(i, rows[i].cumulative * 100.0);
        codes << rows[i].item.code;
    }
    mark->append(-0.5, 80);
    mark->append(std::max<qsizetype>(codes.size(), 1) - 0.5, 80);
    auto *bars = new QBarSeries;
    bars->append(set);
    chart->addSeries(bars);
    chart->addSeries(cumulative);
    chart->addSeries(mark);
    auto *x = new QBarCategoryAxis;
    x->append(codes);
    x->setLabelsAngle(-90);
    auto *money = new QValueAxis;
    money->setLabelFormat(QStringLiteral("%.0f"));
    auto *share = new QValueAxis;
    share->setRange(0, 100);
    share->setLabelFormat(QStringLiteral("%.0f%%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(money, Qt::AlignLeft);
    chart->addAxis(share, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(money);
    money->setMin(0);
    money->applyNiceNumbers();
    for (QLineSeries *l : { cumulative, mark }) {
        l->attachAxis(x);
        l->attachAxis(share);
    }
    QChart *old = mParetoChart->chart();
    mParetoChart->setChart(chart);
    delete old;
}

QByteArray ListingsPanel::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << quint8(1) << mView->horizontalHeader()->saveState() << mSplitter->saveState()
        << qint32(mTabs->currentIndex());
    return state;
}

void ListingsPanel::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint8 version = 0;
    QByteArray header, splitter;
    qint32 tab = 0;
    in >> version;
    if (version != 1)
        return;
    in >> header >> splitter >> tab;
    mView->horizontalHeader()->restoreState(header);
    mSplitter->restoreState(splitter);
    mTabs->setCurrentIndex(tab);
}

} // namespace shopdesk::listings
