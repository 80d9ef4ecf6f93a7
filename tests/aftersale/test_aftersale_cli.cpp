// shopdesk-cli aftersale open|receive|refund|resend|close|list|report, with --json.

#include "AftersaleFixture.h"
#include "CliRun.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::AftersaleShop;

namespace {
struct Run {
    int exitCode = -1;
    QJsonObject json;
};

Run cli(const AftersaleShop &s, const QStringList &args)
{
    const test::CliRun r
        = test::runCli(QStringList { QStringLiteral("--db"), s.path(), QStringLiteral("--json") } + args, {}, 60000);
    INFO(r.out.toStdString() << r.err.toStdString());
    return { r.exitCode, r.json() };
}
} // namespace

TEST_CASE("shopdesk-cli aftersale takes a return from opening to closing, and reports it")
{
    AftersaleShop shop;
    Run open = cli(shop,
        { QStringLiteral("aftersale"), QStringLiteral("open"), AftersaleShop::kOrder, QStringLiteral("--kind"),
            QString::fromUtf8("退货"), QStringLiteral("--reason"), QString::fromUtf8("尺码不合适"),
            QStringLiteral("--sku"), AftersaleShop::kTeeWhiteM + QStringLiteral(":2") });
    REQUIRE(open.exitCode == 0);
    const QString no = open.json.value(QStringLiteral("case")).toString();
    CHECK(open.json.value(QStringLiteral("kind")).toString() == QStringLiteral("return"));
    CHECK(open.json.value(QStringLiteral("state")).toString() == QStringLiteral("open"));

    Run early = cli(shop, { QStringLiteral("aftersale"), QStringLiteral("refund"), no, QStringLiteral("158") });
    CHECK(early.exitCode == 1);
    CHECK(early.json.value(QStringLiteral("error")).toString()
        == QStringLiteral("Case %1: A return is refunded once its goods are received.").arg(no));

    Run got = cli(shop,
        { QStringLiteral("aftersale"), QStringLiteral("receive"), no, QStringLiteral("--intact"),
            AftersaleShop::kTeeWhiteM + QStringLiteral(":1"), QStringLiteral("--damaged"), AftersaleShop::kTeeWhiteM });
    REQUIRE(got.exitCode == 0);
    CHECK(got.json.value(QStringLiteral("state")).toString() == QStringLiteral("received"));
    CHECK(shop.onHand(AftersaleShop::kTeeWhiteM) == 9);
    REQUIRE(cli(shop, { QStringLiteral("aftersale"), QStringLiteral("refund"), no, QStringLiteral("158.00") }).exitCode
        == 0);
    Run closed = cli(shop, { QStringLiteral("aftersale"), QStringLiteral("close"), no });
    REQUIRE(closed.exitCode == 0);
    CHECK(closed.json.value(QStringLiteral("refund")).toString() == QStringLiteral("158.00"));

    Run open2 = cli(shop, { QStringLiteral("aftersale"), QStringLiteral("list"), QStringLiteral("--open") });
    REQUIRE(open2.exitCode == 0);
    CHECK(open2.json.value(QStringLiteral("cases")).toArray().isEmpty());
    Run all = cli(shop, { QStringLiteral("aftersale"), QStringLiteral("list") });
    REQUIRE(all.json.value(QStringLiteral("cases")).toArray().size() == 1);
    CHECK(all.json.value(QStringLiteral("cases"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("state_name"))
              .toString()
        == QStringLiteral("Closed"));

    const QString xlsx = shop.file(QStringLiteral("report.xlsx"));
    Run report = cli(shop, { QStringLiteral("aftersale"), QStringLiteral("report"), QStringLiteral("--xlsx"), xlsx });
    REQUIRE(report.exitCode == 0);
    CHECK(report.json.value(QStringLiteral("cases")).toInt() == 1);
    CHECK(report.json.value(QStringLiteral("refund")).toString() == QStringLiteral("158.00"));
    const QJsonObject item = report.json.value(QStringLiteral("by_item")).toArray().first().toObject();
    CHECK(item.value(QStringLiteral("key")).toString() == QStringLiteral("TX002"));
    CHECK(item.value(QStringLiteral("return_rate")).toDouble() == 1.0);
    CHECK(QFileInfo(xlsx).size() > 0);

    Run bad = cli(shop,
        { QStringLiteral("aftersale"), QStringLiteral("open"), AftersaleShop::kOrder, QStringLiteral("--kind"),
            QStringLiteral("swap"), QStringLiteral("--reason"), QString::fromUtf8("其他") });
    CHECK(bad.exitCode == 2);
}

TEST_CASE("shopdesk-cli freight-bill deducts a refused parcel and shows the total owed")
{
    AftersaleShop shop;
    Run open = cli(shop,
        { QStringLiteral("aftersale"), QStringLiteral("open"), AftersaleShop::kOrder, QStringLiteral("--kind"),
            QString::fromUtf8("拒收"), QStringLiteral("--reason"), QString::fromUtf8("其他") });
    REQUIRE(open.exitCode == 0);
    const QString bill = shop.file(QStringLiteral("bill.csv"));
    QFile f(bill);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("tracking,weight,fee\r\n%1,0.8,6.00\r\n773000000555,1.0,12.00\r\n")
                .arg(AftersaleShop::kTracking)
                .toUtf8());
    f.close();
    Run checked = cli(shop, { QStringLiteral("freight-bill"), QStringLiteral("STO"), bill });
    REQUIRE(checked.exitCode == 0);
    const QJsonArray deductions = checked.json.value(QStringLiteral("deductions")).toArray();
    REQUIRE(deductions.size() == 1);
    CHECK(deductions[0].toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("refused"));
    CHECK(deductions[0].toObject().value(QStringLiteral("total")).toString() == QStringLiteral("6.00"));
    CHECK(checked.json.value(QStringLiteral("billed")).toString() == QStringLiteral("18.00"));
    CHECK(checked.json.value(QStringLiteral("deducted")).toString() == QStringLiteral("6.00"));
    CHECK(checked.json.value(QStringLiteral("owed")).toString() == QStringLiteral("12.00"));
}
