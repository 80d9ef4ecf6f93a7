#pragma once

#include "shopdesk/shipping/ShippingRepository.h"

#include <QCoreApplication>

namespace shopdesk::shipping {

/// A parcel sent for an order that has already left: an exchange's replacement (换货), a lost
/// parcel sent again (补发). The order stays shipped with its own tracking number; the parcel has its
/// own, is checked at the packing station (三查) like an order, and is booked out of stock when it
/// ships.
struct ExtraParcel {
    qint64 id = 0;
    qint64 orderId = 0;
    QString orderNo; ///< filled when read
    QString courier, trackingNo;
    QString reference; ///< what asked for it (an after-sale case number)
    QString status; ///< waiting | shipped
    struct Line {
        qint64 skuId = 0;
        int quantity = 0;
    };
    QList<Line> lines;
};

/// The extra parcels of shipped orders. Every write is one transaction (a savepoint inside a
/// caller's).
class ExtraParcelRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::ExtraParcelRepository)
public:
    static inline const QString kWaiting = QStringLiteral("waiting");
    static inline const QString kShipped = QStringLiteral("shipped");

    explicit ExtraParcelRepository(const core::Database &db)
        : mDb(db)
    {
    }

    /// Adds a waiting parcel of a shipped (or finished) order: its courier and a tracking number
    /// no order or parcel uses yet, and at least one line. Gives its id.
    core::Result<qint64> add(const ExtraParcel &parcel, const QString &actor);
    /// Takes back a parcel that has not shipped yet.
    core::Status cancel(qint64 parcelId);
    /// Ships a waiting parcel: its goods booked out of stock with its tracking number (the order
    /// number as note), its status shipped — one transaction.
    core::Status ship(qint64 parcelId, std::optional<int> weightGrams, const QString &packer, const QString &actor);
    core::Result<std::optional<ExtraParcel>> byId(qint64 parcelId) const;
    /// The parcel with this tracking number as the packing station loads it: the order's recipient,
    /// the parcel's courier, tracking number and lines (ShipmentOrder::extraParcelId set).
    core::Result<std::optional<ShipmentOrder>> forStation(const QString &trackingNo) const;
    /// The parcels waiting to leave, as forStation reads one (printCount: how often its waybill
    /// was printed), oldest first.
    core::Result<QList<ShipmentOrder>> waiting() const;
    /// Marks the parcels' waybills printed (once more; a reprint keeps its reason), in one transaction.
    core::Status markPrinted(const QList<qint64> &parcelIds, const QString &reprintReason);

private:
    core::Result<QList<ShipmentOrder>> load(
        const QString &where, const QList<std::pair<QString, QVariant>> &binds) const;
    const core::Database &mDb;
};

} // namespace shopdesk::shipping
