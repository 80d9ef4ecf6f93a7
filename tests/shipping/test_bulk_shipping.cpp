// The way back to the platform: the orders shipped here as the seller centre's bulk-shipping file
// (批量发货: 订单编号, 物流公司, 运单号; GB18030; numbers guarded as text), for a day or for everything
// not exported yet, remembered in the shop file; shopdesk-cli orders export-shipped; the workbench's action.

#include "QueueView.h"
#include "ShippingBench.h"
#include "ShippingFixture.h"

#include <shopdesk/shipping/BulkShipping.h>
#include <shopdesk/shipping/Couriers.h>
#include <shopdesk/shipping/ShippingCommands.h>
#include <shopdesk/shipping/ShippingService.h>

#include <QJsonArray>
#include <QLabel>
#include <QStringDecoder>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using shopdesk::test::scalar;

namespace {
QString gbkText(const QString &path)
{
    QStringDecoder gbk("GB18030");
    QString text = gbk.decode(test::fileBytes(path));
    REQUIRE_FALSE(gbk.hasError());
    return text;
}

const QString kHeader = QString::fromUtf8("订单编号,物流公司,运单号\r\n");

core::CliOutcome runOrders(const test::TestShop &shop, const QStringList &args)
{
    for (const core::CliCommand &c : shipping::cliCommands())
        if (c.name == QLatin1String("orders")) {
            core::CliInvocation in;
            in.dbPath = shop.path();
            in.args = QStringList { QStringLiteral("export-shipped") } + args;
            in.json = true;
            in.actor = QStringLiteral("cli");
            return c.run(in);
        }
    FAIL("no orders command");
    return {};
}
} // namespace

TEST_CASE("a shipped order goes back to the platform once in the bulk-shipping file")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    test::importFixtures(shop.db());
    shipping::ShippingService service(shop.db());
    REQUIRE(service
                .shipOrder(QStringLiteral("3012345678901234567"), QStringLiteral("773000000001"), QString(), 900,
                    QStringLiteral("packer"), QStringLiteral("clerk"))
                .ok());
    shipping::BulkShipping bulk(shop.db());
    const QString first = shop.file(QStringLiteral("first.csv"));
    auto written = bulk.exportShipped(first, std::nullopt, QStringLiteral("clerk"));
    INFO(written.errorMessage());
    REQUIRE(written.ok());
    CHECK(written->orderNos == QStringList { QStringLiteral("3012345678901234567") });
    // Exactly its order number, the platform's name of its courier and its tracking number; the
    // order shipped on the platform itself (…570) is not sent back.
    CHECK(gbkText(first) == kHeader + QString::fromUtf8("=\"3012345678901234567\",申通快递,=\"773000000001\"\r\n"));
    CHECK(test::fileBytes(first).startsWith(QByteArray("\xb6\xa9\xb5\xa5\xb1\xe0\xba\xc5"))); // 订单编号 in GBK
    CHECK(scalar(shop.db(), QStringLiteral("SELECT file || '|' || actor FROM shipping_exports")).toString()
        == QStringLiteral("first.csv|clerk"));

    // ShopDesk's own tracking-list import reads the file back: the same order, the same number.
    auto back = shipping::Couriers::readTrackingList(first);
    REQUIRE(back.ok());
    REQUIRE(back->size() == 1);
    CHECK(back->first().first == QStringLiteral("3012345678901234567"));
    CHECK(back->first().second == QStringLiteral("773000000001"));

    // Everything not exported yet: nothing now.
    const QString second = shop.file(QStringLiteral("second.csv"));
    auto none = bulk.exportShipped(second, std::nullopt, QStringLiteral("clerk"));
    REQUIRE(none.ok());
    CHECK(none->orderNos.isEmpty());
    CHECK(gbkText(second) == kHeader);

    // A day's export holds that day's shipments, exported or not.
    const QString today = shop.file(QStringLiteral("today.csv"));
    auto day = bulk.exportShipped(today, QDate::currentDate(), QStringLiteral("clerk"));
    REQUIRE(day.ok());
    CHECK(day->orderNos == QStringList { QStringLiteral("3012345678901234567") });
    auto yesterday = bulk.exportShipped(today, QDate::currentDate().addDays(-1), QStringLiteral("clerk"));
    REQUIRE(yesterday.ok());
    CHECK(yesterday->orderNos.isEmpty());
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM shipping_exports")).toInt() == 1);

    // SF: a tracking number with letters needs no guard.
    REQUIRE(service
                .shipOrder(QStringLiteral("3012345678901234568"), QStringLiteral("SF1234567890123"), QString(),
                    std::nullopt, QString(), QStringLiteral("clerk"))
                .ok());
    const QString third = shop.file(QStringLiteral("third.csv"));
    REQUIRE(bulk.exportShipped(third, std::nullopt, QStringLiteral("clerk")).ok());
    CHECK(gbkText(third) == kHeader + QString::fromUtf8("=\"3012345678901234568\",顺丰速运,SF1234567890123\r\n"));
}

TEST_CASE("the platform's names of the couriers")
{
    const QStringList codes = shipping::Couriers::codes();
    QStringList names;
    for (const QString &c : codes)
        names << shipping::BulkShipping::builtInPlatformName(c);
    CHECK(names.join(QLatin1Char(','))
        == QString::fromUtf8(
            "申通快递,圆通速递,中通快递,韵达快递,顺丰速运,邮政EMS,极兔速递,京东快递,德邦快递,邮政快递包裹"));
}

TEST_CASE("shopdesk-cli orders export-shipped and the workbench's export")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    test::importFixtures(shop.db());
    REQUIRE(shipping::ShippingService(shop.db())
                .shipOrder(QStringLiteral("3012345678901234569"), QStringLiteral("1234567890123"), QString(),
                    std::nullopt, QString(), QStringLiteral("clerk"))
                .ok()); // 新疆: EMS
    const QString out = shop.file(QStringLiteral("cli.csv"));
    auto ran = runOrders(shop, { QStringLiteral("--out"), out, QStringLiteral("--all-unexported") });
    INFO(ran.text);
    REQUIRE(ran.exitCode == 0);
    CHECK(ran.json.value(QStringLiteral("orders")).toArray() == QJsonArray { QStringLiteral("3012345678901234569") });
    CHECK(gbkText(out) == kHeader + QString::fromUtf8("=\"3012345678901234569\",邮政EMS,=\"1234567890123\"\r\n"));
    CHECK(runOrders(shop, { QStringLiteral("--out"), out, QStringLiteral("--day"), QStringLiteral("2026-13-01") })
              .exitCode
        == 2);
    CHECK(runOrders(shop,
              { QStringLiteral("--out"), out, QStringLiteral("--day"), QStringLiteral("2026-11-20"),
                  QStringLiteral("--all-unexported") })
              .exitCode
        == 2);
    CHECK(runOrders(shop, {}).exitCode == 2);

    test::ShippingBench bench(shop.db(), QStringLiteral("clerk"));
    const QString gui = shop.file(QStringLiteral("gui.csv"));
    REQUIRE(bench.bench->exportShippedTo(gui, QDate::currentDate()));
    CHECK(gbkText(gui) == kHeader + QString::fromUtf8("=\"3012345678901234569\",邮政EMS,=\"1234567890123\"\r\n"));
    CHECK(bench.bench->queue()->findChild<QLabel *>(QStringLiteral("importSummary"))->text()
        == QStringLiteral("1 shipped order written to gui.csv for the platform's bulk shipping."));
}
