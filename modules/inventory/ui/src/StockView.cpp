#include "StockView.h"

#include "ReportError.h"

#include <shopdesk/core/RecordTable.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/core/Vocabulary.h>

#include <QDataStream>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace shopdesk::inventory {

using core::ColumnKind;

StockView::StockView(const core::PanelContext &context, StockService &stock, QWidget *parent)
    : core::View(parent)
    , mContext(context)
    , mStock(stock)
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
    setObjectName(QStringLiteral("stock"));
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mReorder);
    layout->addWidget(mSearch);
    layout->addWidget(mTable, 1);
    layout->addWidget(mCount);

    connect(mSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        mProxy->setFilterFixedString(text.trimmed());
        updateCount();
    });
    // Double-click a SKU (or Enter on it): its movement history.
    connect(mTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT skuActivated(mProxy->index(index.row(), 5).data(Qt::UserRole).toString());
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
    auto stock = mStock.stock();
    if (!stock) {
        reportError(mContext, stock.errorMessage());
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
    mCount->setText(tr("%1 of %n SKU(s)", "", mModel->rowCount()).arg(mProxy->rowCount()));
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
