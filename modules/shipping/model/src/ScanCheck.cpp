#include "shopdesk/shipping/ScanCheck.h"

namespace shopdesk::shipping {

void ScanCheck::clear()
{
    mOrder.reset();
    mLines.clear();
    mBlocked = false;
    mMessage.clear();
    mParcelOrders.clear();
}

ScanCheck::Outcome ScanCheck::loadParcel(const Parcel &parcel)
{
    const Outcome o = load(parcel.asShipment());
    mParcelOrders = parcel.orderNos();
    if (o != Outcome::OrderLoaded)
        return o;
    if (parcel.kind == QLatin1String("merged"))
        mMessage = tr("Parcel of %n orders (%1) for %2: scan each item.", nullptr, int(mParcelOrders.size()))
                       .arg(mParcelOrders.join(QStringLiteral(", ")), parcel.order.receiverName);
    else
        mMessage = tr("Parcel of order %1 (part of it) for %2: scan each item in this parcel.")
                       .arg(parcel.order.orderNo, parcel.order.receiverName);
    return o;
}

ScanCheck::Outcome ScanCheck::load(const std::optional<ShipmentOrder> &order)
{
    clear();
    if (!order) {
        mMessage = tr("No order has this tracking number.");
        return Outcome::NoOrder;
    }
    if (order->extraParcelId != 0 && !order->parcelWaiting) {
        mMessage
            = tr("The parcel %1 of order %2 has already shipped.").arg(order->order.trackingNo, order->order.orderNo);
        return Outcome::NotQueued;
    }
    // An extra parcel (an exchange's replacement) waits of its own; its order has long shipped.
    if (order->extraParcelId == 0 && order->order.status != core::codes::kOrderPaid) {
        mMessage = tr("Order %1 is not waiting for dispatch.").arg(order->order.orderNo);
        return Outcome::NotQueued;
    }
    mOrder = order;
    for (const PackLine &l : order->lines)
        mLines.append({ l, 0 });
    if (order->order.trackingNo.isEmpty()) {
        mMessage = tr("Order %1 has no tracking number yet: print its waybill first.").arg(order->order.orderNo);
        return Outcome::NoTracking;
    }
    mMessage = order->extraParcelId != 0
        ? tr("Replacement parcel of order %1 for %2: scan each item.")
              .arg(order->order.orderNo, order->order.receiverName)
        : tr("Order %1 for %2: scan each item.").arg(order->order.orderNo, order->order.receiverName);
    return Outcome::OrderLoaded;
}

ScanCheck::Outcome ScanCheck::scanItem(const QString &barcode)
{
    if (mBlocked) {
        mMessage = tr("Take the wrong item away and press Esc before scanning on.");
        return Outcome::Blocked;
    }
    const QString code = barcode.trimmed();
    bool known = false;
    for (Line &l : mLines) {
        if (l.line.barcode.isEmpty() || l.line.barcode != code)
            continue;
        known = true;
        if (l.done())
            continue;
        ++l.scanned;
        const QString what = QStringLiteral("%1 %2/%3").arg(l.line.itemCode, l.line.color, l.line.size);
        if (complete()) {
            mMessage = tr("%1 ticked. Every item is checked: confirm to ship.").arg(what);
            return Outcome::Complete;
        }
        mMessage = tr("%1 ticked (%2 of %3).").arg(what).arg(l.scanned).arg(l.line.quantity);
        return Outcome::Ticked;
    }
    mBlocked = true;
    if (known) {
        mMessage = tr("One too many: the item %1 is already complete in this order.").arg(code);
        return Outcome::Excess;
    }
    mMessage = tr("Wrong item: %1 is not in this order.").arg(code);
    return Outcome::WrongItem;
}

bool ScanCheck::complete() const
{
    if (!mOrder || mLines.isEmpty())
        return false;
    for (const Line &l : mLines)
        if (!l.done())
            return false;
    return true;
}

} // namespace shopdesk::shipping
