// CSV as the platforms write it, Excel-friendly exports, and vector barcodes that scanners read.

#include "TestShop.h"

#include <shopdesk/core/Barcode.h>
#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Ean13.h>

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using core::CsvFile;

namespace {
QByteArray gbk(const QString &text)
{
    QStringEncoder enc("GB18030");
    return enc.encode(text);
}

QString zbarimg(const QString &png)
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    REQUIRE_FALSE(exe.isEmpty()); // zbar-tools is part of the test set-up
    QProcess p;
    p.start(exe, { QStringLiteral("--raw"), QStringLiteral("-q"), png });
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}
} // namespace

TEST_CASE("a GBK export with CRLF, quoted line breaks and Excel guards is read field by field")
{
    const QString text = QString::fromUtf8(
        "订单编号,买家会员名,收货地址,联系手机,买家留言\r\n"
        "=\"3261124000002408928\",小鱼儿2018,\"浙江省 杭州市 余杭区 良渚街道, "
        "物流园路18号(311113)\",'13800571234,\"请发顺丰\r\n谢谢\"\r\n"
        "=\"3261124000002408929\",tb_8823731,北京 北京市 朝阳区 建国路1号(100020),'13900001111,\r\n");
    auto csv = CsvFile::parse(gbk(text), QStringLiteral("ExportOrderList.csv"));
    INFO(csv.errorMessage());
    REQUIRE(csv.ok());
    CHECK(csv->encoding == QStringLiteral("GB18030"));
    REQUIRE(csv->records.size() == 2);
    const int no = csv->column({ QStringLiteral("order_no"), QString::fromUtf8("订单编号") });
    const int phone = csv->column({ QString::fromUtf8("联系手机") });
    const int note = csv->column({ QString::fromUtf8("买家留言") });
    REQUIRE(no == 0);
    CHECK(CsvFile::field(csv->records[0], no) == QStringLiteral("3261124000002408928"));
    CHECK(CsvFile::field(csv->records[0], phone) == QStringLiteral("13800571234"));
    CHECK(CsvFile::field(csv->records[0], 2).contains(QString::fromUtf8("物流园路18号")));
    CHECK(CsvFile::field(csv->records[0], note) == QString::fromUtf8("请发顺丰\n谢谢"));
    CHECK(csv->records[0].line == 2);
    CHECK(csv->records[1].line == 4); // the quoted line break took line 3
    CHECK(csv->column({ QStringLiteral("nothing") }) == -1);
    CHECK(csv->error(4, QString::fromUtf8("联系手机"), QStringLiteral("bad")).message
        == QString::fromUtf8("ExportOrderList.csv, line 4, field 联系手机: bad"));
}

TEST_CASE("UTF-8 with a BOM is read as UTF-8; an unclosed quote names its line")
{
    auto csv = CsvFile::parse(QByteArray("\xEF\xBB\xBF") + QString::fromUtf8("货号,标题\nTX-1,纯棉T恤\n").toUtf8(),
        QStringLiteral("items.csv"));
    REQUIRE(csv.ok());
    CHECK(csv->encoding == QStringLiteral("UTF-8"));
    CHECK(csv->header == QStringList { QString::fromUtf8("货号"), QString::fromUtf8("标题") });
    CHECK(csv->records.first().fields.at(1) == QString::fromUtf8("纯棉T恤"));

    auto broken = CsvFile::parse(QByteArray("a,b\n1,2\n3,\"open\n"), QStringLiteral("broken.csv"));
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.errorMessage() == QStringLiteral("broken.csv, line 3: a quoted field is never closed."));
}

TEST_CASE("a written CSV has a BOM and reads back the same")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    const QList<QStringList> rows
        = { { QStringLiteral("TX-1"), QString::fromUtf8("纯棉, 短袖 \"T恤\""), QStringLiteral("39.00") } };
    REQUIRE(
        core::writeCsv(path, { QString::fromUtf8("货号"), QString::fromUtf8("标题"), QString::fromUtf8("价格") }, rows)
            .ok());
    CHECK(test::fileBytes(path).startsWith("\xEF\xBB\xBF"));
    auto back = CsvFile::read(path);
    REQUIRE(back.ok());
    REQUIRE(back->records.size() == 1);
    CHECK(back->records.first().fields == rows.first());
}

TEST_CASE("an xlsx export is a workbook file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.xlsx"));
    REQUIRE(core::writeXlsx(path, QStringLiteral("Items"), { QStringLiteral("code"), QStringLiteral("stock") },
        { { QStringLiteral("TX-1"), 12 }, { QStringLiteral("TX-2"), QVariant() } })
                .ok());
    CHECK(test::fileBytes(path).startsWith("PK")); // a zip container
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".part")));
}

TEST_CASE("barcodes are drawn as vectors that a scanner decodes")
{
    QTemporaryDir dir;
    SECTION("Code128 tracking number")
    {
        auto code = core::Barcode::encode(core::Barcode::Symbology::Code128, QStringLiteral("773100000001"));
        REQUIRE(code.ok());
        CHECK(code->bars().size() > 10);
        QImage image(900, 260, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        code->paint(p, QRectF(60, 20, 780, 220));
        p.end();
        const QString png = dir.filePath(QStringLiteral("code128.png"));
        REQUIRE(image.save(png));
        CHECK(zbarimg(png) == QStringLiteral("773100000001"));
    }
    SECTION("EAN-13 in-store barcode")
    {
        const QString ean = core::ean13::inStore(20, 42);
        auto code = core::Barcode::encode(core::Barcode::Symbology::Ean13, ean.left(12));
        INFO(code.errorMessage());
        REQUIRE(code.ok());
        CHECK(code->text().remove(QLatin1Char(' ')).contains(ean));
        QImage image(700, 300, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        code->paint(p, QRectF(80, 20, 540, 260));
        p.end();
        const QString png = dir.filePath(QStringLiteral("ean13.png"));
        REQUIRE(image.save(png));
        CHECK(zbarimg(png) == ean);
    }
    CHECK_FALSE(core::Barcode::encode(core::Barcode::Symbology::Ean13, QStringLiteral("12AB")).ok());
}
