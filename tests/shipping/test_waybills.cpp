// Waybills: one page per order at the layout's size, every Code128 barcode decodes (zbarimg) to
// its tracking number, Chinese text in an embedded CJK font, page 1 like the golden rendering;
// a printed mark per order and a reprint log with the reason.

#include "ShippingFixture.h"
#include "WaybillPrinter.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/shipping/ShippingRepository.h>
#include <shopdesk/shipping/ShippingService.h>
#include <shopdesk/shipping/Waybill.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRegularExpression>

#include <algorithm>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace shopdesk;
using shopdesk::test::runTool;

namespace {
// Gives each queued order a tracking number of its courier and returns them by order number.
QMap<QString, QString> assignTracking(const core::Database &db)
{
    shipping::ShippingRepository repo(db);
    auto queue = repo.queue();
    REQUIRE(queue.ok());
    QMap<QString, QString> out;
    int n = 0;
    for (const auto &so : *queue) {
        ++n;
        QString t;
        if (so.order.courier == QLatin1String("SF"))
            t = QStringLiteral("SF14400000000%1").arg(n);
        else if (so.order.courier == QLatin1String("YTO"))
            t = QStringLiteral("YT880000000000%1").arg(n);
        else
            t = QStringLiteral("77300000000%1").arg(n);
        REQUIRE(repo.setTracking(so.order.id, so.order.courier, t).ok());
        out.insert(so.order.orderNo, t);
    }
    return out;
}

int pdfPages(const QString &pdf)
{
    const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), { pdf }));
    auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

// Share of pixels (grey, 0..255) differing by more than 96 between two same-sized images.
double differingShare(const QImage &a, const QImage &b)
{
    REQUIRE(a.size() == b.size());
    const QImage ga = a.convertToFormat(QImage::Format_Grayscale8), gb = b.convertToFormat(QImage::Format_Grayscale8);
    qint64 differ = 0;
    for (int y = 0; y < ga.height(); ++y) {
        const uchar *ra = ga.constScanLine(y), *rb = gb.constScanLine(y);
        for (int x = 0; x < ga.width(); ++x)
            differ += std::abs(int(ra[x]) - int(rb[x])) > 96;
    }
    return double(differ) / (double(ga.width()) * ga.height());
}
} // namespace

TEST_CASE("a batch of waybills: one page per order, every barcode decodes to its tracking number")
{
    core::language::install(QStringLiteral("zh_CN"));
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    test::importFixtures(shop.db());
    core::ShopSettings(shop.db()).setValue(core::ShopSettings::kSenderName, QString::fromUtf8("小店发货部")).ok();
    const QMap<QString, QString> tracking = assignTracking(shop.db());
    REQUIRE(tracking.size() == 4);

    shipping::ShippingService service(shop.db());
    auto unprinted = shipping::ShippingRepository(shop.db()).unprinted();
    REQUIRE(unprinted.ok());
    REQUIRE(unprinted->size() == 4);
    shipping::ShippingService::PrintJob job;
    job.orders = *unprinted;
    const QString pdf = shop.file(QStringLiteral("waybills.pdf"));
    auto printed = service.printToPdf(job, pdf, QStringLiteral("tester"));
    INFO(printed.errorMessage().toStdString());
    REQUIRE(printed.ok());
    CHECK(*printed == 4);
    CHECK(pdfPages(pdf) == 4);

    // 100 × 180 mm pages
    const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), { pdf }));
    CAPTURE(info);
    CHECK(QRegularExpression(QStringLiteral("Page size:\\s+283(\\.\\d+)? x 510(\\.\\d+)? pts")).match(info).hasMatch());

    // The CJK font is embedded.
    const QString fonts = QString::fromUtf8(runTool(QStringLiteral("pdffonts"), { pdf }));
    INFO(fonts.toStdString());
    CHECK(fonts.contains(QStringLiteral("CJK")));
    const QStringList fontLines = fonts.split(QLatin1Char('\n')).mid(2).filter(QStringLiteral("CJK"));
    REQUIRE_FALSE(fontLines.isEmpty());
    for (const QString &l : fontLines)
        CHECK(l.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(QStringLiteral("yes")));

    // Every page's barcodes decode to that order's tracking number, in queue order.
    runTool(QStringLiteral("pdftoppm"),
        { QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-gray"), QStringLiteral("-png"), pdf,
            shop.file(QStringLiteral("page")) });
    QStringList pngs = QDir(shop.dir()).entryList({ QStringLiteral("page*.png") }, QDir::Files, QDir::Name);
    REQUIRE(pngs.size() == 4);
    for (int i = 0; i < 4; ++i) {
        const QString decoded = QString::fromUtf8(runTool(
            QStringLiteral("zbarimg"), { QStringLiteral("--quiet"), QStringLiteral("--raw"), shop.file(pngs[i]) }));
        const QStringList codes = decoded.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        CAPTURE(i, decoded.toStdString());
        REQUIRE_FALSE(codes.isEmpty());
        for (const QString &c : codes)
            CHECK(c == tracking.value(unprinted->at(i).order.orderNo));
    }

    // The printed mark: nothing is unprinted any more; a reprint needs a reason and is logged.
    shipping::ShippingRepository repo(shop.db());
    CHECK(repo.unprinted()->isEmpty());
    auto again = repo.ordersByNumber({ QStringLiteral("3012345678901234567") });
    REQUIRE(again.ok());
    CHECK(again->first().printCount == 1);
    job.orders = *again;
    CHECK_FALSE(service.printToPdf(job, shop.file(QStringLiteral("reprint.pdf")), QStringLiteral("tester")).ok());
    job.reprintReason = QString::fromUtf8("打印机卡纸");
    REQUIRE(service.printToPdf(job, shop.file(QStringLiteral("reprint.pdf")), QStringLiteral("tester")).ok());
    auto log = repo.printLog(again->first().order.id);
    REQUIRE(log.ok());
    REQUIRE(log->size() == 2);
    CHECK_FALSE(log->at(0).reprint);
    CHECK(log->at(1).reprint);
    CHECK(log->at(1).reason == QString::fromUtf8("打印机卡纸"));
    core::language::install(QStringLiteral("en"));
}

TEST_CASE("every layout: the page at its size, the barcode decodes, page 1 matches its golden rendering")
{
    // name, page size in points (1 mm = 2.835 pt)
    const auto [name, pageSize] = GENERATE(std::pair { "100x180", "283(\\.\\d+)? x 510(\\.\\d+)?" },
        std::pair { "100x150", "283(\\.\\d+)? x 425(\\.\\d+)?" },
        std::pair { "76x130", "215(\\.\\d+)? x 36[89](\\.\\d+)?" });
    CAPTURE(name);
    core::language::install(QStringLiteral("zh_CN"));
    test::TestShop shop;
    auto layout = shipping::WaybillLayout::byName(QString::fromLatin1(name));
    REQUIRE(layout.ok());
    shipping::WaybillData d;
    d.courier = QString::fromUtf8("申通快递");
    d.tracking = QStringLiteral("773000000001");
    d.name = QString::fromUtf8("王小明");
    d.phone = shipping::WaybillData::maskPhone(QStringLiteral("13812345678"));
    d.address = QString::fromUtf8("浙江省 杭州市 西湖区 文三路100号 华星大厦5楼");
    d.postcode = QStringLiteral("310012");
    d.sender = QString::fromUtf8("小店发货部  0571-88880000  浙江省杭州市余杭区仓前街道1号");
    d.goods = QString::fromUtf8("NZK001/深蓝/30×1; TX002/白色/L×2");
    d.orderNo = QStringLiteral("3012345678901234567");
    d.note = QString::fromUtf8("请用纸箱包装");
    CHECK(d.phone == QStringLiteral("138****5678"));
    const QString pdf = shop.file(QStringLiteral("golden.pdf"));
    {
        shipping::WaybillPdf writer(pdf, *layout);
        REQUIRE(writer.add(d).ok());
        REQUIRE(writer.finish().ok());
    }
    const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), { pdf }));
    CAPTURE(info);
    CHECK(QRegularExpression(QStringLiteral("Page size:\\s+") + QString::fromLatin1(pageSize) + QStringLiteral(" pts"))
              .match(info)
              .hasMatch());
    // The barcode, printed at a waybill printer's resolution, decodes to the tracking number.
    runTool(QStringLiteral("pdftoppm"),
        { QStringLiteral("-r"), QStringLiteral("203"), QStringLiteral("-gray"), QStringLiteral("-png"),
            QStringLiteral("-singlefile"), pdf, shop.file(QStringLiteral("page1-203dpi")) });
    const QStringList codes = QString::fromUtf8(
        runTool(QStringLiteral("zbarimg"),
            { QStringLiteral("--quiet"), QStringLiteral("--raw"), shop.file(QStringLiteral("page1-203dpi.png")) }))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE_FALSE(codes.isEmpty());
    for (const QString &c : codes)
        CHECK(c == QStringLiteral("773000000001"));
    // Low resolution, grey: the comparison looks at where ink is, not at antialiasing.
    runTool(QStringLiteral("pdftoppm"),
        { QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-gray"), QStringLiteral("-png"),
            QStringLiteral("-singlefile"), pdf, shop.file(QStringLiteral("page1")) });
    const QImage rendered(shop.file(QStringLiteral("page1.png")));
    REQUIRE_FALSE(rendered.isNull());
    const QString golden = test::shippingData(QStringLiteral("golden-waybill-%1.png").arg(QString::fromLatin1(name)));
    if (qEnvironmentVariableIsSet("SHOPDESK_UPDATE_GOLDEN"))
        REQUIRE(rendered.save(golden));
    const QImage expected(golden);
    REQUIRE_FALSE(expected.isNull());
    const double share = differingShare(rendered, expected);
    CAPTURE(share);
    CHECK(share < 0.01);
    core::language::install(QStringLiteral("en"));
}

TEST_CASE(
    "the print preview and a printer get one page per order at the layout's size; a reprint needs its reason first")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    test::importFixtures(shop.db());
    const QMap<QString, QString> tracking = assignTracking(shop.db());
    shipping::ShippingService service(shop.db());
    shipping::ShippingService::PrintJob job;
    job.orders = *shipping::ShippingRepository(shop.db()).unprinted();
    REQUIRE(job.orders.size() == 4);
    job.layout = QStringLiteral("100x150");
    job.copies = 2;
    auto layout = service.checkJob(job);
    INFO(layout.errorMessage().toStdString());
    REQUIRE(layout.ok());

    // The preview: one page per order (the copies are the printer's business), 100 × 150 mm, no margins.
    QPrinter previewPrinter(QPrinter::HighResolution);
    shipping::WaybillPrinter::setUp(previewPrinter, *layout, 1);
    QPrintPreviewWidget preview(&previewPrinter);
    QStringList failures;
    QObject::connect(&preview, &QPrintPreviewWidget::paintRequested, [&](QPrinter *p) {
        if (core::Status s = shipping::WaybillPrinter::paint(service, *p, job, *layout); !s)
            failures << s.errorMessage();
    });
    preview.updatePreview();
    CHECK(failures.isEmpty());
    CHECK(preview.pageCount() == 4);
    CHECK(previewPrinter.pageLayout().fullRectPoints().size() == QSize(283, 425));
    CHECK(previewPrinter.pageLayout().margins().isNull());

    // A printer that cannot make copies itself (here: PDF output) gets each page twice.
    const QString pdf = shop.file(QStringLiteral("printer.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    shipping::WaybillPrinter::setUp(printer, *layout, job.copies);
    REQUIRE(shipping::WaybillPrinter::paint(service, printer, job, *layout).ok());
    CHECK(pdfPages(pdf) == 8);
    const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), { pdf }));
    CHECK(QRegularExpression(QStringLiteral("Page size:\\s+283(\\.\\d+)? x 425(\\.\\d+)? pts")).match(info).hasMatch());
    runTool(QStringLiteral("pdftoppm"),
        { QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-gray"), QStringLiteral("-png"),
            QStringLiteral("-f"), QStringLiteral("3"), QStringLiteral("-l"), QStringLiteral("3"),
            QStringLiteral("-singlefile"), pdf, shop.file(QStringLiteral("printer-p3")) });
    // Page 3 is the second order's first copy.
    CHECK(QString::fromUtf8(
              runTool(QStringLiteral("zbarimg"),
                  { QStringLiteral("--quiet"), QStringLiteral("--raw"), shop.file(QStringLiteral("printer-p3.png")) }))
              .trimmed()
        == tracking.value(job.orders.at(1).order.orderNo));

    // Printed: marked, and printing the same waybills again is refused until a reason is given.
    REQUIRE(service.recordPrinted(job, QStringLiteral("clerk")).ok());
    CHECK(shipping::ShippingRepository(shop.db()).unprinted()->isEmpty());
    job.orders = *shipping::ShippingRepository(shop.db()).queue();
    auto again = service.checkJob(job);
    REQUIRE_FALSE(again.ok());
    CHECK(again.errorMessage()
        == shipping::ShippingService::tr("Some of these waybills were printed before: a reprint needs a reason."));
    job.record = false; // a preview marks nothing and needs no reason
    CHECK(service.checkJob(job).ok());
}

TEST_CASE("a layout file of impossible sizes or fields outside its label is refused, saying what is wrong")
{
    using shipping::WaybillLayout;
    auto layout = [](const char *json) {
        auto l = WaybillLayout::fromJson(QByteArray(json), QStringLiteral("mine.json"));
        return l ? QStringLiteral("ok") : l.errorMessage();
    };
    CHECK(layout(
              R"({"width_mm": 100, "height_mm": 150, "fields": [{"field": "line", "x": 2, "y": 14, "w": 96, "h": 0}]})")
        == QStringLiteral("ok"));
    CHECK(layout(R"({"width_mm": 1e300, "height_mm": 150, "fields": []})")
        == QStringLiteral(
            "mine.json: a label of 1e+300 × 150 mm cannot be printed; width and height must be from 20 to "
            "300 mm."));
    CHECK(layout(R"({"width_mm": 10, "height_mm": 15, "fields": []})")
        == QStringLiteral("mine.json: a label of 10 × 15 mm cannot be printed; width and height must be from 20 to 300 "
                          "mm."));
    CHECK(
        layout(
            R"({"width_mm": 100, "height_mm": 150, "fields": [{"field": "goods", "x": 4, "y": 122, "w": 92, "h": 36}]})")
        == QString::fromUtf8(
            "mine.json: the field “goods” at 4, 122 (92 × 36 mm) lies outside the 100 × 150 mm label."));
    CHECK(
        layout(
            R"({"width_mm": 100, "height_mm": 150, "fields": [{"field": "note", "x": 4, "y": 10, "w": 92, "h": 16, "pt": 500}]})")
        == QString::fromUtf8(
            "mine.json: the field “note” has a type size of 500 pt (at least 6 pt); sizes must be from "
            "4 to 72 pt, the smallest no larger than the size."));
    for (const QString &name : WaybillLayout::names()) {
        CAPTURE(name.toStdString());
        CHECK(WaybillLayout::byName(name).ok());
    }
}

TEST_CASE("a waybill's text layer gives back the characters printed, not Kangxi radicals")
{
    // Qt maps each embedded glyph back to the lowest code point that uses it: with the CJK font as
    // installed, 牛 (U+725B) came out of the PDF as ⽜ (U+2F5C), 文 as ⽂, 色 as ⾊.
    const QString pdf
        = QDir::temp().filePath(QStringLiteral("shopdesk-text-layer-%1.pdf").arg(QCoreApplication::applicationPid()));
    auto layout = shipping::WaybillLayout::byName(QStringLiteral("100x180"));
    REQUIRE(layout.ok());
    shipping::WaybillData d;
    d.courier = QString::fromUtf8("申通快递");
    d.tracking = QStringLiteral("777209007597");
    d.name = QString::fromUtf8("王小文");
    d.phone = QStringLiteral("138****5678");
    d.address = QString::fromUtf8("浙江省 杭州市 西湖区 文三路100号");
    d.sender = QString::fromUtf8("小店发货部 0571-88886666 杭州市 余杭区 仓前街道1号");
    d.goods = QString::fromUtf8("牛仔裤 直筒/深蓝色/30×1; WY-3001/灰色/XL×2");
    d.orderNo = QStringLiteral("3012345678901234567");
    {
        shipping::WaybillPdf out(pdf, *layout);
        REQUIRE(out.add(d).ok());
        REQUIRE(out.finish().ok());
    }
    const QString text = QString::fromUtf8(runTool(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }));
    QFile::remove(pdf);
    INFO(text.toStdString());
    // Digits in a Latin run (an item code, a letter-prefixed tracking number) were drawn with glyphs
    // no character maps to, and the text layer lost them ("WY-/灰色/XL×").
    for (const QString &printed :
        { QString::fromUtf8("牛仔裤 直筒/深蓝色/30×1; WY-3001/灰色/XL×2"), QString::fromUtf8("王小文"),
            QString::fromUtf8("文三路100号"), QString::fromUtf8("申通快递"), QStringLiteral("777209007597") })
        CHECK(text.contains(printed));
    const bool radical = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF) || (c.unicode() >= 0x31C0 && c.unicode() <= 0x31EF);
    });
    CHECK_FALSE(radical);
    CHECK(shipping::WaybillPainter::fontFamily() == QStringLiteral("ShopDesk Print CJK"));
}
