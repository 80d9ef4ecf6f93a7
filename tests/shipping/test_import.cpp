// Import of the Taobao seller-center export as downloaded (GBK, CRLF, ="…" guards, apostrophe
// phones, "省 市 区 street(postcode)" addresses, many columns): orders, lines, SKUs and statuses
// land in the shop; a re-import changes nothing; a malformed row names file/line/field and leaves
// nothing half-imported.

#include "ShippingFixture.h"

#include <shopdesk/core/LateIndexes.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/core/Transaction.h>
#include <shopdesk/shipping/ShippingRepository.h>
#include <shopdesk/shipping/ShippingService.h>

#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <algorithm>

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
    for (const char *sql :
        { "SELECT group_concat(x, '|') FROM (SELECT order_no || ',' || status || ',' || receiver_phone || ',' || "
          "courier || ',' || tracking_no || ',' || coalesce(paid_at, '') AS x FROM orders ORDER BY order_no) AS t",
            "SELECT group_concat(x, '|') FROM (SELECT order_id || ',' || coalesce(sku_id, '-') || ',' || "
            "quantity || ',' || price_fen AS x FROM order_lines ORDER BY id) AS t",
            "SELECT group_concat(nick, '|') FROM (SELECT nick FROM buyers ORDER BY id) AS t" })
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
    CHECK(scalar(shop.db(),
              QStringLiteral("SELECT s.barcode FROM order_lines l JOIN skus s ON s.id = l.sku_id WHERE l.id = %1")
                  .arg(a.lines[1].id))
              .toString()
        == QStringLiteral("6901234500042")); // TX002 白色/L by item code + attributes

    auto sf = orders.orderByNumber(QStringLiteral("3012345678901234568"));
    REQUIRE(sf->has_value());
    CHECK((*sf)->buyerMessage == QString::fromUtf8("请发顺丰，谢谢, 急用"));
    CHECK((*sf)->courier == QStringLiteral("SF")); // the buyer asked
    CHECK((*sf)->receiverPhone == QStringLiteral("13900001111")); // mobile before landline
    CHECK((*sf)->province == QString::fromUtf8("北京"));
    CHECK(scalar(shop.db(),
              QStringLiteral("SELECT s.barcode FROM order_lines l JOIN skus s ON s.id = l.sku_id WHERE l.order_id = %1")
                  .arg((*sf)->id))
              .toString()
        == QStringLiteral("6901234500059")); // by title + attributes (no 商家编码)

    CHECK((*orders.orderByNumber(QStringLiteral("3012345678901234569")))->courier == QStringLiteral("EMS")); // 新疆
    CHECK(
        (*orders.orderByNumber(QStringLiteral("3012345678901234573")))->courier == QStringLiteral("YTO")); // note 圆通
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
    CHECK(queued
        == QStringList { QStringLiteral("3012345678901234567"), QStringLiteral("3012345678901234568"),
            QStringLiteral("3012345678901234569"), QStringLiteral("3012345678901234573") });
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
    auto s = shipping::ShippingService(shop.db()).importFiles(
        shippingData(kOrders), shippingData(kItems), [](qint64, qint64) { return false; });
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
    // The postcode: six digits in brackets at the very end, ASCII spaces allowed inside.
    for (const auto &[address, street, postcode] : {
             std::tuple { "浙江省 杭州市 西湖区 文三路1号(310012)", "文三路1号", "310012" },
             std::tuple { "浙江省 杭州市 西湖区 文三路1号 ( 310012 ) ", "文三路1号", "310012" },
             std::tuple { "浙江省 杭州市 西湖区 文三路(北)1号(310012)", "文三路(北)1号", "310012" },
             std::tuple { "浙江省 杭州市 西湖区 文三路1号(31001)", "文三路1号(31001)", "" },
             std::tuple { "浙江省 杭州市 西湖区 文三路1号(3100123)", "文三路1号(3100123)", "" },
             std::tuple { "浙江省 杭州市 西湖区 文三路1号(310012", "文三路1号(310012", "" },
             std::tuple { "浙江省 杭州市 西湖区 文三路1号(３１００１２)", "文三路1号(３１００１２)", "" },
             std::tuple { "浙江省 杭州市 西湖区 文三路1号(31a012)", "文三路1号(31a012)", "" },
             std::tuple { "浙江省 杭州市 西湖区 文三路1号)", "文三路1号)", "" },
             std::tuple { "浙江省 杭州市 西湖区 文三路1号 （ 310012）", "文三路1号", "310012" },
         }) {
        CAPTURE(address);
        const auto split = TaobaoImport::splitAddress(QString::fromUtf8(address));
        CHECK(split.district == QString::fromUtf8("西湖区"));
        CHECK(split.street == QString::fromUtf8(street));
        CHECK(split.postcode == QString::fromUtf8(postcode));
    }
    auto [color, size] = TaobaoImport::colorAndSize(QString::fromUtf8("颜色分类:黑色;尺码:XL"));
    CHECK(color == QString::fromUtf8("黑色"));
    CHECK(size == QStringLiteral("XL"));
    CHECK(TaobaoImport::statusFromPlatform(QString::fromUtf8("交易关闭(付款以后用户退款成功，交易自动关闭)"))
        == QStringLiteral("closed"));
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
    CHECK(
        scalar(shop.db(), QStringLiteral("SELECT status FROM orders WHERE order_no = '3012345678901234568'")).toString()
        == QStringLiteral("closed"));
    CHECK(scalar(shop.db(), QStringLiteral("SELECT courier FROM orders WHERE order_no = '3012345678901234568'"))
              .toString()
        == QStringLiteral("SF")); // kept: the export has none
    CHECK(shipping::ShippingRepository(shop.db()).queue()->size() == 3);
}

namespace {
// A GBK export of n paid orders (two lines each, one matched by barcode, one by item + attributes),
// large enough that the writer has taken several chunks of orders before the reader reaches its end.
struct LargeExport {
    QString orders, items;
};
LargeExport writeLargeExport(const test::TestShop &shop, int n, int badOrderRow = 0, int badItemRow = 0)
{
    QString o = QString::fromUtf8(
        "订单编号,买家会员名,订单状态,买家留言,收货人姓名,收货地址,联系手机,订单付款时间,订单备注\r\n");
    QString l = QString::fromUtf8("订单编号,标题,价格,购买数量,商品属性,商家编码\r\n");
    int itemRow = 0;
    for (int i = 1; i <= n; ++i) {
        const QString no = QStringLiteral("40%1").arg(100000000000000000LL + i);
        o += QString::fromUtf8(
            "=\"%1\",买家%2,买家已付款，等待卖家发货,,收件人%2,浙江省 杭州市 西湖区 文三路%2号(310012),'138%3,%4,\r\n")
                 .arg(no)
                 .arg(i % 700)
                 .arg(i, 8, 10, QLatin1Char('0'))
                 .arg(i == badOrderRow ? QStringLiteral("yesterday") : QStringLiteral("2026-11-20 10:01:00"));
        l += QString::fromUtf8("=\"%1\",男士直筒牛仔裤 修身弹力,129.00,%2,颜色分类：深蓝;尺码：30,6901234500011\r\n")
                 .arg(no, ++itemRow == badItemRow ? QStringLiteral("-1") : QStringLiteral("1"));
        l += QString::fromUtf8("=\"%1\",纯棉圆领T恤,59.00,2,颜色分类：白色;尺码：M,TX002\r\n").arg(no);
        ++itemRow;
    }
    LargeExport files { shop.file(QStringLiteral("ExportOrderList-large.csv")),
        shop.file(QStringLiteral("ExportOrderDetailList-large.csv")) };
    QStringEncoder gbk("GB18030");
    for (auto [path, text] : { std::pair { files.orders, &o }, std::pair { files.items, &l } }) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(gbk.encode(*text)));
    }
    return files;
}

int count(const core::Database &db, const char *table)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))).toInt();
}
} // namespace

TEST_CASE("a large export is written while it is read, with every order, buyer and line")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    const LargeExport files = writeLargeExport(shop, 5000);
    QList<std::pair<qint64, qint64>> reported;
    auto s
        = shipping::ShippingService(shop.db()).importFiles(files.orders, files.items, [&](qint64 done, qint64 total) {
              reported.append({ done, total });
              return true;
          });
    INFO(s.errorMessage().toStdString());
    REQUIRE(s.ok());
    CHECK(s->added == 5000);
    CHECK(s->queued == 5000);
    CHECK(s->unmatched.isEmpty());
    CHECK(count(shop.db(), "orders") == 5000);
    CHECK(count(shop.db(), "buyers") == 700);
    CHECK(count(shop.db(), "order_lines") == 10000);
    // Each order's two lines, matched to their SKUs, belong to that order.
    CHECK(scalar(shop.db(),
              QStringLiteral("SELECT COUNT(*) FROM order_lines l JOIN orders o ON o.id = l.order_id "
                             "JOIN skus s ON s.id = l.sku_id WHERE (s.barcode = '6901234500011' AND l.quantity = 1) "
                             "OR (s.barcode = '6901234500035' AND l.quantity = 2)"))
              .toInt()
        == 10000);
    CHECK(scalar(shop.db(),
              QStringLiteral("SELECT receiver_phone || ' ' || city || ' ' || address FROM orders "
                             "WHERE order_no = '40100000000000004321'"))
              .toString()
        == QString::fromUtf8("13800004321 杭州市 文三路121号"));
    // Progress counts the orders, then the lines, up to all 15,000 records.
    REQUIRE_FALSE(reported.isEmpty());
    CHECK(reported.last() == std::pair<qint64, qint64> { 15000, 15000 });
    CHECK(std::is_sorted(reported.cbegin(), reported.cend()));
}

TEST_CASE("a malformed row near the end of a large export leaves nothing, though writing had begun")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    SECTION("in the order report")
    {
        const LargeExport files = writeLargeExport(shop, 5000, 4900);
        auto s = shipping::ShippingService(shop.db()).importFiles(files.orders, files.items);
        REQUIRE_FALSE(s.ok());
        CHECK(s.errorMessage().contains(QStringLiteral("ExportOrderList-large.csv")));
        CHECK(s.errorMessage().contains(QStringLiteral("line 4901")));
        CHECK(s.errorMessage().contains(QString::fromUtf8("订单付款时间")));
    }
    SECTION("in the item report")
    {
        const LargeExport files = writeLargeExport(shop, 5000, 0, 9999);
        auto s = shipping::ShippingService(shop.db()).importFiles(files.orders, files.items);
        REQUIRE_FALSE(s.ok());
        CHECK(s.errorMessage().contains(QStringLiteral("ExportOrderDetailList-large.csv")));
        CHECK(s.errorMessage().contains(QStringLiteral("line 10000")));
        CHECK(s.errorMessage().contains(QString::fromUtf8("购买数量")));
    }
    CHECK(count(shop.db(), "orders") == 0);
    CHECK(count(shop.db(), "buyers") == 0);
    CHECK(count(shop.db(), "order_lines") == 0);
}

TEST_CASE("a year of orders moved in keeps every index and key, and a failed one leaves them as they were")
{
    // An import this large drops the orders' and lines' plain indexes (on a server their foreign
    // keys too, and the rows go with COPY) and makes them again after (LateIndexes). On both
    // engines the shop ends with the same indexes and keys it began with.
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    const auto before = shop.db().schemaNames();
    REQUIRE(before.ok());
    const int n = int(core::LateIndexes::kLateIndexRows);
    SECTION("imported")
    {
        const LargeExport files = writeLargeExport(shop, n);
        auto s = shipping::ShippingService(shop.db()).importFiles(files.orders, files.items);
        INFO(s.errorMessage().toStdString());
        REQUIRE(s.ok());
        CHECK(s->added == n);
        CHECK(count(shop.db(), "orders") == n);
        CHECK(count(shop.db(), "buyers") == 700);
        CHECK(count(shop.db(), "order_lines") == 2 * n);
        CHECK(scalar(shop.db(),
                  QStringLiteral("SELECT COUNT(*) FROM orders o WHERE (SELECT COUNT(*) FROM order_lines l "
                                 "WHERE l.order_id = o.id) = 2"))
                  .toInt()
            == n);
        CHECK(scalar(shop.db(),
                  QStringLiteral("SELECT b.nick || ' ' || o.receiver_phone FROM orders o JOIN buyers b ON "
                                 "b.id = o.buyer_id WHERE o.order_no = '40100000000000009999'"))
                  .toString()
            == QString::fromUtf8("买家199 13800009999"));
    }
    SECTION("refused at its last lines")
    {
        const LargeExport files = writeLargeExport(shop, n, 0, 2 * n - 1);
        auto s = shipping::ShippingService(shop.db()).importFiles(files.orders, files.items);
        REQUIRE_FALSE(s.ok());
        CHECK(s.errorMessage().contains(QStringLiteral("line %1").arg(2 * n)));
        CHECK(count(shop.db(), "orders") == 0);
        CHECK(count(shop.db(), "order_lines") == 0);
        CHECK(count(shop.db(), "buyers") == 0);
    }
    const auto after = shop.db().schemaNames();
    REQUIRE(after.ok());
    CHECK(*after == *before);
    if (test::onServer()) {
        // The foreign keys are back and hold: a line of an order that is not there is refused.
        CHECK(scalar(shop.db(),
                  QStringLiteral("SELECT COUNT(*) FROM pg_constraint WHERE contype = 'f' AND conrelid IN "
                                 "('orders'::regclass, 'order_lines'::regclass)"))
                  .toInt()
            == 3);
        CHECK(scalar(shop.db(),
                  QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = current_schema() AND "
                                 "tablename IN ('orders', 'order_lines')"))
                  .toInt()
            == 20); // 17 of the orders (15 plain), 3 of the lines (2 plain): shop format 25
    }
}

TEST_CASE("a large import's plain indexes are dropped and made again inside its transaction")
{
    test::TestShop shop;
    const auto before = shop.db().schemaNames();
    REQUIRE(before.ok());
    REQUIRE(before->contains(QStringLiteral("index orders_queue_receiver")));
    const auto indexNames = [&] {
        QStringList names;
        for (const QString &line : shop.db().schemaNames().value())
            if (line.startsWith(QStringLiteral("index ")))
                names << line;
        return names;
    };
    const QStringList indexesBefore = indexNames();
    const qint64 large = core::LateIndexes::kLateIndexRows;
    // The plain indexes of the two tables: 15 of the orders, 2 of the lines (shop format 26); on a
    // server also their 3 foreign keys. The unique ones stay (order numbers are checked by them).
    const int plain = test::onServer() ? 20 : 17;
    SECTION("made again before the commit")
    {
        core::Transaction tx(shop.db());
        REQUIRE(tx.isActive());
        {
            core::LateIndexes small(shop.db(), { QStringLiteral("orders"), QStringLiteral("order_lines") });
            REQUIRE(small.drop(large - 1, 0).ok());
            CHECK(small.dropped() == 0);
            REQUIRE(small.drop(large, large + 1).ok()); // the shop holds more than comes in
            CHECK(small.dropped() == 0);
        }
        CHECK(indexNames() == indexesBefore);
        core::LateIndexes late(shop.db(), { QStringLiteral("orders"), QStringLiteral("order_lines") });
        REQUIRE(late.drop(large, 0).ok());
        CHECK(late.dropped() == plain);
        const QStringList during = indexNames();
        CHECK_FALSE(during.contains(QStringLiteral("index orders_queue_receiver")));
        CHECK_FALSE(during.contains(QStringLiteral("index kpi_order_lines_cover")));
        REQUIRE(late.buildAhead(QStringLiteral("orders")).ok());
        REQUIRE(late.build().ok());
        CHECK(late.dropped() == 0);
        REQUIRE(tx.commit().ok());
    }
    SECTION("back as they were when the import rolls back")
    {
        {
            core::Transaction tx(shop.db());
            REQUIRE(tx.isActive());
            core::LateIndexes late(shop.db(), { QStringLiteral("orders"), QStringLiteral("order_lines") });
            REQUIRE(late.drop(large, 0).ok());
            CHECK(late.dropped() == plain);
            tx.rollback();
        }
    }
    CHECK(indexNames() == indexesBefore);
    CHECK(*shop.db().schemaNames() == *before);
}

TEST_CASE("cancelling a large import part-way leaves the shop as it was")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    const LargeExport files = writeLargeExport(shop, 5000);
    qint64 seen = 0;
    auto s = shipping::ShippingService(shop.db()).importFiles(files.orders, files.items, [&](qint64 done, qint64) {
        seen = done;
        return done < 3000; // the clerk presses Cancel while the orders are being written
    });
    REQUIRE(s.ok());
    CHECK(s->cancelled);
    CHECK(seen == 3000);
    CHECK(count(shop.db(), "orders") == 0);
    CHECK(count(shop.db(), "order_lines") == 0);
}

TEST_CASE(
    "an order without lines in the item report is named with its line in the order report, and nothing is imported")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    QFile in(shippingData(kItems));
    REQUIRE(in.open(QIODevice::ReadOnly));
    QList<QByteArray> kept;
    for (const QByteArray &line : in.readAll().split('\n'))
        if (!line.startsWith("=\"3012345678901234569\""))
            kept << line;
    const QString items = shop.file(QStringLiteral("ExportOrderDetailList-short.csv"));
    QFile out(items);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(kept.join('\n'));
    out.close();

    auto s = shipping::ShippingService(shop.db()).importFiles(shippingData(kOrders), items);
    REQUIRE_FALSE(s.ok());
    CHECK(s.errorMessage().contains(kOrders));
    CHECK(s.errorMessage().contains(QStringLiteral("line 4")));
    CHECK(s.errorMessage().contains(QStringLiteral("3012345678901234569")));
    CHECK(s.errorMessage().contains(QStringLiteral("ExportOrderDetailList-short.csv")));
    CHECK(scalar(shop.db(), QStringLiteral("SELECT COUNT(*) FROM orders")).toInt() == 0);
}

namespace {
// The ledger's rows for an order, as text: "barcode quantity kind reference note" per move.
QString movesOf(const core::Database &db, const QString &orderNo)
{
    return scalar(db,
        QStringLiteral("SELECT group_concat(x, '|') FROM (SELECT s.barcode || ' ' || m.quantity || ' ' || m.kind || "
                       "' ' || m.reference || ' ' || m.note AS x FROM stock_moves m JOIN skus s ON s.id = m.sku_id "
                       "WHERE m.note = '%1' ORDER BY m.id) AS t")
            .arg(orderNo))
        .toString();
}

qint64 onHand(const core::Database &db, const char *barcode)
{
    return scalar(db,
        QStringLiteral("SELECT COALESCE(SUM(m.quantity), 0) FROM stock_moves m JOIN skus s ON s.id = m.sku_id "
                       "WHERE s.barcode = '%1'")
            .arg(QLatin1String(barcode)))
        .toLongLong();
}
} // namespace

TEST_CASE("an order the export shows as already shipped books its goods out of stock, once")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db()); // 10 of each SKU
    test::importFixtures(shop.db());
    // ...570 was shipped on the platform (卖家已发货, STO 773001234567): TX002 白色/M × 1.
    CHECK(onHand(shop.db(), "6901234500035") == 9);
    CHECK(movesOf(shop.db(), QStringLiteral("3012345678901234570"))
        == QStringLiteral("6901234500035 -1 ship 773001234567 3012345678901234570"));
    CHECK(scalar(shop.db(), QStringLiteral("SELECT COUNT(*) FROM stock_moves WHERE kind = 'ship'")).toInt() == 1);
    // Nothing else moved: the paid, closed and unpaid orders keep their goods in stock.
    for (const char *barcode : { "6901234500011", "6901234500028", "6901234500042", "6901234500059" })
        CHECK(onHand(shop.db(), barcode) == 10);

    // Importing the same export again books nothing more.
    const QString before = snapshot(shop.db());
    auto again = shipping::ShippingService(shop.db()).importFiles(shippingData(kOrders), shippingData(kItems));
    REQUIRE(again.ok());
    CHECK(again->unchanged == 7);
    CHECK(onHand(shop.db(), "6901234500035") == 9);
    CHECK(scalar(shop.db(), QStringLiteral("SELECT COUNT(*) FROM stock_moves WHERE kind = 'ship'")).toInt() == 1);
    CHECK(snapshot(shop.db()) == before);
}

TEST_CASE("a queued order a later export shows as shipped on the platform books its goods out, once")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    test::importFixtures(shop.db());
    // The next day: ...569 (NZK001 深蓝/32 × 1) was shipped from the platform's own page, with its tracking number.
    QFile in(shippingData(kOrders));
    REQUIRE(in.open(QIODevice::ReadOnly));
    QStringDecoder gbk("GB18030");
    QStringList lines = QString(gbk.decode(in.readAll())).split(QStringLiteral("\r\n"));
    for (QString &l : lines)
        if (l.startsWith(QStringLiteral("=\"3012345678901234569\""))) {
            l.replace(QString::fromUtf8("买家已付款，等待卖家发货"), QString::fromUtf8("卖家已发货，等待买家确认"));
            l.replace(QStringLiteral(",1,,,,1,123456,"), QString::fromUtf8(",1,=\"9812345678901\",邮政EMS,,1,123456,"));
        }
    QStringEncoder toGbk("GB18030");
    const QString later = shop.file(QStringLiteral("ExportOrderList202611211530.csv"));
    QFile out(later);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QByteArray(toGbk.encode(lines.join(QStringLiteral("\r\n")))));
    out.close();

    for (int round = 1; round <= 2; ++round) {
        INFO("import of the later export number " << round);
        auto s = shipping::ShippingService(shop.db()).importFiles(later, shippingData(kItems));
        INFO(s.errorMessage().toStdString());
        REQUIRE(s.ok());
        CHECK(s->updated == (round == 1 ? 1 : 0));
        CHECK(scalar(shop.db(),
                  QStringLiteral("SELECT status || ' ' || courier || ' ' || tracking_no FROM orders "
                                 "WHERE order_no = '3012345678901234569'"))
                  .toString()
            == QStringLiteral("shipped EMS 9812345678901"));
        CHECK(onHand(shop.db(), "6901234500028") == 9);
        CHECK(movesOf(shop.db(), QStringLiteral("3012345678901234569"))
            == QStringLiteral("6901234500028 -1 ship 9812345678901 3012345678901234569"));
        CHECK(scalar(shop.db(), QStringLiteral("SELECT COUNT(*) FROM stock_moves WHERE kind = 'ship'")).toInt() == 2);
    }
}

TEST_CASE("an already-shipped order whose goods the ledger does not hold stops the import, and nothing is imported")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    // Someone booked the last ten TX002 白色/M out by hand: the ledger has none for ...570's line.
    const qint64 sku
        = scalar(shop.db(), QStringLiteral("SELECT id FROM skus WHERE barcode = '6901234500035'")).toLongLong();
    core::StockMove m;
    m.skuId = sku;
    m.kind = core::codes::kMoveCorrection;
    m.quantity = -10;
    REQUIRE(core::StockLedger(shop.db()).book(m).ok());
    auto s = shipping::ShippingService(shop.db()).importFiles(shippingData(kOrders), shippingData(kItems));
    REQUIRE_FALSE(s.ok());
    CHECK(s.errorMessage()
        == QStringLiteral(
            "The order 3012345678901234570 was shipped on the platform, but its goods cannot be booked "
            "out of stock: 1 × TX002 白色/M (barcode 6901234500035) cannot be booked out: only 0 on hand. "
            "Nothing was imported."));
    CHECK(count(shop.db(), "orders") == 0);
    CHECK(count(shop.db(), "buyers") == 0);
    CHECK(onHand(shop.db(), "6901234500035") == 0);
}

TEST_CASE("the import's orders and buyers get their ids from the database, around another writer's rows")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    const LargeExport files = writeLargeExport(shop, 3000);
    // While the import writes (its progress is reported from inside its transaction, on its
    // connection), another writer adds a buyer and an order: on PostgreSQL another connection could
    // do so at any time; here the progress callback stands in for it.
    QString added;
    auto s = shipping::ShippingService(shop.db()).importFiles(files.orders, files.items, [&](qint64 done, qint64) {
        if (done == 1000 && added.isEmpty()) {
            core::Buyer b;
            b.nick = QString::fromUtf8("柜台买家");
            auto buyer = core::BuyerRepository(shop.db()).ensure(b);
            REQUIRE(buyer.ok());
            core::Order o;
            o.orderNo = QStringLiteral("COUNTER-1");
            o.buyerId = *buyer;
            o.receiverName = QString::fromUtf8("柜台");
            core::OrderLine l;
            l.title = QString::fromUtf8("纯棉圆领T恤");
            l.quantity = 3;
            o.lines << l;
            auto id = core::OrderRepository(shop.db()).addOrder(o);
            REQUIRE(id.ok());
            added = o.orderNo;
        }
        return true;
    });
    INFO(s.errorMessage().toStdString());
    REQUIRE(s.ok());
    REQUIRE(added == QStringLiteral("COUNTER-1"));
    CHECK(s->added == 3000);
    CHECK(count(shop.db(), "orders") == 3001);
    CHECK(count(shop.db(), "buyers") == 701);
    CHECK(count(shop.db(), "order_lines") == 6001);
    // Every line belongs to its own order: the counter order keeps its one line, each imported order its two.
    CHECK(scalar(shop.db(),
              QStringLiteral("SELECT group_concat(l.quantity || ' ' || l.title || ' ' || b.nick, ',') FROM orders o "
                             "JOIN order_lines l ON l.order_id = o.id JOIN buyers b ON b.id = o.buyer_id "
                             "WHERE o.order_no = 'COUNTER-1'"))
              .toString()
        == QString::fromUtf8("3 纯棉圆领T恤 柜台买家"));
    CHECK(scalar(shop.db(),
              QStringLiteral("SELECT COUNT(*) FROM orders o WHERE o.order_no LIKE '40%' AND (SELECT COUNT(*) FROM "
                             "order_lines l WHERE l.order_id = o.id) = 2"))
              .toInt()
        == 3000);
    CHECK(
        scalar(shop.db(),
            QStringLiteral("SELECT b.nick || ' ' || o.receiver_phone FROM orders o JOIN buyers b ON b.id = o.buyer_id "
                           "WHERE o.order_no = '40100000000000002345'"))
            .toString()
        == QString::fromUtf8("买家245 13800002345"));
}

TEST_CASE("full-width digits in an export are read as ASCII and stored in the shop's own form")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    const QString orders = shop.file(QStringLiteral("ExportOrderList-fullwidth.csv"));
    const QString items = shop.file(QStringLiteral("ExportOrderDetailList-fullwidth.csv"));
    for (auto [path, text] :
        { std::pair { orders,
              QString::fromUtf8("订单编号,买家会员名,订单状态,收货人姓名,收货地址,联系手机,订单付款时间,"
                                "买家实际支付金额,宝贝总数量\r\n"
                                "=\"3099000000000000009\",tb_全角,买家已付款，等待卖家发货,张三,"
                                "浙江省 杭州市 西湖区 文三路1号(310012),'13800001111,"
                                "２０２６-１１-２０ １４:０５:００,￥１１８．００,２\r\n") },
            std::pair { items,
                QString::fromUtf8(
                    "订单编号,标题,价格,购买数量,商品属性,商家编码\r\n"
                    "=\"3099000000000000009\",纯棉圆领T恤,５９．００,２,颜色分类：白色;尺码：M,TX002\r\n") } }) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }
    auto s = shipping::ShippingService(shop.db()).importFiles(orders, items);
    INFO(s.errorMessage().toStdString());
    REQUIRE(s.ok());
    CHECK(s->added == 1);
    CHECK(scalar(shop.db(), QStringLiteral("SELECT paid_at FROM orders WHERE order_no = '3099000000000000009'"))
              .toString()
        == QStringLiteral("2026-11-20 14:05:00"));
    CHECK(scalar(shop.db(),
              QStringLiteral("SELECT quantity || ' ' || price_fen FROM order_lines l JOIN orders o ON o.id = "
                             "l.order_id WHERE o.order_no = '3099000000000000009'"))
              .toString()
        == QStringLiteral("2 5900"));
}
