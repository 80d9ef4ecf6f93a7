#include "shopdesk/core/WindowedTable.h"

namespace shopdesk::core {

WindowedTableModel::WindowedTableModel(QList<ColumnSpec> columns, int windowSize, QObject *parent)
    : QAbstractTableModel(parent)
    , mColumns(std::move(columns))
    , mWindow(std::max(1, windowSize))
{
}

Status WindowedTableModel::setSource(CountRows count, FetchRows fetch)
{
    mCount = std::move(count);
    mFetch = std::move(fetch);
    return reload();
}

Result<QList<QVariantList>> WindowedTableModel::fetchWindow() const
{
    RowWindow w;
    w.offset = mRows.size();
    w.limit = mWindow;
    w.last = mRows.isEmpty() ? nullptr : &mRows.last();
    w.sortColumn = mSortColumn;
    w.sortOrder = mSortOrder;
    return mFetch(w);
}

Status WindowedTableModel::reload()
{
    beginResetModel();
    mRows.clear();
    mTotal = 0;
    mExhausted = true;
    mError.clear();
    Status status;
    if (mCount && mFetch) {
        if (auto total = mCount(); !total) {
            status = total.status();
        } else if (mTotal = *total, mExhausted = mTotal == 0; !mExhausted) {
            if (auto rows = fetchWindow(); !rows) {
                status = rows.status();
                mExhausted = true;
            } else {
                mRows = std::move(rows).value();
                mExhausted = mRows.size() < mWindow || mRows.size() >= mTotal;
            }
        }
    }
    endResetModel();
    if (!status) {
        mError = status.errorMessage();
        Q_EMIT failed(mError);
    }
    return status;
}

void WindowedTableModel::retranslate()
{
    if (!mColumns.isEmpty())
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(mColumns.size()) - 1);
}

int WindowedTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(mRows.size()); }

int WindowedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mColumns.size());
}

bool WindowedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !mExhausted && mFetch;
}

void WindowedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto rows = fetchWindow();
    if (!rows) {
        mExhausted = true;
        mError = rows.errorMessage();
        Q_EMIT failed(mError);
        return;
    }
    if (rows->isEmpty()) {
        mExhausted = true;
        return;
    }
    const int first = int(mRows.size());
    const qsizetype got = rows->size();
    beginInsertRows({}, first, first + int(got) - 1);
    mRows.append(std::move(rows).value());
    endInsertRows();
    mExhausted = got < mWindow || mRows.size() >= mTotal;
}

void WindowedTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= 0 && !mSortable.contains(column))
        return;
    if (column == mSortColumn && order == mSortOrder)
        return;
    mSortColumn = column;
    mSortOrder = order;
    (void)reload(); // a failure is signalled (failed())
}

QVariant WindowedTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mRows.size() || index.column() >= mColumns.size())
        return {};
    const QVariantList &row = mRows.at(index.row());
    const QVariant raw = index.column() < row.size() ? row.at(index.column()) : QVariant();
    const ColumnKind kind = mColumns.at(index.column()).kind;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return RecordTableModel::format(kind, raw);
    case Qt::UserRole:
        return raw;
    case Qt::TextAlignmentRole:
        return kind == ColumnKind::Text ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                        : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant WindowedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < mColumns.size())
        return mColumns.at(section).header();
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace shopdesk::core
