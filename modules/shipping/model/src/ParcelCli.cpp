// shopdesk-cli: parcels and pick lists (all with --json):
//   orders merge NO NO… [--tracking NO]       one parcel, one waybill for a buyer's orders
//   orders unmerge NO                          undoes it (before the waybill is printed)
//   orders split NO --lines 1,2:1 [--tracking NO]   the picked lines leave in a parcel of their own
//   orders unsplit NO                          undoes it (before a waybill is printed)
//   picklist --out F.pdf [--slips SLIPS.pdf] [--unprinted|--order NO …]   (slips: 发货清单, one per parcel)

#include "ParcelCli.h"

#include "shopdesk/shipping/ParcelService.h"
#include "shopdesk/shipping/PickList.h"

#include <shopdesk/core/ShopSettings.h>

#include <QJsonArray>

namespace shopdesk::shipping {

using core::CliInvocation;
using core::CliOutcome;

namespace {
class ParcelCli {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::ParcelCli)
public:
    static CliOutcome merge(const CliInvocation &in);
    static CliOutcome unmerge(const CliInvocation &in);
    static CliOutcome split(const CliInvocation &in);
    static CliOutcome unsplit(const CliInvocation &in);
    static CliOutcome picklist(const CliInvocation &in);
};

const QString kMergeSynopsis = QStringLiteral("orders merge ORDERNO ORDERNO… [--tracking NO]");
const QString kUnmergeSynopsis = QStringLiteral("orders unmerge ORDERNO");
const QString kSplitSynopsis = QStringLiteral("orders split ORDERNO --lines 1,2:1 [--tracking NO]");
const QString kUnsplitSynopsis = QStringLiteral("orders unsplit ORDERNO");
const QString kPicklistSynopsis
    = QStringLiteral("picklist --out FILE.pdf [--slips SLIPS.pdf] [--unprinted|--order NO …]");

CliOutcome usage(const QString &synopsis) { return CliOutcome::failure(ParcelCli::tr("Usage: %1").arg(synopsis), 2); }

/// Takes every `--name value`; the rest stay in `args`.
QStringList takeAll(QStringList &args, const QString &name, bool *missingValue)
{
    QStringList out;
    for (;;) {
        bool present = false, missing = false;
        const QString v = core::cli::takeOption(args, name, &present, &missing);
        if (missing)
            *missingValue = true;
        if (!present || missing)
            return out;
        out << v;
    }
}

bool hasUnknownOption(const QStringList &args)
{
    for (const QString &a : args)
        if (a.startsWith(QLatin1String("--")))
            return true;
    return false;
}

QJsonObject parcelJson(const Parcel &p)
{
    QJsonArray lines;
    for (const ParcelLine &l : p.lines)
        lines.append(QJsonObject { { QStringLiteral("order"), l.orderNo },
            { QStringLiteral("item"), l.line.itemCode.isEmpty() ? l.line.title : l.line.itemCode },
            { QStringLiteral("color"), l.line.color }, { QStringLiteral("size"), l.line.size },
            { QStringLiteral("quantity"), l.line.quantity } });
    return { { QStringLiteral("id"), p.id }, { QStringLiteral("kind"), p.kind }, { QStringLiteral("status"), p.status },
        { QStringLiteral("courier"), p.courier }, { QStringLiteral("tracking"), p.trackingNo },
        { QStringLiteral("orders"), QJsonArray::fromStringList(p.orderNos()) }, { QStringLiteral("lines"), lines } };
}
} // namespace

CliOutcome ParcelCli::merge(const CliInvocation &in)
{
    QStringList args = in.args;
    bool missing = false;
    const QString tracking = core::cli::takeOption(args, QStringLiteral("--tracking"), nullptr, &missing);
    if (missing || hasUnknownOption(args) || args.size() < 2)
        return usage(kMergeSynopsis);
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    ParcelService service(**db);
    auto id = service.merge(args, in.actor);
    if (!id)
        return CliOutcome::failure(id.errorMessage());
    auto p = service.parcel(*id);
    if (!p || !p->has_value())
        return CliOutcome::failure(p.errorMessage());
    if (!tracking.isEmpty()) {
        if (core::Status s = service.setTracking(*id, (*p)->courier, tracking); !s) {
            (void)service.unmerge(*id); // all or nothing: the merge goes again
            return CliOutcome::failure(s.errorMessage());
        }
        p = service.parcel(*id);
    }
    return CliOutcome::success({ { QStringLiteral("parcel"), parcelJson(**p) } },
        tr("Orders %1 merged into one parcel (one waybill).").arg((*p)->orderNos().join(QStringLiteral(", "))));
}

CliOutcome ParcelCli::unmerge(const CliInvocation &in)
{
    if (in.args.size() != 1 || hasUnknownOption(in.args))
        return usage(kUnmergeSynopsis);
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    ParcelService service(**db);
    auto parcels = service.parcelsOf(in.args.first());
    if (!parcels)
        return CliOutcome::failure(parcels.errorMessage());
    for (const Parcel &p : std::as_const(*parcels)) {
        if (p.kind != QLatin1String("merged") || p.status != QLatin1String("open"))
            continue;
        if (core::Status s = service.unmerge(p.id); !s)
            return CliOutcome::failure(s.errorMessage());
        return CliOutcome::success({ { QStringLiteral("orders"), QJsonArray::fromStringList(p.orderNos()) } },
            tr("Orders %1 leave one by one again.").arg(p.orderNos().join(QStringLiteral(", "))));
    }
    return CliOutcome::failure(tr("Order %1 is not merged with other orders.").arg(in.args.first()));
}

CliOutcome ParcelCli::split(const CliInvocation &in)
{
    QStringList args = in.args;
    bool missing = false, present = false;
    const QString lines = core::cli::takeOption(args, QStringLiteral("--lines"), &present, &missing);
    const QString tracking = core::cli::takeOption(args, QStringLiteral("--tracking"), nullptr, &missing);
    if (missing || !present || hasUnknownOption(args) || args.size() != 1)
        return usage(kSplitSynopsis);
    QString error;
    const QList<LinePick> picks = ParcelService::parsePicks(lines, &error);
    if (picks.isEmpty())
        return CliOutcome::failure(tr("--lines: %1").arg(error), 2);
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    ParcelService service(**db);
    auto id = service.split(args.first(), picks, in.actor);
    if (!id)
        return CliOutcome::failure(id.errorMessage());
    if (!tracking.isEmpty()) {
        auto p = service.parcel(*id);
        if (!p || !p->has_value())
            return CliOutcome::failure(p.errorMessage());
        if (core::Status s = service.setTracking(*id, (*p)->courier, tracking); !s)
            return CliOutcome::failure(s.errorMessage());
    }
    auto parcels = service.parcelsOf(args.first());
    if (!parcels)
        return CliOutcome::failure(parcels.errorMessage());
    QJsonArray list;
    for (const Parcel &p : std::as_const(*parcels))
        list.append(parcelJson(p));
    return CliOutcome::success({ { QStringLiteral("order"), args.first() }, { QStringLiteral("parcel"), *id },
                                   { QStringLiteral("parcels"), list } },
        tr("Order %1 now leaves in %2 parcels.").arg(args.first()).arg(parcels->size()));
}

CliOutcome ParcelCli::unsplit(const CliInvocation &in)
{
    if (in.args.size() != 1 || hasUnknownOption(in.args))
        return usage(kUnsplitSynopsis);
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    if (core::Status s = ParcelService(**db).unsplit(in.args.first()); !s)
        return CliOutcome::failure(s.errorMessage());
    return CliOutcome::success({ { QStringLiteral("order"), in.args.first() } },
        tr("Order %1 leaves in one parcel again.").arg(in.args.first()));
}

CliOutcome ParcelCli::picklist(const CliInvocation &in)
{
    QStringList args = in.args;
    bool missing = false;
    const QString out = core::cli::takeOption(args, QStringLiteral("--out"), nullptr, &missing);
    const QString slips = core::cli::takeOption(args, QStringLiteral("--slips"), nullptr, &missing);
    const QStringList orders = takeAll(args, QStringLiteral("--order"), &missing);
    const bool unprinted = args.removeAll(QStringLiteral("--unprinted")) > 0;
    if (missing || out.isEmpty() || !args.isEmpty() || (unprinted && !orders.isEmpty()))
        return usage(kPicklistSynopsis);
    auto db = in.openShop();
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    ShippingRepository repo(**db);
    auto list = unprinted ? repo.unprinted() : orders.isEmpty() ? repo.queue() : repo.ordersByNumber(orders);
    if (!list)
        return CliOutcome::failure(list.errorMessage());
    auto batch = ParcelService(**db).withParcels(*list);
    if (!batch)
        return CliOutcome::failure(batch.errorMessage());
    const PickList pick = PickList::build(*batch);
    if (core::Status s = pick.writePdf(out); !s)
        return CliOutcome::failure(s.errorMessage());
    if (!slips.isEmpty())
        if (core::Status s
            = PackingSlips::writePdf(slips, *batch, core::ShopSettings(**db).value(core::ShopSettings::kShopName));
            !s)
            return CliOutcome::failure(s.errorMessage());
    QJsonArray rows;
    for (const PickRow &r : pick.rows())
        rows.append(QJsonObject { { QStringLiteral("item"), r.matched ? r.itemCode : r.title },
            { QStringLiteral("color"), r.color }, { QStringLiteral("size"), r.size },
            { QStringLiteral("barcode"), r.barcode }, { QStringLiteral("quantity"), r.quantity },
            { QStringLiteral("orders"), QJsonArray::fromStringList(r.orders) } });
    return CliOutcome::success(
        { { QStringLiteral("file"), core::cli::shownPath(out) }, { QStringLiteral("waybills"), pick.waybills() },
            { QStringLiteral("pieces"), pick.pieces() }, { QStringLiteral("rows"), rows } },
        tr("Pick list of %1 waybills (%2 pieces, %3 SKUs) written to %4.")
            .arg(pick.waybills())
            .arg(pick.pieces())
            .arg(pick.rows().size())
            .arg(core::cli::shownPath(out)));
}

QList<std::pair<QString, std::function<CliOutcome(const CliInvocation &)>>> parcelVerbs()
{
    return { { QStringLiteral("merge"), &ParcelCli::merge }, { QStringLiteral("unmerge"), &ParcelCli::unmerge },
        { QStringLiteral("split"), &ParcelCli::split }, { QStringLiteral("unsplit"), &ParcelCli::unsplit } };
}

core::CliCommand picklistCommand()
{
    core::CliCommand c { QStringLiteral("picklist"), kPicklistSynopsis,
        [] {
            return ParcelCli::tr("Write the pick list of a batch of waybills as PDF: every SKU summed, sorted by item "
                                 "code, colour and size, with the orders it serves.");
        },
        &ParcelCli::picklist };
    c.needs = &core::CliCommand::painting;
    return c;
}

} // namespace shopdesk::shipping
