// Import of the Taobao seller-center export as downloaded (GBK, CRLF, ="…" guards, apostrophe
// phones, "省 市 区 street(postcode)" addresses, many columns): orders, lines, SKUs and statuses
// land in the shop; a re-import changes nothing; a malformed row names file/line/field and leaves
// nothing half-imported.

#include "ShippingFixture.h"

#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/shipping/ShippingRepository.h>
#include <shopdesk/shipping/ShippingService.h>

#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using shopdesk::test::scalar;
using shopdesk::test::shippingData;

namespace {
const QString kOrders = QStringLiteral("ExportOrderList202611201530.csv");
const QString kItems = QStringLiteral("ExportOrderDetailList202611201530.csv");

// Everything the import writes, as text, to compare two states of the shop.
QString snapshot(const core::Database &db)
{
    QString out;
    for (const char *sql : {"SELECT group_concat(x, '|') FROM (SELECT order_no || ',' || status || ',' || receiver_phone || ',' || "
                            "courier || ',' || tracking_no || ',' || coalesce(paid_at, '') AS x FROM orders ORDER BY order_no)",
                            "SELECT group_concat(x, '|') FROM (SELECT order_id || ',' || coalesce(sku_id, '-') || ',' || "
                            "quantity || ',' || price_fen AS x FROM order_lines ORDER BY id)",
                            "SELECT group_concat(nick, '|') FROM (SELECT nick FROM buyers ORDER BY id)"})
        out += scalar(db, QString::fromLatin1(sql)).toString() + QLatin1Char('\n');
    return out;
}
} // namespace

TEST_CASE("a GBK Taobao export imports its orders, lines, SKUs and statuses")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    auto summary = shipping::ShippingService(shop.db()).importFiles(shippingData(kOrders), shippingData(kItems));
    INFO(summary.errorMessage().toStdString());
    REQUIRE(summary.ok());
    CHECK(summary->added == 7);
    CHECK(summary->queued == 4);
    CHECK(summary->byStatus.value(QStringLiteral("paid")) == 4);
    CHECK(summary->byStatus.value(QStringLiteral("shipped")) == 1);
    CHECK(summary->byStatus.value(QStringLiteral("closed")) == 1);
    CHECK(summary->byStatus.value(QStringLiteral("unpaid")) == 1);

    core::OrderRepository orders(shop.db());
    auto o = orders.orderByNumber(QStringLiteral("3012345678901234567"));
    REQUIRE(o.ok());
    REQUIRE(o->has_value());
    const core::Order &a = **o;
    CHECK(a.status == QStringLiteral("paid"));
    CHECK(a.receiverName == QString::fromUtf8("王小明"));
    CHECK(a.receiverPhone == QStringLiteral("13812345678"));
    CHECK(a.province == QString::fromUtf8("浙江省"));
    CHECK(a.city == QString::fromUtf8("杭州市"));
    CHECK(a.district == QString::fromUtf8("西湖区"));
    CHECK(a.address == QString::fromUtf8("文三路100号 华星大厦5楼"));
    CHECK(a.postcode == QStringLiteral("310012"));
    CHECK(a.total == core::Money::fromYuan(258));
    CHECK(a.paidAt == QDateTime(QDate(2026, 11, 20), QTime(10, 2, 11)));
    CHECK(a.courier == QStringLiteral("STO")); // the default courier
    REQUIRE(a.lines.size() == 2);
    CHECK(a.lines[0].merchantCode == QStringLiteral("6901234500011"));
    CHECK(a.lines[0].skuId.has_value());
    CHECK(a.lines[1].quantity == 2);
    CHECK(a.lines[1].price == core::Money::fromFen(6450));
    CHECK(a.lines[1].skuId.has_value());
    CHECK(scalar(shop.db(), QStringLiteral("SELECT s.barcode FROM order_lines l JOIN skus s ON s.id = l.sku_id WHERE l.id = %1")
                                .arg(a.lines[1].id))
              .toString()
          == QStringLiteral("6901234500042")); // TX002 白色/L by item code + attributes

    auto sf = orders.orderByNumber(QStringLiteral("3012345678901234568"));
    REQUIRE(sf->has_value());
    CHECK((*sf)->buyerMessage == QString::fromUtf8("请发顺丰，谢谢, 急用"));
    CHECK((*sf)->courier == QStringLiteral("SF"));             // the buyer asked
    CHECK((*sf)->receiverPhone == QStringLiteral("13900001111")); // mobile before landline
    CHECK((*sf)->province == QString::fromUtf8("北京"));
    CHECK(scalar(shop.db(), QStringLiteral("SELECT s.barcode FROM order_lines l JOIN skus s ON s.id = l.sku_id WHERE l.order_id = %1")
                                .arg((*sf)->id))
              .toString()
          == QStringLiteral("6901234500059")); // by title + attributes (no 商家编码)

    CHECK((*orders.orderByNumber(QStringLiteral("3012345678901234569")))->courier == QStringLiteral("EMS")); // 新疆
    CHECK((*orders.orderByNumber(QStringLiteral("3012345678901234573")))->courier == QStringLiteral("YTO")); // note 圆通
    auto shipped = *orders.orderByNumber(QStringLiteral("3012345678901234570"));
    CHECK(shipped->status == QStringLiteral("shipped"));
    CHECK(shipped->courier == QStringLiteral("STO"));
    CHECK(shipped->trackingNo == QStringLiteral("773001234567"));
    CHECK((*orders.orderByNumber(QStringLiteral("3012345678901234571")))->status == QStringLiteral("closed"));
    CHECK((*orders.orderByNumber(QStringLiteral("3012345678901234572")))->status == QStringLiteral("unpaid"));
    CHECK(scalar(shop.db(), QStringLiteral("SELECT COUNT(*) FROM buyers")).toInt() == 6); // tb_小王 twice

    // The unmatched line is listed for the clerk, not guessed.
    REQUIRE(summary->unmatched.size() == 1);
    CHECK(summary->unmatched[0].orderNo == QStringLiteral("3012345678901234573"));
    CHECK(summary->unmatched[0].merchantCode == QStringLiteral("WY999"));
    auto listed = shipping::ShippingRepository(shop.db()).unmatchedLines();
    REQUIRE(listed.ok());
    CHECK(listed->size() == 1);

    // Only paid, unshipped orders are in the dispatch queue.
    auto queue = shipping::ShippingRepository(shop.db()).queue();
    REQUIRE(queue.ok());
    QStringList queued;
    for (const auto &q : *queue)
        queued << q.order.orderNo;
    CHECK(queued == QStringList{QStringLiteral("3012345678901234567"), QStringLiteral("3012345678901234568"),
                                QStringLiteral("3012345678901234569"), QStringLiteral("3012345678901234573")});
    CHECK(queue->first().goods() == QString::fromUtf8("NZK001/深蓝/30×1; TX002/白色/L×2"));
}

TEST_CASE("importing the same export again changes nothing")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    test::importFixtures(shop.db());
    const QString before = snapshot(shop.db());
    auto again = shipping::ShippingService(shop.db()).importFiles(shippingData(kOrders), shippingData(kItems));
    REQUIRE(again.ok());
    CHECK(again->added == 0);
    CHECK(again->unchanged == 7);
    CHECK(again->updated == 0);
    CHECK(snapshot(shop.db()) == before);
}

TEST_CASE("the UTF-8 (with BOM) export gives the same shop as the GBK one")
{
    test::TestShop gbk, utf8;
    test::addFixtureCatalog(gbk.db());
    test::addFixtureCatalog(utf8.db());
    test::importFixtures(gbk.db());
    auto s = shipping::ShippingService(utf8.db()).importFiles(shippingData(QStringLiteral("ExportOrderList-utf8.csv")),
                                                              shippingData(QStringLiteral("ExportOrderDetailList-utf8.csv")));
    INFO(s.errorMessage().toStdString());
    REQUIRE(s.ok());
    CHECK(snapshot(utf8.db()) == snapshot(gbk.db()));
}

TEST_CASE("a malformed row names the file, line and field, and nothing is imported")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    QFile in(shippingData(kItems));
    REQUIRE(in.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = in.readAll().split('\n');
    // line 4 of the item report: quantity 1 → "x1"
    lines[3].replace(",1,,", ",x1,,");
    const QString broken = shop.file(QStringLiteral("ExportOrderDetailList-broken.csv"));
    QFile out(broken);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(lines.join('\n'));
    out.close();

    auto s = shipping::ShippingService(shop.db()).importFiles(shippingData(kOrders), broken);
    REQUIRE_FALSE(s.ok());
    CHECK(s.errorMessage().contains(QStringLiteral("ExportOrderDetailList-broken.csv")));
    CHECK(s.errorMessage().contains(QStringLiteral("line 4")));
    CHECK(s.errorMessage().contains(QString::fromUtf8("购买数量")));
    CHECK(scalar(shop.db(), QStringLiteral("SELECT COUNT(*) FROM orders")).toInt() == 0);
    CHECK(scalar(shop.db(), QStringLiteral("SELECT COUNT(*) FROM buyers")).toInt() == 0);
}

TEST_CASE("a cancelled import leaves the shop as it was")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    auto s = shipping::ShippingService(shop.db()).importFiles(shippingData(kOrders), shippingData(kItems),
                                                              [](qint64, qint64) { return false; });
    REQUIRE(s.ok());
    CHECK(s->cancelled);
    CHECK(scalar(shop.db(), QStringLiteral("SELECT COUNT(*) FROM orders")).toInt() == 0);
}

TEST_CASE("addresses, attributes and platform statuses are read as the platform writes them")
{
    using shipping::TaobaoImport;
    auto a = TaobaoImport::splitAddress(QString::fromUtf8("广东省 深圳市 南山区 科技园 科苑路8号（518057）"));
    CHECK(a.province == QString::fromUtf8("广东省"));
    CHECK(a.district == QString::fromUtf8("南山区"));
    CHECK(a.street == QString::fromUtf8("科技园 科苑路8号"));
    CHECK(a.postcode == QStringLiteral("518057"));
    auto [color, size] = TaobaoImport::colorAndSize(QString::fromUtf8("颜色分类:黑色;尺码:XL"));
    CHECK(color == QString::fromUtf8("黑色"));
    CHECK(size == QStringLiteral("XL"));
    CHECK(TaobaoImport::statusFromPlatform(QString::fromUtf8("交易关闭(付款以后用户退款成功，交易自动关闭)")) == QStringLiteral("closed"));
    CHECK(TaobaoImport::statusFromPlatform(QString::fromUtf8("交易成功")) == QStringLiteral("finished"));
    CHECK(TaobaoImport::statusFromPlatform(QString::fromUtf8("不知道")).isEmpty());
}

TEST_CASE("a later export where a queued order is closed takes it out of the dispatch queue")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    test::importFixtures(shop.db());
    // The next day's export: the buyer of ...568 got a refund, the platform closed the order.
    QFile in(shippingData(kOrders));
    REQUIRE(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    QStringDecoder gbk("GB18030");
    QString text = gbk.decode(bytes);
    QStringList lines = text.split(QStringLiteral("\r\n"));
    for (QString &l : lines)
        if (l.startsWith(QStringLiteral("=\"3012345678901234568\"")))
            l.replace(QString::fromUtf8("买家已付款，等待卖家发货"), QString::fromUtf8("交易关闭"));
    QStringEncoder toGbk("GB18030");
    const QString later = shop.file(QStringLiteral("ExportOrderList202611211530.csv"));
    QFile out(later);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QByteArray(toGbk.encode(lines.join(QStringLiteral("\r\n")))));
    out.close();
    auto s = shipping::ShippingService(shop.db()).importFiles(later, shippingData(kItems));
    INFO(s.errorMessage().toStdString());
    REQUIRE(s.ok());
    CHECK(s->added == 0);
    CHECK(s->updated == 1);
    CHECK(scalar(shop.db(), QStringLiteral("SELECT status FROM orders WHERE order_no = '3012345678901234568'")).toString()
          == QStringLiteral("closed"));
    CHECK(scalar(shop.db(), QStringLiteral("SELECT courier FROM orders WHERE order_no = '3012345678901234568'")).toString()
          == QStringLiteral("SF")); // kept: the export has none
    CHECK(shipping::ShippingRepository(shop.db()).queue()->size() == 3);
}
