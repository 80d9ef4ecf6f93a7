#pragma once

#include "shopdesk/shipping/ScanCheck.h"

#include <shopdesk/core/ItemRepository.h>

#include <QCoreApplication>

namespace shopdesk::shipping {

class ShippingDesk;

/// The packing station (三查) as the packer drives it, with no widgets: every scanner Enter, Esc,
/// the flag override and the confirmation are one call here, and the station's widget shows what
/// comes back. The rules:
/// - the waybill's scan brings up its order (or parcel); each item's scan ticks a unit of its line;
///   a wrong item names what was scanned and what the order wants ("这是 白色/L，订单要 白色/XL") and
///   blocks until Esc;
/// - Esc takes a block or a pending switch back, and otherwise leaves the current order (nothing
///   written); a waybill of another order while items are checked asks for the same scan again
///   before the station leaves the order;
/// - an order whose flag asks the packer to hold it (every flag but green) is shown as flagged and
///   takes no item until the packer overrides the flag, which is recorded on the order;
/// - when every unit is ticked, Enter on an empty field (or the order's own waybill) ships it.
class PackingStation {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::PackingStation)
public:
    /// What the station does with the next Enter (the state it shows).
    enum class Next {
        ScanWaybill, ///< no order: a scan loads one
        ScanItems, ///< items are being checked
        Ship, ///< every item is checked: Enter ships
        TakeAwayWrongItem, ///< a wrong item or an excess: Esc after taking it away
        OverrideFlag, ///< the order is flagged: override (or Esc to leave it)
        ConfirmSwitch, ///< another waybill was scanned mid-order: scan it again to switch, Esc to stay
    };
    enum class Tone { Plain, Good, Warning, Loud };
    /// What one step did, for the status line next to the scan field.
    struct Outcome {
        QString message;
        Tone tone = Tone::Plain;
        bool shipped = false; ///< an order (or parcel) left: the queue and the stock changed
        bool changed = true; ///< false: nothing happened, the status line stays as it was
    };

    PackingStation(ShippingDesk &desk, QString actor);

    /// One scanner Enter with what was typed (empty: Enter alone). `packer` and `weightText` are
    /// the station's fields, used when the Enter ships.
    Outcome scan(const QString &code, const QString &weightText, const QString &packer);
    /// Esc.
    Outcome escape();
    /// The packer overrides the loaded order's flag, explicitly: recorded on the order(s).
    Outcome overrideFlag(const QString &packer);
    /// Ships the checked order (the button, or Enter when everything is ticked).
    Outcome confirm(const QString &weightText, const QString &packer);
    /// Leaves whatever is loaded, writing nothing.
    void clear();

    Next next() const;
    /// What the next Enter does, in the packer's words ("Enter ships order …").
    QString nextText() const;
    const ScanCheck &check() const { return mCheck; }
    /// The loaded order's flag that holds the packing, while it is not overridden (else empty).
    QString holdingFlag() const;
    /// The loaded order's flag (whether it holds the packing or not).
    QString flag() const;

    /// Whether an order with this flag is held at the station until the packer overrides it:
    /// every flag but green (paid by bank transfer).
    static bool flagHoldsPacking(const QString &flag);
    /// The wrong-goods banner: what was scanned ("白色/L", with its item code when it is another
    /// item) against what the order still wants.
    static QString wrongGoods(
        const QList<ScanCheck::Line> &lines, const QString &barcode, const std::optional<core::SkuRef> &scanned);

private:
    Outcome load(const std::optional<ShipmentOrder> &order, const QString &code);
    Outcome loaded(ScanCheck::Outcome o);
    /// The order or parcel of a waybill (or order number); empty when the code is neither.
    core::Result<std::optional<ShipmentOrder>> waybill(const QString &code, std::optional<Parcel> *parcel) const;
    bool anyScanned() const;
    QString orderName() const;

    ShippingDesk &mDesk;
    QString mActor;
    ScanCheck mCheck;
    bool mFlagOverridden = false;
    QString mPendingSwitch; ///< a waybill scanned once while this order was under way
};

} // namespace shopdesk::shipping
