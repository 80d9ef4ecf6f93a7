#pragma once

#include "shopdesk/core/Result.h"

#include <QHash>

namespace shopdesk::core {

class Database;

/// Each SKU's stock on hand kept added up (the table stock_on_hand, shop format 26): the sum of
/// the ledger rows up to a bookmark. The ledger is only ever added to, so a figure read here is
/// the kept sum plus the rows past the bookmark (normally none, or the few booked since), right
/// whoever wrote them. StockLedger moves the bookmark on after each booking on a shop file; on a
/// server the items list does as it loads (listings::ListingsService::overview).
class StockOnHandRepository {
public:
    explicit StockOnHandRepository(const Database &db)
        : mDb(db)
    {
    }

    /// On hand per SKU, for every SKU with a ledger row (none: 0).
    Result<QHash<qint64, qint64>> bySku() const;
    /// On hand per item (its SKUs together), for every item with a ledger row.
    Result<QHash<qint64, qint64>> byItem() const;
    /// The last ledger row (its id) the kept sums hold: for a repository that adds them up in SQL
    /// with the rows past it.
    Result<qint64> bookmark() const;
    /// Whether the ledger rows at or after `since` (shop-file time text, or a day) are under a quarter
    /// of the ledger: then a figure at a recent moment is cheaper read as the kept sums less those
    /// rows than as each SKU's history. An estimate from two seeks (the ledger is written in time
    /// order, nearly), to choose between two readings that give the same figures.
    Result<bool> fewRowsSince(const QString &since) const;
    /// Takes in the ledger rows added since the last time (one transaction, nested in the caller's
    /// if there is one). Costs two index look-ups when nothing is new. On a server it lets the
    /// bookmark be while another PC is writing the ledger: the figures stay right, and the rows
    /// are taken in next time.
    Status catchUp() const;
    /// Adds every SKU up again from the ledger (a repair; the migration fills it the same way).
    Status rebuild() const;

    /// SQL for one SKU's on hand, for the SKU id `sku` (an SQL expression such as "s.id"): for a
    /// repository that works a few SKUs' figures out in SQL (it reads each SKU's ledger rows past
    /// the bookmark through the SKU index: for every SKU, read bookmark() and the rows past it).
    static QString onHandOf(const QString &sku);

private:
    const Database &mDb;
};

} // namespace shopdesk::core
