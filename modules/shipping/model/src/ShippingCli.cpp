// shopdesk-cli subcommands of the shipping workbench (all with --json):
//   import-orders ORDERS.csv [ITEMS.csv] [--other-shop]
//   waybills --out FILE.pdf [--order NO …|--unprinted] [--layout 100x180] [--copies N] [--reason TEXT]
//   waybills --from-csv MERGE.csv --out FILE.pdf [--layout …]
//   ship ORDERNO --tracking NO [--courier C] [--weight KG] [--packer NAME]
//   pickup COURIER --date YYYY-MM-DD [--scan NO …]

#include "CliParts.h"
#include "ParcelCli.h"
#include "shopdesk/shipping/Couriers.h"
#include "shopdesk/shipping/ShippingCommands.h"
#include "shopdesk/shipping/ShippingService.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/Parse.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace shopdesk::shipping {

using core::CliInvocation;
using core::CliOutcome;

namespace {
class Cli {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::Cli)
public:
    static CliOutcome importOrders(const CliInvocation &in);
    static CliOutcome waybills(const CliInvocation &in);
    static CliOutcome ship(const CliInvocation &in);
    static CliOutcome pickup(const CliInvocation &in);
    static CliOutcome tracking(const CliInvocation &in);
    static CliOutcome freightBill(const CliInvocation &in);
};

/// Options "--name value" (repeatable); the rest are positional.
struct Args {
    QStringList positional;
    QMultiHash<QString, QString> options;
    QStringList flags;
    QString bad;
    Args(const QStringList &args, const QStringList &withValue, const QStringList &switches)
    {
        for (qsizetype i = 0; i < args.size(); ++i) {
            const QString a = args[i];
            if (withValue.contains(a)) {
                if (i + 1 >= args.size()) {
                    bad = a;
                    return;
                }
                options.insert(a, args[++i]);
            } else if (switches.contains(a)) {
                flags << a;
            } else if (a.startsWith(QLatin1String("--"))) {
                bad = a;
                return;
            } else {
                positional << a;
            }
        }
    }
    QString value(const QString &name) const { return options.value(name); }
    QStringList values(const QString &name) const
    {
        QStringList v = options.values(name);
        std::reverse(v.begin(), v.end());
        return v;
    }
};

/// The most copies of one waybill, and the most pages of one PDF of waybills.
constexpr qint64 kMaxCopies = 10;
constexpr qint64 kMaxPages = 20000;

CliOutcome usage(const QString &synopsis) { return CliOutcome::failure(Cli::tr("Usage: %1").arg(synopsis), 2); }

const QString kImportSynopsis = QStringLiteral("import-orders ORDERS.csv [ITEMS.csv] [--other-shop]");
const QString kWaybillsSynopsis = QStringLiteral(
    "waybills --out FILE.pdf [--order NO …|--parcel TRACKING …|--unprinted] [--layout 100x180] [--copies N] "
    "[--reason TEXT] | "
    "waybills --from-csv MERGE.csv --out FILE.pdf [--layout …]");
const QString kShipSynopsis = QStringLiteral("ship ORDERNO --tracking NO [--courier C] [--weight KG] [--packer NAME]");
const QString kTrackingSynopsis = QStringLiteral(
    "tracking ORDERNO NO [--courier C] | tracking --from-csv LIST.csv | tracking --range FIRST LAST --courier C | "
    "tracking --assign --courier C [--order NO …]");
const QString kBillSynopsis = QStringLiteral("freight-bill COURIER BILL.csv");
const QString kPickupSynopsis = QStringLiteral("pickup COURIER --date YYYY-MM-DD [--scan NO …]");
} // namespace

CliOutcome Cli::importOrders(const CliInvocation &in)
{
    const Args a(in.args, {}, { QStringLiteral("--other-shop") });
    if (!a.bad.isEmpty() || a.positional.isEmpty() || a.positional.size() > 2)
        return usage(kImportSynopsis);
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    ShippingService service(**db);
    const bool otherShop = a.flags.contains(QStringLiteral("--other-shop"));
    if (!otherShop) {
        auto other = service.otherShopOf(a.positional[0]);
        if (!other)
            return CliOutcome::failure(other.errorMessage());
        if (!other->isEmpty())
            return CliOutcome::failure(tr("%1 holds the orders of the shop “%2”, but this shop is “%3”; nothing was "
                                          "imported. Add --other-shop to import them all the same.")
                                           .arg(QFileInfo(a.positional[0]).fileName(), *other, service.shopName()));
    }
    auto r = service.importFiles(a.positional[0], a.positional.value(1), {}, otherShop);
    if (!r)
        return CliOutcome::failure(r.errorMessage());
    QJsonObject statuses;
    for (auto it = r->byStatus.cbegin(); it != r->byStatus.cend(); ++it)
        statuses.insert(it.key(), it.value());
    // The unmatched lines only for --json: a year of orders moved in can leave 150,000 of them,
    // and the text for people gives their number.
    QJsonArray unmatched;
    for (const UnmatchedLine &u : in.json ? r->unmatched : QList<UnmatchedLine>())
        unmatched.append(QJsonObject { { QStringLiteral("order"), u.orderNo }, { QStringLiteral("title"), u.title },
            { QStringLiteral("attributes"), u.attributes }, { QStringLiteral("merchant_code"), u.merchantCode },
            { QStringLiteral("quantity"), u.quantity } });
    return CliOutcome::success({ { QStringLiteral("added"), r->added }, { QStringLiteral("unchanged"), r->unchanged },
                                   { QStringLiteral("updated"), r->updated }, { QStringLiteral("queued"), r->queued },
                                   { QStringLiteral("statuses"), statuses }, { QStringLiteral("unmatched"), unmatched },
                                   { QStringLiteral("queue_orders"), r->queueOrders },
                                   { QStringLiteral("queue_unmatched"), r->queueUnmatched } },
        tr("%1 new orders (%2 for dispatch), %3 already in the shop, %4 updated. Orders to ship now: %5, with %6 "
           "lines not matched to a SKU.")
            .arg(r->added)
            .arg(r->queued)
            .arg(r->unchanged)
            .arg(r->updated)
            .arg(r->queueOrders)
            .arg(r->queueUnmatched));
}

CliOutcome Cli::waybills(const CliInvocation &in)
{
    const Args a(in.args,
        { QStringLiteral("--out"), QStringLiteral("--order"), QStringLiteral("--parcel"), QStringLiteral("--layout"),
            QStringLiteral("--copies"), QStringLiteral("--reason"), QStringLiteral("--from-csv") },
        { QStringLiteral("--unprinted") });
    const QString out = a.value(QStringLiteral("--out"));
    if (!a.bad.isEmpty() || out.isEmpty() || !a.positional.isEmpty())
        return usage(kWaybillsSynopsis);
    const QString layout = a.value(QStringLiteral("--layout")).isEmpty() ? QStringLiteral("100x180")
                                                                         : a.value(QStringLiteral("--layout"));
    if (a.options.contains(QStringLiteral("--from-csv"))) {
        // The shop's choice of 隐私面单 holds for merged waybills too (masked when there is no shop).
        bool mask = CourierRules::kMaskPhoneSetting.fallback;
        if (!in.dbPath.isEmpty()) {
            auto db = in.openShop();
            if (!db)
                return CliOutcome::failure(db.errorMessage());
            mask = ShippingService(**db).maskPhone();
        }
        auto pages = ShippingService::mergeToPdf(a.value(QStringLiteral("--from-csv")), out, layout, mask);
        if (!pages)
            return CliOutcome::failure(pages.errorMessage());
        return CliOutcome::success({ { QStringLiteral("file"), core::cli::shownPath(out) },
                                       { QStringLiteral("pages"), *pages }, { QStringLiteral("layout"), layout } },
            tr("%1 waybills written to %2.").arg(*pages).arg(core::cli::shownPath(out)));
    }
    const QStringList orders = a.values(QStringLiteral("--order"));
    const QStringList parcels = a.values(QStringLiteral("--parcel")); // replacement parcels (补发)
    const bool unprinted = a.flags.contains(QStringLiteral("--unprinted"));
    if ((orders.isEmpty() && parcels.isEmpty()) == !unprinted)
        return usage(kWaybillsSynopsis);
    // A waybill is printed once, or a few times for the packer and the stub: ten at most. (A
    // thousand million copies once ran for ever writing an ever-growing PDF.)
    const QString copiesText = a.value(QStringLiteral("--copies"));
    const auto copies = copiesText.isEmpty() ? std::optional<qint64>(1) : core::Parse::whole(copiesText, kMaxCopies);
    if (!copies || *copies < 1)
        return CliOutcome::failure(
            tr("--copies takes 1 to %1 copies of each waybill, not “%2”.").arg(kMaxCopies).arg(copiesText), 2);
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    ShippingRepository repo(**db);
    ShippingService service(**db);
    auto list = unprinted  ? repo.unprinted()
        : orders.isEmpty() ? core::Result<QList<ShipmentOrder>>(QList<ShipmentOrder>())
                           : repo.ordersByNumber(orders);
    if (!list)
        return CliOutcome::failure(list.errorMessage());
    // With --unprinted, the replacement parcels whose waybill was never printed come too.
    auto extra = unprinted ? service.replacementParcels() : service.replacementParcels(parcels);
    if (!extra)
        return CliOutcome::failure(extra.errorMessage());
    ShippingService::PrintJob job;
    job.orders = *list;
    for (const ShipmentOrder &p : std::as_const(*extra))
        if (!unprinted || p.printCount == 0)
            job.orders << p;
    job.layout = layout;
    job.copies = int(*copies);
    if (qint64(job.orders.size()) * job.copies > kMaxPages)
        return CliOutcome::failure(tr("%1 waybills × %2 copies would be more than %3 pages in one PDF; print fewer "
                                      "orders at a time.")
                                       .arg(job.orders.size())
                                       .arg(job.copies)
                                       .arg(kMaxPages));
    job.reprintReason = a.value(QStringLiteral("--reason"));
    // A batch prints what can print; the orders left out are listed with their reason.
    auto batch = service.printBatchToPdf(job, out, in.actor);
    if (!batch)
        return CliOutcome::failure(batch.errorMessage());
    QJsonArray numbers, printedParcels, skipped;
    for (const QString &no : std::as_const(batch->orderNos))
        numbers.append(no);
    for (const QString &no : std::as_const(batch->parcels))
        printedParcels.append(no);
    for (const ShippingService::Skipped &sk : std::as_const(batch->skipped))
        skipped.append(
            QJsonObject { { QStringLiteral("order"), sk.orderNo }, { QStringLiteral("reason"), sk.reason } });
    QString text = tr("%1 waybills written to %2.").arg(batch->pages).arg(core::cli::shownPath(out));
    if (!batch->skipped.isEmpty())
        text += QLatin1Char('\n') + tr("%n order(s) skipped:", nullptr, int(batch->skipped.size()))
            + QStringLiteral("\n  ") + ShippingService::skippedLines(batch->skipped).join(QStringLiteral("\n  "));
    return CliOutcome::success(
        { { QStringLiteral("file"), core::cli::shownPath(out) }, { QStringLiteral("pages"), batch->pages },
            { QStringLiteral("layout"), layout }, { QStringLiteral("orders"), numbers },
            { QStringLiteral("parcels"), printedParcels }, { QStringLiteral("skipped"), skipped } },
        text);
}

CliOutcome Cli::ship(const CliInvocation &in)
{
    const Args a(in.args,
        { QStringLiteral("--tracking"), QStringLiteral("--courier"), QStringLiteral("--weight"),
            QStringLiteral("--packer") },
        {});
    if (!a.bad.isEmpty() || a.positional.size() != 1 || a.value(QStringLiteral("--tracking")).isEmpty())
        return usage(kShipSynopsis);
    std::optional<int> grams;
    if (!a.value(QStringLiteral("--weight")).isEmpty()) {
        // A parcel of up to 1,000 kg: NaN, infinity or 1e20 would become a nonsense number of grams.
        const QString text = a.value(QStringLiteral("--weight"));
        const auto kg = core::Parse::decimal(text, 1000.0);
        if (!kg || *kg <= 0)
            return CliOutcome::failure(tr("--weight takes a parcel's weight in kg, more than 0 and at most 1,000, "
                                          "not “%1”.")
                                           .arg(text),
                2);
        grams = int(*kg * 1000 + 0.5);
    }
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    const QString orderNo = a.positional.first();
    const QString tracking = a.value(QStringLiteral("--tracking"));
    if (core::Status s = ShippingService(**db).shipOrder(orderNo, tracking, a.value(QStringLiteral("--courier")), grams,
            a.value(QStringLiteral("--packer")), in.actor);
        !s)
        return CliOutcome::failure(s.errorMessage());
    auto shipped = ShippingRepository(**db).ordersByNumber({ orderNo });
    const QString courier = shipped ? shipped->first().order.courier : QString();
    return CliOutcome::success({ { QStringLiteral("order"), orderNo }, { QStringLiteral("tracking"), tracking },
                                   { QStringLiteral("courier"), courier } },
        tr("Order %1 shipped by %2, tracking number %3.").arg(orderNo, Couriers::displayName(courier), tracking));
}

CliOutcome Cli::pickup(const CliInvocation &in)
{
    const Args a(in.args, { QStringLiteral("--date"), QStringLiteral("--scan") }, {});
    if (!a.bad.isEmpty() || a.positional.size() != 1 || a.value(QStringLiteral("--date")).isEmpty())
        return usage(kPickupSynopsis);
    const QString courier = a.positional.first().toUpper();
    if (!Couriers::codes().contains(courier))
        return CliOutcome::failure(tr("“%1” is not a courier; use one of %2.")
                                       .arg(a.positional.first(), Couriers::codes().join(QStringLiteral(", "))),
            2);
    const QDate day = QDate::fromString(a.value(QStringLiteral("--date")), Qt::ISODate);
    if (!day.isValid())
        return CliOutcome::failure(tr("“%1” is not a day (use YYYY-MM-DD).").arg(a.value(QStringLiteral("--date"))), 2);
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    ShippingRepository repo(**db);
    for (const QString &t : a.values(QStringLiteral("--scan")))
        if (core::Status s = repo.scanStub(courier, day, t, in.actor); !s)
            return CliOutcome::failure(s.errorMessage());
    auto p = repo.pickup(courier, day);
    if (!p)
        return CliOutcome::failure(p.errorMessage());
    return CliOutcome::success(
        { { QStringLiteral("courier"), courier }, { QStringLiteral("date"), core::toDbDate(day) },
            { QStringLiteral("expected"), QJsonArray::fromStringList(p->expected) },
            { QStringLiteral("scanned"), QJsonArray::fromStringList(p->scanned) },
            { QStringLiteral("missing"), QJsonArray::fromStringList(p->missing()) },
            { QStringLiteral("extra"), QJsonArray::fromStringList(p->extra()) } },
        tr("%1, %2: %3 shipped, %4 stubs scanned, %5 missing, %6 extra.")
            .arg(Couriers::displayName(courier), core::toDbDate(day))
            .arg(p->expected.size())
            .arg(p->scanned.size())
            .arg(p->missing().size())
            .arg(p->extra().size()));
}

CliOutcome Cli::tracking(const CliInvocation &in)
{
    const Args a(in.args, { QStringLiteral("--courier"), QStringLiteral("--from-csv"), QStringLiteral("--order") },
        { QStringLiteral("--range"), QStringLiteral("--assign") });
    if (!a.bad.isEmpty())
        return usage(kTrackingSynopsis);
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    ShippingRepository repo(**db);
    ShippingService service(**db);
    const QString courier = a.value(QStringLiteral("--courier")).toUpper();
    if (a.flags.contains(QStringLiteral("--range"))) {
        if (a.positional.size() != 2 || courier.isEmpty())
            return usage(kTrackingSynopsis);
        if (core::Status s = service.addTrackingRange(courier, a.positional[0], a.positional[1]); !s)
            return CliOutcome::failure(s.errorMessage());
        const qint64 left = repo.rangeLeft(courier).ok() ? *repo.rangeLeft(courier) : 0;
        return CliOutcome::success({ { QStringLiteral("courier"), courier }, { QStringLiteral("left"), left } },
            tr("Range added: %1 numbers of %2 left.").arg(left).arg(Couriers::displayName(courier)));
    }
    QList<ShipmentOrder> orders;
    QStringList numbers;
    if (a.flags.contains(QStringLiteral("--assign"))) {
        if (courier.isEmpty() || !a.positional.isEmpty())
            return usage(kTrackingSynopsis);
        auto list = a.values(QStringLiteral("--order")).isEmpty()
            ? repo.queue()
            : repo.ordersByNumber(a.values(QStringLiteral("--order")));
        if (!list)
            return CliOutcome::failure(list.errorMessage());
        QList<qint64> ids;
        for (const ShipmentOrder &so : *list)
            if (so.order.trackingNo.isEmpty()
                && (so.order.courier == courier || !a.values(QStringLiteral("--order")).isEmpty()))
                ids << so.order.id;
        auto assigned = repo.assignFromRange(courier, ids);
        if (!assigned)
            return CliOutcome::failure(assigned.errorMessage());
        numbers = *assigned;
    } else {
        // Typed (one order, --courier or its own) or a list (CSV: order, tracking; each order's own
        // courier): one edit, all rows or none.
        const bool fromCsv = a.options.contains(QStringLiteral("--from-csv"));
        QList<std::pair<QString, QString>> rows;
        QList<int> lines;
        if (fromCsv) {
            auto list = Couriers::readTrackingList(a.value(QStringLiteral("--from-csv")), &lines);
            if (!list)
                return CliOutcome::failure(list.errorMessage());
            rows = *list;
        } else if (a.positional.size() == 2) {
            rows = { { a.positional[0], a.positional[1] } };
        } else {
            return usage(kTrackingSynopsis);
        }
        QStringList orderNos;
        for (const auto &row : std::as_const(rows))
            orderNos << row.first;
        auto found = repo.ordersByNumber(orderNos);
        if (!found)
            return CliOutcome::failure(found.errorMessage());
        const CourierRules rules = CourierRules::load(**db);
        QList<ShippingService::TrackingChange> changes;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const core::Order &o = found->at(i).order;
            changes.append(
                { o.id, o.orderNo, fromCsv || courier.isEmpty() ? rules.courierOf(o) : courier, rows[i].second });
            numbers << rows[i].second;
        }
        // A list's row refused for its order's courier names the file and line (nothing is written).
        for (qsizetype i = 0; fromCsv && i < changes.size() && i < lines.size(); ++i)
            if (core::Status s = ShippingService::checkTracking({ changes.at(i) }); !s)
                return CliOutcome::failure(tr("%1, line %2, field tracking: %3")
                                               .arg(QFileInfo(a.value(QStringLiteral("--from-csv"))).fileName())
                                               .arg(lines.at(i))
                                               .arg(s.errorMessage()));
        if (core::Status s = service.setTrackingNumbers(changes); !s)
            return CliOutcome::failure(s.errorMessage());
    }
    return CliOutcome::success({ { QStringLiteral("tracking"), QJsonArray::fromStringList(numbers) } },
        tr("%n tracking numbers set.", nullptr, int(numbers.size())));
}

CliOutcome Cli::freightBill(const CliInvocation &in)
{
    const Args a(in.args, {}, {});
    if (!a.bad.isEmpty() || a.positional.size() != 2)
        return usage(kBillSynopsis);
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    const QString courier = a.positional[0].toUpper();
    auto check = ShippingService(**db).settleBill(courier, a.positional[1]);
    if (!check)
        return CliOutcome::failure(check.errorMessage());
    QJsonArray rows, deductions;
    QStringList text;
    for (const BillMismatch &m : check->mismatches) {
        rows.append(QJsonObject { { QStringLiteral("line"), m.line }, { QStringLiteral("tracking"), m.trackingNo },
            { QStringLiteral("billed"), m.billed.toPlainString() },
            { QStringLiteral("expected"), m.expected.toPlainString() }, { QStringLiteral("problem"), m.problem } });
        text << tr("line %1, %2: %3").arg(m.line).arg(m.trackingNo, m.problem);
    }
    if (check->mismatches.isEmpty())
        text << tr("The bill matches the price table.");
    for (const BillDeduction &d : check->deductions) {
        deductions.append(
            QJsonObject { { QStringLiteral("line"), d.line }, { QStringLiteral("tracking"), d.trackingNo },
                { QStringLiteral("order"), d.orderNo }, { QStringLiteral("kind"), d.kind },
                { QStringLiteral("fee"), d.fee.toPlainString() }, { QStringLiteral("claim"), d.claim.toPlainString() },
                { QStringLiteral("total"), d.total().toPlainString() } });
        text << tr("line %1, %2 (order %3, %4): deducted %5")
                    .arg(d.line)
                    .arg(d.trackingNo, d.orderNo, Couriers::claimKindName(d.kind), d.total().toDisplayString());
    }
    text << tr("Billed %1, deducted %2: %3 owed.")
                .arg(check->billed.toDisplayString(), check->deducted.toDisplayString(),
                    check->owed().toDisplayString());
    return CliOutcome::success(
        { { QStringLiteral("courier"), courier }, { QStringLiteral("mismatches"), rows },
            { QStringLiteral("deductions"), deductions }, { QStringLiteral("billed"), check->billed.toPlainString() },
            { QStringLiteral("deducted"), check->deducted.toPlainString() },
            { QStringLiteral("owed"), check->owed().toPlainString() } },
        text.join(QLatin1Char('\n')));
}

QList<core::CliCommand> cliCommands()
{
    QList<core::CliCommand> commands = {
        { QStringLiteral("tracking"), kTrackingSynopsis,
            [] {
                return Cli::tr("Set tracking numbers: typed, from a CSV list (order, tracking), or from a range the "
                               "courier issued.");
            },
            &Cli::tracking },
        { QStringLiteral("freight-bill"), kBillSynopsis,
            [] {
                return Cli::tr("Check a courier's monthly bill (CSV: tracking, weight, fee) against its price table.");
            },
            &Cli::freightBill },
        { QStringLiteral("import-orders"), kImportSynopsis,
            [] {
                return Cli::tr(
                    "Import the Taobao order export (order report and item report) into the dispatch queue.");
            },
            &Cli::importOrders },
        { QStringLiteral("waybills"), kWaybillsSynopsis,
            [] {
                return Cli::tr("Write waybills to a PDF, one page per order: chosen orders, all unprinted ones, or a "
                               "mail-merge CSV.");
            },
            &Cli::waybills },
        { QStringLiteral("ship"), kShipSynopsis,
            [] {
                return Cli::tr(
                    "Mark an order shipped with its courier and tracking number; its goods are booked out of stock.");
            },
            &Cli::ship },
        { QStringLiteral("pickup"), kPickupSynopsis,
            [] {
                return Cli::tr(
                    "Scan the stubs of a courier's pickup and list the expected, missing and extra parcels.");
            },
            &Cli::pickup },
    };
    commands.append(picklistCommand());
    commands.prepend({ QStringLiteral("orders"),
        QStringLiteral("orders import ORDERS.csv [ITEMS.csv] [--other-shop] | ") + cliparts::kExportShippedSynopsis,
        [] {
            return Cli::tr("Import the Taobao order export (order report and item report) into the dispatch queue, "
                           "or export the shipped orders as the platform's bulk-shipping file; merge a buyer's "
                           "orders into one parcel (orders merge NO NO…), or split an order into parcels (orders "
                           "split NO --lines 1,2:1).");
        },
        [](const core::CliInvocation &in) {
            return core::runVerb(in, QStringLiteral("orders"),
                QList<std::pair<QString, std::function<CliOutcome(const CliInvocation &)>>> {
                    { QStringLiteral("import"), &Cli::importOrders },
                    { QStringLiteral("export-shipped"), &cliparts::exportShipped } }
                    + parcelVerbs());
        } });
    commands.append(cliparts::mappings());
    commands.append(cliparts::couriers());
    commands.append(cliparts::queueCommand());
    core::setAliases(commands, { QStringLiteral("import-orders") });
    core::setNeeds(commands, QStringLiteral("waybills"), &core::CliCommand::painting);
    return commands;
}

} // namespace shopdesk::shipping
