#include "StockView.h"

#include "ReportError.h"

#include <shopdesk/core/Colours.h>
#include <shopdesk/core/Vocabulary.h>
#include <shopdesk/core/WindowedTable.h>

#include <QDataStream>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace shopdesk::inventory {

using core::ColumnKind;

StockView::StockView(const core::PanelContext &context, StockService &stock, QWidget *parent)
    : core::View(parent)
    , mContext(context)
    , mStock(stock)
    , mList(context.db)
    , mModel(new core::WindowedTableModel(
          { { [] { return tr("Item code"); }, ColumnKind::Text }, { [] { return tr("Title"); }, ColumnKind::Text },
              { [] { return tr("Category"); }, ColumnKind::Text }, { [] { return tr("Colour"); }, ColumnKind::Text },
              { [] { return tr("Size"); }, ColumnKind::Text }, { [] { return tr("Barcode"); }, ColumnKind::Text },
              { [] { return tr("On hand"); }, ColumnKind::Integer } },
          200, this))
    , mSearch(new QLineEdit(this))
    , mTable(new QTableView(this))
    , mCount(new QLabel(this))
    , mReorder(new QLabel(this))
{
    mReorder->setObjectName(QStringLiteral("reorderWarning"));
    mReorder->setWordWrap(true);
    mReorder->setStyleSheet(QStringLiteral("QLabel { %1 padding: 6px; border-radius: 3px; }")
                                .arg(core::colours::styleSheet(core::colours::Role::Warning)));
    mReorder->hide();
    setObjectName(QStringLiteral("stock"));
    mCount->setObjectName(QStringLiteral("stockCount"));
    // A window of SKUs at a time, searched and sorted in SQL (a shop may hold 100,000 SKUs).
    QList<int> sortable;
    for (int c = 0; c < 7; ++c)
        if (StockListRepository::sortable(c))
            sortable << c;
    mModel->setSortableColumns(sortable);
    connect(mModel, &core::WindowedTableModel::failed, this,
        [this](const QString &message) { reportError(mContext, message); });
    mSearch->setObjectName(QStringLiteral("search"));
    mSearch->setClearButtonEnabled(true);
    mTable->setObjectName(QStringLiteral("table"));
    mTable->setModel(mModel);
    mTable->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    mTable->setSortingEnabled(true);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mReorder);
    layout->addWidget(mSearch);
    layout->addWidget(mTable, 1);
    layout->addWidget(mCount);

    connect(mSearch, &QLineEdit::textChanged, this, [this] { reload(); });
    // Double-click a SKU (or Enter on it): its movement history.
    connect(mTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT skuActivated(mModel->index(index.row(), 5).data(Qt::UserRole).toString());
    });
    connect(&mContext.events, &core::ShopEvents::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Stock || topic == core::Topic::Items || topic == core::Topic::Everything)
            reload();
        else if (topic == core::Topic::Promotions) // a date on the calendar the reorder warning reads
            updateReorder();
    });
    setFocusProxy(mSearch);
    retranslateUi();
}

void StockView::retranslateUi()
{
    mSearch->setPlaceholderText(tr("Search item code, title, colour, size or barcode"));
    mModel->retranslate();
    reload();
}

void StockView::focusSearch()
{
    mSearch->setFocus();
    mSearch->selectAll();
}

void StockView::reload()
{
    const QString search = mSearch->text().trimmed();
    const StockListRepository *list = &mList;
    (void)mModel->setSource([list, search] { return list->count(search); },
        [list, search](const core::RowWindow &w) -> core::Result<QList<QVariantList>> {
            auto rows = list->window(search, w);
            if (rows)
                for (QVariantList &r : *rows)
                    r[StockListRepository::Category]
                        = core::Vocabulary::category(r.at(StockListRepository::Category).toString());
            return rows;
        });
    if (!mColumnsSized && mModel->rowCount() > 0) {
        mTable->resizeColumnsToContents();
        mColumnsSized = true;
    }
    updateCount();
    updateReorder();
}

void StockView::setToday(QDate day)
{
    mToday = day;
    updateReorder();
}

void StockView::updateReorder()
{
    const QDate today = mToday.isValid() ? mToday : QDate::currentDate();
    auto warning = mStock.reorderWarning(today);
    if (!warning) // the warning cannot be worked out: say so rather than show none
        reportError(mContext, warning.errorMessage());
    if (!warning || !*warning) {
        mReorder->hide();
        return;
    }
    const core::Promotion &next = (*warning)->promotion;
    QStringList items;
    for (const ReorderLine &l : (*warning)->lines)
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

void StockView::updateCount()
{
    qint64 all = mModel->totalRows();
    if (!mSearch->text().trimmed().isEmpty()) {
        auto n = mList.count({});
        all = n ? *n : all;
    }
    mCount->setText(tr("%1 of %n SKU(s)", "", int(all)).arg(mModel->totalRows()));
}

QByteArray StockView::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << qint32(1) << mTable->horizontalHeader()->saveState();
    return state;
}

void StockView::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    qint32 version = 0;
    QByteArray header;
    in >> version >> header;
    if (version == 1 && mTable->horizontalHeader()->restoreState(header))
        mColumnsSized = true;
}

} // namespace shopdesk::inventory
