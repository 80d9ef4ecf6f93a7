#pragma once

#include "shopdesk/shipping/OrderImport.h"

#include <shopdesk/core/Records.h>
#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace shopdesk::core {
class Database;
}

namespace shopdesk::shipping {

/// A line the import could not match to a SKU, for the clerk to resolve.
struct UnmatchedLine {
    qint64 lineId = 0;
    QString orderNo, title, attributes, merchantCode;
    int quantity = 0;
};

/// What an import did.
struct ImportSummary {
    int added = 0; ///< new orders
    int unchanged = 0; ///< already in the shop, nothing to change
    int updated = 0; ///< queued orders the platform has since closed or shipped
    int queued = 0; ///< new orders entering the dispatch queue (paid, not shipped)
    QHash<QString, int> byStatus; ///< new orders per status code
    /// The new lines not matched to a SKU of the orders entering the queue (the others never ship here).
    QList<UnmatchedLine> unmatched;
    /// After the import, as the queue shows it: the orders waiting for dispatch (paid, not
    /// shipped: new and earlier ones), and their lines not matched to a SKU.
    int queueOrders = 0;
    int queueUnmatched = 0;
    bool cancelled = false;
};

/// A line of an order as the packer sees it.
struct PackLine {
    qint64 lineId = 0;
    std::optional<qint64> skuId;
    QString itemCode, title, color, size, barcode, attributes;
    int quantity = 0;
};

/// An order ready for a waybill or the packing station.
struct ShipmentOrder {
    core::Order order; ///< without lines
    QList<PackLine> lines;
    int printCount = 0;
    /// Not 0: an extra parcel of the (already shipped) order — an exchange's replacement — whose
    /// courier, tracking number and lines these are (ExtraParcelRepository::forStation).
    qint64 extraParcelId = 0;
    bool parcelWaiting = false; ///< the extra parcel has not shipped yet
    /// "model/colour/size×qty; …"
    QString goods() const;
};

/// A courier's pickup of one day.
struct PickupState {
    qint64 id = 0;
    QString courier;
    QDate day;
    bool archived = false;
    QStringList expected; ///< tracking numbers of that day's shipped orders by the courier
    QStringList scanned;
    QStringList missing() const;
    QStringList extra() const;
};

/// The shipping workbench's records: import of platform orders into the shared order tables,
/// waybill prints, packing (三查) and shipping, pickups and claims. Every write is one transaction.
class ShippingRepository {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::ShippingRepository)
public:
    explicit ShippingRepository(const core::Database &db)
        : mDb(db)
    {
    }

    core::Result<SkuCatalog> catalog() const;

    /// Writes the orders of an import in one transaction, taking them from `feed` as they are read:
    /// new orders are added with their buyers and lines (through core's OrderBulkWriter: the
    /// database gives every id); orders already in the shop stay as they are, except a queued
    /// (paid) order the platform now shows closed or shipped, whose status follows. The goods of
    /// every order the platform has already shipped are booked out of stock (core's StockLedger, as
    /// ship() books them), once: when the order is added, or when its status follows; an outbound
    /// the ledger refuses (not enough on hand) fails the import. A reading error, a failed write or
    /// cancelling (progress returns false) leaves the shop as it was; on returning, the feed is stopped.
    core::Result<ImportSummary> importFeed(ImportFeed &feed, const Progress &progress = {});

    /// Order numbers of the dispatch queue (paid, not shipped), oldest payment first.
    core::Result<QList<ShipmentOrder>> queue() const;
    /// Orders by number (unknown numbers are an error naming them).
    core::Result<QList<ShipmentOrder>> ordersByNumber(const QStringList &orderNos) const;
    /// Queued orders whose waybill was never printed.
    core::Result<QList<ShipmentOrder>> unprinted() const;
    /// The order whose tracking number or order number this is.
    core::Result<std::optional<ShipmentOrder>> byTrackingOrOrderNo(const QString &code) const;
    core::Result<QList<UnmatchedLine>> unmatchedLines() const;
    /// How many orders wait for dispatch, and how many of their lines are not matched to a SKU.
    core::Result<std::pair<int, int>> queueCounts() const;

    /// Matches an order line to a SKU (by the clerk: the import never guesses); an empty skuId unmatches it.
    core::Status matchLine(qint64 lineId, std::optional<qint64> skuId);

    /// Records one print (or a reprint with its reason) of each order's waybill.
    core::Status recordPrints(const QList<qint64> &orderIds, const QString &layout, int copies,
        const QString &reprintReason, const QString &actor);
    struct PrintLogRow {
        QString orderNo, layout, reason, actor;
        QDateTime at;
        int copies = 1;
        bool reprint = false;
    };
    core::Result<QList<PrintLogRow>> printLog(qint64 orderId = 0) const;

    /// Sets the courier and tracking number of a queued order.
    core::Status setTracking(qint64 orderId, const QString &courier, const QString &trackingNo);
    /// Sets the flag (red, green, yellow, blue, purple or empty) of an order.
    core::Status setFlag(qint64 orderId, const QString &flag);
    /// Sets the courier of a queued order (empty tracking number).

    struct Shipping {
        qint64 orderId = 0;
        QString courier, trackingNo, packer, actor;
        std::optional<int> weightGrams;
        std::optional<qint64> estimatedFreightFen;
        QDateTime at;
    };
    /// Marks a paid order shipped, records courier, tracking number and packing, and books its
    /// goods out of stock with the tracking number — all in one transaction.
    core::Status ship(const Shipping &shipping);

    /// Adds a number range the courier issued: prefix + numbers first…last written with `digits` digits.
    core::Status addTrackingRange(const QString &courier, const QString &prefix, qint64 first, qint64 last, int digits);
    /// Numbers left in the courier's ranges.
    core::Result<qint64> rangeLeft(const QString &courier) const;
    /// Gives each order (queued, of that courier) the next free number of the courier's ranges, in
    /// one transaction; returns the numbers in order.
    core::Result<QStringList> assignFromRange(const QString &courier, const QList<qint64> &orderIds);

    /// Pickups.
    core::Result<PickupState> pickup(const QString &courier, QDate day) const;
    /// Adds a scanned stub to the day's pickup (creating it); scanning twice is harmless.
    core::Status scanStub(const QString &courier, QDate day, const QString &trackingNo, const QString &actor);
    /// Archives pickups older than `days` days before `today`; gives how many.
    core::Result<int> archivePickups(QDate today, int days = 15);
    /// The kinds of claim: lost, damaged, undeliverable (无法派送), refused (拒收).
    static QStringList claimKinds();
    /// Opens a claim for a lost, damaged, undeliverable or refused parcel, holding the stub's day
    /// and the order; `claim`: what is claimed for the goods of a lost or damaged one.
    core::Result<qint64> openClaim(const QString &trackingNo, const QString &kind, const QString &note,
        const QString &actor, core::Money claim = {});
    /// Takes back a claim opened by mistake (an after-sale case undone).
    core::Status withdrawClaim(qint64 claimId);
    struct ClaimRow {
        qint64 id = 0;
        QString orderNo, courier, trackingNo, kind, note;
        QDate stubDay;
        QDateTime openedAt;
        core::Money claim;
    };
    core::Result<QList<ClaimRow>> claims() const;

    /// The province of the order with this tracking number (for checking a courier's bill), or empty.
    core::Result<QHash<QString, QString>> provincesByTracking(const QString &courier) const;

    /// Tracking numbers already used by any order (to refuse a number twice).
    /// Pieces per SKU of the order that left in parcels already shipped (a split order's first
    /// parcels): booked out then, never again when the platform later shows the order shipped.
    core::Result<QHash<qint64, qint64>> shippedInParcels(qint64 orderId) const;
    core::Result<bool> trackingInUse(const QString &trackingNo, qint64 exceptOrderId = 0) const;

private:
    core::Result<QList<ShipmentOrder>> load(
        const QString &where, const QList<std::pair<QString, QVariant>> &binds) const;
    const core::Database &mDb;
};

} // namespace shopdesk::shipping
