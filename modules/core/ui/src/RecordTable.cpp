#include "shopdesk/core/RecordTable.h"

#include "shopdesk/core/Money.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace shopdesk::core {

void setUpRecordView(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
}

void widenColumnsToFit(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    header->setResizeContentsPrecision(200); // sizeHintForColumn: the rows in sight and 200 more
    const QAbstractItemView *cells = view; // where sizeHintForColumn is public
    for (int c = 0; c < header->count(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        if (const int wanted = std::max(header->sectionSizeHint(c), cells->sizeHintForColumn(c));
            wanted > header->sectionSize(c))
            header->resizeSection(c, wanted);
    }
}

QTableView *newRecordView(
    QAbstractItemModel *model, const QString &objectName, QWidget *parent, QAbstractItemView::SelectionMode selection)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    setUpRecordView(view);
    view->setSelectionMode(selection);
    return view;
}

RecordTableModel::RecordTableModel(QList<ColumnSpec> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , mColumns(std::move(columns))
{
}

void RecordTableModel::setRows(QList<QVariantList> rows)
{
    beginResetModel();
    mRows = std::move(rows);
    mCell = nullptr;
    mCellRows = 0;
    endResetModel();
}

void RecordTableModel::setCells(int rows, std::function<QVariant(int row, int column)> cell)
{
    beginResetModel();
    mRows.clear();
    mCell = std::move(cell);
    mCellRows = mCell ? rows : 0;
    endResetModel();
}

void RecordTableModel::retranslate()
{
    if (!mColumns.isEmpty())
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(mColumns.size()) - 1);
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (mCell ? mCellRows : int(mRows.size()));
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mColumns.size());
}

QString RecordTableModel::format(ColumnKind kind, const QVariant &raw)
{
    if (raw.isNull())
        return {};
    switch (kind) {
    case ColumnKind::Text:
        return raw.toString();
    case ColumnKind::Integer:
        return QLocale::c().toString(raw.toLongLong());
    case ColumnKind::Money:
        return Money::fromFen(raw.toLongLong()).toDisplayString();
    case ColumnKind::Percent:
        return QStringLiteral("%1%").arg(raw.toDouble() * 100.0, 0, 'f', 2);
    case ColumnKind::Decimal:
        return QString::number(raw.toDouble(), 'f', 2);
    }
    return raw.toString();
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= mColumns.size())
        return {};
    QVariant raw;
    if (mCell) {
        raw = mCell(index.row(), index.column());
    } else {
        const QVariantList &row = mRows.at(index.row());
        if (index.column() < row.size())
            raw = row.at(index.column());
    }
    const ColumnKind kind = mColumns.at(index.column()).kind;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return format(kind, raw);
    case Qt::UserRole:
        return raw;
    case Qt::TextAlignmentRole:
        return kind == ColumnKind::Text ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < mColumns.size())
        return mColumns.at(section).header();
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace shopdesk::core
