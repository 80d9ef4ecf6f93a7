// The desktop's habits: files dropped on the window are opened or imported by their header, one
// window per shop file (a second launch brings the first forward), and the user guide on F1.

#include "DropImport.h"
#include "ImportClassifier.h"
#include "MainWindow.h"
#include "Modules.h"
#include "SingleInstance.h"
#include "TestShop.h"
#include "UserGuide.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/core/PanelContract.h>
#include <shopdesk/core/SqlQuery.h>

#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>
#include <QUrl>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using Kind = app::ImportClassifier::Kind;

namespace {
QString u8(const char *s) { return QString::fromUtf8(s); }

QList<QStringList> rows(std::initializer_list<const char *> lines)
{
    QList<QStringList> out;
    for (const char *l : lines)
        out << u8(l).split(QLatin1Char(','));
    return out;
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
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

const char *kItemsCsv = "货号,标题,类目,角色,主推,价格,成本,颜色,尺码,条码\r\n"
                        "NZK-1001,牛仔裤 男 修身 直筒,jeans,引流款,是,129.00,58.50,蓝色,30,\r\n"
                        "NZK-1001,牛仔裤 男 修身 直筒,jeans,引流款,是,129.00,58.50,黑色,30,6901234567892\r\n";
const char *kRepliesCsv = "分组,代码,标题,内容\r\n"
                          "售前,hy,欢迎语,亲，您好呀，有什么可以帮您呢\r\n";
} // namespace

TEST_CASE("the header of a file tells which importer it is for")
{
    using C = app::ImportClassifier;
    CHECK(C::candidates(rows({ "货号,标题,类目,角色,主推,价格,成本,颜色,尺码,条码" })) == QList<Kind> { Kind::Items });
    CHECK(C::candidates(rows({ "item code,title,price,colour,size,barcode" })) == QList<Kind> { Kind::Items });
    CHECK(C::candidates(rows({ "订单编号,买家会员名,收货人姓名,收货地址,联系手机,订单状态,订单付款时间" }))
        == QList<Kind> { Kind::Orders });
    CHECK(C::candidates(rows({ "订单编号,标题,价格,购买数量,商品属性,商家编码" })) == QList<Kind> { Kind::OrderLines });
    CHECK(C::candidates(rows({ "入库单号,供应商,日期,条码,数量,单价,运费,已付" }))
        == QList<Kind> { Kind::ReceivingNote });
    CHECK(C::candidates(rows({ "条码,数量" })) == QList<Kind> { Kind::StockCount });
    CHECK(C::candidates(rows({ "分组,代码,标题,内容" })) == QList<Kind> { Kind::Replies });
    CHECK(C::candidates(rows({ "order,tracking" })) == QList<Kind> { Kind::TrackingList });
    CHECK(C::candidates(rows({ "订单编号,物流单号" })) == QList<Kind> { Kind::TrackingList });
    // The platform's KPI export opens with title lines above its header.
    CHECK(C::candidates(rows({ "生意参谋 店铺日报", "统计时间 2026-11-01 ~ 2026-11-30",
              "统计日期,浏览量,访客数,支付金额,支付买家数" }))
        == QList<Kind> { Kind::Kpi });
    // None of them: the window asks.
    CHECK(C::candidates(rows({ "名称,备注" })).isEmpty());
    CHECK(C::candidates({}).isEmpty());
}

TEST_CASE("a file is classified from its first lines, in UTF-8 or GBK; a shop file is a shop")
{
    test::TestShop shop;
    const QString items = shop.file(QStringLiteral("items.csv"));
    write(items, QByteArray("\xEF\xBB\xBF") + kItemsCsv);
    CHECK(app::ImportClassifier::classifyFile(items) == QList<Kind> { Kind::Items });
    const QString gbk = shop.file(QStringLiteral("count.csv"));
    write(gbk, QByteArray("\xCC\xF5\xC2\xEB,\xCA\xFD\xC1\xBF\r\n6901234567892,3\r\n")); // 条码,数量 in GBK
    CHECK(app::ImportClassifier::classifyFile(gbk) == QList<Kind> { Kind::StockCount });
    if (!test::onServer()) // a server shop is no file
        CHECK(app::ImportClassifier::classifyFile(shop.path()) == QList<Kind> { Kind::Shop });
    const QString xlsx = shop.file(QStringLiteral("book.xlsx"));
    write(xlsx, QByteArray("PK\x03\x04 not really a workbook"));
    CHECK(app::ImportClassifier::classifyFile(xlsx).isEmpty());
}

TEST_CASE("dropping files on the window imports them through the workbench's own import, or opens a shop")
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

    const QString dir = shop.dir(); // the files dropped: beside the shop file, or (server) in the test's folder
    const QString items = dir + QStringLiteral("/items.csv");
    write(items, kItemsCsv);
    const QString replies = dir + QStringLiteral("/replies.csv");
    write(replies, kRepliesCsv);
    CHECK(drop(window, { items, replies }));
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    CHECK(errors.isEmpty());
    CHECK(test::scalar(*window.shop(), QStringLiteral("SELECT count(*) FROM items")).toInt() == 1);
    CHECK(test::scalar(*window.shop(), QStringLiteral("SELECT count(*) FROM skus")).toInt() == 2);
    CHECK(test::scalar(*window.shop(), QStringLiteral("SELECT body FROM replies WHERE code = 'hy'")).toString()
        == u8("亲，您好呀，有什么可以帮您呢"));

    // A receiving note is posted into stock, as `shopdesk-cli receive` posts it.
    {
        core::SqlQuery q(*window.shop(), QStringLiteral("INSERT INTO suppliers (name) VALUES (:n)"));
        q.bind(QStringLiteral(":n"), u8("广州新塘牛仔厂"));
        REQUIRE(q.run());
    }
    const QString note = dir + QStringLiteral("/note.csv");
    write(note,
        "入库单号,供应商,日期,条码,数量,单价,运费,已付\r\n"
        "RK-20261201-1,广州新塘牛仔厂,2026-12-01,6901234567892,12,58.50,20,0\r\n");
    CHECK(drop(window, { note }));
    CHECK(errors.isEmpty());
    CHECK(test::scalar(*window.shop(), QStringLiteral("SELECT SUM(quantity) FROM stock_moves")).toInt() == 12);
    CHECK(window.statusBar()->currentMessage()
        == QStringLiteral("Receiving note RK-20261201-1 posted from %1.").arg(QDir::toNativeSeparators(note)));

    // A file whose columns say nothing: the user is asked, among every importer; cancelling imports nothing.
    const QString odd = dir + QStringLiteral("/odd.csv");
    write(odd, "名称,备注\r\nA,B\r\n");
    QList<Kind> offered;
    window.drops()->setChooser([&](const QString &, const QList<Kind> &kinds) {
        offered = kinds;
        return std::optional<Kind>();
    });
    CHECK(drop(window, { odd }));
    CHECK(offered == app::ImportClassifier::importable());
    CHECK(errors.isEmpty());

    // The platform's order export and its items export, dropped together, are imported together,
    // in the background as Shipping → Import orders does.
    const QString data = QStringLiteral(SHOPDESK_SOURCE_DIR "/tests/shipping/data/");
    CHECK(app::ImportClassifier::classifyFile(data + QStringLiteral("ExportOrderList-utf8.csv"))
        == QList<Kind> { Kind::Orders });
    CHECK(app::ImportClassifier::classifyFile(data + QStringLiteral("ExportOrderDetailList-utf8.csv"))
        == QList<Kind> { Kind::OrderLines });
    const QString orders = dir + QStringLiteral("/ExportOrderList.csv");
    const QString lines = dir + QStringLiteral("/ExportOrderDetailList.csv");
    REQUIRE(QFile::copy(data + QStringLiteral("ExportOrderDetailList-utf8.csv"), lines));
    REQUIRE(QFile::copy(data + QStringLiteral("ExportOrderList-utf8.csv"), orders));
    CHECK(drop(window, { lines, orders }));
    const auto orderCount
        = [&] { return test::scalar(*window.shop(), QStringLiteral("SELECT count(*) FROM orders")).toInt(); };
    CHECK(QTest::qWaitFor([&] { return orderCount() > 0; }, 60000));
    CHECK(orderCount() == 7);
    CHECK(test::scalar(*window.shop(), QStringLiteral("SELECT count(*) FROM order_lines")).toInt() > 0);
    CHECK(errors.isEmpty());
    // The items export alone cannot be imported: it is said so, and nothing is written.
    CHECK(drop(window, { lines }));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first()
        == QStringLiteral("“%1” is the order items export: drop it together with the order export it belongs to.")
               .arg(lines));
    errors.clear();

    // Another shop file dropped on the window is opened (a server shop is no file to drop).
    if (test::onServer())
        return;
    test::TestShop other;
    const QString otherPath = other.path();
    other.close();
    CHECK(drop(window, { otherPath }));
    REQUIRE(window.shop());
    CHECK(window.shop()->path() == QFileInfo(otherPath).absoluteFilePath());
}

TEST_CASE("a second launch on the same shop brings the first window forward and ends; another shop does not")
{
    test::TestShop shop;
    const QString path = shop.path();
    shop.close();
    app::MainWindow window(app::panelFactories());
    window.setQuietErrors(true);
    window.show();
    REQUIRE(window.openShop(path));
    auto *instance = window.findChild<app::SingleInstance *>();
    REQUIRE(instance);
    // A shop file by its absolute path; a server shop by its address (never with a password).
    const QString listening
        = test::onServer() ? core::ServerAddress::parse(path)->url() : QFileInfo(path).absoluteFilePath();
    CHECK(instance->listeningPath() == listening);
    QSignalSpy raised(instance, &app::SingleInstance::raiseRequested);

    // The real program, as a file manager starts it.
    QProcess second;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    second.setProcessEnvironment(env);
    second.start(
        QStringLiteral(SHOPDESK_BIN_DIR "/shopdesk"), { QStringLiteral("--lang"), QStringLiteral("en"), path });
    REQUIRE(second.waitForStarted());
    // The window answers from its event loop while the second launch waits for it.
    while (second.state() != QProcess::NotRunning)
        QTest::qWait(20);
    CHECK(second.exitStatus() == QProcess::NormalExit);
    CHECK(second.exitCode() == 0);
    CHECK(QString::fromUtf8(second.readAllStandardOutput()).trimmed()
        == QStringLiteral("“%1” is open in ShopDesk already: that window was brought forward.").arg(path));
    CHECK(raised.count() == 1);

    // Another shop has no window: nobody answers, and it is opened on its own.
    test::TestShop other;
    CHECK_FALSE(app::SingleInstance::handOver(other.path()));
    CHECK(app::SingleInstance::serverName(other.path()) != app::SingleInstance::serverName(path));
    // The same file under another spelling of its path is the same shop.
    if (!test::onServer())
        CHECK(app::SingleInstance::serverName(
                  QFileInfo(path).absolutePath() + QStringLiteral("/./") + QFileInfo(path).fileName())
            == app::SingleInstance::serverName(path));

    // Closing the shop gives its name up.
    window.closeShop();
    CHECK(instance->listeningPath().isEmpty());
}

TEST_CASE("F1 opens the user guide, in the interface language, and both languages have every page")
{
    for (const QString &lang : { QStringLiteral("zh_CN"), QStringLiteral("en") })
        for (const QString &page : app::UserGuide::pages()) {
            INFO(QString(lang + QLatin1Char('/') + page).toStdString());
            QFile f(app::UserGuide::pageResource(lang, page));
            REQUIRE(f.open(QIODevice::ReadOnly));
            const QString html = QString::fromUtf8(f.readAll());
            CHECK(html.contains(QStringLiteral("<h2>")));
            CHECK(html.contains(
                lang == QLatin1String("en") ? QStringLiteral("lang=\"en\"") : QStringLiteral("lang=\"zh-CN\"")));
        }

    app::MainWindow window(app::panelFactories());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_F1);
    auto *guide = window.findChild<app::UserGuide *>();
    REQUIRE(guide);
    CHECK(guide->isVisible());
    CHECK(guide->currentPage() == QStringLiteral("index"));
    CHECK(guide->browser()->documentTitle() == QStringLiteral("Start here"));
    guide->showPage(QStringLiteral("warehouse"));
    CHECK(guide->browser()->documentTitle() == QStringLiteral("Warehouse"));

    core::language::install(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents(); // LanguageChange is posted
    CHECK(guide->currentPage() == QStringLiteral("warehouse"));
    CHECK(guide->browser()->documentTitle() == u8("仓管"));
    CHECK(guide->windowTitle() == u8("ShopDesk 使用指南"));
    core::language::install(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(guide->browser()->documentTitle() == QStringLiteral("Warehouse"));
}
