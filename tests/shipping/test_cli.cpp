// shopdesk-cli's shipping subcommands, run as the CLI runs them (JSON outcome, exit codes).

#include "ShippingFixture.h"

#include <shopdesk/core/ShopSettings.h>
#include <shopdesk/shipping/Couriers.h>
#include <shopdesk/shipping/ShippingCommands.h>

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using shopdesk::test::scalar;
using shopdesk::test::shippingData;

namespace {
core::CliOutcome run(const test::TestShop &shop, const QString &name, const QStringList &args)
{
    for (const core::CliCommand &c : shipping::cliCommands())
        if (c.name == name) {
            core::CliInvocation in;
            in.dbPath = shop.path();
            in.args = args;
            in.json = true;
            in.actor = QStringLiteral("cli");
            return c.run(in);
        }
    FAIL("no command " << name.toStdString());
    return {};
}
} // namespace

TEST_CASE("shopdesk-cli import-orders, waybills, ship and pickup")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    const QStringList files = { shippingData(QStringLiteral("ExportOrderList202611201530.csv")),
        shippingData(QStringLiteral("ExportOrderDetailList202611201530.csv")) };
    auto first = run(shop, QStringLiteral("import-orders"), files);
    INFO(first.text.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.json.value(QStringLiteral("added")).toInt() == 7);
    CHECK(first.json.value(QStringLiteral("queued")).toInt() == 4);
    CHECK(first.json.value(QStringLiteral("unmatched")).toArray().size() == 1);
    auto again = run(shop, QStringLiteral("import-orders"), files);
    CHECK(again.json.value(QStringLiteral("added")).toInt() == 0);
    CHECK(again.json.value(QStringLiteral("unchanged")).toInt() == 7);
    CHECK(run(shop, QStringLiteral("import-orders"), {}).exitCode == 2);

    auto shipped = run(shop, QStringLiteral("ship"),
        { QStringLiteral("3012345678901234567"), QStringLiteral("--tracking"), QStringLiteral("773000000001"),
            QStringLiteral("--weight"), QStringLiteral("0.9") });
    INFO(shipped.text.toStdString());
    REQUIRE(shipped.exitCode == 0);
    CHECK(shipped.json.value(QStringLiteral("courier")).toString() == QStringLiteral("STO"));
    CHECK(scalar(shop.db(), QStringLiteral("SELECT COUNT(*) FROM stock_moves WHERE reference = '773000000001'")).toInt()
        == 2);
    // A number in the wrong form for the courier is refused.
    auto wrong = run(shop, QStringLiteral("ship"),
        { QStringLiteral("3012345678901234568"), QStringLiteral("--tracking"), QStringLiteral("123") });
    CHECK(wrong.exitCode == 1);

    auto pickup = run(shop, QStringLiteral("pickup"),
        { QStringLiteral("STO"), QStringLiteral("--date"), QDate::currentDate().toString(Qt::ISODate),
            QStringLiteral("--scan"), QStringLiteral("773000000001"), QStringLiteral("--scan"),
            QStringLiteral("773000000777") });
    REQUIRE(pickup.exitCode == 0);
    CHECK(pickup.json.value(QStringLiteral("missing")).toArray().isEmpty());
    CHECK(pickup.json.value(QStringLiteral("extra")).toArray() == QJsonArray { QStringLiteral("773000000777") });

    const QString merge = shop.file(QStringLiteral("merge.csv"));
    QFile f(merge);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("tracking,name,phone,address,sender,order,items\r\n"
            "773000000005,\xe7\x8e\x8b\xe5\xb0\x8f\xe6\x98\x8e,13812345678,\"\xe6\xb5\x99\xe6\xb1\x9f\xe7\x9c\x81 "
            "\xe6\x9d\xad\xe5\xb7\x9e\xe5\xb8\x82 \xe8\xa5\xbf\xe6\xb9\x96\xe5\x8c\xba x(310012)\",S,1,NZK001\r\n"
            "773000000006,B,13900001111,\"x y z w(100000)\",S,2,TX002\r\n");
    f.close();
    const QString pdf = shop.file(QStringLiteral("merge.pdf"));
    auto merged = run(shop, QStringLiteral("waybills"),
        { QStringLiteral("--from-csv"), merge, QStringLiteral("--out"), pdf, QStringLiteral("--layout"),
            QStringLiteral("100x150") });
    INFO(merged.text.toStdString());
    REQUIRE(merged.exitCode == 0);
    CHECK(merged.json.value(QStringLiteral("pages")).toInt() == 2);
    CHECK(test::runTool(QStringLiteral("pdfinfo"), { pdf }).contains("Pages:           2"));
    // 隐私面单 by default: the merged waybills print the phones masked, as the shop's own do.
    QByteArray text = test::runTool(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    CHECK(text.contains("138****5678"));
    CHECK_FALSE(text.contains("13812345678"));
    CHECK_FALSE(text.contains("13900001111"));
    // A shop that chose full phones gets them on merged waybills too.
    REQUIRE(core::ShopSettings(shop.db()).set(shipping::CourierRules::kMaskPhoneSetting, false).ok());
    REQUIRE(run(shop, QStringLiteral("waybills"),
                { QStringLiteral("--from-csv"), merge, QStringLiteral("--out"), pdf, QStringLiteral("--layout"),
                    QStringLiteral("100x150") })
                .exitCode
        == 0);
    text = test::runTool(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    CHECK(text.contains("13812345678"));
    CHECK_FALSE(text.contains("138****5678"));
    CHECK(run(shop, QStringLiteral("waybills"), { QStringLiteral("--out"), pdf }).exitCode == 2);
}

TEST_CASE("shopdesk-cli tracking (typed, range) then waybills for the unprinted orders, and the freight bill check")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    test::importFixtures(shop.db());
    REQUIRE(run(shop, QStringLiteral("tracking"),
                { QStringLiteral("--range"), QStringLiteral("773000000001"), QStringLiteral("773000000009"),
                    QStringLiteral("--courier"), QStringLiteral("STO") })
                .exitCode
        == 0);
    auto assigned = run(shop, QStringLiteral("tracking"),
        { QStringLiteral("--assign"), QStringLiteral("--courier"), QStringLiteral("STO") });
    REQUIRE(assigned.exitCode == 0);
    CHECK(assigned.json.value(QStringLiteral("tracking")).toArray() == QJsonArray { QStringLiteral("773000000001") });
    CHECK(
        run(shop, QStringLiteral("tracking"), { QStringLiteral("3012345678901234568"), QStringLiteral("773000000005") })
            .exitCode
        == 1); // SF order
    REQUIRE(run(shop, QStringLiteral("tracking"),
                { QStringLiteral("3012345678901234568"), QStringLiteral("SF1440000000001") })
                .exitCode
        == 0);
    REQUIRE(run(shop, QStringLiteral("tracking"),
                { QStringLiteral("3012345678901234569"), QStringLiteral("9800000000001") })
                .exitCode
        == 0);
    REQUIRE(run(shop, QStringLiteral("tracking"),
                { QStringLiteral("3012345678901234573"), QStringLiteral("YT8800000000001") })
                .exitCode
        == 0);
    const QString pdf = shop.file(QStringLiteral("w.pdf"));
    auto printed = run(shop, QStringLiteral("waybills"),
        { QStringLiteral("--out"), pdf, QStringLiteral("--unprinted"), QStringLiteral("--layout"),
            QStringLiteral("76x130") });
    INFO(printed.text.toStdString());
    REQUIRE(printed.exitCode == 0);
    // …573 has a line not matched to a SKU: left out and listed, the other three printed.
    CHECK(printed.json.value(QStringLiteral("pages")).toInt() == 3);
    REQUIRE(printed.json.value(QStringLiteral("skipped")).toArray().size() == 1);
    CHECK(printed.json.value(QStringLiteral("skipped")).toArray().first().toObject().value(QStringLiteral("order"))
        == QStringLiteral("3012345678901234573"));
    CHECK(printed.json.value(QStringLiteral("skipped")).toArray().first().toObject().value(QStringLiteral("reason"))
        == QStringLiteral("has goods not matched to a SKU"));
    // A second run has nothing it can print left.
    CHECK(
        run(shop, QStringLiteral("waybills"), { QStringLiteral("--out"), pdf, QStringLiteral("--unprinted") }).exitCode
        == 1);

    REQUIRE(run(shop, QStringLiteral("ship"),
                { QStringLiteral("3012345678901234567"), QStringLiteral("--tracking"), QStringLiteral("773000000001") })
                .exitCode
        == 0);
    const QString bill = shop.file(QStringLiteral("bill.csv"));
    QFile f(bill);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("tracking,weight,fee\r\n773000000001,1.5,9.00\r\n");
    f.close();
    auto checked = run(shop, QStringLiteral("freight-bill"), { QStringLiteral("STO"), bill });
    REQUIRE(checked.exitCode == 0);
    const QJsonArray mismatches = checked.json.value(QStringLiteral("mismatches")).toArray();
    REQUIRE(mismatches.size() == 1);
    CHECK(mismatches[0].toObject().value(QStringLiteral("expected")).toString() == QStringLiteral("6.00"));
}

TEST_CASE("shopdesk-cli tracking --from-csv writes every row or, on a refused row, none")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    test::importFixtures(shop.db());
    const auto rows = [&] {
        return scalar(shop.db(),
            QStringLiteral("SELECT group_concat(x, ' | ') FROM (SELECT order_no || ':' || status || ',' || courier "
                           "|| ',' || tracking_no AS x FROM orders ORDER BY order_no) AS t"))
            .toString();
    };
    const QString asImported = QStringLiteral(
        "3012345678901234567:paid,STO, | 3012345678901234568:paid,SF, | 3012345678901234569:paid,EMS, | "
        "3012345678901234570:shipped,STO,773001234567 | 3012345678901234571:closed,, | "
        "3012345678901234572:unpaid,, | 3012345678901234573:paid,YTO,");
    REQUIRE(rows() == asImported);
    const QString list = shop.file(QStringLiteral("tracking.csv"));
    auto write = [&](const QByteArray &text) {
        QFile f(list);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    };
    // The last row's number is not in YTO's form.
    write("order,tracking\r\n3012345678901234567,773000000001\r\n3012345678901234568,SF1440000000001\r\n"
          "3012345678901234573,YT12\r\n");
    auto refused = run(shop, QStringLiteral("tracking"), { QStringLiteral("--from-csv"), list });
    CHECK(refused.exitCode == 1);
    CHECK(refused.text
        == QString::fromUtf8("tracking.csv, line 4, field tracking: Order 3012345678901234573: “YT12” is not a "
                             "tracking number of YTO Express: a YTO tracking number is YT and 13 digits. Nothing was "
                             "changed."));
    CHECK(rows() == asImported);
    // The last row's number belongs to a shipped order.
    write("order,tracking\r\n3012345678901234568,SF1440000000001\r\n3012345678901234569,EA123456789CN\r\n"
          "3012345678901234567,773001234567\r\n");
    refused = run(shop, QStringLiteral("tracking"), { QStringLiteral("--from-csv"), list });
    CHECK(refused.exitCode == 1);
    CHECK(refused.text
        == QStringLiteral("Order 3012345678901234567: The tracking number 773001234567 is already used by another "
                          "order. Nothing was changed."));
    CHECK(rows() == asImported);

    write("order,tracking\r\n3012345678901234567,773000000001\r\n3012345678901234568,SF1440000000001\r\n"
          "3012345678901234569,EA123456789CN\r\n");
    auto done = run(shop, QStringLiteral("tracking"), { QStringLiteral("--from-csv"), list });
    INFO(done.text.toStdString());
    REQUIRE(done.exitCode == 0);
    CHECK(done.json.value(QStringLiteral("tracking")).toArray()
        == QJsonArray {
            QStringLiteral("773000000001"), QStringLiteral("SF1440000000001"), QStringLiteral("EA123456789CN") });
    CHECK(rows()
        == QStringLiteral(
            "3012345678901234567:paid,STO,773000000001 | 3012345678901234568:paid,SF,SF1440000000001 | "
            "3012345678901234569:paid,EMS,EA123456789CN | 3012345678901234570:shipped,STO,773001234567 | "
            "3012345678901234571:closed,, | 3012345678901234572:unpaid,, | 3012345678901234573:paid,YTO,"));
}

TEST_CASE("queue lists the dispatch queue a window at a time, sorted and filtered as the window reads it")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    test::importFixtures(shop.db());
    auto all = run(shop, QStringLiteral("queue"), { QStringLiteral("--sort"), QStringLiteral("order") });
    REQUIRE(all.exitCode == 0);
    CHECK(all.json.value(QStringLiteral("orders")).toInt() == 4);
    QStringList nos;
    for (const QJsonValue &r : all.json.value(QStringLiteral("rows")).toArray())
        nos << r.toObject().value(QStringLiteral("order")).toString();
    CHECK(nos
        == QStringList { QStringLiteral("3012345678901234567"), QStringLiteral("3012345678901234568"),
            QStringLiteral("3012345678901234569"), QStringLiteral("3012345678901234573") });
    CHECK(all.json.value(QStringLiteral("next")).toString().isEmpty());
    // Two at a time: the cursor of the first window starts the second.
    auto first = run(shop, QStringLiteral("queue"),
        { QStringLiteral("--sort"), QStringLiteral("order"), QStringLiteral("--desc"), QStringLiteral("--limit"),
            QStringLiteral("2") });
    REQUIRE(first.exitCode == 0);
    const QJsonArray firstRows = first.json.value(QStringLiteral("rows")).toArray();
    REQUIRE(firstRows.size() == 2);
    CHECK(
        firstRows.at(0).toObject().value(QStringLiteral("order")).toString() == QStringLiteral("3012345678901234573"));
    const QString cursor = first.json.value(QStringLiteral("next")).toString();
    REQUIRE_FALSE(cursor.isEmpty());
    auto second = run(shop, QStringLiteral("queue"),
        { QStringLiteral("--sort"), QStringLiteral("order"), QStringLiteral("--desc"), QStringLiteral("--limit"),
            QStringLiteral("2"), QStringLiteral("--after"), cursor });
    REQUIRE(second.exitCode == 0);
    const QJsonArray secondRows = second.json.value(QStringLiteral("rows")).toArray();
    REQUIRE(secondRows.size() == 2);
    CHECK(
        secondRows.at(0).toObject().value(QStringLiteral("order")).toString() == QStringLiteral("3012345678901234568"));
    CHECK(
        secondRows.at(1).toObject().value(QStringLiteral("order")).toString() == QStringLiteral("3012345678901234567"));
    // A filter: the rules' courier.
    auto sf = run(shop, QStringLiteral("queue"), { QStringLiteral("--courier"), QStringLiteral("sf") });
    REQUIRE(sf.exitCode == 0);
    CHECK(sf.json.value(QStringLiteral("orders")).toInt() == 1);
    CHECK(sf.json.value(QStringLiteral("rows")).toArray().at(0).toObject().value(QStringLiteral("courier")).toString()
        == QStringLiteral("SF"));
    CHECK(run(shop, QStringLiteral("queue"), { QStringLiteral("--sort"), QStringLiteral("colour") }).exitCode == 2);
    CHECK(run(shop, QStringLiteral("queue"), { QStringLiteral("--after"), QStringLiteral("x") }).exitCode == 2);
    // By deadline the key holds a date and a time: the cursor is still one shell word, and it continues.
    auto byDeadline = run(shop, QStringLiteral("queue"), { QStringLiteral("--sort"), QStringLiteral("deadline") });
    REQUIRE(byDeadline.exitCode == 0);
    QStringList deadlineOrder;
    for (const QJsonValue &r : byDeadline.json.value(QStringLiteral("rows")).toArray())
        deadlineOrder << r.toObject().value(QStringLiteral("order")).toString();
    REQUIRE(deadlineOrder.size() == 4);
    auto one = run(shop, QStringLiteral("queue"),
        { QStringLiteral("--sort"), QStringLiteral("deadline"), QStringLiteral("--limit"), QStringLiteral("1") });
    REQUIRE(one.exitCode == 0);
    const QString deadlineCursor = one.json.value(QStringLiteral("next")).toString();
    REQUIRE_FALSE(deadlineCursor.isEmpty());
    CHECK_FALSE(deadlineCursor.contains(QRegularExpression(QStringLiteral("\\s"))));
    auto rest = run(shop, QStringLiteral("queue"),
        { QStringLiteral("--sort"), QStringLiteral("deadline"), QStringLiteral("--after"), deadlineCursor });
    REQUIRE(rest.exitCode == 0);
    QStringList restOrder;
    for (const QJsonValue &r : rest.json.value(QStringLiteral("rows")).toArray())
        restOrder << r.toObject().value(QStringLiteral("order")).toString();
    CHECK(restOrder == deadlineOrder.mid(1));
}
