#include "ShippingPanel.h"

#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/Vocabulary.h>

namespace shopdesk::shipping {

using core::ColumnKind;

ShippingPanel::ShippingPanel(const core::PanelContext &context, QWidget *parent)
    : core::RecordTablePanel(context,
                             {
                                 {[] { return tr("Order no."); }, ColumnKind::Text},
                                 {[] { return tr("Status"); }, ColumnKind::Text},
                                 {[] { return tr("Paid at"); }, ColumnKind::Text},
                                 {[] { return tr("Buyer"); }, ColumnKind::Text},
                                 {[] { return tr("Recipient"); }, ColumnKind::Text},
                                 {[] { return tr("Province"); }, ColumnKind::Text},
                                 {[] { return tr("Goods"); }, ColumnKind::Text},
                                 {[] { return tr("Amount"); }, ColumnKind::Money},
                                 {[] { return tr("Courier"); }, ColumnKind::Text},
                                 {[] { return tr("Tracking no."); }, ColumnKind::Text},
                             },
                             parent)
{
    setObjectName(QStringLiteral("ShippingPanel"));
    reload();
}

core::Result<QList<QVariantList>> ShippingPanel::loadRows()
{
    auto orders = core::OrderRepository(context().db).overview();
    if (!orders)
        return orders.error();
    QList<QVariantList> rows;
    rows.reserve(orders->size());
    for (const core::OrderOverview &o : *orders) {
        rows.append({o.order.orderNo, core::Vocabulary::orderStatus(o.order.status),
                     core::toDbTime(o.order.paidAt), o.buyerNick, o.order.receiverName, o.order.province, o.goods,
                     o.order.total.fen(), core::Vocabulary::courier(o.order.courier), o.order.trackingNo});
    }
    return rows;
}

} // namespace shopdesk::shipping
