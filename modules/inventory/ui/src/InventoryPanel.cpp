#include "InventoryPanel.h"

#include "MovementsView.h"
#include "QualityView.h"
#include "ReceivingView.h"
#include "StocktakeView.h"

#include <shopdesk/core/RecordTable.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/core/Vocabulary.h>
#include <shopdesk/inventory/ReorderRepository.h>

#include <QDataStream>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace shopdesk::inventory {

using core::ColumnKind;

InventoryPanel::InventoryPanel(const core::PanelContext &context, QWidget *parent)
    : core::ModulePanel(parent)
    , mContext(context)
    , mTabs(new QTabWidget(this))
    , mModel(new core::RecordTableModel(
          { { [] { return tr("Item code"); }, ColumnKind::Text }, { [] { return tr("Title"); }, ColumnKind::Text },
              { [] { return tr("Category"); }, ColumnKind::Text }, { [] { return tr("Colour"); }, ColumnKind::Text },
              { [] { return tr("Size"); }, ColumnKind::Text }, { [] { return tr("Barcode"); }, ColumnKind::Text },
              { [] { return tr("On hand"); }, ColumnKind::Integer } },
          this))
    , mProxy(new QSortFilterProxyModel(this))
    , mSearch(new QLineEdit(this))
    , mTable(new QTableView(this))
    , mCount(new QLabel(this))
    , mReorder(new QLabel(this))
{
    mReorder->setObjectName(QStringLiteral("reorderWarning"));
    mReorder->setWordWrap(true);
    mReorder->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #664d03; padding: 6px; border-radius: 3px; }"));
    mReorder->hide();
    setObjectName(QStringLiteral("InventoryPanel"));
    mProxy->setSourceModel(mModel);
    mProxy->setFilterKeyColumn(-1);
    mProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    mProxy->setSortRole(Qt::UserRole);
    mSearch->setObjectName(QStringLiteral("search"));
    mSearch->setClearButtonEnabled(true);
    mTable->setObjectName(QStringLiteral("table"));
    mTable->setModel(mProxy);
    mTable->setSortingEnabled(true);
    mTable->sortByColumn(0, Qt::AscendingOrder);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setStretchLastSection(true);

    auto *stockPage = new QWidget(mTabs);
    auto *stockLayout = new QVBoxLayout(stockPage);
    stockLayout->addWidget(mReorder);
    stockLayout->addWidget(mSearch);
    stockLayout->addWidget(mTable, 1);
    stockLayout->addWidget(mCount);

    mStocktake = new StocktakeView(mContext, undoStack(), mTabs);
    mMovements = new MovementsView(mContext, undoStack(), mTabs);
    mTabs->addTab(stockPage, QString());
    mTabs->addTab(mStocktake, QString());
    mTabs->addTab(mMovements, QString());
    mReceiving = new ReceivingView(mContext, undoStack(), mTabs);
    mTabs->addTab(mReceiving, QString());
    mQuality = new QualityView(mContext, undoStack(), mTabs);
    mTabs->addTab(mQuality, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mTabs);

    connect(mSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        mProxy->setFilterFixedString(text.trimmed());
        updateCount();
    });
    // Double-click a SKU: its movement history.
    connect(mTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        mMovements->showSku(mProxy->index(index.row(), 5).data(Qt::UserRole).toString());
        mTabs->setCurrentIndex(MovementsTab);
    });
    connect(mTabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == StocktakeTab)
            mStocktake->setFocus(Qt::OtherFocusReason);
    });
    connect(mStocktake, &StocktakeView::stockChanged, this, [this] {
        reloadStock();
        mMovements->reload();
    });
    connect(mQuality, &QualityView::stockChanged, this, [this] {
        reloadStock();
        mMovements->reload();
        mStocktake->reload();
    });
    connect(mReceiving, &ReceivingView::stockChanged, this, [this] {
        reloadStock();
        mMovements->reload();
        mStocktake->reload();
    });
    connect(mMovements, &MovementsView::stockChanged, this, [this] {
        reloadStock();
        mStocktake->reload();
    });
    connect(&mContext.events, &core::ShopEvents::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Stock || topic == core::Topic::Items || topic == core::Topic::Everything)
            reload();
        else if (topic == core::Topic::Promotions) // a date on the calendar the reorder warning reads
            updateReorder();
    });
    retranslateUi();
    reloadStock();
}

void InventoryPanel::retranslateUi()
{
    mTabs->setTabText(StockTab, tr("Stock"));
    mTabs->setTabText(StocktakeTab, tr("Stock-take"));
    mTabs->setTabText(MovementsTab, tr("Movements"));
    mTabs->setTabText(ReceivingTab, tr("Receiving"));
    mTabs->setTabText(QualityTab, tr("Quality and returns"));
    mSearch->setPlaceholderText(tr("Search item code, title, colour, size or barcode"));
    mModel->retranslate();
    reloadStock();
    mStocktake->retranslateUi();
    mMovements->retranslateUi();
    mReceiving->retranslateUi();
    mQuality->retranslateUi();
}

void InventoryPanel::reload()
{
    reloadStock();
    mStocktake->reload();
    mMovements->reload();
    mReceiving->reload();
    mQuality->reload();
}

void InventoryPanel::reloadStock()
{
    auto stock = core::StockLedger(mContext.db).stock();
    if (!stock) {
        mContext.events.reportError(stock.errorMessage());
        return;
    }
    QList<QVariantList> rows;
    rows.reserve(stock->size());
    for (const core::StockRow &r : *stock)
        rows.append(
            { r.itemCode, r.itemTitle, core::Vocabulary::category(r.category), r.color, r.size, r.barcode, r.onHand });
    mModel->setRows(rows);
    if (!mColumnsSized && !rows.isEmpty()) {
        mTable->resizeColumnsToContents();
        mColumnsSized = true;
    }
    updateCount();
    updateReorder();
}

void InventoryPanel::setToday(QDate day)
{
    mToday = day;
    mStocktake->setToday(day);
    updateReorder();
}

void InventoryPanel::updateReorder()
{
    ReorderRepository reorder(mContext.db);
    const QDate today = mToday.isValid() ? mToday : QDate::currentDate();
    auto promotions = reorder.upcomingPromotions(today);
    auto lines = reorder.mainItemsBelowMinimum();
    if (!promotions || !lines) // the warning cannot be worked out: say so rather than show none
        mContext.events.reportError(!promotions ? promotions.errorMessage() : lines.errorMessage());
    if (!promotions || !lines || promotions->isEmpty() || lines->isEmpty()) {
        mReorder->hide();
        return;
    }
    const core::Promotion &next = promotions->first();
    QStringList items;
    for (const ReorderLine &l : *lines)
        items << tr("%1 %2: %3 on hand, keep %4, order %5")
                     .arg(l.itemCode, l.itemTitle)
                     .arg(l.onHand)
                     .arg(l.minimum)
                     .arg(l.toOrder());
    mReorder->setText(
        tr("%1 (%2) is %n day(s) away: reorder these main items now — %3", "", int(today.daysTo(next.day)))
            .arg(next.name, QLocale().toString(next.day, QLocale::ShortFormat), items.join(tr("; "))));
    mReorder->show();
}

void InventoryPanel::updateCount()
{
    mCount->setText(tr("%1 of %n SKU(s)", "", mModel->rowCount()).arg(mProxy->rowCount()));
}

QByteArray InventoryPanel::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << qint32(1) << mTable->horizontalHeader()->saveState();
    return state;
}

void InventoryPanel::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    qint32 version = 0;
    QByteArray header;
    in >> version >> header;
    if (version == 1 && mTable->horizontalHeader()->restoreState(header))
        mColumnsSized = true;
}

} // namespace shopdesk::inventory
