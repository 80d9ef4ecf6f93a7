// shopdesk-cli couriers (all with --json): the shop's own courier data.
//   couriers list
//   couriers add --code CODE --name NAME --platform-name NAME --pattern REGEX
//   couriers remove CODE
//   couriers prices import FILE.csv [--courier C]
//   couriers prices show C
//   couriers ranges import FILE.csv
//   couriers ranges list

#include "CliParts.h"
#include "shopdesk/shipping/BulkShipping.h"
#include "shopdesk/shipping/CourierData.h"
#include "shopdesk/shipping/ShippingService.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace shopdesk::shipping::cliparts {

using core::CliInvocation;
using core::CliOutcome;

namespace {
class CouriersCli {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::CouriersCli)
public:
    static CliOutcome list(const CliInvocation &in);
    static CliOutcome add(const CliInvocation &in);
    static CliOutcome remove(const CliInvocation &in);
    static CliOutcome importPrices(const CliInvocation &in);
    static CliOutcome showPrices(const CliInvocation &in);
    static CliOutcome importRanges(const CliInvocation &in);
    static CliOutcome listRanges(const CliInvocation &in);
};

const QString kSynopsis = QStringLiteral(
    "couriers list | couriers add --code CODE --name NAME --platform-name NAME --pattern REGEX | couriers remove CODE "
    "| couriers prices import FILE.csv [--courier C] | couriers prices show C | couriers ranges import FILE.csv | "
    "couriers ranges list");

CliOutcome usage() { return CliOutcome::failure(CouriersCli::tr("Usage: %1").arg(kSynopsis), 2); }

/// The shop, opened, with the couriers it added known (ShippingService reads them).
core::Result<std::unique_ptr<core::Database>> open(const CliInvocation &in)
{
    auto db = in.openShop();
    if (db)
        ShippingService service(**db);
    return db;
}
} // namespace

CliOutcome CouriersCli::list(const CliInvocation &in)
{
    if (!in.args.isEmpty())
        return usage();
    auto db = open(in);
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    const BulkShipping bulk(**db);
    QJsonArray rows;
    QStringList text;
    for (const QString &code : Couriers::codes()) {
        const bool own = !Couriers::builtInCodes().contains(code);
        rows.append(
            QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("name"), Couriers::displayName(code) },
                { QStringLiteral("platform_name"), bulk.platformName(code) }, { QStringLiteral("own"), own } });
        text << tr("%1 (%2): %3").arg(Couriers::displayName(code), bulk.platformName(code), Couriers::formatHint(code));
    }
    return CliOutcome::success({ { QStringLiteral("couriers"), rows } }, text.join(QLatin1Char('\n')));
}

CliOutcome CouriersCli::add(const CliInvocation &in)
{
    QStringList args = in.args;
    bool m1 = false, m2 = false, m3 = false, m4 = false;
    ShopCourier c;
    c.code = core::cli::takeOption(args, QStringLiteral("--code"), nullptr, &m1).trimmed().toUpper();
    c.name = core::cli::takeOption(args, QStringLiteral("--name"), nullptr, &m2).trimmed();
    c.platformName = core::cli::takeOption(args, QStringLiteral("--platform-name"), nullptr, &m3).trimmed();
    c.trackingPattern = core::cli::takeOption(args, QStringLiteral("--pattern"), nullptr, &m4).trimmed();
    if (m1 || m2 || m3 || m4 || !args.isEmpty() || c.code.isEmpty())
        return usage();
    auto db = open(in);
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    if (core::Status s = CourierData(**db).putCourier(c); !s)
        return CliOutcome::failure(s.errorMessage());
    return CliOutcome::success({ { QStringLiteral("code"), c.code }, { QStringLiteral("name"), c.name } },
        tr("%1 added to the shop's couriers.").arg(c.name));
}

CliOutcome CouriersCli::remove(const CliInvocation &in)
{
    if (in.args.size() != 1)
        return usage();
    auto db = open(in);
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    const QString code = in.args.first().trimmed().toUpper();
    const QString name = Couriers::displayName(code);
    if (core::Status s = CourierData(**db).removeCourier(code); !s)
        return CliOutcome::failure(s.errorMessage());
    return CliOutcome::success(
        { { QStringLiteral("code"), code } }, tr("%1 removed from the shop's couriers.").arg(name));
}

CliOutcome CouriersCli::importPrices(const CliInvocation &in)
{
    QStringList args = in.args;
    bool missing = false;
    const QString courier = core::cli::takeOption(args, QStringLiteral("--courier"), nullptr, &missing).toUpper();
    if (missing || args.size() != 1)
        return usage();
    auto db = open(in);
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    if (!courier.isEmpty() && !Couriers::codes().contains(courier))
        return CliOutcome::failure(
            tr("“%1” is not a courier; use one of %2.").arg(courier, Couriers::codes().join(QStringLiteral(", "))), 2);
    auto tables = CourierData(**db).importPriceTables(args.first(), courier);
    if (!tables)
        return CliOutcome::failure(tables.errorMessage());
    QJsonArray rows;
    QStringList names;
    for (const PriceTable &t : *tables) {
        rows.append(QJsonObject {
            { QStringLiteral("courier"), t.courier }, { QStringLiteral("provinces"), int(t.byProvince.size()) } });
        names << Couriers::displayName(t.courier);
    }
    return CliOutcome::success({ { QStringLiteral("tables"), rows } },
        tr("Price tables imported as the shop's own: %1.").arg(names.join(QStringLiteral(", "))));
}

CliOutcome CouriersCli::showPrices(const CliInvocation &in)
{
    if (in.args.size() != 1)
        return usage();
    auto db = open(in);
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    const QString courier = in.args.first().toUpper();
    auto table = CourierRepository(**db).priceTable(courier);
    if (!table)
        return CliOutcome::failure(table.errorMessage());
    QStringList provinces = table->byProvince.keys();
    std::sort(provinces.begin(), provinces.end());
    QJsonArray rows;
    QStringList text;
    for (const QString &p : std::as_const(provinces)) {
        const PriceTable::Row &r = table->byProvince.value(p);
        rows.append(
            QJsonObject { { QStringLiteral("province"), p }, { QStringLiteral("first_kg"), r.first.toPlainString() },
                { QStringLiteral("additional_kg"), r.additional.toPlainString() } });
        text << tr("%1: first kg %2, each additional kg %3")
                    .arg(p, r.first.toDisplayString(), r.additional.toDisplayString());
    }
    return CliOutcome::success(
        { { QStringLiteral("courier"), courier }, { QStringLiteral("prices"), rows } }, text.join(QLatin1Char('\n')));
}

CliOutcome CouriersCli::importRanges(const CliInvocation &in)
{
    if (in.args.size() != 1)
        return usage();
    auto db = open(in);
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    auto added = CourierData(**db).importRanges(in.args.first());
    if (!added)
        return CliOutcome::failure(added.errorMessage());
    return CliOutcome::success(
        { { QStringLiteral("ranges"), *added } }, tr("%n number range(s) added.", nullptr, *added));
}

CliOutcome CouriersCli::listRanges(const CliInvocation &in)
{
    if (!in.args.isEmpty())
        return usage();
    auto db = open(in);
    if (!db)
        return CliOutcome::failure(db.errorMessage());
    auto ranges = CourierRepository(**db).ranges();
    if (!ranges)
        return CliOutcome::failure(ranges.errorMessage());
    QJsonArray rows;
    QStringList text;
    for (const CourierRepository::Range &r : *ranges) {
        rows.append(QJsonObject { { QStringLiteral("courier"), r.courier }, { QStringLiteral("next"), r.first() },
            { QStringLiteral("last"), r.end() }, { QStringLiteral("left"), r.last - r.next + 1 } });
        text << tr("%1: %2 … %3 (%4 left)")
                    .arg(Couriers::displayName(r.courier), r.first(), r.end())
                    .arg(r.last - r.next + 1);
    }
    return CliOutcome::success({ { QStringLiteral("ranges"), rows } }, text.join(QLatin1Char('\n')));
}

core::CliCommand couriers()
{
    return { QStringLiteral("couriers"), kSynopsis,
        [] {
            return CouriersCli::tr("The shop's couriers, their price tables and number ranges: list, add and "
                                   "import them.");
        },
        [](const CliInvocation &in) {
            return core::runVerb(in, QStringLiteral("couriers"),
                { { QStringLiteral("list"), &CouriersCli::list }, { QStringLiteral("add"), &CouriersCli::add },
                    { QStringLiteral("remove"), &CouriersCli::remove },
                    { QStringLiteral("prices"),
                        [](const CliInvocation &rest) {
                            return core::runVerb(rest, QStringLiteral("couriers prices"),
                                { { QStringLiteral("import"), &CouriersCli::importPrices },
                                    { QStringLiteral("show"), &CouriersCli::showPrices } });
                        } },
                    { QStringLiteral("ranges"), [](const CliInvocation &rest) {
                         return core::runVerb(rest, QStringLiteral("couriers ranges"),
                             { { QStringLiteral("import"), &CouriersCli::importRanges },
                                 { QStringLiteral("list"), &CouriersCli::listRanges } });
                     } } });
        } };
}

} // namespace shopdesk::shipping::cliparts
