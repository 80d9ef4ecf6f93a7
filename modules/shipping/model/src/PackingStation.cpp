#include "shopdesk/shipping/PackingStation.h"

#include "shopdesk/shipping/ShippingDesk.h"

#include <shopdesk/core/Vocabulary.h>

namespace shopdesk::shipping {

using Tone = PackingStation::Tone;

PackingStation::PackingStation(ShippingDesk &desk, QString actor)
    : mDesk(desk)
    , mActor(std::move(actor))
{
}

void PackingStation::clear()
{
    mCheck.clear();
    mFlagOverridden = false;
    mPendingSwitch.clear();
}

bool PackingStation::flagHoldsPacking(const QString &flag) { return !flag.isEmpty() && flag != QLatin1String("green"); }

QString PackingStation::flag() const { return mCheck.hasOrder() ? mCheck.order().order.flag : QString(); }

QString PackingStation::holdingFlag() const
{
    // A replacement parcel's order carries the flag of its after-sale case (blue, purple): that
    // flag speaks of the order, not of the parcel, which the case itself asked for.
    if (!mCheck.hasOrder() || mFlagOverridden || mCheck.order().extraParcelId != 0)
        return {};
    return flagHoldsPacking(flag()) ? flag() : QString();
}

bool PackingStation::anyScanned() const
{
    for (const ScanCheck::Line &l : mCheck.lines())
        if (l.scanned > 0)
            return true;
    return false;
}

QString PackingStation::orderName() const
{
    if (!mCheck.hasOrder())
        return {};
    if (mCheck.parcelOrders().size() > 1)
        return mCheck.parcelOrders().join(QStringLiteral(", "));
    return mCheck.order().order.orderNo;
}

PackingStation::Next PackingStation::next() const
{
    if (!mCheck.hasOrder() || mCheck.order().order.trackingNo.isEmpty())
        return Next::ScanWaybill;
    if (!mPendingSwitch.isEmpty())
        return Next::ConfirmSwitch;
    if (mCheck.blocked())
        return Next::TakeAwayWrongItem;
    if (!holdingFlag().isEmpty())
        return Next::OverrideFlag;
    return mCheck.complete() ? Next::Ship : Next::ScanItems;
}

QString PackingStation::nextText() const
{
    switch (next()) {
    case Next::ScanWaybill:
        return tr("Next: scan a waybill.");
    case Next::ScanItems:
        return tr("Next: scan the items of order %1. Esc leaves the order.").arg(orderName());
    case Next::Ship:
        return tr("Next: Enter ships order %1.").arg(orderName());
    case Next::TakeAwayWrongItem:
        return tr("Next: take the wrong item away, then press Esc.");
    case Next::OverrideFlag:
        return tr("Next: order %1 is flagged (%2): press “Pack anyway” to override, or Esc to leave it.")
            .arg(orderName(), core::Vocabulary::flag(flag()));
    case Next::ConfirmSwitch:
        return tr("Next: scan %1 again to leave order %2, or press Esc to stay.").arg(mPendingSwitch, orderName());
    }
    return {};
}

QString PackingStation::wrongGoods(
    const QList<ScanCheck::Line> &lines, const QString &barcode, const std::optional<core::SkuRef> &scanned)
{
    auto colourSize
        = [](const QString &color, const QString &size) -> QString { return color + QLatin1Char('/') + size; };
    QStringList wanted, wantedOfItem;
    for (const ScanCheck::Line &l : lines) {
        if (l.done())
            continue;
        const QString what = l.line.skuId ? colourSize(l.line.color, l.line.size) : l.line.attributes;
        wanted << (l.line.itemCode.isEmpty() ? what : l.line.itemCode + QLatin1Char(' ') + what);
        if (scanned && l.line.itemCode == scanned->itemCode)
            wantedOfItem << what;
    }
    const QString sep = tr(", ", "between the items an order wants");
    if (!scanned) {
        if (wanted.isEmpty())
            return tr("%1 is not an item of the shop; the order needs nothing more").arg(barcode);
        return tr("%1 is not an item of the shop; the order wants %2").arg(barcode, wanted.join(sep));
    }
    // The same item in another colour or size: colour and size say it all ("这是 白色/L，订单要 白色/XL").
    const QString is = colourSize(scanned->sku.color, scanned->sku.size);
    if (!wantedOfItem.isEmpty())
        return tr("This is %1; the order wants %2").arg(is, wantedOfItem.join(sep));
    const QString isItem = scanned->itemCode + QLatin1Char(' ') + is;
    if (wanted.isEmpty())
        return tr("This is %1; the order needs nothing more").arg(isItem);
    return tr("This is %1; the order wants %2").arg(isItem, wanted.join(sep));
}

core::Result<std::optional<ShipmentOrder>> PackingStation::waybill(
    const QString &code, std::optional<Parcel> *parcel) const
{
    // A parcel's waybill (merged orders, a part of a split order), or the number of an order that
    // leaves in a parcel: the parcel's lines are checked, line by line.
    ParcelService parcels(mDesk.db());
    auto byTracking = parcels.openByTracking(code);
    if (!byTracking)
        return byTracking.error();
    if (byTracking->has_value()) {
        *parcel = **byTracking;
        return std::optional<ShipmentOrder>((*parcel)->asShipment());
    }
    auto order = mDesk.byTrackingOrOrderNo(code);
    if (!order || !order->has_value())
        return order;
    if ((*order)->extraParcelId == 0) {
        auto of = parcels.parcelsOf((*order)->order.orderNo);
        if (!of)
            return of.error();
        for (const Parcel &p : std::as_const(*of))
            if (p.status == QLatin1String("open")) {
                *parcel = p;
                return std::optional<ShipmentOrder>(p.asShipment());
            }
    }
    return order;
}

PackingStation::Outcome PackingStation::loaded(ScanCheck::Outcome o)
{
    if (o != ScanCheck::Outcome::OrderLoaded)
        return { mCheck.message(), Tone::Loud };
    if (const QString f = holdingFlag(); !f.isEmpty())
        return { tr("Order %1 is flagged %2: do not pack it unless you are sure; “Pack anyway” overrides the flag.")
                     .arg(orderName(), core::Vocabulary::flag(f)),
            Tone::Loud };
    return { mCheck.message(), Tone::Plain };
}

PackingStation::Outcome PackingStation::load(const std::optional<ShipmentOrder> &order, const QString &code)
{
    std::optional<Parcel> parcel;
    auto found = order ? core::Result<std::optional<ShipmentOrder>>(order) : waybill(code, &parcel);
    if (!found)
        return { found.errorMessage(), Tone::Loud };
    clear();
    if (parcel)
        return loaded(mCheck.loadParcel(*parcel));
    return loaded(mCheck.load(*found));
}

PackingStation::Outcome PackingStation::scan(const QString &typed, const QString &weightText, const QString &packer)
{
    const QString code = typed.trimmed();
    if (code.isEmpty() || (mCheck.hasOrder() && code == mCheck.order().order.trackingNo)) {
        // Enter alone (or the order's own waybill again) ships a checked order, and nothing else.
        if (next() == Next::Ship)
            return confirm(weightText, packer);
        if (code.isEmpty())
            return { {}, Tone::Plain, false, false };
        return { tr("This is the waybill of order %1 itself. %2").arg(orderName(), nextText()), Tone::Warning };
    }
    if (next() == Next::ScanWaybill)
        return load(std::nullopt, code);
    if (!mPendingSwitch.isEmpty() && code == mPendingSwitch)
        return load(std::nullopt, code); // confirmed: the current order is left, nothing of it written
    if (mCheck.blocked()) {
        mCheck.scanItem(code);
        return { mCheck.message(), Tone::Loud };
    }
    // An item of this order, or another shop item (the wrong goods), or a waybill of another order.
    bool ofOrder = false;
    for (const ScanCheck::Line &l : mCheck.lines())
        ofOrder = ofOrder || (!l.line.barcode.isEmpty() && l.line.barcode == code);
    std::optional<core::SkuRef> sku;
    if (!ofOrder) {
        auto found = mDesk.skuByBarcode(code);
        if (!found)
            return { found.errorMessage(), Tone::Loud };
        sku = *found;
        if (!sku) {
            std::optional<Parcel> parcel;
            auto other = waybill(code, &parcel);
            if (!other)
                return { other.errorMessage(), Tone::Loud };
            if (other->has_value()) {
                if (!anyScanned() && mPendingSwitch.isEmpty())
                    return load(std::nullopt, code);
                mPendingSwitch = code;
                return { tr("%1 is the waybill of another order, and items of order %2 are checked already: scan it "
                            "again to leave order %2, or press Esc to stay.")
                             .arg(code, orderName()),
                    Tone::Warning };
            }
        }
    }
    mPendingSwitch.clear();
    if (const QString f = holdingFlag(); !f.isEmpty())
        return { tr("Order %1 is flagged %2: it takes no items until “Pack anyway” overrides the flag.")
                     .arg(orderName(), core::Vocabulary::flag(f)),
            Tone::Loud };
    const ScanCheck::Outcome o = mCheck.scanItem(code);
    switch (o) {
    case ScanCheck::Outcome::WrongItem:
        return { wrongGoods(mCheck.lines(), code, sku), Tone::Loud };
    case ScanCheck::Outcome::Excess:
    case ScanCheck::Outcome::Blocked:
        return { mCheck.message(), Tone::Loud };
    case ScanCheck::Outcome::Complete:
        return { mCheck.message(), Tone::Good };
    default:
        return { mCheck.message(), Tone::Plain };
    }
}

PackingStation::Outcome PackingStation::escape()
{
    if (!mCheck.hasOrder())
        return { {}, Tone::Plain, false, false };
    if (!mPendingSwitch.isEmpty()) {
        mPendingSwitch.clear();
        return { tr("Still order %1: go on scanning its items.").arg(orderName()), Tone::Plain };
    }
    if (mCheck.blocked()) {
        mCheck.acknowledge();
        return { tr("Go on scanning the items."), Tone::Plain };
    }
    const QString left = orderName();
    clear();
    return { tr("Order %1 left unpacked; nothing was written. Scan the next waybill.").arg(left), Tone::Plain };
}

PackingStation::Outcome PackingStation::overrideFlag(const QString &packer)
{
    const QString f = holdingFlag();
    if (f.isEmpty())
        return { {}, Tone::Plain, false, false };
    QList<qint64> ids;
    if (mCheck.parcelOrders().size() > 1) {
        auto parcel = ParcelService(mDesk.db()).openByTracking(mCheck.order().order.trackingNo);
        if (parcel && parcel->has_value())
            ids = (*parcel)->orderIds();
    }
    if (ids.isEmpty())
        ids << mCheck.order().order.id;
    if (core::Status s = mDesk.service().recordFlagOverride(ids, f, packer, mActor); !s)
        return { s.errorMessage(), Tone::Loud };
    mFlagOverridden = true;
    return { tr("Flag %1 of order %2 overridden by %3: scan each item.")
                 .arg(core::Vocabulary::flag(f), orderName(), packer.isEmpty() ? mActor : packer),
        Tone::Warning };
}

PackingStation::Outcome PackingStation::confirm(const QString &weightText, const QString &packer)
{
    if (next() != Next::Ship)
        return { tr("Not yet: %1").arg(nextText()), Tone::Loud };
    std::optional<int> grams;
    const QString w = weightText.trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
    if (!w.isEmpty()) {
        bool ok = false;
        const double kg = w.toDouble(&ok);
        if (!ok || kg <= 0 || kg > 1000)
            return { tr("“%1” is not a weight in kg.").arg(weightText), Tone::Loud };
        grams = int(kg * 1000 + 0.5);
    }
    const core::Order &o = mCheck.order().order;
    const QString orderNo = o.orderNo;
    const QString name = orderName();
    const qint64 parcel = mCheck.order().extraParcelId;
    const core::Status s = parcel != 0
        ? mDesk.service().shipExtraParcel(parcel, grams, packer.trimmed(), mActor)
        : mDesk.service().shipOrder(orderNo, o.trackingNo, o.courier, grams, packer.trimmed(), mActor);
    if (!s)
        return { s.errorMessage(), Tone::Loud };
    clear();
    return { parcel != 0 ? tr("Replacement parcel of order %1 shipped. Scan the next waybill.").arg(orderNo)
                         : tr("Order %1 shipped. Scan the next waybill.").arg(name),
        Tone::Good, true };
}

} // namespace shopdesk::shipping
