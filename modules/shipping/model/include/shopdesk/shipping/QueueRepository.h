#pragma once

#include "shopdesk/shipping/Couriers.h"
#include "shopdesk/shipping/ShippingRepository.h"

#include <QDateTime>

namespace shopdesk::shipping {

/// Which queued orders the queue shows. Every criterion is applied in SQL.
struct QueueFilter {
    /// An order number (or its start), a buyer's nickname, a receiver's name (or part of either),
    /// or the last digits of the receiver's phone.
    QString search;
    QString courier; ///< the courier the order goes by (its own, else the rules'); empty: any
    QString flag; ///< a flag code, kNoFlag for orders without one; empty: any
    static inline const QString kNoFlag = QStringLiteral("none");
    enum class Printed { Any, Yes, No } printed = Printed::Any;
    QString province; ///< empty: any
    bool unmatchedOnly = false; ///< only orders with a line not matched to a SKU
    QDate paidFrom, paidTo; ///< invalid: open-ended
    enum class Due { Any, Today, Overdue } due = Due::Any;
    QStringList orderNos; ///< not empty: only these orders
    bool operator==(const QueueFilter &) const = default;
};

/// How the queue is sorted. Queue: oldest payment first, the orders of one buyer (and of one merged
/// parcel) together where the first of them is, as ParcelService::groupQueue orders the queue.
enum class QueueSort { Queue, OrderNo, PaidAt, Deadline, Receiver, Province, Courier, Tracking, Printed, Flag, Amount };

/// One order of the queue (or of the shipped list), with what its row and the detail pane show.
struct QueueRow {
    ShipmentOrder order; ///< with its lines
    QString courier; ///< its own, else the one the store's rules choose
    QString paidText; ///< "yyyy-MM-dd HH:mm:ss", as stored (no time-zone conversion)
    QString deadlineText; ///< "yyyy-MM-dd HH:mm", empty for none
    enum class Due { Later, Today, Overdue } due = Due::Later;
    QString buyerNick, flagMemo;
    int unmatchedLines = 0;
    enum class Group { None, OneBuyer, OneBuyerNotMergeable, Merged, Split } group = Group::None;
    int groupCount = 0; ///< one buyer / merged: the orders; split: the order's parcels
    QString parcelKind; ///< the open parcel it is in: merged, split, or empty
    qint64 parcelId = 0;
    QString groupKey; ///< the key of MergeDetector (in SQL)
};

/// The queue's aggregates for a filter: one aggregate query over an index, whatever the queue's size.
struct QueueTotals {
    int orders = 0; ///< orders the filter shows
    int today = 0, overdue = 0; ///< of those, that must leave today / are overdue
    core::Money amount; ///< their order amounts (实付)
};

/// Where a window of the queue ends (keyset paging): the sort key and the id of its last row (in
/// the queue's own order, of its last group's first order). The next window starts after it.
struct QueueCursor {
    QVariant key;
    qint64 id = 0;
    bool atStart() const { return id == 0; } ///< no window read yet: the first one
};

/// The dispatch queue (paid orders) read a window at a time. What it sorts and filters on is kept
/// in indexed columns of the orders (shop format 21: the deadline 发货时限, the courier, the print
/// count, kept right by every write path and by ShippingDesk::queueWindow()), so every step walks
/// an index for one window: WHERE (key, id) > cursor ORDER BY key, id LIMIT n, never OFFSET, and
/// the totals are one aggregate over an index. Dates are the stored text: no time-zone conversion.
/// The window, the CLI (`queue`) and bench_shipping all read the queue through this class.
class QueueRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::QueueRepository)
public:
    /// `now`: the time deadlines are measured against. The keys must be current
    /// (ShippingDesk::queueWindow() brings them up to date first).
    QueueRepository(const core::Database &db, CourierRules rules, QDateTime now);

    core::Result<QueueTotals> totals(const QueueFilter &filter) const;
    /// The window after `after` (the first one for an empty cursor) of the filtered, sorted queue:
    /// `limit` rows, and in `next` where the following window starts. In the queue's own order
    /// without a filter the window counts the first orders of each buyer's group (and the orders
    /// alone), each followed by the rest of its group: more rows than `limit` may come back.
    core::Result<QList<QueueRow>> rows(const QueueFilter &filter, QueueSort sort, Qt::SortOrder order,
        const QueueCursor &after, int limit, QueueCursor *next = nullptr) const;
    /// The provinces of the queue's orders, by name (for the filter).
    core::Result<QStringList> provinces() const;

    /// The queue's lines not matched to a SKU, a window at a time (oldest payment first), and how many.
    core::Result<int> unmatchedCount() const;
    core::Result<QList<UnmatchedLine>> unmatchedLines(int offset, int limit) const;

    /// Shipped orders (for customer service), newest shipment first, searched like the queue (and
    /// by tracking number): how many, and the window after `after` (keyset paging, as rows():
    /// each window an index walk from the last one's shipment time and id, never OFFSET). Orders
    /// without a shipment time (shipped on the platform before the import) come last, newest id first.
    core::Result<int> shippedCount(const QString &search) const;
    core::Result<QList<QueueRow>> shipped(
        const QString &search, const QueueCursor &after, int limit, QueueCursor *next = nullptr) const;

    /// Sets the memo (标记备注) of an order's flag.
    core::Status setFlagMemo(qint64 orderId, const QString &memo);

private:
    core::Status group(QList<QueueRow> &page, bool grouped) const;
    core::Status addLines(QList<QueueRow> &rows) const;
    const core::Database &mDb;
    CourierRules mRules;
    QDateTime mNow;
};

} // namespace shopdesk::shipping
