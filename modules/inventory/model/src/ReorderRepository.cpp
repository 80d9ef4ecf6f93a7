#include "shopdesk/inventory/ReorderRepository.h"

#include <shopdesk/core/SqlQuery.h>

#include <algorithm>

namespace shopdesk::inventory {

using core::SqlQuery;
using core::Status;

core::Result<QList<core::Promotion>> ReorderRepository::upcomingPromotions(QDate today) const
{
    return core::PromotionRepository(mDb).between(today, today.addDays(kWarnDaysAhead));
}

core::Result<QList<ReorderLine>> ReorderRepository::mainItemsBelowMinimum() const
{
    SqlQuery q(mDb,
        QStringLiteral(
            "SELECT i.code, i.title, i.min_stock, coalesce((SELECT sum(m.quantity) FROM stock_moves m JOIN skus s ON "
            "s.id = m.sku_id "
            "WHERE s.item_id = i.id), 0) FROM items i WHERE i.main_push = 1 AND i.archived = 0 ORDER BY i.code"));
    if (Status s = q.run(); !s)
        return s.error();
    QList<ReorderLine> out;
    while (q.next()) {
        ReorderLine l;
        l.itemCode = q.value(0).toString();
        l.itemTitle = q.value(1).toString();
        const int own = q.value(2).toInt();
        l.minimum = std::min(own > 0 ? own : kDefaultMinimum, kMaximumMinimum);
        l.onHand = q.value(3).toLongLong();
        if (l.onHand < l.minimum)
            out << l;
    }
    return out;
}

} // namespace shopdesk::inventory
