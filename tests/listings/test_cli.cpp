// shopdesk-cli's listings commands, as a script would use them (--json).

#include "ListingsCli.h"
#include "TestShop.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/listings/ListingsCommands.h>

#include <QFile>
#include <QJsonArray>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using listings::ListingsCli;

namespace {
core::CliInvocation call(const test::TestShop &shop, QStringList args)
{
    core::CliInvocation in;
    in.dbPath = shop.path();
    in.args = std::move(args);
    in.json = true;
    in.actor = QStringLiteral("test");
    return in;
}
} // namespace

TEST_CASE("shopdesk-cli imports, checks titles, plans relists, advises and exports")
{
    test::TestShop shop;
    const QString csv = shop.file(QStringLiteral("items.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("\xEF\xBB\xBF"
                "货号,标题,角色,主推,价格,颜色,尺码,条码\n"
                "NZK-1001,最好的 牛仔裤 男 修身,引流款,是,129,蓝色,30,\n"
                "NZK-1001,最好的 牛仔裤 男 修身,引流款,是,129,蓝色,31,\n"
                "TX-2001,纯棉 短袖 T恤 男,利润款,否,59,白色,M,\n"
                "TX-2002,纯棉 短袖 T恤 男,利润款,否,59,黑色,M,\n");
    }
    shop.close(); // the commands open the shop themselves

    auto imported = ListingsCli::importItems(call(shop, { csv }));
    INFO(imported.text.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.json.value(QStringLiteral("items_added")).toInt() == 3);
    CHECK(imported.json.value(QStringLiteral("barcodes_generated")).toInt() == 4);

    auto titles = ListingsCli::titlesCheck(call(shop, {}));
    CHECK(titles.exitCode == 1); // some titles break a rule
    const QJsonArray items = titles.json.value(QStringLiteral("items")).toArray();
    REQUIRE(items.size() == 3);
    QStringList rules;
    for (const auto &i : items)
        for (const auto &issue : i.toObject().value(QStringLiteral("issues")).toArray())
            rules << i.toObject().value(QStringLiteral("code")).toString() + QLatin1Char(':')
                    + issue.toObject().value(QStringLiteral("rule")).toString();
    CHECK(rules.contains(QStringLiteral("NZK-1001:absolute_word")));
    CHECK(rules.contains(QStringLiteral("TX-2001:duplicate")));
    CHECK(rules.contains(QStringLiteral("TX-2002:duplicate")));

    const QString planCsv = shop.file(QStringLiteral("plan.csv"));
    auto plan = ListingsCli::relistPlan(
        call(shop, { QStringLiteral("--now"), QStringLiteral("2026-11-25 08:00"), QStringLiteral("--csv"), planCsv }));
    INFO(plan.text.toStdString());
    REQUIRE(plan.exitCode == 0);
    CHECK(plan.json.value(QStringLiteral("items")).toArray().size() == 3);
    CHECK(plan.json.value(QStringLiteral("peak_hours")).toString() == QStringLiteral("9-12, 14-18"));
    auto written = core::CsvFile::read(planCsv);
    REQUIRE(written.ok());
    CHECK(written->records.size() == 3);

    auto advice = ListingsCli::advice(call(shop, { QStringLiteral("--now"), QStringLiteral("2026-11-25 08:00") }));
    REQUIRE(advice.exitCode == 0);
    QStringList seen;
    for (const auto &a : advice.json.value(QStringLiteral("items")).toArray())
        seen << a.toObject().value(QStringLiteral("code")).toString() + QLatin1Char(':')
                + a.toObject().value(QStringLiteral("advice")).toString() + QLatin1Char(':')
                + a.toObject().value(QStringLiteral("reason")).toString();
    CHECK(seen.contains(QStringLiteral("TX-2001:takeoff:no_stock"))); // nothing received yet
    CHECK(seen.contains(QStringLiteral("NZK-1001:reorder:below_minimum")));

    auto exported = ListingsCli::exportItems(call(shop, { shop.file(QStringLiteral("out.xlsx")) }));
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.json.value(QStringLiteral("items")).toInt() == 3);

    auto pareto = ListingsCli::pareto(call(shop,
        { QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
            QStringLiteral("2026-11-30") }));
    REQUIRE(pareto.exitCode == 0);
    CHECK(pareto.json.value(QStringLiteral("items")).toArray().size() == 3);
    CHECK(pareto.json.value(QStringLiteral("carriers")).toInt() == 0); // no sales yet
    CHECK(ListingsCli::pareto(call(shop,
                                  { QStringLiteral("--from"), QStringLiteral("2026-12-01"), QStringLiteral("--to"),
                                      QStringLiteral("2026-11-30") }))
              .exitCode
        == 2);

    CHECK(ListingsCli::importItems(call(shop, {})).exitCode == 2);
    QStringList names;
    for (const core::CliCommand &c : listings::cliCommands())
        names << c.name;
    CHECK(names
        == QStringList { QStringLiteral("items"), QStringLiteral("import-items"), QStringLiteral("export-items"),
            QStringLiteral("titles-check"), QStringLiteral("relist-plan"), QStringLiteral("advice"),
            QStringLiteral("pareto"), QStringLiteral("print-labels"), QStringLiteral("labels"),
            QStringLiteral("edit-item") });
    CHECK(ListingsCli::relistPlan(call(shop, { QStringLiteral("--now"), QStringLiteral("soon") })).exitCode == 2);
}

TEST_CASE("shopdesk-cli print-labels writes a label sheet for the given items, or all of them")
{
    test::TestShop shop;
    const QString csv = shop.file(QStringLiteral("items.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("\xEF\xBB\xBF"
                "货号,标题,角色,主推,价格,颜色,尺码,条码\n"
                "NZK-1001,牛仔裤 男 修身,引流款,是,129,蓝色,30,\n"
                "NZK-1001,牛仔裤 男 修身,引流款,是,129,蓝色,31,\n"
                "TX-2001,纯棉 短袖 T恤 男,利润款,否,59,白色,M,\n");
    }
    REQUIRE(ListingsCli::importItems(call(shop, { csv })).exitCode == 0);

    const QString one = shop.file(QStringLiteral("one.pdf"));
    const core::CliOutcome jeans
        = ListingsCli::printLabels(call(shop, { QStringLiteral("--out"), one, QStringLiteral("NZK-1001") }));
    INFO(jeans.text);
    REQUIRE(jeans.exitCode == 0);
    CHECK(jeans.json.value(QStringLiteral("labels")).toInt() == 2);
    CHECK(jeans.json.value(QStringLiteral("pages")).toInt() == 1);
    CHECK(test::fileBytes(one).startsWith("%PDF"));

    const core::CliOutcome all
        = ListingsCli::printLabels(call(shop, { QStringLiteral("--out"), shop.file(QStringLiteral("all.pdf")) }));
    CHECK(all.exitCode == 0);
    CHECK(all.json.value(QStringLiteral("labels")).toInt() == 3);

    const core::CliOutcome unknown
        = ListingsCli::printLabels(call(shop, { QStringLiteral("--out"), one, QStringLiteral("XX-9") }));
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.text.contains(QStringLiteral("XX-9")));
    CHECK(ListingsCli::printLabels(call(shop, {})).exitCode == 2);
}
