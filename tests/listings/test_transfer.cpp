// Items and SKUs in and out: CSV (UTF-8 BOM out; UTF-8 or GBK in; Chinese or English headers),
// xlsx, all-or-nothing imports that name file, line and field, in-store EAN-13s, label sheets.

#include "ItemTransfer.h"
#include "LabelSheet.h"
#include "ListingsRepository.h"
#include "TestShop.h"

#include <shopdesk/core/CostHistoryRepository.h>
#include <shopdesk/core/Ean13.h>
#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/StockLedger.h>

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QStringEncoder>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using listings::ItemTransfer;

namespace {
void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

const char *kChineseCsv = "货号,标题,类目,角色,主推,价格,成本,颜色,尺码,条码\r\n"
                          "NZK-1001,牛仔裤 男 修身 直筒,jeans,引流款,是,129.00,58.50,蓝色,30,\r\n"
                          "NZK-1001,牛仔裤 男 修身 直筒,jeans,引流款,是,129.00,58.50,蓝色,31,\r\n"
                          "NZK-1001,牛仔裤 男 修身 直筒,jeans,引流款,是,129.00,58.50,黑色,30,6901234567892\r\n"
                          "TX-2001,\"纯棉 短袖 T恤, 白\",tshirt,利润款,否,59,20,白色,M,\r\n";
} // namespace

TEST_CASE("a Chinese CSV imports items and SKUs and gives in-store barcodes to SKUs without one")
{
    test::TestShop shop;
    const QString csv = shop.file(QStringLiteral("items.csv"));
    write(csv, QByteArray(kChineseCsv));
    auto summary = ItemTransfer::importFile(shop.db(), csv);
    INFO(summary.errorMessage());
    REQUIRE(summary.ok());
    CHECK(summary->itemsAdded == 2);
    CHECK(summary->skusAdded == 4);
    CHECK(summary->barcodesGenerated == 3);

    core::ItemRepository items(shop.db());
    auto jeans = items.itemByCode(QStringLiteral("NZK-1001"));
    REQUIRE(jeans.ok());
    REQUIRE(jeans->has_value());
    CHECK((*jeans)->role == core::codes::kRoleTraffic);
    CHECK((*jeans)->mainPush);
    CHECK((*jeans)->price.fen() == 12900);
    CHECK((*jeans)->cost.fen() == 5850);
    auto skus = items.skusOf((*jeans)->id);
    REQUIRE(skus.ok());
    REQUIRE(skus->size() == 3);
    for (const core::Sku &s : *skus) {
        CAPTURE(s.barcode.toStdString());
        CHECK(core::ean13::isValid(s.barcode));
    }
    CHECK(skus->at(0).barcode.startsWith(QStringLiteral("20")));
    CHECK(skus->at(0).barcode != skus->at(1).barcode);
    CHECK(skus->at(2).barcode == QStringLiteral("6901234567892"));
    CHECK(items.itemByCode(QStringLiteral("TX-2001")).value()->title == QString::fromUtf8("纯棉 短袖 T恤, 白"));
}

TEST_CASE("GBK files with English headers import too, and a second import updates in place")
{
    test::TestShop shop;
    QByteArray gbk
        = QStringEncoder("GB18030").encode(QString::fromUtf8("item code,title,role,price,colour,size,barcode\n"
                                                             "WY-3001,连帽卫衣 男 加绒,形象款,159,灰色,L,\n"));
    const QString csv = shop.file(QStringLiteral("gbk.csv"));
    write(csv, gbk);
    auto first = ItemTransfer::importFile(shop.db(), csv);
    INFO(first.errorMessage());
    REQUIRE(first.ok());
    const QString barcode
        = core::ItemRepository(shop.db())
              .skusOf(core::ItemRepository(shop.db()).itemByCode(QStringLiteral("WY-3001")).value()->id)
              .value()
              .first()
              .barcode;
    write(csv,
        QStringEncoder("GB18030").encode(QString::fromUtf8("item code,title,role,price,colour,size,barcode\n"
                                                           "WY-3001,连帽卫衣 男 加绒 宽松,形象款,169,灰色,L,\n"
                                                           "WY-3001,连帽卫衣 男 加绒 宽松,形象款,169,灰色,XL,\n")));
    auto second = ItemTransfer::importFile(shop.db(), csv);
    REQUIRE(second.ok());
    CHECK(second->itemsUpdated == 1);
    CHECK(second->skusUpdated == 1);
    CHECK(second->skusAdded == 1);
    auto item = core::ItemRepository(shop.db()).itemByCode(QStringLiteral("WY-3001")).value();
    CHECK(item->title == QString::fromUtf8("连帽卫衣 男 加绒 宽松"));
    CHECK(item->price.fen() == 16900);
    CHECK(item->role == core::codes::kRoleImage);
    auto skus = core::ItemRepository(shop.db()).skusOf(item->id).value();
    REQUIRE(skus.size() == 2);
    CHECK(skus[0].barcode == barcode); // kept
    CHECK(core::ean13::isValid(skus[1].barcode));
    CHECK(skus[1].barcode != barcode);
}

TEST_CASE("a malformed import names file, line and field and leaves the shop file byte-identical")
{
    test::TestShop shop;
    const QString csv = shop.file(QStringLiteral("bad.csv"));
    write(csv, QByteArray(kChineseCsv));
    REQUIRE(ItemTransfer::importFile(shop.db(), csv).ok());
    shop.close();
    const QByteArray before = test::fileBytes(shop.path());

    struct Case {
        const char *file;
        const char *expected;
    };
    const Case cases[] = {
        { "货号,标题,价格,颜色,尺码\nA-1,标题 一,12.345,红,M\n", "line 2, field 价格" },
        { "货号,标题,价格,颜色,尺码\nA-1,标题 一,12,红,M\nA-2,标题 二,abc,红,M\n", "line 3, field 价格" },
        { "货号,标题,颜色,尺码,条码\nA-1,标题 一,红,M,6901234567891\n", "line 2, field 条码" },
        { "货号,标题,颜色,尺码,条码\nA-1,标题 一,红,M,XB-77\nA-1,标题 一,红,L,XB-77\n", "line 3, field 条码" },
        { "货号,标题,颜色,尺码\nA-1,标题 一,红,M\nA-1,标题 一,红,M\n", "line 3, field 尺码" },
        { "货号,标题,角色,颜色,尺码\nA-1,标题 一,爆款,红,M\n", "line 2, field 角色" },
        { "货号,颜色,尺码\nA-1,红,M\n", "标题" },
        { "货号,标题,颜色,尺码,条码\nA-1,标题 一,红,M,6901234567892\n", "line 2, field 条码" }, // belongs to NZK-1001
    };
    for (const Case &c : cases) {
        auto reopened = core::Database::open(shop.path());
        REQUIRE(reopened.ok());
        write(csv, QByteArray(c.file));
        auto result = ItemTransfer::importFile(**reopened, csv);
        CAPTURE(c.file);
        REQUIRE_FALSE(result.ok());
        CHECK(result.errorMessage().contains(QStringLiteral("bad.csv")));
        CHECK(result.errorMessage().contains(QString::fromUtf8(c.expected)));
        reopened->reset();
        CHECK(test::fileBytes(shop.path()) == before);
    }
}

TEST_CASE("export writes UTF-8 with BOM that imports back, and xlsx")
{
    test::TestShop shop;
    const QString csv = shop.file(QStringLiteral("items.csv"));
    write(csv, QByteArray(kChineseCsv));
    REQUIRE(ItemTransfer::importFile(shop.db(), csv).ok());
    const QString out = shop.file(QStringLiteral("out.csv"));
    auto n = ItemTransfer::exportFile(shop.db(), out);
    REQUIRE(n.ok());
    CHECK(*n == 2);
    const QByteArray bytes = test::fileBytes(out);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("NZK-1001"));
    CHECK(QString::fromUtf8(bytes).contains(QString::fromUtf8("纯棉 短袖 T恤, 白")));

    test::TestShop other;
    auto back = ItemTransfer::importFile(other.db(), out);
    INFO(back.errorMessage());
    REQUIRE(back.ok());
    CHECK(back->itemsAdded == 2);
    CHECK(back->skusAdded == 4);
    CHECK(back->barcodesGenerated == 0);
    auto a = listings::ListingsRepository(shop.db()).catalogue().value();
    auto b = listings::ListingsRepository(other.db()).catalogue().value();
    REQUIRE(a.size() == b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        CHECK(a[i].item.title == b[i].item.title);
        CHECK(a[i].item.role == b[i].item.role);
        CHECK(a[i].item.price == b[i].item.price);
        REQUIRE(a[i].skus.size() == b[i].skus.size());
        for (qsizetype k = 0; k < a[i].skus.size(); ++k)
            CHECK(a[i].skus[k].barcode == b[i].skus[k].barcode);
    }

    const QString xlsx = shop.file(QStringLiteral("out.xlsx"));
    REQUIRE(ItemTransfer::exportFile(shop.db(), xlsx).ok());
    CHECK(test::fileBytes(xlsx).startsWith("PK"));
}

TEST_CASE("a label sheet of SKU barcodes is a vector PDF whose barcodes scan")
{
    test::TestShop shop;
    QList<listings::Label> labels;
    for (int i = 1; i <= 5; ++i)
        labels.append({ QStringLiteral("NZK-1001"), QString::fromUtf8("牛仔裤 男 修身"), QString::fromUtf8("蓝色"),
            QString::number(28 + i), core::ean13::inStore(20, i), core::Money::fromYuan(129) });
    labels.append({ QStringLiteral("TX-2001"), QString::fromUtf8("T恤"), QString::fromUtf8("白色"), QStringLiteral("M"),
        QStringLiteral("TX2001-W-M"), core::Money::fromYuan(59) });
    const QString pdf = shop.file(QStringLiteral("labels.pdf"));
    auto s = listings::LabelSheet::writePdf(pdf, labels);
    INFO(s.errorMessage());
    REQUIRE(s.ok());
    const QByteArray bytes = test::fileBytes(pdf);
    REQUIRE(bytes.startsWith("%PDF"));
    CHECK_FALSE(bytes.contains("/Subtype /Image")); // bars are vector shapes, not a bitmap

    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    if (pdftoppm.isEmpty() || zbarimg.isEmpty())
        SKIP("pdftoppm or zbarimg is not installed");
    const QString png = shop.file(QStringLiteral("labels"));
    REQUIRE(QProcess::execute(pdftoppm,
                { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-singlefile"),
                    pdf, png })
        == 0);
    QProcess zbar;
    zbar.start(zbarimg, { QStringLiteral("--quiet"), png + QStringLiteral(".png") });
    REQUIRE(zbar.waitForFinished(30000));
    const QString found = QString::fromUtf8(zbar.readAllStandardOutput());
    for (const listings::Label &l : labels) {
        CAPTURE(l.barcode.toStdString(), found.toStdString());
        CHECK(found.contains(l.barcode));
    }
}

TEST_CASE("a larger import writes every SKU (in batches) with distinct in-store barcodes")
{
    test::TestShop shop;
    QByteArray csv = "item code,title,colour,size\n";
    for (int i = 0; i < 50; ++i)
        for (const char *size : { "S", "M", "L", "XL", "XXL" })
            csv += "BK-" + QByteArray::number(i) + ",T-shirt " + QByteArray::number(i) + ",white," + size + "\n";
    const QString path = shop.file(QStringLiteral("many.csv"));
    write(path, csv);
    auto summary = ItemTransfer::importFile(shop.db(), path);
    INFO(summary.errorMessage());
    REQUIRE(summary.ok());
    CHECK(summary->skusAdded == 250);
    CHECK(test::scalar(shop.db(), QStringLiteral("SELECT count(*) FROM skus")).toInt() == 250);
    CHECK(test::scalar(shop.db(), QStringLiteral("SELECT count(DISTINCT barcode) FROM skus")).toInt() == 250);
    CHECK(test::scalar(shop.db(),
              QStringLiteral("SELECT count(*) FROM skus s JOIN items i ON i.id = s.item_id "
                             "WHERE i.code = 'BK-49' AND s.size = 'XXL'"))
              .toInt()
        == 1);
}

TEST_CASE("the items CSV carries the short name (简称) out and back in")
{
    test::TestShop shop;
    const QString csv = shop.file(QStringLiteral("items.csv"));
    write(csv,
        QByteArray("货号,标题,简称,类目,价格,成本,颜色,尺码,条码\r\n"
                   "NZK-1001,牛仔裤 男 修身 直筒 弹力 小脚,直筒牛仔裤,jeans,129.00,58.50,蓝色,30,\r\n"
                   "TX-2001,纯棉 短袖 T恤 男,,tshirt,59,20,白色,M,\r\n"));
    auto in = ItemTransfer::importFile(shop.db(), csv);
    INFO(in.errorMessage().toStdString());
    REQUIRE(in.ok());
    listings::ListingsRepository repo(shop.db());
    const qint64 jeans = core::ItemRepository(shop.db()).itemByCode(QStringLiteral("NZK-1001")).value()->id;
    CHECK(repo.shortName(jeans).value() == QString::fromUtf8("直筒牛仔裤"));

    const QString out = shop.file(QStringLiteral("out.csv"));
    REQUIRE(ItemTransfer::exportFile(shop.db(), out).ok());
    auto written = core::CsvFile::read(out);
    REQUIRE(written.ok());
    CHECK(written->header.mid(0, 4)
        == QStringList { QStringLiteral("Item code"), QStringLiteral("Title"), QStringLiteral("Short name"),
            QStringLiteral("Category") });
    const int col = written->column({ QStringLiteral("Short name") });
    REQUIRE(col == 2);
    REQUIRE(written->records.size() == 2);
    CHECK(core::CsvFile::field(written->records[0], 0) == QStringLiteral("NZK-1001"));
    CHECK(core::CsvFile::field(written->records[0], col) == QString::fromUtf8("直筒牛仔裤"));
    CHECK(core::CsvFile::field(written->records[1], col) == QString());

    // Into another shop: the same short names.
    test::TestShop other;
    REQUIRE(ItemTransfer::importFile(other.db(), out).ok());
    auto back = listings::ListingsRepository(other.db()).catalogue().value();
    REQUIRE(back.size() == 2);
    CHECK(back[0].item.code == QStringLiteral("NZK-1001"));
    CHECK(back[0].shortName == QString::fromUtf8("直筒牛仔裤"));
    CHECK(back[1].shortName == QString());

    // A file without the column keeps the shop's short names; one too long is refused by line and field.
    write(csv, QByteArray("货号,标题,颜色,尺码\r\nNZK-1001,牛仔裤 男 修身 直筒 弹力 小脚,蓝色,30\r\n"));
    REQUIRE(ItemTransfer::importFile(shop.db(), csv).ok());
    CHECK(repo.shortName(jeans).value() == QString::fromUtf8("直筒牛仔裤"));
    write(csv,
        QByteArray(
            "货号,标题,简称,颜色,尺码\r\nNZK-1001,牛仔裤,一二三四五六七八九十一二三四五六七八九十一,蓝色,30\r\n"));
    auto tooLong = ItemTransfer::importFile(shop.db(), csv);
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.errorMessage()
        == QString::fromUtf8("items.csv, line 2, field 简称: a short name is at most 20 characters: "
                             "“一二三四五六七八九十一二三四五六七八九十一” has 21."));
    CHECK(repo.shortName(jeans).value() == QString::fromUtf8("直筒牛仔裤"));
}

TEST_CASE("an items import that changes a cost writes the SKUs' cost history (source import)")
{
    test::TestShop shop;
    const QString csv = shop.file(QStringLiteral("items.csv"));
    write(csv, QByteArray(kChineseCsv));
    REQUIRE(ItemTransfer::importFile(shop.db(), csv).ok());
    const auto history = [&] {
        return test::scalar(shop.db(),
            QStringLiteral("SELECT group_concat(r, ' / ') FROM (SELECT i.code || ' ' || s.color || '/' || s.size || "
                           "' ' || c.source || ' ' || c.cost_before_fen || '→' || c.cost_fen || ' on hand ' || "
                           "c.on_hand_before AS r FROM sku_costs c JOIN skus s ON s.id = c.sku_id JOIN items i ON "
                           "i.id = s.item_id ORDER BY c.id) h"))
            .toString();
    };
    // New items start at their cost: no history.
    CHECK(history().isEmpty());
    {
        core::SqlQuery q(shop.db(),
            QStringLiteral("INSERT INTO stock_moves (sku_id, kind, quantity, actor, moved_at) SELECT s.id, 'receive', "
                           "5, 'test', '2026-11-01T09:00:00' FROM skus s WHERE s.barcode = '6901234567892'"));
        REQUIRE(q.run());
    }
    // The same file again changes no cost: still none.
    REQUIRE(ItemTransfer::importFile(shop.db(), csv).ok());
    CHECK(history().isEmpty());

    // The jeans' cost 58.50 → 61.00 (its three SKUs follow it), one T恤 SKU at its own 22.00.
    write(csv,
        QByteArray("货号,标题,成本,颜色,尺码,SKU成本\r\n"
                   "NZK-1001,牛仔裤 男 修身 直筒,61.00,蓝色,30,\r\n"
                   "NZK-1001,牛仔裤 男 修身 直筒,61.00,蓝色,31,\r\n"
                   "NZK-1001,牛仔裤 男 修身 直筒,61.00,黑色,30,\r\n"
                   "TX-2001,纯棉 短袖 T恤,20,白色,M,22.00\r\n"));
    auto changed = ItemTransfer::importFile(shop.db(), csv);
    INFO(changed.errorMessage().toStdString());
    REQUIRE(changed.ok());
    CHECK(history()
        == QString::fromUtf8(
            "NZK-1001 蓝色/30 import 5850→6100 on hand 0 / NZK-1001 蓝色/31 import 5850→6100 on hand 0 "
            "/ NZK-1001 黑色/30 import 5850→6100 on hand 5 / TX-2001 白色/M import 2000→2200 on hand 0"));
    // What sold before the import cost what it cost then.
    const qint64 black
        = test::scalar(shop.db(), QStringLiteral("SELECT id FROM skus WHERE barcode = '6901234567892'")).toLongLong();
    core::CostHistoryRepository costs(shop.db());
    CHECK(costs.costAt(black, QDateTime(QDate(2000, 1, 1), QTime(0, 0))).value() == core::Money::fromFen(5850));
    CHECK(costs.costAt(black, QDateTime::currentDateTime().addSecs(60)).value() == core::Money::fromFen(6100));

    // A refused import writes no cost and no history.
    const QString before = history();
    write(csv,
        QByteArray("货号,标题,成本,颜色,尺码\r\nNZK-1001,牛仔裤 男 修身 直筒,70.00,蓝色,30\r\nTX-2001,,x,白色,M\r\n"));
    REQUIRE_FALSE(ItemTransfer::importFile(shop.db(), csv).ok());
    CHECK(history() == before);
    CHECK(test::scalar(shop.db(), QStringLiteral("SELECT cost_fen FROM items WHERE code = 'NZK-1001'")).toLongLong()
        == 6100);
}
