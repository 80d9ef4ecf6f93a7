// The store's own freight data: each courier's price table is the shop's (the built-in one until
// the shop edits or imports its own, used by the freight estimate and the bill check); the
// number ranges its couriers issued import from CSV; the shop adds couriers of its own.

#include "FreightView.h"
#include "ShippingBench.h"
#include "ShippingFixture.h"

#include <shopdesk/shipping/BulkShipping.h>
#include <shopdesk/shipping/CourierData.h>
#include <shopdesk/shipping/CourierRepository.h>
#include <shopdesk/shipping/ShippingCommands.h>
#include <shopdesk/shipping/ShippingRepository.h>
#include <shopdesk/shipping/ShippingService.h>

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QTableWidget>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using shopdesk::test::scalar;

namespace {
QString writeFile(const test::TestShop &shop, const QString &name, const QByteArray &bytes)
{
    const QString path = shop.file(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

core::CliOutcome runCouriers(const test::TestShop &shop, const QStringList &args)
{
    for (const core::CliCommand &c : shipping::cliCommands())
        if (c.name == QLatin1String("couriers")) {
            core::CliInvocation in;
            in.dbPath = shop.path();
            in.args = args;
            in.json = true;
            in.actor = QStringLiteral("cli");
            return c.run(in);
        }
    FAIL("no couriers command");
    return {};
}
} // namespace

TEST_CASE("a courier's price table is the shop's own: the built-in one to start with, then imported")
{
    test::TestShop shop;
    shipping::CourierRepository repo(shop.db());
    CHECK_FALSE(repo.storedPriceTable(QStringLiteral("STO"))->has_value());
    auto start = repo.priceTable(QStringLiteral("STO"));
    REQUIRE(start.ok());
    const auto builtIn = shipping::PriceTable::forCourier(QStringLiteral("STO"));
    REQUIRE(builtIn.ok());
    CHECK(start->byProvince.size() == builtIn->byProvince.size());
    CHECK(start->estimate(QString::fromUtf8("浙江省"), 900)->fen() == 500);
    // Reading it writes nothing.
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM shipping_prices")).toInt() == 0);

    // The shop's own prices, from a file naming the courier as the platform does.
    const QString prices = writeFile(shop, QStringLiteral("prices.csv"),
        QString::fromUtf8("快递公司,省份,首重,续重\r\n申通快递,浙江省,4.50,1\r\n申通快递,*,12,6\r\nZTO,*,8,4\r\n")
            .toUtf8());
    shipping::CourierData data(shop.db());
    auto imported = data.importPriceTables(prices, QString());
    INFO(imported.errorMessage());
    REQUIRE(imported.ok());
    REQUIRE(imported->size() == 2);
    auto sto = repo.priceTable(QStringLiteral("STO"));
    REQUIRE(sto.ok());
    CHECK(sto->byProvince.size() == 2);
    CHECK(sto->estimate(QString::fromUtf8("浙江省"), 2500)->fen() == 650); // 4.50 + 2 × 1
    CHECK(sto->estimate(QString::fromUtf8("新疆维吾尔自治区"), 1000)->fen() == 1200);
    CHECK(repo.priceTable(QStringLiteral("ZTO"))->estimate(QString::fromUtf8("北京"), 1500)->fen() == 1200);

    // A bad row names its file, line and field; nothing changes.
    const QString bad = writeFile(shop, QStringLiteral("bad.csv"),
        QString::fromUtf8("省份,首重,续重\r\n浙江省,3,1\r\n江苏省,abc,1\r\n").toUtf8());
    auto refused = data.importPriceTables(bad, QStringLiteral("STO"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage()
        == QString::fromUtf8("bad.csv, line 3, field first_kg: “abc” is not an amount of money (use a form like "
                             "12.50)."));
    CHECK(repo.priceTable(QStringLiteral("STO"))->estimate(QString::fromUtf8("浙江省"), 900)->fen() == 450);
    const QString twice = writeFile(shop, QStringLiteral("twice.csv"),
        QString::fromUtf8("省份,首重,续重\r\n浙江省,3,1\r\n浙江省,4,1\r\n").toUtf8());
    CHECK(data.importPriceTables(twice, QStringLiteral("STO")).errorMessage()
        == QString::fromUtf8("twice.csv, line 3, field province: 浙江省 is priced twice for STO Express."));
}

TEST_CASE("the freight estimate and the bill check use the shop's price table")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    test::importFixtures(shop.db());
    shipping::CourierData data(shop.db());
    const QString prices = writeFile(shop, QStringLiteral("sto.csv"),
        QString::fromUtf8("province,first_kg,additional_kg\r\n浙江省,4,2\r\n*,10,5\r\n").toUtf8());
    REQUIRE(data.importPriceTables(prices, QStringLiteral("STO")).ok());
    shipping::ShippingService service(shop.db());
    REQUIRE(service
                .shipOrder(QStringLiteral("3012345678901234567"), QStringLiteral("773000000001"), QString(), 1800,
                    QString(), QStringLiteral("clerk"))
                .ok());
    CHECK(scalar(shop.db(), QStringLiteral("SELECT est_freight_fen FROM shipping_packs")).toInt() == 600); // 4 + 2
    const QString bill
        = writeFile(shop, QStringLiteral("bill.csv"), QByteArray("tracking,weight,fee\r\n773000000001,1.8,6.00\r\n"));
    auto mismatches = service.checkBill(QStringLiteral("STO"), bill);
    REQUIRE(mismatches.ok());
    CHECK(mismatches->isEmpty());
}

TEST_CASE("number ranges import from a file, all or none")
{
    test::TestShop shop;
    shipping::CourierData data(shop.db());
    const QString good = writeFile(shop, QStringLiteral("ranges.csv"),
        QByteArray("courier,first,last\r\nSTO,773000000001,773000000010\r\nYTO,YT8800000000001,YT8800000000005\r\n"));
    auto added = data.importRanges(good);
    INFO(added.errorMessage());
    REQUIRE(added.ok());
    CHECK(*added == 2);
    shipping::ShippingRepository repo(shop.db());
    CHECK(*repo.rangeLeft(QStringLiteral("STO")) == 10);
    CHECK(*repo.rangeLeft(QStringLiteral("YTO")) == 5);
    auto listed = shipping::CourierRepository(shop.db()).ranges();
    REQUIRE(listed->size() == 2);
    CHECK(listed->at(1).first() == QStringLiteral("YT8800000000001"));
    CHECK(listed->at(1).end() == QStringLiteral("YT8800000000005"));
    const QString bad = writeFile(shop, QStringLiteral("bad-ranges.csv"),
        QByteArray("courier,first,last\r\nZTO,773000000001,773000000010\r\nSF,123,456\r\n"));
    auto refused = data.importRanges(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage()
        == QStringLiteral("bad-ranges.csv, line 3, field first: “123” is not a tracking number of SF Express: an SF "
                          "tracking number is SF and 12 or 13 digits."));
    CHECK(*repo.rangeLeft(QStringLiteral("ZTO")) == 0);
}

TEST_CASE("the shop adds a courier of its own, with its name, platform name and tracking-number form")
{
    test::TestShop shop;
    shipping::ShippingService service(shop.db()); // the shop's couriers: none yet
    shipping::CourierData data(shop.db());
    const shipping::ShopCourier kye { QStringLiteral("KYE"), QString::fromUtf8("跨越速运"),
        QString::fromUtf8("跨越速运"), QStringLiteral("^KY\\d{12}$") };
    REQUIRE(data.putCourier(kye).ok());
    CHECK(shipping::Couriers::codes().contains(QStringLiteral("KYE")));
    CHECK(shipping::Couriers::displayName(QStringLiteral("KYE")) == QString::fromUtf8("跨越速运"));
    CHECK(shipping::Couriers::validTracking(QStringLiteral("KYE"), QStringLiteral("KY123456789012")));
    CHECK_FALSE(shipping::Couriers::validTracking(QStringLiteral("KYE"), QStringLiteral("KY1234")));
    CHECK(shipping::BulkShipping(shop.db()).platformName(QStringLiteral("KYE")) == QString::fromUtf8("跨越速运"));
    CHECK(data.putCourier({ QStringLiteral("STO"), QStringLiteral("x"), QStringLiteral("x"), QStringLiteral("^x$") })
              .errorMessage()
        == QStringLiteral("STO Express is a courier ShopDesk knows already."));
    CHECK_FALSE(
        data.putCourier({ QStringLiteral("ABC"), QStringLiteral("x"), QStringLiteral("x"), QStringLiteral("(") }).ok());

    auto listed = runCouriers(shop, { QStringLiteral("list") });
    REQUIRE(listed.exitCode == 0);
    const QJsonArray rows = listed.json.value(QStringLiteral("couriers")).toArray();
    REQUIRE(rows.size() == 11);
    CHECK(rows[10].toObject().value(QStringLiteral("code")).toString() == QStringLiteral("KYE"));
    CHECK(rows[10].toObject().value(QStringLiteral("own")).toBool());
    CHECK(rows[0].toObject().value(QStringLiteral("platform_name")).toString() == QString::fromUtf8("申通快递"));

    REQUIRE(runCouriers(shop, { QStringLiteral("remove"), QStringLiteral("KYE") }).exitCode == 0);
    CHECK_FALSE(shipping::Couriers::codes().contains(QStringLiteral("KYE")));
    auto added = runCouriers(shop,
        { QStringLiteral("add"), QStringLiteral("--code"), QStringLiteral("kye"), QStringLiteral("--name"),
            QString::fromUtf8("跨越速运"), QStringLiteral("--platform-name"), QString::fromUtf8("跨越速运"),
            QStringLiteral("--pattern"), QStringLiteral("^KY\\d{12}$") });
    INFO(added.text);
    CHECK(added.exitCode == 0);
    CHECK(scalar(shop.db(), QStringLiteral("SELECT name FROM shipping_couriers WHERE code = 'KYE'")).toString()
        == QString::fromUtf8("跨越速运"));
    REQUIRE(runCouriers(shop, { QStringLiteral("remove"), QStringLiteral("KYE") }).exitCode == 0);
}

TEST_CASE("shopdesk-cli couriers prices import and show, ranges import and list")
{
    test::TestShop shop;
    const QString prices = writeFile(
        shop, QStringLiteral("zto.csv"), QString::fromUtf8("省份,首重,续重\r\n浙江省,4,1\r\n*,9,4\r\n").toUtf8());
    auto imported = runCouriers(shop,
        { QStringLiteral("prices"), QStringLiteral("import"), prices, QStringLiteral("--courier"),
            QStringLiteral("zto") });
    INFO(imported.text);
    REQUIRE(imported.exitCode == 0);
    auto shown = runCouriers(shop, { QStringLiteral("prices"), QStringLiteral("show"), QStringLiteral("ZTO") });
    REQUIRE(shown.exitCode == 0);
    const QJsonArray rows = shown.json.value(QStringLiteral("prices")).toArray();
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].toObject().value(QStringLiteral("province")).toString() == QStringLiteral("*"));
    CHECK(rows[0].toObject().value(QStringLiteral("first_kg")).toString() == QStringLiteral("9.00"));
    CHECK(rows[1].toObject().value(QStringLiteral("province")).toString() == QString::fromUtf8("浙江省"));
    CHECK(runCouriers(shop, { QStringLiteral("prices"), QStringLiteral("import"), prices }).exitCode == 1);
    CHECK(runCouriers(shop, { QStringLiteral("prices") }).exitCode == 2);

    const QString ranges = writeFile(
        shop, QStringLiteral("ranges.csv"), QByteArray("courier,first,last\r\nSTO,773000000001,773000000010\r\n"));
    REQUIRE(runCouriers(shop, { QStringLiteral("ranges"), QStringLiteral("import"), ranges }).exitCode == 0);
    auto listed = runCouriers(shop, { QStringLiteral("ranges"), QStringLiteral("list") });
    REQUIRE(listed.exitCode == 0);
    const QJsonArray r = listed.json.value(QStringLiteral("ranges")).toArray();
    REQUIRE(r.size() == 1);
    CHECK(r[0].toObject().value(QStringLiteral("next")).toString() == QStringLiteral("773000000001"));
    CHECK(r[0].toObject().value(QStringLiteral("left")).toInt() == 10);
}

TEST_CASE("the freight view edits a courier's prices as one undoable edit")
{
    test::TestShop shop;
    test::ShippingBench bench(shop.db(), QStringLiteral("clerk"));
    shipping::FreightView &view = *bench.bench->freight();
    view.courier()->setCurrentIndex(view.courier()->findData(QStringLiteral("ZTO")));
    QTableWidget *prices = view.prices();
    const auto builtIn = shipping::PriceTable::forCourier(QStringLiteral("ZTO"));
    REQUIRE(builtIn.ok());
    REQUIRE(prices->rowCount() == builtIn->byProvince.size());
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM shipping_prices")).toInt() == 0);
    prices->setRowCount(2);
    prices->setItem(0, 0, new QTableWidgetItem(QString::fromUtf8("浙江省")));
    prices->setItem(0, 1, new QTableWidgetItem(QStringLiteral("3.50")));
    prices->setItem(0, 2, new QTableWidgetItem(QStringLiteral("1")));
    prices->setItem(1, 0, new QTableWidgetItem(QStringLiteral("*")));
    prices->setItem(1, 1, new QTableWidgetItem(QStringLiteral("9")));
    prices->setItem(1, 2, new QTableWidgetItem(QStringLiteral("5")));
    view.saveTable();
    CHECK(scalar(shop.db(),
              QStringLiteral("SELECT group_concat(province || ':' || first_fen || ':' || additional_fen, '|') FROM "
                             "(SELECT * FROM shipping_prices WHERE courier = 'ZTO' ORDER BY province) AS t"))
              .toString()
        == QString::fromUtf8("*:900:500|浙江省:350:100"));
    bench.bench->undoStack()->undo();
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM shipping_prices WHERE courier = 'ZTO'")).toInt()
        == builtIn->byProvince.size());
    bench.bench->undoStack()->redo();
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM shipping_prices WHERE courier = 'ZTO'")).toInt() == 2);
}
