#pragma once

// The 80/20 ranking (二八定律) of the shop's items, as the listings and the KPI workbenches both
// show it: one rule and one set of figures (OrderRepository::itemSales), so the two never differ.

#include "shopdesk/core/Money.h"

#include <QList>
#include <QString>

namespace shopdesk::core {

/// What one item sold over a period, in paid, shipped or finished orders.
struct ItemSales {
    QString code; ///< 货号; for lines matched to no SKU, their merchant code (or else title)
    QString title;
    Money sales;
    qint64 units = 0;
    qint64 itemId = 0; ///< 0 for lines matched to no SKU
};

struct ParetoRow {
    ItemSales item;
    int rank = 0; ///< 1 = best seller
    double share = 0.0; ///< of all sales in the period
    double cumulative = 0.0; ///< this item and every better one
    bool head = false; ///< among the few items that carry the first 80% of sales
};

struct Pareto {
    QList<ParetoRow> rows; ///< best first
    int headCount = 0;
    double headItemShare = 0.0; ///< head items / all items ranked
    Money total;
};

/// Ranks the items best first (ties by code). An item is in the head while the items ranked
/// before it have not yet reached 80% of sales, counted in whole fen (no rounding); an item that
/// sold nothing is never in it.
Pareto pareto(QList<ItemSales> items);

} // namespace shopdesk::core
