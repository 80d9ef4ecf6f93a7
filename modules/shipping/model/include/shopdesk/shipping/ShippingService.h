#pragma once

#include "shopdesk/shipping/Couriers.h"
#include "shopdesk/shipping/ExtraParcelRepository.h"
#include "shopdesk/shipping/ShippingRepository.h"
#include "shopdesk/shipping/Waybill.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace shopdesk::shipping {

/// The workbench's operations as the panel and the command line use them.
class ShippingService {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::ShippingService)
public:
    /// Reads the couriers the shop added (Couriers::setShopCouriers).
    explicit ShippingService(const core::Database &db);

    /// Reads the export files, chooses each new paid order's courier, writes everything in one
    /// transaction (or nothing, on any error or when cancelled). An order of another shop (店铺名称
    /// not the shop's name) is refused unless `otherShopAgreed`.
    core::Result<ImportSummary> importFiles(const QString &ordersPath, const QString &itemsPath,
        const Progress &progress = {}, bool otherShopAgreed = false);
    /// The shop an order export is of (its 店铺名称) when that is not this shop (ShopSettings'
    /// name); empty when it is this shop's, or either name is not known.
    core::Result<QString> otherShopOf(const QString &ordersPath) const;
    /// The shop's name, as the export's 店铺名称 is checked against.
    QString shopName() const;

    /// The sender line from the shop settings: "name phone address".
    QString senderLine() const;
    bool maskPhone() const;

    struct PrintJob {
        /// Orders, and replacement parcels (补发, extraParcelId set) printed like them.
        QList<ShipmentOrder> orders;
        QString layout = QStringLiteral("100x180");
        int copies = 1;
        QString reprintReason; ///< needed when an order was printed before
        bool record = true; ///< record the print (the printed mark) per order
    };
    /// Writes the waybills of `job` to a PDF, one page per order and copy, and records the prints.
    core::Result<int> printToPdf(const PrintJob &job, const QString &pdfPath, const QString &actor);
    /// An order a batch print left out, and why (no tracking number yet, lines not matched to a
    /// SKU, printed before and no reprint reason given).
    struct Skipped {
        QString orderNo;
        QString reason;
    };
    /// A batch split into what prints and what is left out: `job` holds the printable orders.
    struct PrintPlan {
        PrintJob job;
        QList<Skipped> skipped;
    };
    /// Sorts a batch before printing: the orders that can print stay in `job`, in their order; the
    /// others are listed with their reason (no tracking number yet; a line not matched to a SKU,
    /// 有未匹配的货品; printed before and no reprint reason). Never refuses the batch for one order.
    core::Result<PrintPlan> planJob(const PrintJob &job) const;
    /// What a batch print did, in the words the status bar and the CLI show ("3 waybills printed;
    /// 1 order skipped: 3012…568 (no tracking number yet)").
    static QString batchReport(int printed, const QList<Skipped> &skipped);
    /// The skipped orders, one per line: "3012…568: no tracking number yet".
    static QStringList skippedLines(const QList<Skipped> &skipped);
    /// What printBatchToPdf did.
    struct BatchPrinted {
        int pages = 0;
        QStringList orderNos; ///< the orders printed
        QStringList parcels; ///< the replacement parcels printed, by tracking number
        QList<Skipped> skipped;
    };
    /// Prints the printable orders of a batch to a PDF (planJob) and records them; the others are
    /// listed as skipped. Fails only when none can print, or on a write error.
    core::Result<BatchPrinted> printBatchToPdf(const PrintJob &job, const QString &pdfPath, const QString &actor);

    /// Checks a job before anything is printed (orders chosen, each with a tracking number, a
    /// reason when any was printed before) and gives its layout.
    core::Result<WaybillLayout> checkJob(const PrintJob &job) const;
    /// Paints the job's waybills on a paged device (a printer, a preview, a PDF), one page per
    /// order, each `copies` times; `deviceName` names it in messages. Records nothing: see
    /// recordPrinted.
    core::Status paintJob(QPagedPaintDevice &device, const PrintJob &job, const WaybillLayout &layout, int copies,
        const QString &deviceName) const;
    /// Records that the job was printed (the printed mark, a reprint with its reason).
    core::Status recordPrinted(const PrintJob &job, const QString &actor);

    /// Waybills from a plain mail-merge CSV (tracking,name,phone,address,sender,order,items); with
    /// `maskPhone` (the shop's 隐私面单 choice, maskPhone()) the phones print with their middle hidden.
    static core::Result<int> mergeToPdf(
        const QString &csvPath, const QString &pdfPath, const QString &layout, bool maskPhone);

    /// Ships an order by number: courier (its chosen one when empty), tracking number (format
    /// checked), optional weight and packer; stock booked out with the tracking number. An order in
    /// a parcel ships with it (ParcelService::ship): a merged parcel's every order, or a split
    /// order's parcel with this tracking number (else its first open one).
    core::Status shipOrder(const QString &orderNo, const QString &trackingNo, QString courier,
        std::optional<int> weightGrams, const QString &packer, const QString &actor);

    /// A queued order's courier and tracking number, as one edit sets them.
    struct TrackingChange {
        qint64 orderId = 0;
        QString orderNo; ///< names the order in an error
        QString courier; ///< a courier code; empty only together with an empty number (no courier yet)
        QString trackingNo; ///< empty clears it
    };
    /// Sets the couriers and tracking numbers of queued orders in one transaction: all of them, or
    /// none when one is refused (its number in the wrong form or used by another order, the order
    /// no longer waiting for dispatch), with an error naming that order. Numbers may move between
    /// the orders of one edit.
    core::Status setTrackingNumbers(const QList<TrackingChange> &changes);

    /// An order's flag colour (red, green, yellow, blue, purple or empty), as one edit sets it.
    struct FlagChange {
        qint64 orderId = 0;
        QString orderNo; ///< names the order in an error
        QString flag;
    };
    /// Sets the flags of orders in one transaction: all of them, or none, with an error naming the
    /// order that could not be flagged.
    core::Status setFlags(const QList<FlagChange> &changes);

    /// Adds a courier-issued range "773000000001" … "773000000999" (both in the courier's format).
    core::Status addTrackingRange(const QString &courier, const QString &first, const QString &last);

    /// Numbering chosen orders from the couriers' ranges (从号段分配), one courier's part: the
    /// orders that get a number and the first and last number they will use.
    struct RangePart {
        QString courier;
        QList<ShipmentOrder> orders;
        QString first, last; ///< the numbers the part will use (unused ones, in range order)
        qint64 left = 0; ///< numbers the courier's ranges have left
        bool enough() const { return left >= orders.size(); }
    };
    struct RangePlan {
        QList<RangePart> parts;
        QList<Skipped> skipped; ///< already numbered, or not waiting for dispatch
        int count() const;
        /// "3 orders get numbers: 申通 773000000002 … 773000000004", plus what is skipped.
        QString summary() const;
    };
    /// What numbering `orders` (and those only) would do, writing nothing: each order by its
    /// courier (the store's rules choose one while it has none); an order with a number already, or
    /// no longer waiting, is skipped.
    core::Result<RangePlan> planRangeAssignment(const QList<ShipmentOrder> &orders) const;
    /// The numbers given, as one tracking edit would set them (its undo restores the old ones).
    struct RangeAssigned {
        TrackingChange before, after;
    };
    /// Numbers the plan's orders from their couriers' ranges, in one transaction: all, or none
    /// (a range used up, an order no longer waiting).
    core::Result<QList<RangeAssigned>> assignFromRanges(const RangePlan &plan);

    /// Records that a packer overrode an order's flag at the packing station (one row per order).
    core::Status recordFlagOverride(
        const QList<qint64> &orderIds, const QString &flag, const QString &packer, const QString &actor);

    /// Checks a courier's monthly bill (CSV: tracking, weight, fee) against its price table and the
    /// shipped orders' provinces.
    core::Result<QList<BillMismatch>> checkBill(const QString &courier, const QString &billPath) const;

    /// The month's bill checked and settled (月结抵扣): checkBill's mismatches, and every billed
    /// parcel with a claim open (lost, damaged, undeliverable, refused) deducted — its freight, and
    /// for a lost or damaged one what is claimed for the goods — with the total the store owes.
    core::Result<BillCheck> settleBill(const QString &courier, const QString &billPath) const;

    /// Adds a waiting extra parcel of a shipped order (an exchange's replacement): courier code and
    /// tracking number checked as for an order. Gives its id.
    core::Result<qint64> addExtraParcel(const ExtraParcel &parcel, const QString &actor);
    /// The replacement parcels (补发) waiting to leave, oldest first, as a print job takes them
    /// (ShipmentOrder::extraParcelId set, printCount their waybill's prints).
    core::Result<QList<ShipmentOrder>> replacementParcels() const;
    /// The replacement parcels with these tracking numbers (an unknown number is an error naming it).
    core::Result<QList<ShipmentOrder>> replacementParcels(const QStringList &trackingNos) const;
    /// "3012…567 replacement 773000000202": a replacement parcel as a skipped list names it.
    static QString parcelName(const ShipmentOrder &parcel);

    /// Ships an extra parcel checked at the packing station: its goods booked out with its tracking
    /// number, in one transaction.
    core::Status shipExtraParcel(
        qint64 parcelId, std::optional<int> weightGrams, const QString &packer, const QString &actor);

    /// The handover sheet of a pickup for the courier to sign (A4 PDF): expected, scanned, missing, extra.
    core::Status handoverPdf(const PickupState &pickup, const QString &pdfPath) const;

    /// Each change's courier and the form of its number; the error names the first order at fault.
    /// Writes nothing (setTrackingNumbers runs it first).
    static core::Status checkTracking(const QList<TrackingChange> &changes);

private:
    /// The job with merged and split orders' parcels in place of the orders (ParcelService::withParcels).
    core::Result<PrintJob> withParcels(const PrintJob &job) const;
    /// checkJob() of a job withParcels() made already.
    core::Result<WaybillLayout> checkParcels(const PrintJob &parcels) const;
    WaybillData waybillFor(
        const ShipmentOrder &order, const QString &sender, bool mask, const CourierRules &rules) const;
    const core::Database &mDb;
};

} // namespace shopdesk::shipping
