#pragma once

#include "shopdesk/core/Result.h"

namespace shopdesk::core {

class Database;

/// Each buyer's paid orders added up (the table buyer_summary, shop format 20): how many, their
/// total, the first and last payment. The buyer list and the member tiers read it instead of
/// adding up every order each time. It follows the shop by itself for what is added (buyers and
/// orders past the ids it has taken in, whoever wrote them); an order changed in place that
/// changes its buyer's figures (a paid order closed) calls refresh() for that buyer.
class BuyerSummaryRepository {
public:
    explicit BuyerSummaryRepository(const Database &db)
        : mDb(db)
    {
    }

    /// Takes in the buyers and orders added since the last time (one transaction, nested in the
    /// caller's if there is one). Costs two index look-ups when nothing is new.
    Status catchUp() const;
    /// Recomputes one buyer's row from their orders (inside the caller's transaction).
    Status refresh(qint64 buyerId) const;
    /// Recomputes the row of the buyer of this order (inside the caller's transaction).
    Status refreshBuyerOf(qint64 orderId) const;
    /// Recomputes every row (a repair; the migration fills it the same way).
    Status rebuild() const;

private:
    const Database &mDb;
};

} // namespace shopdesk::core
