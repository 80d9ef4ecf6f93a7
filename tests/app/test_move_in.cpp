// A store moves in (issue 14, "Done when"): the new-shop wizard, then on that shop alone, with no
// demo data, the staff's own .xlsx files dropped on the window: the items, the receiving of the
// first goods from a supplier typed in for the first time, the platform's export of the first
// order; its waybill with the shop's sender, its shipping, and the bulk-shipping file that takes
// its tracking number back to the platform. Each step's exact result is checked before the next.
// Also: which importer a dropped workbook is for, read from its header, and the sheet question.

#include "DropImport.h"
#include "ImportClassifier.h"
#include "MainWindow.h"
#include "Modules.h"
#include "NewShopDriver.h"
#include "TestShop.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Language.h>
#include <shopdesk/core/PanelContract.h>
#include <shopdesk/shipping/ShippingCommands.h>
#include <shopdesk/shipping/ShippingRepository.h>
#include <shopdesk/shipping/ShippingService.h>

#include <QApplication>
#include <QDateEdit>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using Kind = app::ImportClassifier::Kind;

namespace {
QString u8(const char *s) { return QString::fromUtf8(s); }

QString fixture(const char *name) { return QStringLiteral(SHOPDESK_TEST_DATA_DIR "/formats/") + QLatin1String(name); }

/// A copy of a fixture in `dir` under the name the staff gave it.
QString copied(const QTemporaryDir &dir, const char *fixtureName, const QString &as)
{
    const QString to = dir.filePath(as);
    REQUIRE(QFile::copy(fixture(fixtureName), to));
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    return to;
}

// A drop of `files` on the window as the desktop delivers it: enter, then drop.
bool drop(QWidget &target, const QStringList &files)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &f : files)
        urls << QUrl::fromLocalFile(f);
    mime.setUrls(urls);
    const QPointF at(target.width() / 2.0, target.height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent dropEvent(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&target, &dropEvent);
    return dropEvent.isAccepted();
}

QString rows(const core::Database &db, const QString &sql)
{
    return test::scalar(db, QStringLiteral("SELECT group_concat(r, ' / ') FROM (%1)").arg(sql)).toString();
}

QString gbkText(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QStringDecoder gbk("GB18030");
    QString text = gbk.decode(f.readAll());
    REQUIRE_FALSE(gbk.hasError());
    return text;
}

QString pdfText(const QString &pdf)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    REQUIRE(text.waitForFinished(60000));
    // NFKC: the PDF's text layer names some characters by their Kangxi-radical twins (⼈ for 人,
    // issue 17); the page itself shows the right ones.
    return QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

core::CliOutcome exportShipped(const QString &shopPath, const QStringList &args)
{
    for (const core::CliCommand &c : shipping::cliCommands())
        if (c.name == QLatin1String("orders")) {
            core::CliInvocation in;
            in.dbPath = shopPath;
            in.args = QStringList { QStringLiteral("export-shipped") } + args;
            in.json = true;
            in.actor = u8("林小美");
            return c.run(in);
        }
    FAIL("no orders command");
    return {};
}
} // namespace

TEST_CASE("a store moves in: wizard, its items, goods, orders, waybill, shipping and the way back, all from xlsx")
{
    core::language::install(QStringLiteral("zh_CN"));
    QSettings().clear();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("xiaolin.shopdesk"));

    app::MainWindow w(app::panelFactories());
    w.setQuietErrors(true);
    QStringList errors;
    QObject::connect(&w, &app::MainWindow::errorShown, [&](const QString &m) { errors << m; });
    w.restoreSettings();
    w.resize(1280, 860);
    w.show();

    // 1. The start page's New shop…, and the wizard filled in as the manager does.
    auto *start = w.findChild<app::StartPage *>(QStringLiteral("startPage"));
    REQUIRE(start);
    QTest::mouseClick(start->findChild<QPushButton *>(QStringLiteral("startNew")), Qt::LeftButton);
    auto *wizard = w.findChild<app::NewShopWizard *>(QStringLiteral("newShopWizard"));
    REQUIRE(wizard);
    test::fillWizard(wizard, file);
    wizard->accept();
    QCoreApplication::processEvents();
    REQUIRE(w.shop());
    const core::Database &shop = *w.shop();
    // A shop of its own: nothing of the demo in it.
    CHECK(rows(shop,
              QStringLiteral("SELECT (SELECT count(*) FROM items) || ' items, ' || (SELECT count(*) FROM suppliers) "
                             "|| ' suppliers, ' || (SELECT count(*) FROM orders) || ' orders, ' || (SELECT count(*) "
                             "FROM stock_moves) || ' moves' AS r"))
        == QStringLiteral("0 items, 0 suppliers, 0 orders, 0 moves"));

    // 2. The items, from the workbook the staff keep (sheets 宝贝 and 说明): the drop reads its
    // header and imports it as Listings → Import does.
    const QString items = copied(dir, "movein-items.xlsx", u8("小林宝贝.xlsx"));
    CHECK(app::ImportClassifier::classifyFile(items) == QList<Kind> { Kind::Items });
    w.drops()->setChooser([&](const QString &path, const QList<Kind> &) {
        FAIL("asked what " << path.toStdString() << " is");
        return std::optional<Kind>();
    });
    w.drops()->setSheetChooser([&](const QString &path, const QStringList &) {
        FAIL("asked for a sheet of " << path.toStdString());
        return std::optional<QString>();
    });
    CHECK(drop(w, { items }));
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(errors.isEmpty());
    CHECK(rows(shop,
              QStringLiteral("SELECT i.code || ' ' || i.title || ' ' || i.category || ' ' || i.price_fen || ' ' || "
                             "i.cost_fen || ' min ' || i.min_stock || ': ' || s.color || ' ' || s.size || ' ' || "
                             "s.barcode AS r FROM skus s JOIN items i ON i.id = s.item_id ORDER BY s.barcode"))
        == u8("XL-2001 小林 加绒连帽卫衣 女 hoodie 15900 6200 min 5: 黑色 M 6970000020015 / "
              "XL-2001 小林 加绒连帽卫衣 女 hoodie 15900 6200 min 5: 黑色 L 6970000020022 / "
              "XL-3001 小林 高腰直筒牛仔裤 jeans 12990 4850 min 3: 浅蓝 27 6970000030014"));
    core::Workbench *listings = w.workbench(QStringLiteral("listings"));
    REQUIRE(listings);
    CHECK(listings->view(QStringLiteral("items"))->findChild<QLabel *>(QStringLiteral("status"))->text()
        == u8("已导入：新增宝贝 2 个，更新 0 个；新增 SKU 3 个，更新 0 个；生成条码 0 个。"));

    // 3. The first goods arrive from a supplier nobody has entered yet: typed into the receiving
    // note, asked about, created and posted in one step.
    core::Workbench *inventory = w.workbench(QStringLiteral("inventory"));
    REQUIRE(inventory);
    inventory->raiseView(QStringLiteral("receiving"));
    QWidget *receiving = inventory->view(QStringLiteral("receiving"));
    REQUIRE(receiving);
    auto *supplier = receiving->findChild<QComboBox *>(QStringLiteral("receivingSupplier"));
    REQUIRE(supplier);
    CHECK(supplier->count() == 0);
    supplier->setEditText(u8("东莞虎门小林服装厂"));
    auto *noteNo = receiving->findChild<QLineEdit *>(QStringLiteral("receivingNoteNo"));
    noteNo->setText(QStringLiteral("RK-XL-0001"));
    receiving->findChild<QDateEdit *>()->setDate(QDate(2026, 12, 1));
    auto *scan = receiving->findChild<QLineEdit *>(QStringLiteral("receivingScan"));
    auto *quantity = receiving->findChild<QSpinBox *>(QStringLiteral("receivingQty"));
    auto *cost = receiving->findChild<QLineEdit *>(QStringLiteral("receivingCost"));
    const auto scanLine = [&](const QString &barcode, int qty, const QString &unitCost) {
        quantity->setValue(qty);
        cost->setText(unitCost);
        scan->setText(barcode);
        QTest::keyClick(scan, Qt::Key_Return);
    };
    scanLine(QStringLiteral("6970000020015"), 10, QStringLiteral("62"));
    scanLine(QStringLiteral("6970000020022"), 12, QStringLiteral("62"));
    scanLine(QStringLiteral("6970000030014"), 8, QStringLiteral("48.50"));
    receiving->findChild<QLineEdit *>(QStringLiteral("receivingFreight"))->setText(QStringLiteral("25"));
    receiving->findChild<QLineEdit *>(QStringLiteral("receivingPaid"))->setText(QStringLiteral("1000"));
    QTest::mouseClick(receiving->findChild<QPushButton *>(QStringLiteral("postNote")), Qt::LeftButton);
    REQUIRE(errors.isEmpty());
    auto *question = receiving->findChild<QLabel *>(QStringLiteral("newSupplierQuestion"));
    CHECK(question->isVisible());
    CHECK(question->text() == u8("新供应商“东莞虎门小林服装厂”：建立并入库？"));
    CHECK(test::scalar(shop, QStringLiteral("SELECT count(*) FROM stock_moves")).toInt() == 0); // asked first
    QTest::mouseClick(receiving->findChild<QPushButton *>(QStringLiteral("createSupplierAndPost")), Qt::LeftButton);
    REQUIRE(errors.isEmpty());
    CHECK(rows(shop,
              QStringLiteral("SELECT n.note_no || ' ' || s.name || ' ' || n.received_on || ' ' || n.status || ' "
                             "freight ' || n.freight_fen || ' paid ' || n.paid_fen AS r FROM receiving_notes n JOIN "
                             "suppliers s ON s.id = n.supplier_id"))
        == u8("RK-XL-0001 东莞虎门小林服装厂 2026-12-01 posted freight 2500 paid 100000"));
    CHECK(rows(shop,
              QStringLiteral("SELECT k.barcode || ' ' || m.kind || ' ' || m.quantity || ' ' || m.reference AS r FROM "
                             "stock_moves m JOIN skus k ON k.id = m.sku_id ORDER BY k.barcode"))
        == QStringLiteral("6970000020015 receive 10 RK-XL-0001 / 6970000020022 receive 12 RK-XL-0001 / "
                          "6970000030014 receive 8 RK-XL-0001"));

    // 4. The platform's export of the first order and its items export, both .xlsx, dropped
    // together: 店铺名称 is the shop's own, so nothing is asked; 商家编码 matches as the barcode and
    // as code + colour + size.
    const QString orders = copied(dir, "movein-orders.xlsx", u8("ExportOrderList202612010930.xlsx"));
    const QString orderItems = copied(dir, "movein-orders-items.xlsx", u8("ExportOrderDetailList202612010930.xlsx"));
    CHECK(app::ImportClassifier::classifyFile(orders) == QList<Kind> { Kind::Orders });
    CHECK(app::ImportClassifier::classifyFile(orderItems) == QList<Kind> { Kind::OrderLines });
    core::Workbench *shippingBench = w.workbench(QStringLiteral("shipping"));
    REQUIRE(shippingBench);
    QObject *queueView = shippingBench->view(QStringLiteral("queue"));
    QSignalSpy imported(queueView, SIGNAL(importFinished(bool, QString)));
    CHECK(drop(w, { orderItems, orders }));
    CHECK(QTest::qWaitFor([&] { return imported.count() > 0; }, 120000)); // the import runs in the background
    REQUIRE(imported.count() == 1);
    INFO(imported.first().at(1).toString().toStdString());
    CHECK(imported.first().at(0).toBool());
    REQUIRE(errors.isEmpty());
    const QString orderNo = QStringLiteral("3200000000000000001");
    CHECK(rows(shop,
              QStringLiteral("SELECT o.order_no || ' ' || o.status || ' ' || o.receiver_name || ' ' || "
                             "o.receiver_phone || ' ' || o.province || o.city || o.district || ' ' || o.address || ' "
                             "' || o.total_fen || ' paid ' || o.paid_at AS r FROM orders o"))
        == u8("3200000000000000001 paid 陈美 13912345678 江苏省南京市鼓楼区 中山路 1 号 28890 paid "
              "2026-12-01 09:05:00"));
    CHECK(rows(shop,
              QStringLiteral("SELECT l.merchant_code || ' → ' || coalesce(k.barcode, 'unmatched') || ' × ' || "
                             "l.quantity AS r FROM order_lines l LEFT JOIN skus k ON k.id = l.sku_id ORDER BY l.id"))
        == u8("6970000020022 → 6970000020022 × 1 / XL-3001-浅蓝-27 → 6970000030014 × 1"));
    CHECK(imported.first().at(1).toString()
        == u8("新订单 1 笔（待发货 1、已发货 0、已关闭 0、未付款 0）；已在店中 0 笔；更新 0 笔。当前待发货订单：1 笔，"
              "其中 0 行未对应到 SKU。"));

    // 5. Its tracking number, typed as the clerk types it, and its waybill: the sender block holds
    // the sender entered in the wizard; the receiver's phone is masked (a privacy waybill).
    shipping::ShippingService service(shop);
    auto queued = shipping::ShippingRepository(shop).queue();
    REQUIRE(queued.ok());
    REQUIRE(queued->size() == 1);
    const QString tracking = QStringLiteral("YT8800000000001");
    REQUIRE(
        service.setTrackingNumbers({ { queued->first().order.id, orderNo, QStringLiteral("YTO"), tracking } }).ok());
    queued = shipping::ShippingRepository(shop).queue();
    REQUIRE(queued.ok());
    CHECK(queued->first().order.courier == QStringLiteral("YTO"));
    CHECK(queued->first().goods() == u8("XL-2001/黑色/L×1; XL-3001/浅蓝/27×1"));
    shipping::ShippingService::PrintJob job;
    job.orders = *queued;
    const QString pdf = dir.filePath(QStringLiteral("waybill.pdf"));
    auto printed = service.printToPdf(job, pdf, u8("林小美"));
    INFO(printed.errorMessage().toStdString());
    REQUIRE(printed.ok());
    CHECK(*printed == 1);
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(u8("林小姐 13800138000 浙江省杭州市余杭区文一西路 100 号")));
    CHECK(text.contains(u8("寄件人:林小姐 13800138000 浙江省杭州市余杭区文一西路 100 号")));
    CHECK(text.contains(u8("订单号 3200000000000000001")));
    CHECK(text.contains(u8("收件人:陈美 139****5678 江苏省 南京市 鼓楼区 中山路 1 号 (210008)")));
    CHECK_FALSE(text.contains(QStringLiteral("13912345678")));

    // 6. Shipped: the goods leave stock with the tracking number.
    REQUIRE(service.shipOrder(orderNo, tracking, QString(), 850, u8("阿强"), u8("阿强")).ok());
    CHECK(test::scalar(shop, QStringLiteral("SELECT status || ' ' || tracking_no FROM orders")).toString()
        == QStringLiteral("shipped YT8800000000001"));
    CHECK(rows(shop,
              QStringLiteral("SELECT k.barcode || ' ' || sum(m.quantity) AS r FROM stock_moves m JOIN skus k ON k.id "
                             "= m.sku_id GROUP BY k.barcode ORDER BY k.barcode"))
        == QStringLiteral("6970000020015 10 / 6970000020022 11 / 6970000030014 7"));

    // 7. The way back: the seller centre's bulk-shipping file (批量发货), exactly.
    const QString bulk = dir.filePath(u8("批量发货.csv"));
    auto ran = exportShipped(shop.path(), { QStringLiteral("--out"), bulk, QStringLiteral("--all-unexported") });
    INFO(ran.text.toStdString());
    REQUIRE(ran.exitCode == 0);
    CHECK(ran.json.value(QStringLiteral("orders")).toArray() == QJsonArray { orderNo });
    CHECK(gbkText(bulk) == u8("订单编号,物流公司,运单号\r\n=\"3200000000000000001\",圆通速递,YT8800000000001\r\n"));
    CHECK(errors.isEmpty());
}

TEST_CASE("a dropped workbook is classified by the header of its sheets")
{
    CHECK(app::ImportClassifier::classifyFile(fixture("items.xlsx")) == QList<Kind> { Kind::Items });
    CHECK(app::ImportClassifier::classifyFile(fixture("orders.xlsx")) == QList<Kind> { Kind::Orders });
    CHECK(app::ImportClassifier::classifyFile(fixture("orders-items.xlsx")) == QList<Kind> { Kind::OrderLines });
    CHECK(app::ImportClassifier::classifyFile(fixture("receive.xlsx")) == QList<Kind> { Kind::ReceivingNote });
    CHECK(app::ImportClassifier::classifyFile(fixture("counts.xlsx")) == QList<Kind> { Kind::StockCount });
    CHECK(app::ImportClassifier::classifyFile(fixture("replies.xlsx")) == QList<Kind> { Kind::Replies });
    CHECK(app::ImportClassifier::classifyFile(fixture("tracking.xlsx")) == QList<Kind> { Kind::TrackingList });
    // The KPI export's merged title rows above its header.
    CHECK(app::ImportClassifier::classifyFile(fixture("kpi.xlsx")) == QList<Kind> { Kind::Kpi });

    const QList<app::ImportClassifier::Sheet> sheets
        = app::ImportClassifier::classifySheets(fixture("movein-two-tables.xlsx"));
    REQUIRE(sheets.size() == 2);
    CHECK(sheets.at(0).name == u8("宝贝"));
    CHECK(sheets.at(0).kinds == QList<Kind> { Kind::Items });
    CHECK(sheets.at(1).name == u8("快捷短语"));
    CHECK(sheets.at(1).kinds == QList<Kind> { Kind::Replies });
    // The notes page first: the data sheet is the second; the classifier of the file reads the
    // first sheet, as the importers do by default.
    CHECK(app::ImportClassifier::classifyFile(fixture("movein-notes-first.xlsx")).isEmpty());
    CHECK(app::ImportClassifier::classifySheets(fixture("movein-notes-first.xlsx")).at(1).kinds
        == QList<Kind> { Kind::Items });
    // Not a workbook: no sheets.
    CHECK(app::ImportClassifier::classifySheets(fixture("items.csv")).isEmpty());
}

TEST_CASE("a dropped workbook of several sheets imports the sheet that holds a table, or the one the user picks")
{
    test::TestShop shop;
    const QString path = shop.path();
    shop.close();
    app::MainWindow window(app::panelFactories());
    window.setQuietErrors(true);
    QStringList errors;
    QObject::connect(&window, &app::MainWindow::errorShown, [&](const QString &m) { errors << m; });
    window.resize(1200, 800);
    window.show();
    REQUIRE(window.openShop(path));
    QTemporaryDir dir;
    const auto itemCount
        = [&] { return test::scalar(*window.shop(), QStringLiteral("SELECT count(*) FROM items")).toInt(); };
    const int before = itemCount();

    // The items are on the second sheet, after a notes page: that sheet is imported, unasked.
    QStringList asked;
    window.drops()->setSheetChooser([&](const QString &, const QStringList &sheets) {
        asked = sheets;
        return std::optional<QString>();
    });
    CHECK(drop(window, { copied(dir, "movein-notes-first.xlsx", QStringLiteral("notes-first.xlsx")) }));
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    CHECK(errors.isEmpty());
    CHECK(asked.isEmpty());
    CHECK(itemCount() == before + 2);
    CHECK(core::CsvFile::sheetChoice().isEmpty()); // the next import reads its first sheet again

    // Two sheets that each hold a table: the user is asked which; cancelling imports nothing.
    const QString two = copied(dir, "movein-two-tables.xlsx", QStringLiteral("two.xlsx"));
    CHECK(drop(window, { two }));
    CHECK(asked == QStringList { u8("宝贝"), u8("快捷短语") });
    CHECK(test::scalar(*window.shop(), QStringLiteral("SELECT count(*) FROM replies WHERE code = 'xl1'")).toInt() == 0);
    // The second sheet chosen: the replies are imported, not the items.
    window.drops()->setSheetChooser([&](const QString &, const QStringList &) { return u8("快捷短语"); });
    CHECK(drop(window, { two }));
    CHECK(errors.isEmpty());
    CHECK(test::scalar(*window.shop(), QStringLiteral("SELECT body FROM replies WHERE code = 'xl1'")).toString()
        == u8("亲，小林服饰欢迎您～"));
    CHECK(core::CsvFile::sheetChoice().isEmpty());
}
