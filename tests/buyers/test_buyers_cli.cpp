// shopdesk-cli buyers list|show|profile and members [set], with --json, on the hand-computed shop.

#include "BuyersFixture.h"
#include "CliRun.h"

#include <shopdesk/core/CliCommand.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::BuyersShop;
using test::u8;

namespace {
struct Run {
    int exitCode = -1;
    QJsonObject json;
    QString text;
};

Run cli(const BuyersShop &s, const QStringList &args, bool json = true)
{
    QStringList all { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), s.path() };
    if (json)
        all << QStringLiteral("--json");
    const test::CliRun r = test::runCli(all + args, {}, 60000);
    Run out;
    out.exitCode = r.exitCode;
    out.text = QString::fromUtf8(r.out) + QString::fromUtf8(r.err);
    if (json)
        out.json = QJsonDocument::fromJson(r.out).object();
    return out;
}

QStringList nicksOf(const QJsonArray &a)
{
    QStringList out;
    for (const QJsonValue &v : a)
        out << v.toObject().value(QStringLiteral("nick")).toString();
    return out;
}
} // namespace

TEST_CASE("buyers list: every buyer by spend, a tier, a segment, phones masked")
{
    BuyersShop s;
    s.close();
    const Run all = cli(s, { QStringLiteral("buyers"), QStringLiteral("list") });
    REQUIRE(all.exitCode == 0);
    const QJsonArray rows = all.json.value(QStringLiteral("buyers")).toArray();
    CHECK(nicksOf(rows) == QStringList { s.a(), s.b(), s.c(), s.d(), s.e(), s.f() });
    const QJsonObject a = rows.at(0).toObject();
    CHECK(a.value(QStringLiteral("spend")).toString() == QStringLiteral("320.00"));
    CHECK(a.value(QStringLiteral("tier")).toString() == QStringLiteral("gift"));
    CHECK(a.value(QStringLiteral("orders")).toInt() == 2);
    CHECK(a.value(QStringLiteral("phone")).toString() == QStringLiteral("138****5678"));
    CHECK(a.value(QStringLiteral("first_order")).toString() == QStringLiteral("2026-10-20"));
    CHECK(rows.at(4).toObject().value(QStringLiteral("returns")).toInt() == 2);

    const Run gift = cli(s,
        { QStringLiteral("buyers"), QStringLiteral("list"), QStringLiteral("--tier"), QStringLiteral("care"),
            QStringLiteral("--full-phones") });
    REQUIRE(gift.exitCode == 0);
    const QJsonArray care = gift.json.value(QStringLiteral("buyers")).toArray();
    CHECK(nicksOf(care) == QStringList { s.c() });
    CHECK(care.at(0).toObject().value(QStringLiteral("phone")).toString() == QStringLiteral("13700002222"));

    const Run inactive = cli(s,
        { QStringLiteral("buyers"), QStringLiteral("list"), QStringLiteral("--segment"), QStringLiteral("inactive:30"),
            QStringLiteral("--today"), QStringLiteral("2026-12-01") });
    REQUIRE(inactive.exitCode == 0);
    CHECK(nicksOf(inactive.json.value(QStringLiteral("buyers")).toArray()) == QStringList { s.d(), s.e() });

    const QString out = s.file(QStringLiteral("jeans.xlsx"));
    const Run file = cli(s,
        { QStringLiteral("buyers"), QStringLiteral("list"), QStringLiteral("--segment"), u8("category:牛仔裤"),
            QStringLiteral("--out"), out });
    REQUIRE(file.exitCode == 0);
    CHECK(file.json.value(QStringLiteral("count")).toInt() == 2);
    CHECK(QFile::exists(out));

    const Run bad = cli(
        s, { QStringLiteral("buyers"), QStringLiteral("list"), QStringLiteral("--tier"), QStringLiteral("platinum") });
    CHECK(bad.exitCode == 2);
    CHECK(bad.json.value(QStringLiteral("error")).toString()
        == QStringLiteral("--tier needs gift, discount, care or none, not “platinum”."));
}

TEST_CASE("buyers show and profile: a buyer's orders, tier and entitlement, the size profile kept")
{
    BuyersShop s;
    s.close();
    const Run saved = cli(s,
        { QStringLiteral("buyers"), QStringLiteral("profile"), s.a(), QStringLiteral("--height"), QStringLiteral("160"),
            QStringLiteral("--weight"), QStringLiteral("48.5"), QStringLiteral("--size"), QStringLiteral("S"),
            QStringLiteral("--loyal"), QStringLiteral("yes") });
    REQUIRE(saved.exitCode == 0);
    const Run shown = cli(s, { QStringLiteral("buyers"), QStringLiteral("show"), s.a() });
    REQUIRE(shown.exitCode == 0);
    const QJsonObject b = shown.json.value(QStringLiteral("buyer")).toObject();
    CHECK(b.value(QStringLiteral("tier")).toString() == QStringLiteral("gift"));
    CHECK(b.value(QStringLiteral("entitles")).toString()
        == QStringLiteral("a gift with the next order, member discounts, care messages and promotion notices"));
    CHECK(b.value(QStringLiteral("height_cm")).toInt() == 160);
    CHECK(b.value(QStringLiteral("weight_kg")).toDouble() == 48.5);
    CHECK(b.value(QStringLiteral("usual_size")).toString() == QStringLiteral("S"));
    CHECK(b.value(QStringLiteral("loyal")).toBool());
    const QJsonArray orders = b.value(QStringLiteral("orders")).toArray();
    REQUIRE(orders.size() == 2);
    CHECK(orders.at(0).toObject().value(QStringLiteral("order_no")).toString() == QStringLiteral("O-A2"));

    const Run refused = cli(s,
        { QStringLiteral("buyers"), QStringLiteral("profile"), s.a(), QStringLiteral("--weight"),
            QStringLiteral("5") });
    CHECK(refused.exitCode == 1);
    CHECK(refused.json.value(QStringLiteral("error")).toString()
        == QStringLiteral("Weight must be between 20 and 300 kg (it is 5)."));
    const Run missing = cli(s, { QStringLiteral("buyers"), QStringLiteral("show"), QStringLiteral("nobody") });
    CHECK(missing.exitCode == 1);
}

TEST_CASE("members: the tiers with their thresholds and buyers; members set keeps the store's own")
{
    BuyersShop s;
    s.close();
    const Run shown = cli(s, { QStringLiteral("members") });
    REQUIRE(shown.exitCode == 0);
    const QJsonArray tiers = shown.json.value(QStringLiteral("tiers")).toArray();
    REQUIRE(tiers.size() == 4);
    QStringList summary;
    for (const QJsonValue &v : tiers) {
        const QJsonObject t = v.toObject();
        summary << QStringLiteral("%1 %2 %3 %4")
                       .arg(t.value(QStringLiteral("tier")).toString(), t.value(QStringLiteral("from")).toString())
                       .arg(t.value(QStringLiteral("buyers")).toInt())
                       .arg(t.value(QStringLiteral("spend")).toString());
    }
    CHECK(summary
        == QStringList { QStringLiteral("gift 300.00 1 320.00"), QStringLiteral("discount 100.00 1 100.00"),
            QStringLiteral("care 58.00 1 58.00"), QStringLiteral("none 0.00 3 87.99") });

    const Run set
        = cli(s, { QStringLiteral("members"), QStringLiteral("set"), QStringLiteral("--gift"), QStringLiteral("350") });
    REQUIRE(set.exitCode == 0);
    const QJsonArray after = set.json.value(QStringLiteral("tiers")).toArray();
    CHECK(after.at(0).toObject().value(QStringLiteral("buyers")).toInt() == 0);
    CHECK(after.at(1).toObject().value(QStringLiteral("buyers")).toInt() == 2);
    const Run bad
        = cli(s, { QStringLiteral("members"), QStringLiteral("set"), QStringLiteral("--care"), QStringLiteral("400") });
    CHECK(bad.exitCode == 1);
    CHECK(bad.json.value(QStringLiteral("error")).toString()
        == QStringLiteral("The discount tier's threshold (¥100.00) must be above the care tier's (¥400.00)."));
}

TEST_CASE("buyers list prints its rows as it reads them: the lines, the JSON and a segment's CSV file")
{
    BuyersShop s;
    s.close();
    const Run text = cli(s,
        { QStringLiteral("buyers"), QStringLiteral("list"), QStringLiteral("--segment"), u8("category:牛仔裤") },
        false);
    REQUIRE(text.exitCode == 0);
    CHECK(text.text
        == u8("阿花  王阿花  138****5678  Gift member  ¥320.00  orders: 2  returns: 0  last: 2026-11-05\n"
              "小陈  陈小陈  137****2222  Care member  ¥58.00  orders: 1  returns: 1  last: 2026-11-10\n"));
    const Run none = cli(s,
        { QStringLiteral("buyers"), QStringLiteral("list"), QStringLiteral("--segment"), u8("category:帽子") }, false);
    REQUIRE(none.exitCode == 0);
    CHECK(none.text == QStringLiteral("No buyer matches.\n"));

    // --limit shows the first rows; the count is every match's.
    const Run first
        = cli(s, { QStringLiteral("buyers"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1") });
    REQUIRE(first.exitCode == 0);
    CHECK(nicksOf(first.json.value(QStringLiteral("buyers")).toArray()) == QStringList { s.a() });
    CHECK(first.json.value(QStringLiteral("count")).toInt() == 6);
    CHECK(first.json.value(QStringLiteral("ok")).toBool());
    CHECK(first.json.value(QStringLiteral("segment")).toString() == QStringLiteral("Every buyer"));

    // The file is written row by row as they are read, as every export writes a CSV.
    const QString out = s.file(QStringLiteral("jeans.csv"));
    const Run file = cli(s,
        { QStringLiteral("buyers"), QStringLiteral("list"), QStringLiteral("--segment"), u8("category:牛仔裤"),
            QStringLiteral("--out"), out },
        false);
    REQUIRE(file.exitCode == 0);
    CHECK(file.text == u8("Buyers of 牛仔裤: 2 buyers written to %1.\n").arg(core::cli::shownPath(out)));
    QFile written(out);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll()
        == QByteArray("\xEF\xBB\xBF")
            + u8("Member name,Name,Phone,Member tier,Total spend,Orders,Last order,Loyal\r\n"
                 "阿花,王阿花,138****5678,Gift member,320.00,2,2026-11-05,No\r\n"
                 "小陈,陈小陈,137****2222,Care member,58.00,1,2026-11-10,No\r\n")
                  .toUtf8());
}
