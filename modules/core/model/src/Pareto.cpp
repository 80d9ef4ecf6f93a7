#include "shopdesk/core/Pareto.h"

#include <algorithm>

namespace shopdesk::core {

Pareto pareto(QList<ItemSales> items)
{
    std::stable_sort(items.begin(), items.end(), [](const ItemSales &a, const ItemSales &b) {
        return a.sales != b.sales ? a.sales > b.sales : a.code < b.code;
    });
    qint64 total = 0;
    for (const ItemSales &i : items)
        total += i.sales.fen();
    Pareto p;
    p.total = Money::fromFen(total);
    p.rows.reserve(items.size());
    qint64 running = 0;
    for (const ItemSales &i : items) {
        ParetoRow r;
        r.item = i;
        r.rank = int(p.rows.size()) + 1;
        r.head = total > 0 && i.sales.fen() > 0 && running * 10 < total * 8;
        running += i.sales.fen();
        r.share = total > 0 ? double(i.sales.fen()) / double(total) : 0.0;
        r.cumulative = total > 0 ? double(running) / double(total) : 0.0;
        if (r.head)
            ++p.headCount;
        p.rows << r;
    }
    p.headItemShare = items.isEmpty() ? 0.0 : double(p.headCount) / double(items.size());
    return p;
}

} // namespace shopdesk::core
