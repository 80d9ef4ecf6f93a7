// SKU labels on thermal rolls (40x30, 50x30, 60x40 mm): one label a page at the roll's size, EAN-13
// and Code 128 that decode (zbarimg) after rasterising at 203 and 300 dpi, every bar on whole printer
// dots (no grey pixel across the bars), N labels per SKU or a receiving note's quantities.

#include "LabelRepository.h"
#include "LabelRoll.h"
#include "TestShop.h"

#include <shopdesk/core/Ean13.h>
#include <shopdesk/core/ItemRepository.h>

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace shopdesk;

namespace {
QByteArray run(const QString &program, const QStringList &args)
{
    const QString exe = QStandardPaths::findExecutable(program);
    if (exe.isEmpty())
        SKIP(program.toStdString() + " is not installed");
    QProcess p;
    p.start(exe, args);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}
} // namespace

TEST_CASE("thermal labels decode at 203 and 300 dpi, their bars on whole dots")
{
    const QString size = GENERATE(QStringLiteral("40x30"), QStringLiteral("50x30"), QStringLiteral("60x40"));
    const int dpi = GENERATE(203, 300);
    CAPTURE(size.toStdString(), dpi);
    test::TestShop shop;
    const QString ean = core::ean13::inStore(20, 7);
    const QList<listings::Label> labels = {
        { QStringLiteral("NZK001"), QString::fromUtf8("男士直筒牛仔裤"), QString::fromUtf8("深蓝"),
            QStringLiteral("32"), ean, core::Money::fromYuan(129) },
        { QStringLiteral("TX002"), QString::fromUtf8("纯棉圆领T恤"), QString::fromUtf8("白色"), QStringLiteral("XL"),
            QStringLiteral("TX002-W-XL"), core::Money::fromYuan(59) },
    };
    auto stock = listings::LabelStock::byName(size);
    REQUIRE(stock.ok());
    const QString pdf = shop.file(QStringLiteral("labels.pdf"));
    auto s = listings::LabelRoll::writePdf(pdf, labels, *stock, dpi);
    INFO(s.errorMessage().toStdString());
    REQUIRE(s.ok());

    // One label a page, at the roll's size (mm → points).
    const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), { pdf }));
    CAPTURE(info.toStdString());
    CHECK(QRegularExpression(QStringLiteral("Pages:\\s+2\\n")).match(info).hasMatch());
    const auto m = QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+) pts")).match(info);
    REQUIRE(m.hasMatch());
    CHECK(std::lround(m.captured(1).toDouble() / 72 * 25.4) == std::lround(stock->sizeMm.width()));
    CHECK(std::lround(m.captured(2).toDouble() / 72 * 25.4) == std::lround(stock->sizeMm.height()));

    run(QStringLiteral("pdftoppm"),
        { QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"), QStringLiteral("-png"), pdf,
            shop.file(QStringLiteral("label")) });
    const QStringList pngs = QDir(shop.dir()).entryList({ QStringLiteral("label*.png") }, QDir::Files, QDir::Name);
    REQUIRE(pngs.size() == 2);
    const QStringList expected = { ean, QStringLiteral("TX002-W-XL") };
    for (int i = 0; i < 2; ++i) {
        const QString decoded = QString::fromUtf8(
            run(QStringLiteral("zbarimg"), { QStringLiteral("--quiet"), QStringLiteral("--raw"), shop.file(pngs[i]) }))
                                    .trimmed();
        CHECK(decoded == expected[i]);
        // A row across the bars: only black and white, no grey edge (bars start and end on dots).
        const QImage img = QImage(shop.file(pngs[i])).convertToFormat(QImage::Format_Grayscale8);
        const int y = int(14.0 * dpi / 25.4);
        int grey = 0, black = 0;
        const uchar *row = img.constScanLine(y);
        for (int x = 0; x < img.width(); ++x) {
            grey += row[x] > 40 && row[x] < 215;
            black += row[x] <= 40;
        }
        CHECK(black > 0);
        CHECK(grey == 0);
    }
}

TEST_CASE("labels of a SKU by barcode or item code, and a receiving note's quantities")
{
    test::TestShop shop;
    core::ItemRepository items(shop.db());
    core::Item tee;
    tee.code = QStringLiteral("TX002");
    tee.title = QString::fromUtf8("纯棉圆领T恤");
    tee.price = core::Money::fromYuan(59);
    core::Sku m, l;
    m.color = l.color = QString::fromUtf8("白色");
    m.size = QStringLiteral("M");
    l.size = QStringLiteral("L");
    m.barcode = core::ean13::inStore(20, 1);
    l.barcode = core::ean13::inStore(20, 2);
    REQUIRE(items.addItem(tee, { m, l }).ok());
    listings::LabelRepository repo(shop.db());
    auto one = repo.byCode(core::ean13::inStore(20, 2));
    REQUIRE(one.ok());
    REQUIRE(one->size() == 1);
    CHECK(one->first().size == QStringLiteral("L"));
    CHECK(one->first().price.fen() == 5900);
    auto both = repo.byCode(QStringLiteral("TX002"));
    REQUIRE(both.ok());
    CHECK(both->size() == 2);
    CHECK(repo.byCode(QStringLiteral("NOPE")).errorMessage()
        == QStringLiteral("There is no SKU with the barcode NOPE and no item with that code."));

    test::scalar(shop.db(), QStringLiteral("INSERT INTO suppliers (name) VALUES ('S')"));
    test::scalar(shop.db(),
        QStringLiteral(
            "INSERT INTO receiving_notes (note_no, supplier_id, received_on) VALUES ('RK-1', 1, '2026-11-20')"));
    test::scalar(shop.db(),
        QStringLiteral(
            "INSERT INTO receiving_lines (note_id, sku_id, quantity) VALUES (1, 2, 12), (1, 1, 5), (1, 2, 3)"));
    auto received = repo.received(QStringLiteral("RK-1"));
    REQUIRE(received.ok());
    REQUIRE(received->size() == 2);
    CHECK(received->at(0).first.size == QStringLiteral("L"));
    CHECK(received->at(0).second == 15);
    CHECK(received->at(1).first.size == QStringLiteral("M"));
    CHECK(received->at(1).second == 5);
    CHECK_FALSE(repo.received(QStringLiteral("RK-9")).ok());
}
