#pragma once

#include "shopdesk/core/RecordTable.h"
#include "shopdesk/core/Result.h"
#include "shopdesk/core/RowWindow.h"

#include <QAbstractTableModel>
#include <QList>
#include <QVariant>

#include <functional>

namespace shopdesk::core {

/// A read-only table of raw values (like RecordTableModel) that holds only the rows a view has
/// scrolled to: it asks its source for the row count (an aggregate query) and for windows of rows
/// (a LIMIT query over an index, keyset or offset), one window at a time through canFetchMore() /
/// fetchMore(). Sorting asks the source again with the column and order (an ORDER BY in SQL);
/// columns the source cannot sort are refused. Nothing here knows SQL: the source is a
/// repository's query, given as two functions.
class WindowedTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using FetchRows = std::function<Result<QList<QVariantList>>(const RowWindow &window)>;
    using CountRows = std::function<Result<qint64>()>;

    explicit WindowedTableModel(QList<ColumnSpec> columns, int windowSize = 200, QObject *parent = nullptr);

    /// The new source (a changed filter): the count and the first window are read at once.
    Status setSource(CountRows count, FetchRows fetch);
    /// Reads the count and the first window again (rows held beyond it are dropped).
    Status reload();
    /// Columns the source sorts (by index); the others keep the current order.
    void setSortableColumns(QList<int> columns) { mSortable = std::move(columns); }
    void retranslate();

    /// Every row the source has (the aggregate), not only the rows held.
    qint64 totalRows() const { return mTotal; }
    int windowSize() const { return mWindow; }
    /// The raw values of a row held.
    const QVariantList &rowAt(int row) const { return mRows.at(row); }
    /// The last read's error, if any (a failed fetchMore() keeps the rows held).
    const QString &lastError() const { return mError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /// A read failed (the message is the source's, already fit for the user).
    void failed(const QString &message);

private:
    Result<QList<QVariantList>> fetchWindow() const;

    QList<ColumnSpec> mColumns;
    int mWindow;
    CountRows mCount;
    FetchRows mFetch;
    QList<QVariantList> mRows;
    qint64 mTotal = 0;
    bool mExhausted = false;
    QList<int> mSortable;
    int mSortColumn = -1;
    Qt::SortOrder mSortOrder = Qt::AscendingOrder;
    QString mError;
};

} // namespace shopdesk::core
