#pragma once

#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QVariant>

#include <optional>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::shipping {

/// The parcels (包裹) tables of shop format 9 as rows: what ParcelService reads and writes.
class ParcelRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::ParcelRepository)
public:
    explicit ParcelRepository(const core::Database &db)
        : mDb(db)
    {
    }

    struct LineRow {
        qint64 orderId = 0, lineId = 0;
        QString orderNo;
        int quantity = 0;
    };
    struct Row {
        qint64 id = 0;
        QString kind, status, courier, trackingNo;
        bool printed = false;
        QList<LineRow> lines;
    };
    /// Parcels matching `where` (a fragment over parcels p), by id, with their lines in line order.
    core::Result<QList<Row>> load(const QString &where, const QList<std::pair<QString, QVariant>> &binds) const;
    core::Result<QList<Row>> byId(qint64 id) const;
    core::Result<QList<Row>> ofOrder(qint64 orderId) const;
    core::Result<QList<Row>> openByTracking(const QString &trackingNo) const;
    core::Result<QList<Row>> open() const;
    /// Each order in an open parcel → that parcel (the first, for a split order).
    core::Result<QHash<qint64, qint64>> openParcelOfOrders() const;

    struct Mark {
        qint64 parcelId = 0;
        QString kind;
        int count = 0; ///< merged: the orders in the parcel; split: the order's parcels
    };
    /// Each order in an open parcel, with what the queue shows of it.
    core::Result<QHash<qint64, Mark>> marks() const;

    core::Result<qint64> create(
        const QString &kind, const QString &courier, const QString &trackingNo, const QString &actor);
    core::Status addLine(qint64 parcelId, qint64 orderId, qint64 lineId, int quantity);
    /// Sets a line's pieces in a parcel; 0 takes the line out of it.
    core::Status setLineQuantity(qint64 parcelId, qint64 lineId, int quantity);
    /// Removes an open, unprinted parcel and its lines.
    core::Status remove(qint64 parcelId);
    core::Status setTracking(qint64 parcelId, const QString &courier, const QString &trackingNo);
    /// Whether another order (not in this parcel) or another open parcel has this number.
    core::Result<bool> trackingUsed(const QString &trackingNo, qint64 parcelId) const;
    core::Status markShipped(qint64 parcelId, const QString &courier, const QString &trackingNo, const QDateTime &at,
        std::optional<int> weightGrams, const QString &packer, std::optional<qint64> freightFen);
    /// Marks the open parcels (with a tracking number) of these orders printed.
    core::Status markPrinted(const QList<qint64> &orderIds);
    /// The other orders of this order's open merged parcel.
    core::Result<QList<qint64>> mergedMates(qint64 orderId) const;
    /// Whether every piece of every line of the order is in a shipped parcel.
    core::Result<bool> fullyShipped(qint64 orderId) const;
    /// Marks a paid order shipped with this courier and number, with its packing row.
    core::Status shipOrder(qint64 orderId, const QString &courier, const QString &trackingNo, const QDateTime &at,
        std::optional<int> weightGrams, const QString &packer);

private:
    const core::Database &mDb;
};

} // namespace shopdesk::shipping
