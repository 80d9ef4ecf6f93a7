#include "shopdesk/shipping/ShippingService.h"

#include "BillFeeRepository.h"
#include "PackingRepository.h"
#include "ParcelRepository.h"
#include "shopdesk/shipping/CourierRepository.h"
#include "shopdesk/shipping/Couriers.h"
#include "shopdesk/shipping/ParcelService.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Database.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/PrintFont.h>
#include <shopdesk/core/Transaction.h>

#include <QFile>
#include <QFileInfo>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <future>

namespace shopdesk::shipping {

using core::Error;
using core::Result;
using core::Status;

ShippingService::ShippingService(const core::Database &db)
    : mDb(db)
{
    if (auto own = CourierRepository(mDb).shopCouriers())
        Couriers::setShopCouriers(*own);
}

QString ShippingService::shopName() const
{
    return core::ShopSettings(mDb).get(core::ShopSettings::kShopName).trimmed();
}

Result<QString> ShippingService::otherShopOf(const QString &ordersPath) const
{
    auto of = TaobaoImport::shopNameOf(ordersPath);
    if (!of)
        return of.error();
    const QString own = shopName();
    const QString theirs = of->trimmed();
    return own.isEmpty() || theirs.isEmpty() || own == theirs ? QString() : theirs;
}

Result<ImportSummary> ShippingService::importFiles(
    const QString &ordersPath, const QString &itemsPath, const Progress &progress, bool otherShopAgreed)
{
    const ShopCheck shop { shopName(), otherShopAgreed, core::ShopSettings(mDb).maxLineMoneyFen() };
    ShippingRepository repo(mDb);
    auto catalog = repo.catalog();
    if (!catalog)
        return catalog.error();
    auto files = TaobaoImport::openFiles(ordersPath, itemsPath);
    if (!files)
        return files.error();
    const CourierRules rules = CourierRules::load(mDb);
    const qint64 orderRecords = files->orders->expectedRecords();
    ImportFeed feed(orderRecords, files->items ? files->items->expectedRecords() : orderRecords);
    // The export is read on a second core while this thread writes what has been read so far; the
    // reader keeps only a few chunks ahead, so memory stays flat whatever the export's size.
    auto reader = std::async(std::launch::async, [&] {
        try {
            TaobaoImport::read(
                *files, *catalog, feed,
                [&rules](ImportedOrder &in) {
                    if (in.order.status == core::codes::kOrderPaid)
                        in.order.courier = rules.courierOf(in.order);
                },
                shop);
        } catch (const std::exception &e) {
            // The writer waits for the reader's end: it must come, even from a failure (out of memory).
            feed.finish(Error { tr("%1 could not be read to the end (%2); nothing was imported.")
                                    .arg(QFileInfo(ordersPath).fileName(), QString::fromLocal8Bit(e.what())) });
        }
    });
    auto summary = repo.importFeed(feed, progress); // stops the feed on returning
    reader.wait();
    return summary;
}

QString ShippingService::senderLine() const
{
    core::ShopSettings s(mDb);
    QStringList parts;
    for (const QString &key :
        { core::ShopSettings::kSenderName, core::ShopSettings::kSenderPhone, core::ShopSettings::kSenderAddress }) {
        const QString v = s.value(key).trimmed();
        if (!v.isEmpty())
            parts << v;
    }
    if (parts.isEmpty())
        parts << s.value(core::ShopSettings::kShopName);
    return parts.join(QStringLiteral("  "));
}

bool ShippingService::maskPhone() const { return core::ShopSettings(mDb).get(CourierRules::kMaskPhoneSetting); }

Result<WaybillLayout> ShippingService::checkJob(const PrintJob &asked) const
{
    auto parcels = withParcels(asked);
    if (!parcels)
        return parcels.error();
    return checkParcels(*parcels);
}

Result<WaybillLayout> ShippingService::checkParcels(const PrintJob &job) const
{
    if (job.orders.isEmpty())
        return Error { tr("There are no waybills to print.") };
    auto layout = WaybillLayout::byName(job.layout);
    if (!layout)
        return layout.error();
    bool reprint = false;
    for (const ShipmentOrder &so : job.orders) {
        if (so.order.trackingNo.isEmpty())
            return Error { tr("Order %1 has no tracking number yet.").arg(so.order.orderNo) };
        reprint = reprint || so.printCount > 0;
    }
    if (job.record && reprint && job.reprintReason.trimmed().isEmpty())
        return Error { tr("Some of these waybills were printed before: a reprint needs a reason.") };
    return layout;
}

WaybillData ShippingService::waybillFor(
    const ShipmentOrder &order, const QString &sender, bool mask, const CourierRules &rules) const
{
    WaybillData d = WaybillData::fromOrder(order, sender, mask);
    // An order without a courier yet prints with the one the store's rules choose, as the queue shows it.
    d.courier = Couriers::displayName(rules.courierOf(order.order));
    if (order.extraParcelId != 0) {
        // A replacement parcel: the order's receiver, the parcel's goods and number, marked 补发 for
        // the courier and the packer (courier papers are in Chinese whatever the UI language); the
        // buyer's message was the original parcel's.
        d.orderNo = order.order.orderNo + QStringLiteral(" ") + QString::fromUtf8("补发");
        d.note.clear();
    }
    return d;
}

Result<int> ShippingService::printToPdf(const PrintJob &asked, const QString &pdfPath, const QString &actor)
{
    // Merged orders on one waybill, a split order on one per parcel: worked out once, checked, printed.
    auto parcels = withParcels(asked);
    if (!parcels)
        return parcels.error();
    const PrintJob &job = *parcels;
    auto layout = checkParcels(job);
    if (!layout)
        return layout.error();
    const QString sender = senderLine();
    const bool mask = maskPhone();
    const CourierRules rules = CourierRules::load(mDb);
    {
        WaybillPdf pdf(pdfPath, *layout, job.copies);
        for (const ShipmentOrder &so : job.orders)
            if (Status s = pdf.add(waybillFor(so, sender, mask, rules)); !s)
                return s.error();
        if (Status s = pdf.finish(); !s)
            return s.error();
    }
    if (job.record) {
        if (Status s = recordPrinted(asked, actor); !s)
            return s.error();
    }
    return int(job.orders.size()) * job.copies;
}

Result<ShippingService::PrintPlan> ShippingService::planJob(const PrintJob &job) const
{
    PrintPlan plan;
    plan.job = job;
    plan.job.orders.clear();
    ParcelService parcels(mDb);
    for (const ShipmentOrder &so : job.orders) {
        if (so.extraParcelId != 0) {
            // A replacement parcel (补发) prints as itself: its own number, its lines all SKUs.
            if (!so.parcelWaiting)
                plan.skipped.append({ parcelName(so), tr("has left already") });
            else if (job.record && so.printCount > 0 && job.reprintReason.trimmed().isEmpty())
                plan.skipped.append({ parcelName(so), tr("printed before, and a reprint needs a reason") });
            else
                plan.job.orders << so;
            continue;
        }
        // An order in a parcel prints as its parcel (merged orders, a split order's parts).
        auto as = parcels.withParcels({ so });
        if (!as)
            return as.error();
        // A line not matched to a SKU holds its waybill back: the clerk matches it first (the
        // queue's 未匹配明细), so what is packed is what the stock books out.
        bool noTracking = as->isEmpty(), printedBefore = false, unmatched = false;
        for (const ShipmentOrder &p : std::as_const(*as)) {
            noTracking = noTracking || p.order.trackingNo.isEmpty();
            printedBefore = printedBefore || p.printCount > 0;
            for (const PackLine &l : p.lines)
                unmatched = unmatched || !l.skuId;
        }
        QStringList reasons;
        if (noTracking)
            reasons << tr("no tracking number yet");
        if (unmatched)
            reasons << tr("has goods not matched to a SKU");
        if (reasons.isEmpty() && job.record && printedBefore && job.reprintReason.trimmed().isEmpty())
            reasons << tr("printed before, and a reprint needs a reason");
        if (reasons.isEmpty())
            plan.job.orders << so;
        else
            plan.skipped.append(
                { so.order.orderNo, reasons.join(tr("; ", "between the reasons an order is skipped")) });
    }
    return plan;
}

QStringList ShippingService::skippedLines(const QList<Skipped> &skipped)
{
    QStringList out;
    for (const Skipped &s : skipped)
        out << tr("%1: %2", "order number: why it was skipped").arg(s.orderNo, s.reason);
    return out;
}

namespace {
QString skippedText(const QList<ShippingService::Skipped> &skipped)
{
    QStringList out;
    for (const ShippingService::Skipped &s : skipped)
        out << ShippingService::tr("%1 (%2)", "order number (why it was skipped)").arg(s.orderNo, s.reason);
    return ShippingService::tr("%n order(s) skipped: %1.", nullptr, int(skipped.size()))
        .arg(out.join(ShippingService::tr("; ", "between skipped orders")));
}
} // namespace

QString ShippingService::batchReport(int printed, const QList<Skipped> &skipped)
{
    const QString done = tr("%n waybill(s) printed.", nullptr, printed);
    return skipped.isEmpty() ? done : done + QLatin1Char(' ') + skippedText(skipped);
}

Result<ShippingService::BatchPrinted> ShippingService::printBatchToPdf(
    const PrintJob &job, const QString &pdfPath, const QString &actor)
{
    auto plan = planJob(job);
    if (!plan)
        return plan.error();
    if (plan->job.orders.isEmpty()) {
        if (plan->skipped.isEmpty())
            return Error { tr("There are no waybills to print.") };
        return Error { tr("No waybill was printed. %1").arg(skippedText(plan->skipped)) };
    }
    auto pages = printToPdf(plan->job, pdfPath, actor);
    if (!pages)
        return pages.error();
    BatchPrinted out;
    out.pages = *pages;
    for (const ShipmentOrder &so : std::as_const(plan->job.orders)) {
        if (so.extraParcelId != 0)
            out.parcels << so.order.trackingNo;
        else
            out.orderNos << so.order.orderNo;
    }
    out.skipped = plan->skipped;
    return out;
}

Status ShippingService::paintJob(QPagedPaintDevice &device, const PrintJob &asked, const WaybillLayout &layout,
    int copies, const QString &deviceName) const
{
    auto parcels = withParcels(asked);
    if (!parcels)
        return parcels.status();
    const PrintJob &job = *parcels;
    const QString sender = senderLine();
    const bool mask = maskPhone();
    const CourierRules rules = CourierRules::load(mDb);
    const WaybillPainter painter(layout);
    QPainter qp;
    if (!qp.begin(&device))
        return Error { tr("The printer “%1” could not start printing.").arg(deviceName) };
    const QRectF page(QPointF(0, 0), QSizeF(device.width(), device.height()));
    bool first = true;
    for (const ShipmentOrder &so : job.orders) {
        const WaybillData d = waybillFor(so, sender, mask, rules);
        for (int c = 0; c < std::max(1, copies); ++c) {
            if (!first && !device.newPage())
                return Error { tr("The printer “%1” could not start a new page.").arg(deviceName) };
            first = false;
            if (Status s = painter.paint(qp, page, d); !s)
                return s;
        }
    }
    if (!qp.end())
        return Error { tr("The printer “%1” could not finish printing.").arg(deviceName) };
    return {};
}

Status ShippingService::recordPrinted(const PrintJob &job, const QString &actor)
{
    auto layout = WaybillLayout::byName(job.layout);
    if (!layout)
        return layout.error();
    QList<qint64> ids, replacements;
    ids.reserve(job.orders.size());
    for (const ShipmentOrder &so : job.orders)
        if (so.extraParcelId != 0)
            replacements << so.extraParcelId;
        else
            ids << so.order.id;
    // A merged parcel's waybill is every one of its orders' waybill.
    if (!ids.isEmpty()) {
        auto all = ParcelService(mDb).withMergedMates(ids);
        if (!all)
            return all.status();
        ids = *all;
    }
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    if (!ids.isEmpty()) {
        if (Status s = ShippingRepository(mDb).recordPrints(ids, layout->name, job.copies, job.reprintReason, actor);
            !s)
            return s;
        if (Status s = ParcelService(mDb).markPrinted(ids); !s)
            return s;
    }
    if (Status s = ExtraParcelRepository(mDb).markPrinted(replacements, job.reprintReason); !s)
        return s;
    return tx.commit();
}

Result<ShippingService::PrintJob> ShippingService::withParcels(const PrintJob &job) const
{
    // Replacement parcels print as they are, after the orders.
    QList<ShipmentOrder> orders, replacements;
    for (const ShipmentOrder &so : job.orders)
        (so.extraParcelId != 0 ? replacements : orders) << so;
    PrintJob out = job;
    out.orders.clear();
    if (!orders.isEmpty()) {
        auto inParcels = ParcelService(mDb).withParcels(orders);
        if (!inParcels)
            return inParcels.error();
        out.orders = *inParcels;
    }
    out.orders << replacements;
    return out;
}

QString ShippingService::parcelName(const ShipmentOrder &parcel)
{
    return tr("%1 replacement %2", "order number, the replacement parcel's tracking number")
        .arg(parcel.order.orderNo, parcel.order.trackingNo);
}

Result<QList<ShipmentOrder>> ShippingService::replacementParcels() const
{
    return ExtraParcelRepository(mDb).waiting();
}

Result<QList<ShipmentOrder>> ShippingService::replacementParcels(const QStringList &trackingNos) const
{
    ExtraParcelRepository repo(mDb);
    QList<ShipmentOrder> out;
    for (const QString &t : trackingNos) {
        auto p = repo.forStation(t);
        if (!p)
            return p.error();
        if (!*p)
            return Error { tr("There is no replacement parcel with the tracking number %1.").arg(t.trimmed()) };
        out << **p;
    }
    return out;
}

Result<int> ShippingService::mergeToPdf(
    const QString &csvPath, const QString &pdfPath, const QString &layoutName, bool mask)
{
    auto csv = core::CsvFile::read(csvPath);
    if (!csv)
        return csv.error();
    auto layout = WaybillLayout::byName(layoutName);
    if (!layout)
        return layout.error();
    const QStringList names = { QStringLiteral("tracking"), QStringLiteral("name"), QStringLiteral("phone"),
        QStringLiteral("address"), QStringLiteral("sender"), QStringLiteral("order"), QStringLiteral("items") };
    QList<int> cols;
    for (const QString &n : names) {
        cols << csv->column({ n });
        if (cols.last() < 0)
            return csv->missingColumn(n);
    }
    if (csv->records.isEmpty())
        return Error { tr("%1 has a header line but no waybills to print.").arg(csv->fileName) };
    WaybillPdf pdf(pdfPath, *layout);
    for (const core::CsvRecord &r : csv->records) {
        WaybillData d;
        d.tracking = core::CsvFile::field(r, cols[0]);
        if (d.tracking.isEmpty())
            return csv->error(r.line, QStringLiteral("tracking"), tr("the tracking number is empty."));
        d.name = core::CsvFile::field(r, cols[1]);
        d.phone = core::CsvFile::field(r, cols[2]);
        if (mask)
            d.phone = WaybillData::maskPhone(d.phone);
        const auto a = TaobaoImport::splitAddress(core::CsvFile::field(r, cols[3]));
        QStringList parts;
        for (const QString &p : { a.province, a.city, a.district, a.street })
            if (!p.isEmpty())
                parts << p;
        d.address = parts.join(QLatin1Char(' '));
        d.postcode = a.postcode;
        d.sender = core::CsvFile::field(r, cols[4]);
        d.orderNo = core::CsvFile::field(r, cols[5]);
        d.goods = core::CsvFile::field(r, cols[6]);
        if (Status s = pdf.add(d); !s)
            return csv->error(r.line, QStringLiteral("tracking"), s.errorMessage());
    }
    if (Status s = pdf.finish(); !s)
        return s.error();
    return pdf.pages();
}

Status ShippingService::shipOrder(const QString &orderNo, const QString &trackingNo, QString courier,
    std::optional<int> weightGrams, const QString &packer, const QString &actor)
{
    ShippingRepository repo(mDb);
    auto found = repo.ordersByNumber({ orderNo });
    if (!found)
        return found.status();
    const ShipmentOrder &so = found->first();
    // An order in a parcel (merged with others, or split) leaves with its parcel.
    ParcelService parcels(mDb);
    auto inParcel = parcels.parcelsOf(so.order.orderNo);
    if (!inParcel)
        return inParcel.status();
    std::optional<Parcel> open;
    for (const Parcel &p : std::as_const(*inParcel))
        if (p.status == QLatin1String("open") && (!open || p.trackingNo == trackingNo.trimmed()))
            open = p;
    if (open) {
        ParcelService::Shipping sh;
        sh.parcelId = open->id;
        sh.trackingNo = trackingNo;
        sh.courier = courier.isEmpty() ? open->courier : courier;
        sh.weightGrams = weightGrams;
        sh.packer = packer;
        sh.actor = actor;
        return parcels.ship(sh);
    }
    if (courier.isEmpty())
        courier = CourierRules::load(mDb).courierOf(so.order);
    courier = courier.toUpper();
    if (!Couriers::codes().contains(courier))
        return Error {
            tr("“%1” is not a courier; use one of %2.").arg(courier, Couriers::codes().join(QStringLiteral(", ")))
        };
    if (!Couriers::validTracking(courier, trackingNo))
        return Error { tr("“%1” is not a tracking number of %2: %3.")
                           .arg(trackingNo, Couriers::displayName(courier), Couriers::formatHint(courier)) };
    ShippingRepository::Shipping sh;
    sh.orderId = so.order.id;
    sh.courier = courier;
    sh.trackingNo = trackingNo;
    sh.weightGrams = weightGrams;
    sh.packer = packer;
    sh.actor = actor;
    if (weightGrams) {
        if (auto table = CourierRepository(mDb).priceTable(courier)) {
            if (auto fee = table->estimate(so.order.province, *weightGrams))
                sh.estimatedFreightFen = fee->fen();
        }
    }
    return repo.ship(sh);
}

namespace {
// A write of a multi-order edit refused for one order: the whole edit is rolled back.
Error refusedFor(const QString &orderNo, const Status &refusal)
{
    return Error { ShippingService::tr("Order %1: %2 Nothing was changed.").arg(orderNo, refusal.errorMessage()) };
}
} // namespace

Status ShippingService::checkTracking(const QList<TrackingChange> &changes)
{
    for (const TrackingChange &c : changes) {
        if (c.courier.isEmpty() && c.trackingNo.isEmpty())
            continue; // an order without a courier yet, as before the edit
        if (!Couriers::codes().contains(c.courier))
            return Error { tr("Order %1: “%2” is not a courier; use one of %3. Nothing was changed.")
                               .arg(c.orderNo, c.courier, Couriers::codes().join(QStringLiteral(", "))) };
        if (!c.trackingNo.isEmpty() && !Couriers::validTracking(c.courier, c.trackingNo))
            return Error { tr("Order %1: “%2” is not a tracking number of %3: %4. Nothing was changed.")
                               .arg(c.orderNo, c.trackingNo, Couriers::displayName(c.courier),
                                   Couriers::formatHint(c.courier)) };
    }
    return {};
}

Status ShippingService::setTrackingNumbers(const QList<TrackingChange> &changes)
{
    if (Status s = checkTracking(changes); !s)
        return s;
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    ShippingRepository repo(mDb);
    // Clear first, so numbers moving between the edit's orders never collide.
    for (const TrackingChange &c : changes)
        if (Status s = repo.setTracking(c.orderId, c.courier, QString()); !s)
            return refusedFor(c.orderNo, s);
    for (const TrackingChange &c : changes)
        if (!c.trackingNo.isEmpty())
            if (Status s = repo.setTracking(c.orderId, c.courier, c.trackingNo); !s)
                return refusedFor(c.orderNo, s);
    return tx.commit();
}

Status ShippingService::setFlags(const QList<FlagChange> &changes)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    ShippingRepository repo(mDb);
    for (const FlagChange &c : changes)
        if (Status s = repo.setFlag(c.orderId, c.flag); !s)
            return refusedFor(c.orderNo, s);
    return tx.commit();
}

Status ShippingService::addTrackingRange(const QString &courier, const QString &first, const QString &last)
{
    for (const QString &n : { first, last })
        if (!Couriers::validTracking(courier, n))
            return Error { tr("“%1” is not a tracking number of %2: %3.")
                               .arg(n, Couriers::displayName(courier), Couriers::formatHint(courier)) };
    auto split = [](const QString &n) {
        qsizetype i = 0;
        while (i < n.size() && !n[i].isDigit())
            ++i;
        return std::pair { n.left(i), n.mid(i) };
    };
    const auto [p1, d1] = split(first.trimmed());
    const auto [p2, d2] = split(last.trimmed());
    if (p1 != p2 || d1.size() != d2.size())
        return Error { tr("“%1” and “%2” are not the two ends of one number range.").arg(first, last) };
    return ShippingRepository(mDb).addTrackingRange(courier, p1, d1.toLongLong(), d2.toLongLong(), int(d1.size()));
}

int ShippingService::RangePlan::count() const
{
    int n = 0;
    for (const RangePart &p : parts)
        n += int(p.orders.size());
    return n;
}

QString ShippingService::RangePlan::summary() const
{
    QStringList what;
    for (const RangePart &p : parts) {
        const QString courier = Couriers::displayName(p.courier);
        if (!p.enough())
            what << tr("%1 has %n number(s) left, too few", nullptr, int(p.left)).arg(courier);
        else if (p.orders.size() == 1)
            what << tr("%1 %2").arg(courier, p.first);
        else
            what << tr("%1 %2 … %3").arg(courier, p.first, p.last);
    }
    QString out = count() == 0
        ? tr("No selected order needs a tracking number.")
        : tr("Tracking numbers for %n order(s): %1.", nullptr, count()).arg(what.join(tr("; ", "between couriers")));
    if (!skipped.isEmpty())
        out += QLatin1Char(' ') + skippedText(skipped);
    return out;
}

Result<ShippingService::RangePlan> ShippingService::planRangeAssignment(const QList<ShipmentOrder> &chosen) const
{
    RangePlan plan;
    QStringList numbers;
    for (const ShipmentOrder &so : chosen)
        if (so.extraParcelId == 0)
            numbers << so.order.orderNo;
        else
            plan.skipped.append({ so.order.orderNo, tr("a replacement parcel, numbered when it was sent") });
    ShippingRepository repo(mDb);
    // As the shop file holds them now, not as a view last read them.
    auto orders
        = numbers.isEmpty() ? Result<QList<ShipmentOrder>>(QList<ShipmentOrder>()) : repo.ordersByNumber(numbers);
    if (!orders)
        return orders.error();
    auto inParcel = ParcelRepository(mDb).openParcelOfOrders();
    if (!inParcel)
        return inParcel.error();
    const CourierRules rules = CourierRules::load(mDb);
    for (const ShipmentOrder &so : std::as_const(*orders)) {
        const core::Order &o = so.order;
        if (o.status != core::codes::kOrderPaid) {
            plan.skipped.append({ o.orderNo, tr("not waiting for dispatch") });
            continue;
        }
        if (!o.trackingNo.isEmpty()) {
            plan.skipped.append({ o.orderNo, tr("has the tracking number %1 already").arg(o.trackingNo) });
            continue;
        }
        if (inParcel->contains(o.id)) {
            plan.skipped.append({ o.orderNo, tr("leaves in a merged or split parcel") });
            continue;
        }
        const QString courier = o.courier.isEmpty() ? rules.courierOf(o) : o.courier;
        auto part = std::find_if(
            plan.parts.begin(), plan.parts.end(), [&](const RangePart &p) { return p.courier == courier; });
        if (part == plan.parts.end()) {
            plan.parts.append({ courier, {}, {}, {}, 0 });
            part = plan.parts.end() - 1;
        }
        part->orders << so;
    }
    auto ranges = CourierRepository(mDb).ranges();
    if (!ranges)
        return ranges.error();
    for (RangePart &part : plan.parts) {
        // The numbers assignFromRange will give: the ranges in their order, numbers in use skipped.
        QStringList next;
        for (const CourierRepository::Range &r : std::as_const(*ranges)) {
            if (r.courier != part.courier)
                continue;
            part.left += r.last - r.next + 1;
            CourierRepository::Range at = r;
            for (; at.next <= r.last && next.size() < part.orders.size(); ++at.next) {
                auto used = repo.trackingInUse(at.first());
                if (!used)
                    return used.error();
                if (!*used)
                    next << at.first();
            }
        }
        if (!next.isEmpty()) {
            part.first = next.first();
            part.last = next.last();
        }
    }
    return plan;
}

Result<QList<ShippingService::RangeAssigned>> ShippingService::assignFromRanges(const RangePlan &plan)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    ShippingRepository repo(mDb);
    QList<RangeAssigned> out;
    for (const RangePart &part : plan.parts) {
        if (!part.enough())
            return Error { tr("%1 has %2 numbers left, %3 are needed: add the next range it issued. Nothing was "
                              "changed.")
                               .arg(Couriers::displayName(part.courier))
                               .arg(part.left)
                               .arg(part.orders.size()) };
        QList<qint64> ids;
        for (const ShipmentOrder &so : part.orders)
            ids << so.order.id;
        auto numbers = repo.assignFromRange(part.courier, ids);
        if (!numbers)
            return numbers.error();
        for (qsizetype i = 0; i < part.orders.size(); ++i) {
            const core::Order &o = part.orders[i].order;
            RangeAssigned a;
            a.before = { o.id, o.orderNo, o.courier, o.trackingNo };
            a.after = { o.id, o.orderNo, part.courier, numbers->at(i) };
            out.append(a);
        }
    }
    return tx.commitWith(Result<QList<RangeAssigned>>(std::move(out)));
}

Status ShippingService::recordFlagOverride(
    const QList<qint64> &orderIds, const QString &flag, const QString &packer, const QString &actor)
{
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus();
    PackingRepository repo(mDb);
    for (qint64 id : orderIds)
        if (Status s = repo.addOverride(id, flag, packer, actor); !s)
            return s;
    return tx.commit();
}

Result<QList<BillMismatch>> ShippingService::checkBill(const QString &courier, const QString &billPath) const
{
    auto table = CourierRepository(mDb).priceTable(courier);
    if (!table)
        return table.error();
    auto provinces = ShippingRepository(mDb).provincesByTracking(courier);
    if (!provinces)
        return provinces.error();
    auto mismatches = Couriers::checkBill(billPath, *table, [&](const QString &t) { return provinces->value(t); });
    if (!mismatches)
        return mismatches;
    // What the bill charged for each shipped parcel is kept: profit takes it in place of the estimate.
    if (Status s = BillFeeRepository(mDb).record(courier, billPath, *provinces); !s)
        return s.error();
    return mismatches;
}

Result<BillCheck> ShippingService::settleBill(const QString &courier, const QString &billPath) const
{
    auto table = PriceTable::forCourier(courier);
    if (!table)
        return table.error();
    ShippingRepository repo(mDb);
    auto provinces = repo.provincesByTracking(courier);
    if (!provinces)
        return provinces.error();
    auto claims = repo.claims();
    if (!claims)
        return claims.error();
    QHash<QString, ShippingRepository::ClaimRow> claimed;
    for (const ShippingRepository::ClaimRow &c : *claims)
        if (c.courier == courier && !claimed.contains(c.trackingNo))
            claimed.insert(c.trackingNo, c);
    BillCheck check;
    QList<BillMismatch> lines;
    auto mismatches = Couriers::checkBill(
        billPath, *table, [&](const QString &t) { return provinces->value(t); }, &lines);
    if (!mismatches)
        return mismatches.error();
    check.mismatches = *mismatches;
    for (const BillMismatch &l : lines) {
        check.billed += l.billed;
        const auto c = claimed.constFind(l.trackingNo);
        if (c == claimed.cend())
            continue;
        const bool goods = c->kind == QLatin1String("lost") || c->kind == QLatin1String("damaged");
        BillDeduction d { l.line, l.trackingNo, c->orderNo, c->kind, l.billed, goods ? c->claim : core::Money() };
        check.deducted += d.total();
        check.deductions.append(d);
    }
    return check;
}

Result<qint64> ShippingService::addExtraParcel(const ExtraParcel &parcel, const QString &actor)
{
    ExtraParcel p = parcel;
    p.courier = p.courier.trimmed().toUpper();
    p.trackingNo = p.trackingNo.trimmed();
    if (!Couriers::codes().contains(p.courier))
        return Error {
            tr("“%1” is not a courier; use one of %2.").arg(p.courier, Couriers::codes().join(QStringLiteral(", ")))
        };
    // No number: the repository takes the next one of the courier's range.
    if (!p.trackingNo.isEmpty() && !Couriers::validTracking(p.courier, p.trackingNo))
        return Error { tr("“%1” is not a tracking number of %2: %3.")
                           .arg(p.trackingNo, Couriers::displayName(p.courier), Couriers::formatHint(p.courier)) };
    return ExtraParcelRepository(mDb).add(p, actor);
}

Status ShippingService::shipExtraParcel(
    qint64 parcelId, std::optional<int> weightGrams, const QString &packer, const QString &actor)
{
    return ExtraParcelRepository(mDb).ship(parcelId, weightGrams, packer, actor);
}

Status ShippingService::handoverPdf(const PickupState &p, const QString &pdfPath) const
{
    QPdfWriter writer(pdfPath);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setCreator(QStringLiteral("ShopDesk"));
    writer.setTitle(tr("Handover sheet"));
    QPainter qp;
    if (!qp.begin(&writer))
        return Error { tr("“%1” cannot be written.").arg(pdfPath) };
    const double mm = 300 / 25.4;
    const QRectF page(0, 0, writer.width(), writer.height());
    QFont font = core::PrintFont::font(QFont(WaybillPainter::fontFamily()));
    auto setPt = [&](double pt, bool bold) {
        font.setPixelSize(int(pt * 300 / 72));
        font.setBold(bold);
        qp.setFont(font);
    };
    double y = 0;
    auto line = [&](const QString &text, double pt = 11, bool bold = false) {
        if (y + 8 * mm > page.height()) {
            writer.newPage();
            y = 0;
        }
        setPt(pt, bold);
        qp.drawText(QRectF(0, y, page.width(), 10 * mm), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += pt * 0.6 * mm;
    };
    line(tr("Handover sheet: %1, %2")
             .arg(Couriers::displayName(p.courier), p.day.toString(QStringLiteral("yyyy-MM-dd"))),
        16, true);
    line(core::ShopSettings(mDb).value(core::ShopSettings::kShopName), 11);
    line(tr("Shipped (expected): %1    Stubs scanned: %2    Missing: %3    Extra: %4")
             .arg(p.expected.size())
             .arg(p.scanned.size())
             .arg(p.missing().size())
             .arg(p.extra().size()),
        11, true);
    y += 3 * mm;
    line(tr("Parcels handed over:"), 11, true);
    const QStringList missing = p.missing();
    for (qsizetype i = 0; i < p.scanned.size(); i += 3)
        line(p.scanned.mid(i, 3).join(QStringLiteral("        ")), 10);
    if (!missing.isEmpty()) {
        y += 3 * mm;
        line(tr("Missing (shipped, no stub):"), 11, true);
        for (qsizetype i = 0; i < missing.size(); i += 3)
            line(missing.mid(i, 3).join(QStringLiteral("        ")), 10);
    }
    if (!p.extra().isEmpty()) {
        y += 3 * mm;
        line(tr("Extra (stub of no shipped order):"), 11, true);
        line(p.extra().join(QStringLiteral("    ")), 10);
    }
    y += 12 * mm;
    line(tr("Handed over by: ____________        Courier's signature: ____________        Time: ____________"), 11);
    if (!qp.end())
        return Error { tr("“%1” cannot be written.").arg(pdfPath) };
    core::Database::makeOwnerOnly(pdfPath);
    return {};
}

} // namespace shopdesk::shipping
