// Couriers and freight: the default courier, EMS where it does not reach, the buyer's request; the
// price table's estimate and the monthly bill's mismatches; tracking number formats and ranges;
// the pickup's expected vs scanned stubs, the handover sheet, archiving and claims.

#include "ShippingFixture.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/shipping/Couriers.h>
#include <shopdesk/shipping/OrderFlags.h>
#include <shopdesk/shipping/ShippingDesk.h>
#include <shopdesk/shipping/ShippingRepository.h>
#include <shopdesk/shipping/ShippingService.h>

#include <QFile>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using shopdesk::test::scalar;

namespace {
core::Order orderTo(const char *province, const char *message = "", const char *note = "")
{
    core::Order o;
    o.province = QString::fromUtf8(province);
    o.buyerMessage = QString::fromUtf8(message);
    o.sellerNote = QString::fromUtf8(note);
    return o;
}

qint64 orderId(const core::Database &db, const char *no)
{
    return scalar(db, QStringLiteral("SELECT id FROM orders WHERE order_no = '%1'").arg(QString::fromLatin1(no)))
        .toLongLong();
}
} // namespace

TEST_CASE("the courier: the buyer's request first, EMS where the default does not reach, else the default")
{
    test::TestShop shop;
    shipping::CourierRules rules = shipping::CourierRules::load(shop.db());
    CHECK(rules.defaultCourier == QStringLiteral("STO"));
    CHECK(rules.choose(orderTo("浙江省")) == QStringLiteral("STO"));
    CHECK(rules.choose(orderTo("西藏自治区")) == QStringLiteral("EMS"));
    CHECK(rules.choose(orderTo("浙江省", "麻烦发顺丰")) == QStringLiteral("SF"));
    CHECK(rules.choose(orderTo("新疆维吾尔自治区", "", "客户要求圆通")) == QStringLiteral("YTO"));
    CHECK(rules.choose(orderTo("广东省", "please ship by sf")) == QStringLiteral("SF"));
    // The list is the store's to edit.
    rules.emsProvinces = { QString::fromUtf8("海南省") };
    REQUIRE(rules.save(shop.db()).ok());
    const auto reloaded = shipping::CourierRules::load(shop.db());
    CHECK(reloaded.choose(orderTo("海南省")) == QStringLiteral("EMS"));
    CHECK(reloaded.choose(orderTo("西藏自治区")) == QStringLiteral("STO"));
}

TEST_CASE("the price table estimates freight by province and weight; the monthly bill's mismatches are listed")
{
    auto sto = shipping::PriceTable::forCourier(QStringLiteral("STO"));
    REQUIRE(sto.ok());
    CHECK(*sto->estimate(QString::fromUtf8("浙江省"), 800) == core::Money::fromYuan(5));
    CHECK(*sto->estimate(QString::fromUtf8("浙江省"), 2300) == core::Money::fromYuan(7)); // 5 + 2 × 1
    CHECK(*sto->estimate(QString::fromUtf8("广东省"), 1000) == core::Money::fromYuan(8));
    CHECK(*sto->estimate(QString::fromUtf8("北京市"), 1500) == core::Money::fromYuan(12));

    test::TestShop shop;
    const QString bill = shop.file(QStringLiteral("sto-2026-11.csv"));
    QFile f(bill);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("tracking,weight,fee\r\n773000000001,0.8,5.00\r\n773000000002,2.3,9.00\r\n999999999999,1,5\r\n");
    f.close();
    const QHash<QString, QString> provinces = { { QStringLiteral("773000000001"), QString::fromUtf8("浙江省") },
        { QStringLiteral("773000000002"), QString::fromUtf8("浙江省") } };
    auto mismatches = shipping::Couriers::checkBill(bill, *sto, [&](const QString &t) { return provinces.value(t); });
    REQUIRE(mismatches.ok());
    REQUIRE(mismatches->size() == 2);
    CHECK(mismatches->at(0).line == 3);
    CHECK(mismatches->at(0).trackingNo == QStringLiteral("773000000002"));
    CHECK(mismatches->at(0).billed == core::Money::fromYuan(9));
    CHECK(mismatches->at(0).expected == core::Money::fromYuan(7));
    CHECK(mismatches->at(1).trackingNo == QStringLiteral("999999999999"));
}

TEST_CASE("tracking numbers: the courier's format is checked; a range the courier issued is handed out in turn")
{
    using shipping::Couriers;
    CHECK(Couriers::validTracking(QStringLiteral("STO"), QStringLiteral("773000000001")));
    CHECK_FALSE(Couriers::validTracking(QStringLiteral("STO"), QStringLiteral("77300000")));
    // STO numbers today run from 12 to 15 digits: the demo's 14-digit ones and today's 15-digit ones.
    CHECK(Couriers::validTracking(QStringLiteral("STO"), QStringLiteral("77720900759765")));
    CHECK(Couriers::validTracking(QStringLiteral("STO"), QStringLiteral("773012345678901")));
    CHECK_FALSE(Couriers::validTracking(QStringLiteral("STO"), QStringLiteral("7730123456789012")));
    CHECK(Couriers::formatHint(QStringLiteral("STO")) == QStringLiteral("an STO tracking number has 12 to 15 digits"));
    CHECK(Couriers::validTracking(QStringLiteral("SF"), QStringLiteral("SF1440000000001")));
    CHECK_FALSE(Couriers::validTracking(QStringLiteral("SF"), QStringLiteral("773000000001")));
    CHECK(Couriers::validTracking(QStringLiteral("YTO"), QStringLiteral("YT8800000000001")));
    CHECK(Couriers::validTracking(QStringLiteral("EMS"), QStringLiteral("EA123456789CN")));

    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    test::importFixtures(shop.db());
    shipping::ShippingService service(shop.db());
    CHECK_FALSE(
        service.addTrackingRange(QStringLiteral("STO"), QStringLiteral("7730001"), QStringLiteral("773000000003"))
            .ok());
    REQUIRE(
        service.addTrackingRange(QStringLiteral("STO"), QStringLiteral("773000000001"), QStringLiteral("773000000003"))
            .ok());
    shipping::ShippingRepository repo(shop.db());
    // 773000000002 is already someone's: it is skipped.
    REQUIRE(repo.setTracking(
                    orderId(shop.db(), "3012345678901234569"), QStringLiteral("STO"), QStringLiteral("773000000002"))
                .ok());
    auto numbers = repo.assignFromRange(QStringLiteral("STO"),
        { orderId(shop.db(), "3012345678901234567"), orderId(shop.db(), "3012345678901234568") });
    REQUIRE(numbers.ok());
    CHECK(*numbers == QStringList { QStringLiteral("773000000001"), QStringLiteral("773000000003") });
    CHECK(*repo.rangeLeft(QStringLiteral("STO")) == 0);
    // Used up: nothing is assigned, the message says so.
    auto none = repo.assignFromRange(QStringLiteral("STO"), { orderId(shop.db(), "3012345678901234573") });
    CHECK_FALSE(none.ok());
    CHECK(scalar(shop.db(), QStringLiteral("SELECT tracking_no FROM orders WHERE order_no = '3012345678901234573'"))
              .toString()
              .isEmpty());
    // The same number twice is refused.
    CHECK_FALSE(repo.setTracking(orderId(shop.db(), "3012345678901234573"), QStringLiteral("STO"),
                        QStringLiteral("773000000001"))
                    .ok());
}

TEST_CASE("the pickup lists missing and extra stubs, writes a handover sheet, archives after 15 days, and claims keep "
          "stub and order")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    test::importFixtures(shop.db());
    shipping::ShippingService service(shop.db());
    const QDate today = QDate::currentDate();
    REQUIRE(service
                .shipOrder(QStringLiteral("3012345678901234567"), QStringLiteral("773000000011"), QStringLiteral("STO"),
                    1000, QStringLiteral("a"), QStringLiteral("a"))
                .ok());
    REQUIRE(service
                .shipOrder(QStringLiteral("3012345678901234569"), QStringLiteral("773000000012"), QStringLiteral("STO"),
                    std::nullopt, QStringLiteral("a"), QStringLiteral("a"))
                .ok());
    shipping::ShippingRepository repo(shop.db());
    REQUIRE(repo.scanStub(QStringLiteral("STO"), today, QStringLiteral("773000000011"), QStringLiteral("a")).ok());
    REQUIRE(repo.scanStub(QStringLiteral("STO"), today, QStringLiteral("773000000011"), QStringLiteral("a"))
                .ok()); // twice: harmless
    REQUIRE(repo.scanStub(QStringLiteral("STO"), today, QStringLiteral("773000000099"), QStringLiteral("a")).ok());
    auto p = repo.pickup(QStringLiteral("STO"), today);
    REQUIRE(p.ok());
    CHECK(p->expected == QStringList { QStringLiteral("773000000011"), QStringLiteral("773000000012") });
    CHECK(p->scanned == QStringList { QStringLiteral("773000000011"), QStringLiteral("773000000099") });
    CHECK(p->missing() == QStringList { QStringLiteral("773000000012") });
    CHECK(p->extra() == QStringList { QStringLiteral("773000000099") });

    const QString sheet = shop.file(QStringLiteral("handover.pdf"));
    REQUIRE(service.handoverPdf(*p, sheet).ok());
    const QString text = QString::fromUtf8(test::runTool(QStringLiteral("pdftotext"), { sheet, QStringLiteral("-") }));
    CHECK(text.contains(QStringLiteral("773000000011")));
    CHECK(text.contains(QStringLiteral("773000000012")));

    CHECK(*repo.archivePickups(today.addDays(15)) == 0);
    CHECK(*repo.archivePickups(today.addDays(16)) == 1);
    CHECK(repo.pickup(QStringLiteral("STO"), today)->archived);

    auto claim = repo.openClaim(
        QStringLiteral("773000000011"), QStringLiteral("lost"), QString::fromUtf8("三天无物流"), QStringLiteral("a"));
    REQUIRE(claim.ok());
    auto claims = repo.claims();
    REQUIRE(claims->size() == 1);
    CHECK(claims->first().orderNo == QStringLiteral("3012345678901234567"));
    CHECK(claims->first().stubDay == today);
    CHECK_FALSE(repo.openClaim(QStringLiteral("000"), QStringLiteral("lost"), {}, {}).ok());
}

TEST_CASE("the order flags are written once: their codes and colours, and the repository refuses any other")
{
    CHECK(shipping::OrderFlags::codes()
        == QStringList { QStringLiteral("red"), QStringLiteral("green"), QStringLiteral("yellow"),
            QStringLiteral("blue"), QStringLiteral("purple") });
    CHECK(shipping::OrderFlags::isFlag(QString()));
    CHECK_FALSE(shipping::OrderFlags::isFlag(QStringLiteral("orange")));
    CHECK(shipping::OrderFlags::colour(QStringLiteral("yellow")) == QColor(0xff, 0xf5, 0x9d));
    CHECK_FALSE(shipping::OrderFlags::colour(QString()).isValid());

    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    test::importFixtures(shop.db());
    const qint64 id = scalar(shop.db(), QStringLiteral("SELECT id FROM orders WHERE order_no = '3012345678901234568'"))
                          .toLongLong();
    shipping::ShippingRepository repo(shop.db());
    const core::Status refused = repo.setFlag(id, QStringLiteral("orange"));
    CHECK(refused.errorMessage() == QString::fromUtf8("“orange” is not a flag colour."));
    REQUIRE(repo.setFlag(id, QStringLiteral("purple")).ok());
}

TEST_CASE("the queue shows the courier the store's rules choose for an order that has none yet")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    test::importFixtures(shop.db());
    // …569 goes to 新疆 (EMS by the rules); it loses the courier the import gave it.
    REQUIRE(shipping::ShippingRepository(shop.db())
                .setTracking(orderId(shop.db(), "3012345678901234569"), QString(), QString())
                .ok());
    shipping::ShippingDesk desk(shop.db());
    const QDateTime noon(QDate(2026, 11, 20), QTime(12, 0));
    const auto couriers = [&] {
        QStringList out;
        auto rows = desk.queueWindow(noon).rows({}, shipping::QueueSort::OrderNo, Qt::AscendingOrder, {}, 10);
        REQUIRE(rows.ok());
        for (const shipping::QueueRow &r : std::as_const(*rows))
            out << r.order.order.orderNo.right(3) + QLatin1Char(':') + r.order.order.courier + QLatin1Char('>')
                    + r.courier;
        return out;
    };
    CHECK(couriers()
        == QStringList { QStringLiteral("567:STO>STO"), QStringLiteral("568:SF>SF"), QStringLiteral("569:>EMS"),
            QStringLiteral("573:YTO>YTO") });
    // The rules changed: the queue's couriers follow (kept in the orders' column, in the same
    // transaction as the rules).
    shipping::CourierRules rules = desk.courierRules();
    rules.emsProvinces.clear();
    REQUIRE(desk.setCourierRules(rules).ok());
    CHECK(couriers().at(2) == QStringLiteral("569:>STO"));
}

TEST_CASE("极兔, 京东, 德邦 and 邮政快递包裹: their tracking formats, names in both languages, starting prices")
{
    using shipping::Couriers;
    CHECK(Couriers::codes()
        == QStringList { QStringLiteral("STO"), QStringLiteral("YTO"), QStringLiteral("ZTO"), QStringLiteral("YD"),
            QStringLiteral("SF"), QStringLiteral("EMS"), QStringLiteral("JT"), QStringLiteral("JD"),
            QStringLiteral("DBL"), QStringLiteral("YZPY") });
    const auto valid = [](const char *courier, const char *number) {
        return Couriers::validTracking(QString::fromLatin1(courier), QString::fromLatin1(number));
    };
    // 极兔: JT and 13 digits.
    CHECK(valid("JT", "JT5012345678901"));
    CHECK(valid("JT", " JT0000000000001 "));
    CHECK_FALSE(valid("JT", "JT501234567890")); // 12 digits
    CHECK_FALSE(valid("JT", "JT50123456789012")); // 14 digits
    CHECK_FALSE(valid("JT", "5012345678901"));
    CHECK_FALSE(valid("JT", "jt5012345678901"));
    // 京东: JD, one or two letters and digits, 15 characters.
    CHECK(valid("JD", "JDV012345678901"));
    CHECK(valid("JD", "JDX012345678901"));
    CHECK(valid("JD", "JDK000000000001"));
    CHECK(valid("JD", "JDVA12345678901"));
    CHECK(valid("JD", "JDAZ10000000000"));
    CHECK_FALSE(valid("JD", "JDV01234567890")); // 14 characters
    CHECK_FALSE(valid("JD", "JDV0123456789012")); // 16 characters
    CHECK_FALSE(valid("JD", "JD0123456789012"));
    CHECK_FALSE(valid("JD", "SF1440000000001"));
    // 德邦: DPK and 12 digits, or 10 to 12 digits.
    CHECK(valid("DBL", "DPK364012345678"));
    CHECK(valid("DBL", "5123456789"));
    CHECK(valid("DBL", "512345678901"));
    CHECK_FALSE(valid("DBL", "512345678"));
    CHECK_FALSE(valid("DBL", "5123456789012"));
    CHECK_FALSE(valid("DBL", "DPK36401234567"));
    CHECK_FALSE(valid("DBL", "DPK3640123456789"));
    // 邮政快递包裹: 13 digits beginning 98 or 99.
    CHECK(valid("YZPY", "9812345678901"));
    CHECK(valid("YZPY", "9900000000001"));
    CHECK_FALSE(valid("YZPY", "9712345678901"));
    CHECK_FALSE(valid("YZPY", "981234567890"));
    CHECK_FALSE(valid("YZPY", "98123456789012"));
    CHECK_FALSE(valid("YZPY", "EA123456789CN"));

    CHECK(Couriers::formatHint(QStringLiteral("JT")) == QStringLiteral("a J&T tracking number is JT and 13 digits"));
    CHECK(Couriers::formatHint(QStringLiteral("JD"))
        == QStringLiteral("a JD tracking number is JD, one or two capital letters and digits, 15 characters in all"));
    CHECK(Couriers::formatHint(QStringLiteral("DBL"))
        == QStringLiteral("a Deppon tracking number is DPK and 12 digits, or 10 to 12 digits"));
    CHECK(Couriers::formatHint(QStringLiteral("YZPY"))
        == QStringLiteral("a China Post parcel tracking number has 13 digits beginning with 98 or 99"));

    CHECK(Couriers::displayName(QStringLiteral("JT")) == QStringLiteral("J&T Express"));
    CHECK(Couriers::displayName(QStringLiteral("JD")) == QStringLiteral("JD Express"));
    CHECK(Couriers::displayName(QStringLiteral("DBL")) == QStringLiteral("Deppon Express"));
    CHECK(Couriers::displayName(QStringLiteral("YZPY")) == QStringLiteral("China Post Parcel"));
    core::language::install(QStringLiteral("zh_CN"));
    const QStringList zh = { Couriers::displayName(QStringLiteral("JT")), Couriers::displayName(QStringLiteral("JD")),
        Couriers::displayName(QStringLiteral("DBL")), Couriers::displayName(QStringLiteral("YZPY")) };
    const QString hint = Couriers::formatHint(QStringLiteral("JT"));
    core::language::install(QStringLiteral("en"));
    CHECK(zh
        == QStringList { QString::fromUtf8("极兔速递"), QString::fromUtf8("京东快递"), QString::fromUtf8("德邦快递"),
            QString::fromUtf8("邮政快递包裹") });
    CHECK(hint == QString::fromUtf8("极兔运单号为 JT 加 13 位数字"));

    // The starting price tables: near (江浙沪皖), the rest, and the far west.
    const auto price = [](const char *courier, const char *province, int grams) {
        auto table = shipping::PriceTable::forCourier(QString::fromLatin1(courier));
        REQUIRE(table.ok());
        auto p = table->estimate(QString::fromUtf8(province), grams);
        REQUIRE(p.ok());
        return *p;
    };
    CHECK(price("JT", "浙江省", 800) == core::Money::fromYuan(5));
    CHECK(price("JT", "广东省", 2300) == core::Money::fromYuan(13)); // 7 + 2 × 3
    CHECK(price("JD", "上海市", 1000) == core::Money::fromYuan(10));
    CHECK(price("JD", "新疆维吾尔自治区", 1500) == core::Money::fromYuan(39)); // 24 + 15
    CHECK(price("DBL", "北京市", 3000) == core::Money::fromYuan(28)); // 18 + 2 × 5
    CHECK(price("YZPY", "西藏自治区", 1000) == core::Money::fromYuan(15));
    CHECK(price("YZPY", "台湾省", 1000) == core::Money::fromYuan(12)); // "*"
}
