#pragma once

#include "shopdesk/shipping/QueueRepository.h"

#include <QString>

namespace shopdesk::core {
class SqlQuery;
}

namespace shopdesk::shipping::detail {

/// The SQL the queue's reads are built of (QueueRepository's window read, its totals, the
/// shipped list): the row's columns, the filters, the sort and the keyset cursor, over the orders
/// `o` with their buyer `b`. The queue's keys are the orders' own indexed columns (QueueKeyRepository).
namespace queuesql {

using Binds = QList<std::pair<QString, QVariant>>;

/// The columns every row reads (core::rows' order columns, then the queue's own), with `sortKey`
/// last (the cursor's key). `courier`, `deadline`: the SQL of those columns.
QString rowColumns(const QString &courier, const QString &deadline, const QString &sortKey);
/// The orders and their buyers: `FROM orders o LEFT JOIN buyers b ...`.
QString fromOrders();
/// The filter's conditions on `o` (and `b`), joined by AND; "1 = 1" for none. `now`: for the due filters.
QString where(const QueueFilter &filter, const QDateTime &now, Binds &binds);
/// The binds of :now (the time deadlines are measured against), :tomorrow (the next day's start).
void bindNow(Binds &binds, const QDateTime &now);
/// The column a sort reads (an indexed column of `o`).
QString sortColumn(QueueSort sort);
/// "ORDER BY" of a sort: the column, then the id, both in the order.
QString orderBy(const QString &column, Qt::SortOrder order);
/// The condition of the rows after `after` (the keyset cursor) in that order; binds :ck, :cid.
QString after(const QString &column, Qt::SortOrder order, const QueueCursor &after, Binds &binds);
/// Whether a queued order follows an earlier one in the queue's own order (same buyer, receiver
/// and address, neither in a parcel; or the same merged parcel).
QString follower();
/// The SQL form of MergeDetector::key of the orders `o` (or another alias).
QString groupKey(const QString &alias);
/// The open parcel's kind and id of the orders `o` (subqueries evaluated for the rows returned).
QString parcelKind();
QString parcelId();

/// A row read with rowColumns(); `now`, `today`: as stored text ("" for the shipped list).
QueueRow readRow(const core::SqlQuery &q, const QString &now, const QString &today);
/// The sort key of a row read with rowColumns().
QVariant sortKeyOf(const core::SqlQuery &q);
void bind(core::SqlQuery &q, const Binds &binds);

} // namespace queuesql
} // namespace shopdesk::shipping::detail
