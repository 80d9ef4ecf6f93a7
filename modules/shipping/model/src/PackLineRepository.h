#pragma once

#include "shopdesk/shipping/OrderImport.h"
#include "shopdesk/shipping/ShippingRepository.h"

#include <QSqlQuery>

#include <tuple>

namespace shopdesk::shipping::detail {

/// One order line as the packer sees it, from a row of the shipping repositories' line queries
/// (l.id, l.order_id, l.sku_id, l.title, l.attributes, l.quantity, i.code, s.color, s.size,
/// s.barcode; skus and items LEFT JOINed). An unmatched line's colour and size come from the
/// platform's attribute text. Column 1 (the order's id) is left to the caller.
inline PackLine packLineAt(const QSqlQuery &l)
{
    PackLine p;
    p.lineId = l.value(0).toLongLong();
    if (!l.value(2).isNull())
        p.skuId = l.value(2).toLongLong();
    p.title = l.value(3).toString();
    p.attributes = l.value(4).toString();
    p.quantity = l.value(5).toInt();
    p.itemCode = l.value(6).toString();
    p.barcode = l.value(9).toString();
    if (p.skuId) {
        p.color = l.value(7).toString();
        p.size = l.value(8).toString();
    } else {
        std::tie(p.color, p.size) = TaobaoImport::colorAndSize(p.attributes);
    }
    return p;
}

} // namespace shopdesk::shipping::detail
