#pragma once

#include "shopdesk/shipping/QueueRepository.h"

#include <QAbstractTableModel>

#include <functional>

class QWidget;

namespace shopdesk::shipping {

/// Orders read a window at a time: the view asks for more rows (canFetchMore/fetchMore) as it
/// scrolls, and only the rows fetched are ever held or shaped into text. The total comes from an
/// aggregate query; sorting asks the database again.
class OrderWindowModel : public QAbstractTableModel {
public:
    static constexpr int kPage = 200; ///< rows per fetch
    /// Reads `limit` rows from `offset`, in the model's sort.
    using Fetch = std::function<core::Result<QList<QueueRow>>(int offset, int limit)>;
    using Report = std::function<void(const QString &error)>;
    explicit OrderWindowModel(QObject *parent = nullptr);

    /// Starts over: `total` rows in all, the first window read at once.
    void reset(int total, Fetch fetch, Report report);
    int total() const { return mTotal; }
    /// The row (fetched), or nullptr.
    const QueueRow *rowAt(int row) const;
    /// The row of this order among those fetched, or −1.
    int rowOf(qint64 orderId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

protected:
    QList<QueueRow> mRows;

private:
    int mTotal = 0;
    Fetch mFetch;
    Report mReport;
};

/// The queue's table: rows in the flag's platform colour; the dispatch deadline (发货期限) of an
/// overdue order, or one that must leave today, stands out in the palette's own colours, so it
/// reads as well in a dark theme as in a light one.
class QueueModel : public OrderWindowModel {
public:
    enum Column {
        OrderNo,
        PaidAt,
        Deadline,
        Recipient,
        Province,
        Goods,
        Courier,
        Tracking,
        Printed,
        Flag,
        Message,
        Parcel,
        ColumnCount
    };
    static constexpr int kDeadlineColumn = Deadline;
    explicit QueueModel(QObject *parent = nullptr);

    const QWidget *view = nullptr; ///< whose palette colours the deadlines (it follows a theme change)
    /// Sorting asks the database again: QueueView gives this the sort and re-reads.
    std::function<void(QueueSort sort, Qt::SortOrder order)> sortBy;
    static QueueSort sortOf(int column);
    /// The parcel marker text of a row (合并发货 · 3 单, 拆单 · 2 个包裹, 同一买家 2 单 …).
    static QString marker(const QueueRow &row);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;
};

} // namespace shopdesk::shipping
