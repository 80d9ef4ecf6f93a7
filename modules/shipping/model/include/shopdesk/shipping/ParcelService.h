#pragma once

#include "shopdesk/shipping/ShippingRepository.h"

#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::shipping {

struct WaybillData;

/// One line of a parcel: which order line, and how many of its pieces travel in this parcel.
struct ParcelLine {
    qint64 orderId = 0;
    QString orderNo;
    PackLine line; ///< quantity: the pieces in this parcel
};

/// A parcel (包裹) that is not simply one order: several orders of one buyer merged (合并发货), or
/// one part of a split order (拆单发货). Each has its own waybill and tracking number.
struct Parcel {
    qint64 id = 0;
    QString kind; ///< merged | split
    QString status; ///< open | shipped
    QString courier, trackingNo;
    bool printed = false;
    core::Order order; ///< the (first) order's receiver, address, flag, as the waybill shows them
    QList<ParcelLine> lines;

    /// The orders it carries, in order.
    QStringList orderNos() const;
    QList<qint64> orderIds() const;
    /// The parcel as the waybill printer and the 三查 station take an order: its receiver, the
    /// parcel's courier and number, its lines with the parcel's quantities.
    ShipmentOrder asShipment() const;
};

/// A group of queued orders of one buyer to the same receiver and address (同一顾客的多笔订单),
/// found in the queue: shown together, merged by the clerk when `mergeable`.
struct MergeGroup {
    QList<qsizetype> members; ///< positions in the list given to find(), oldest payment first
    bool mergeable = true;
    QString reason; ///< why not mergeable (different flags or couriers)
};

/// Finds the merge groups of a dispatch queue: a hash of each order's buyer, receiver, phone and
/// address (spaces ignored). Reads nothing; orders already in a parcel count as their own.
class MergeDetector {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::MergeDetector)
public:
    /// The key orders must share to go in one parcel.
    static QString key(const core::Order &order);
    /// Groups of two or more; `couriers[i]` is order i's courier as the queue shows it (its own, else
    /// the rule's); `inParcel` the ids of orders already in an open parcel (left out).
    static QList<MergeGroup> find(
        const QList<const core::Order *> &orders, const QStringList &couriers, const QSet<qint64> &inParcel = {});
    /// Why these orders may not leave as one parcel, or empty when they may.
    static QString refusal(const QList<const core::Order *> &orders, const QStringList &couriers);
};

/// Which pieces of an order's lines go in a new parcel: the line's position in the order (1, 2, …)
/// and how many of its pieces (0: all of them).
struct LinePick {
    int position = 0;
    int quantity = 0;
};

/// Merging, splitting and shipping parcels: each one service call in one transaction.
class ParcelService {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::ParcelService)
public:
    explicit ParcelService(const core::Database &db)
        : mDb(db)
    {
    }

    /// Merges queued orders of one buyer (same receiver, phone and address, same flag and courier,
    /// none in a parcel yet) into one parcel; a tracking number one of them already has becomes the
    /// parcel's. Refused with the reason otherwise, nothing written. Gives the parcel's id.
    core::Result<qint64> merge(const QStringList &orderNos, const QString &actor);
    /// Undoes a merge: the orders go back to the queue one by one. Refused once the parcel's
    /// waybill is printed or the parcel shipped.
    core::Status unmerge(qint64 parcelId);

    /// Splits a queued order: the picked pieces go in a new parcel, the rest stay (in a parcel of
    /// their own the first time). Gives the new parcel's id.
    core::Result<qint64> split(const QString &orderNo, const QList<LinePick> &picks, const QString &actor);
    /// Undoes every split of an order whose parcels are not printed or shipped yet.
    core::Status unsplit(const QString &orderNo);
    /// "1,2:1,3" → lines 1 and 3 whole, one piece of line 2; empty with `error` set on bad input.
    static QList<LinePick> parsePicks(const QString &text, QString *error);

    /// Sets a parcel's courier and tracking number (its form checked, not used by another order or parcel).
    core::Status setTracking(qint64 parcelId, const QString &courier, const QString &trackingNo);

    struct Shipping {
        qint64 parcelId = 0;
        QString trackingNo; ///< empty: the parcel's own
        QString courier; ///< empty: the parcel's own
        std::optional<int> weightGrams;
        QString packer, actor;
        QDateTime at;
    };
    /// Ships a parcel in one transaction: its goods booked out line by line with its tracking
    /// number; every order whose last parcel this is marked shipped (卖家已发货) with this number.
    core::Status ship(const Shipping &shipping);

    core::Result<std::optional<Parcel>> parcel(qint64 id) const;
    /// The open parcel with this tracking number, if any.
    core::Result<std::optional<Parcel>> openByTracking(const QString &trackingNo) const;
    /// An order's parcels (open and shipped), oldest first.
    core::Result<QList<Parcel>> parcelsOf(const QString &orderNo) const;
    /// Every open parcel, by id.
    core::Result<QList<Parcel>> openParcels() const;
    /// The open parcel id of each order in one, by order id.
    core::Result<QHash<qint64, qint64>> openParcelOfOrders() const;

    /// What the queue shows of an order in an open parcel.
    struct Mark {
        qint64 parcelId = 0;
        bool merged = false;
        int count = 0; ///< merged: the orders in its parcel; split: the order's parcels
    };
    core::Result<QHash<qint64, Mark>> marks() const;
    /// A print batch with the parcels in place of their orders: the orders of a merged parcel as
    /// one waybill, a split order as one waybill per open parcel that has a tracking number (the
    /// first one, when none has: it is refused for that); other orders as they are.
    core::Result<QList<ShipmentOrder>> withParcels(const QList<ShipmentOrder> &orders) const;
    /// Marks the open parcels of these orders printed (after their waybills printed).
    core::Status markPrinted(const QList<qint64> &orderIds);
    /// The orders and the other orders of their open merged parcels (whose waybill is theirs too).
    core::Result<QList<qint64>> withMergedMates(const QList<qint64> &orderIds) const;

    /// The waybill of a parcel (goods of every order, the first order's number and how many more).
    static QString orderNoLine(const QStringList &orderNos);

private:
    core::Result<QList<Parcel>> load(const QString &where, const QList<std::pair<QString, QVariant>> &binds) const;
    const core::Database &mDb;
};

} // namespace shopdesk::shipping
