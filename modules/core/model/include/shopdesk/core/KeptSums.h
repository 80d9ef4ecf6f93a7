#pragma once

#include "shopdesk/core/Result.h"

#include <QStringList>

namespace shopdesk::core {

class Database;

/// Sums kept per key of a table that is only ever added to (the stock ledger, receiving notes'
/// lines): a table of the sums of its rows up to a bookmark, and the bookmark. A reader adds the
/// rows past the bookmark (normally none, or the few written since) to the kept sums, so a figure
/// is right whoever wrote the rows; catchUp() takes them in. Every name is the shop schema's own,
/// never a user's text.
struct KeptSums {
    QString source; ///< the table added to, with an INTEGER id, e.g. stock_moves
    QString key; ///< its column the sums are kept by, also the kept table's key column
    QStringList sums; ///< what is added up, SQL over the source's columns
    QString kept; ///< the table of the sums, keyed by `key`
    QStringList keptColumns; ///< its columns for `sums`, in their order
    QString upto; ///< the table of the bookmark (one row, id 1)
    QString uptoColumn; ///< its column holding the last source id taken in

    /// The last source row (its id) the kept sums hold; 0 when there is no bookmark row.
    Result<qint64> bookmark(const Database &db) const;
    /// Takes in the rows added since the last time (one transaction, nested in the caller's if
    /// there is one). Costs two index look-ups when nothing is new. On a server it lets the
    /// bookmark be while another PC is writing the source: the figures stay right, and the rows
    /// are taken in next time. Nothing on a read-only shop.
    Status catchUp(const Database &db) const;
    /// Adds every key up again from the source (a repair; a migration fills the table the same way).
    Status rebuild(const Database &db) const;

private:
    /// `statement` with {source}, {key}, {kept}, {keptColumns}, {sums} (each sum(…)), {added}
    /// (each kept column plus the excluded row's), {upto} and {uptoColumn} written in.
    QString sql(QString statement) const;
};

} // namespace shopdesk::core
