#pragma once

#include "shopdesk/shipping/ParcelService.h"
#include "shopdesk/shipping/ShippingRepository.h"

#include <QCoreApplication>

namespace shopdesk::shipping {

/// The packing station's 三查 as a state machine (no widgets): the waybill's scan brings up the
/// order; each item's scan ticks a unit of its line; a wrong item or one too many blocks until
/// the packer acknowledges it; confirming is possible only when every unit is ticked.
class ScanCheck {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::ScanCheck)
public:
    enum class Outcome { OrderLoaded, Ticked, Complete, WrongItem, Excess, Blocked, NoOrder, NotQueued, NoTracking };

    struct Line {
        PackLine line;
        int scanned = 0;
        bool done() const { return scanned >= line.quantity; }
    };

    /// Loads the order (already looked up by its waybill's tracking number).
    Outcome load(const std::optional<ShipmentOrder> &order);
    /// Loads a parcel (merged orders, or a part of a split order): its lines, each with the pieces
    /// this parcel carries, to tick line by line.
    Outcome loadParcel(const Parcel &parcel);
    /// The orders of the parcel loaded (empty for a single order).
    const QStringList &parcelOrders() const { return mParcelOrders; }
    /// One item barcode scanned.
    Outcome scanItem(const QString &barcode);
    /// The packer has taken the wrong item away.
    void acknowledge() { mBlocked = false; }
    void clear();

    bool hasOrder() const { return mOrder.has_value(); }
    const ShipmentOrder &order() const { return *mOrder; }
    const QList<Line> &lines() const { return mLines; }
    bool blocked() const { return mBlocked; }
    bool complete() const;
    /// A message for the last outcome, for the station's status line.
    QString message() const { return mMessage; }

private:
    std::optional<ShipmentOrder> mOrder;
    QList<Line> mLines;
    bool mBlocked = false;
    QString mMessage;
    QStringList mParcelOrders;
};

} // namespace shopdesk::shipping
