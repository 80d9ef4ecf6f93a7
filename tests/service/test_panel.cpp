// The service panel as an agent uses it: keyboard only, facts bound from an order, a prompt
// for a missing fact, stacking, the live house-style check, the buyer lists and the KPI tab.

#include "WorkbenchFixture.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/Language.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/PanelContract.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/demo/DemoShop.h>
#include <shopdesk/service/AgentKpi.h>
#include <shopdesk/service/BuyerListsRepository.h>
#include <shopdesk/service/ReplyRepository.h>
#include <shopdesk/service/ServiceModule.h>

#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::addReplies;
using test::Panel;
using test::u8;

TEST_CASE("type a code, Enter copies the reply filled from the bound order")
{
    test::ServiceShop shop;
    addReplies(shop.db());
    Panel p(shop.db());
    auto *table = p.child<QTableView>("table");
    CHECK(table->model()->rowCount() == 5);

    auto *bind = p.child<QLineEdit>("bindField");
    bind->setFocus();
    QTest::keyClicks(bind, test::ServiceShop::kOrderNo);
    QTest::keyClick(bind, Qt::Key_Return);
    CHECK(p.child<QLabel>("bound")->text().contains(test::ServiceShop::buyer()));

    auto *search = p.child<QLineEdit>("search");
    QTest::keyClicks(search, QStringLiteral("wl"));
    CHECK(table->model()->rowCount() == 2);
    CHECK(table->model()->index(table->currentIndex().row(), 0).data().toString() == QStringLiteral("wl"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(QGuiApplication::clipboard()->text() == u8("亲，宝贝已于2026-11-20发出，申通快递单号773012345678哦～"));

    // Arrow down picks wl2.
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(QGuiApplication::clipboard()->text() == u8("亲，物流更新会有延迟哦"));
}

TEST_CASE("a missing fact is asked for and nothing is copied until it is typed")
{
    test::ServiceShop shop;
    addReplies(shop.db());
    shop.addUnpaidOrder(QStringLiteral("3002"), QDateTime(QDate(2026, 11, 24), QTime(8, 0)));
    Panel p(shop.db());
    QGuiApplication::clipboard()->setText(QStringLiteral("before"));
    auto *bind = p.child<QLineEdit>("bindField");
    QTest::keyClicks(bind, QStringLiteral("3002"));
    QTest::keyClick(bind, Qt::Key_Return);
    auto *search = p.child<QLineEdit>("search");
    QTest::keyClicks(search, QStringLiteral("wl"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(QGuiApplication::clipboard()->text() == QStringLiteral("before"));
    CHECK(p.child<QGroupBox>("missingFacts")->isVisible());
    CHECK(p.child<QLabel>("hint")->text().contains(u8("{运单号}")));

    auto *shipped = p.child<QLineEdit>("fact.shipped");
    CHECK(shipped->hasFocus());
    QTest::keyClicks(shipped, QStringLiteral("2026-11-25"));
    QTest::keyClick(shipped, Qt::Key_Return);
    auto *courier = p.child<QLineEdit>("fact.courier");
    CHECK(courier->hasFocus());
    courier->insert(u8("中通快递")); // typed through the input method
    QTest::keyClick(courier, Qt::Key_Return);
    auto *tracking = p.child<QLineEdit>("fact.tracking");
    QTest::keyClicks(tracking, QStringLiteral("7512"));
    QTest::keyClick(tracking, Qt::Key_Return);
    CHECK(QGuiApplication::clipboard()->text() == u8("亲，宝贝已于2026-11-25发出，中通快递单号7512哦～"));
    CHECK_FALSE(p.child<QGroupBox>("missingFacts")->isVisible());
}

TEST_CASE("Ctrl+Enter stacks replies; Enter copies them as one message")
{
    test::ServiceShop shop;
    addReplies(shop.db());
    Panel p(shop.db());
    auto *search = p.child<QLineEdit>("search");
    QTest::keyClicks(search, QStringLiteral("hy"));
    QTest::keyClick(search, Qt::Key_Return, Qt::ControlModifier);
    QTest::keyClicks(search, QStringLiteral("wl2"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(QGuiApplication::clipboard()->text() == u8("亲，欢迎光临衣橱小铺呢～\n物流更新会有延迟哦"));
}

TEST_CASE("the editor checks the house style live; saving is undoable")
{
    test::ServiceShop shop;
    addReplies(shop.db());
    Panel p(shop.db());
    auto *body = p.child<QPlainTextEdit>("editBody");
    auto *lint = p.child<QLabel>("lint");
    body->setPlainText(u8("您好，明天到"));
    CHECK(lint->text().contains(u8("亲")));
    CHECK(lint->text().contains(u8("明天到")));
    body->setPlainText(u8("亲，付款后24小时内发货哦"));
    CHECK(lint->text().contains(QStringLiteral("✓")));

    p.child<QPushButton>("saveReply")->click();
    service::ReplyRepository repo(shop.db());
    CHECK(repo.byCode(QStringLiteral("hy")).value()->body == u8("亲，付款后24小时内发货哦"));
    p.undo()->undo();
    CHECK(repo.byCode(QStringLiteral("hy")).value()->body == u8("亲，欢迎光临{店铺}呢～"));
}

TEST_CASE("the buyer-list tab shows who to tell, with the filled notice; the KPI tab the month")
{
    test::ServiceShop shop;
    addReplies(shop.db());
    service::BuyerListsRepository lists(shop.db());
    REQUIRE(lists
                .addWaiting(QStringLiteral("tb_amy"), test::ServiceShop::kBarcodeBlackL,
                    QDateTime(QDate(2026, 11, 1), QTime(9, 0)), {})
                .ok());
    REQUIRE(core::StockLedger(shop.db())
                .book({ 0, shop.skuBlackL, core::codes::kMoveReceive, 4, {}, {}, {},
                    QDateTime(QDate(2026, 11, 2), QTime(9, 0)), std::nullopt })
                .ok());
    REQUIRE(service::AgentKpiRepository(shop.db())
                .saveDay({ u8("小美"), QDate(2026, 11, 3), 100, 95, 40, 30, 20, core::Money::fromYuan(6000) })
                .ok());
    Panel p(shop.db());
    auto *wait = p.child<QTableView>("waitTable");
    REQUIRE(wait->model()->rowCount() == 1);
    CHECK(wait->model()->index(0, 6).data().toString() == u8("亲，tb_amy，高腰直筒牛仔裤黑色L到货了哦"));

    wait->setCurrentIndex(wait->model()->index(0, 0));
    p.child<QPushButton>("waitCopy")->click();
    CHECK(QGuiApplication::clipboard()->text() == u8("亲，tb_amy，高腰直筒牛仔裤黑色L到货了哦"));
    CHECK(lists.waiting(true)->isEmpty());
    CHECK(wait->model()->rowCount() == 0);
    p.undo()->undo();
    CHECK(lists.waiting(true)->size() == 1);

    auto *kpi = p.child<QWidget>("month");
    QMetaObject::invokeMethod(kpi, "setDate", Q_ARG(QDate, QDate(2026, 11, 1)));
    auto *table = p.child<QTableView>("kpiTable");
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 4).data().toString() == QStringLiteral("95.0%"));
    CHECK(table->model()->index(0, 6).data().toString() == QStringLiteral("40.0%"));
}

// Not part of the suite (hidden tag): pictures of the panel on the demo shop, in Chinese (or in
// SHOPDESK_SHOTS_LANG, e.g. en; the files are then named …-en.png).
//   SHOPDESK_SHOTS=/tmp/shots build/tests/service/test_service "[.shots]"
TEST_CASE("screenshots of the panel with the demo shop", "[.shots]")
{
    const QString dir = qEnvironmentVariable("SHOPDESK_SHOTS");
    REQUIRE_FALSE(dir.isEmpty());
    const QString lang = qEnvironmentVariable("SHOPDESK_SHOTS_LANG", QStringLiteral("zh_CN"));
    const QString suffix
        = lang == QLatin1String("zh_CN") ? QStringLiteral("-zh.png") : QStringLiteral("-%1.png").arg(lang);
    core::language::install(lang);
    test::TestShop shop;
    demo::DemoOptions options;
    options.lastDay = QDate(2026, 11, 24);
    REQUIRE(demo::DemoShop::create(shop.db(), options).ok());
    // A waiting buyer whose SKU then arrives, an agent month, a follow-up.
    service::BuyerListsRepository lists(shop.db());
    auto all = core::StockLedger(shop.db()).stock();
    REQUIRE(all.ok());
    QList<core::StockRow> soldOut; // a buyer waits only for a SKU out of stock
    for (const core::StockRow &r : *all)
        if (r.onHand <= 0)
            soldOut << r;
    REQUIRE(soldOut.size() >= 2);
    REQUIRE(lists
                .addWaiting(QString::fromUtf8("小鱼爱购物"), soldOut.at(0).barcode,
                    QDateTime(QDate(2026, 11, 20), QTime(10, 0)), {})
                .ok());
    REQUIRE(lists
                .addWaiting(QStringLiteral("tb_lily88"), soldOut.at(1).barcode,
                    QDateTime(QDate(2026, 11, 21), QTime(15, 0)), {})
                .ok());
    REQUIRE(core::StockLedger(shop.db())
                .book({ 0, soldOut.at(0).skuId, core::codes::kMoveReceive, 6, QStringLiteral("RK-88"), {}, {},
                    QDateTime(QDate(2026, 11, 23), QTime(9, 0)), std::nullopt })
                .ok());
    REQUIRE(lists
                .addFollowUp({ 0, QStringLiteral("3261120000002312345"), QStringLiteral("logistics"),
                                 QString::fromUtf8("三天没有物流更新"), {}, {} },
                    {})
                .ok());
    service::AgentKpiRepository kpi(shop.db());
    for (int d = 1; d <= 24; ++d) {
        REQUIRE(kpi.saveDay({ QString::fromUtf8("小美"), QDate(2026, 11, d), 120 + d, 118 + d, 45 + d % 7, 40,
                                18 + d % 5, core::Money::fromYuan(5200 + 37 * d) })
                    .ok());
        REQUIRE(kpi.saveDay({ QString::fromUtf8("阿杰"), QDate(2026, 11, d), 90 + d, 84 + d, 28 + d % 5, 25, 30 + d % 9,
                                core::Money::fromYuan(3400 + 21 * d) })
                    .ok());
    }
    REQUIRE(kpi.setLevel(QString::fromUtf8("小美"), QStringLiteral("senior")).ok());
    service::PayRates rates;
    rates.levelBase = { { QStringLiteral("junior"), core::Money::fromYuan(2800) },
        { QStringLiteral("middle"), core::Money::fromYuan(3200) },
        { QStringLiteral("senior"), core::Money::fromYuan(3600) },
        { QStringLiteral("lead"), core::Money::fromYuan(4200) } };
    rates.personalRate = 0.01;
    rates.teamRate = 0.003;
    REQUIRE(kpi.setRates(rates).ok());

    auto shipped = core::OrderRepository(shop.db()).overview(200);
    REQUIRE(shipped.ok());
    QString orderNo;
    for (const auto &o : *shipped)
        if (o.order.status == core::codes::kOrderShipped && orderNo.isEmpty())
            orderNo = o.order.orderNo;
    Panel p(shop.db());
    for (QDockWidget *d : p.wb->dockWidgets().mid(1))
        p.window.tabifyDockWidget(p.wb->dockWidgets().first(), d);
    p.window.resize(900, 1000);
    auto *bind = p.child<QLineEdit>("bindField");
    QTest::keyClicks(bind, orderNo);
    QTest::keyClick(bind, Qt::Key_Return);
    auto *search = p.child<QLineEdit>("search");
    QTest::keyClicks(search, QStringLiteral("wl"));
    QTest::keyClick(search, Qt::Key_Return);
    QTest::qWait(50);
    p.wb->dock(QStringLiteral("replies"))->raise();
    QTest::qWait(50);
    REQUIRE(p.window.grab().save(dir + QStringLiteral("/service") + suffix));
    p.wb->dock(QStringLiteral("lists"))->raise();
    QTest::qWait(50);
    REQUIRE(p.window.grab().save(dir + QStringLiteral("/service-lists") + suffix));
    p.child<QTabWidget>("listTabs")->setCurrentIndex(4); // 无法发货: the demo's yellow-flagged orders
    QTest::qWait(50);
    REQUIRE(p.window.grab().save(dir + QStringLiteral("/service-cannot-ship") + suffix));
    p.wb->dock(QStringLiteral("kpi"))->raise();
    QMetaObject::invokeMethod(p.child<QWidget>("month"), "setDate", Q_ARG(QDate, QDate(2026, 11, 1)));
    QTest::qWait(50);
    REQUIRE(p.window.grab().save(dir + QStringLiteral("/service-kpi") + suffix));
    core::language::install(QStringLiteral("en"));
}

TEST_CASE("importing a library in the panel is one undoable step")
{
    test::ServiceShop shop;
    addReplies(shop.db());
    Panel p(shop.db());
    const QString path = shop.file(QStringLiteral("lib.csv"));
    REQUIRE(core::writeCsv(path, { u8("分组"), u8("代码"), u8("标题"), u8("内容") },
        { { u8("售前"), QStringLiteral("hy"), u8("欢迎语"), u8("亲，您好呀，有什么可以帮您呢") },
            { u8("好评"), QStringLiteral("hp"), u8("好评邀请"), u8("亲，满意的话给个五星好评哦") } })
                .ok());
    bool ok = false;
    REQUIRE(QMetaObject::invokeMethod(
        p.wb->view(QStringLiteral("replies")), "importLibraryFrom", Q_RETURN_ARG(bool, ok), Q_ARG(QString, path)));
    CHECK(ok);
    auto *table = p.child<QTableView>("table");
    CHECK(table->model()->rowCount() == 6);
    service::ReplyRepository repo(shop.db());
    CHECK(repo.byCode(QStringLiteral("hy")).value()->body == u8("亲，您好呀，有什么可以帮您呢"));
    p.undo()->undo();
    CHECK(table->model()->rowCount() == 5);
    CHECK(repo.byCode(QStringLiteral("hy")).value()->body == u8("亲，欢迎光临{店铺}呢～"));
    p.undo()->redo();
    CHECK(repo.all()->size() == 6);
}

TEST_CASE("the bound facts follow the order when it ships meanwhile")
{
    test::ServiceShop shop;
    addReplies(shop.db());
    shop.addUnpaidOrder(QStringLiteral("3003"), QDateTime(QDate(2026, 11, 24), QTime(8, 0)));
    Panel p(shop.db());
    QTest::keyClicks(p.child<QLineEdit>("bindField"), QStringLiteral("3003"));
    QTest::keyClick(p.child<QLineEdit>("bindField"), Qt::Key_Return);
    QTest::keyClicks(p.child<QLineEdit>("search"), QStringLiteral("wl"));
    CHECK(p.child<QPlainTextEdit>("preview")->toPlainText().contains(u8("{运单号}")));
    // Shipping records the waybill (straight in the file here) and announces it.
    test::scalar(shop.db(),
        QStringLiteral("UPDATE orders SET status = 'shipped', courier = 'YTO', tracking_no = 'YT123', "
                       "shipped_at = '2026-11-25 10:00:00' WHERE order_no = '3003'"));
    p.events.notifyChanged(core::Topic::Orders);
    CHECK(p.child<QPlainTextEdit>("preview")->toPlainText().contains(QStringLiteral("YT123")));
}

TEST_CASE("follow-ups and failed deals are entered from the keyboard, marked done, undone")
{
    test::ServiceShop shop;
    addReplies(shop.db());
    Panel p(shop.db());
    auto *order = p.child<QLineEdit>("followOrder");
    QTest::keyClicks(order, QStringLiteral("3001"));
    QTest::keyClick(order, Qt::Key_Return);
    auto *table = p.child<QTableView>("followTable");
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 1).data().toString() == QStringLiteral("Logistics unclear"));
    table->setCurrentIndex(table->model()->index(0, 0));
    p.child<QPushButton>("followDone")->click();
    CHECK(table->model()->index(0, 4).data().toString().startsWith(QStringLiteral("✓")));
    service::BuyerListsRepository lists(shop.db());
    CHECK(lists.followUps()->first().doneAt.isValid());
    p.undo()->undo();
    CHECK_FALSE(lists.followUps()->first().doneAt.isValid());

    QTest::keyClicks(p.child<QLineEdit>("failedBuyer"), QStringLiteral("tb_lily"));
    p.child<QPushButton>("failedAdd")->click();
    CHECK(p.child<QTableView>("failedTable")->model()->rowCount() == 1);
    p.undo()->undo();
    CHECK(lists.failedDeals()->isEmpty());
}

TEST_CASE(
    "an order the warehouse flags yellow appears under Cannot ship; copying the message puts it on the follow-ups")
{
    test::ServiceShop shop;
    REQUIRE(service::ReplyRepository(shop.db())
                .add({ 0, QStringLiteral("logistics"), QStringLiteral("wl4"), u8("缺货无法发货"),
                    u8("亲，非常抱歉，您拍的{宝贝}{颜色}{尺码}暂时缺货，换其他颜色尺码还是退款呢？"), 1 })
                .ok());
    core::Order o;
    o.orderNo = QStringLiteral("5001");
    o.buyerId = *core::BuyerRepository(shop.db()).ensure({ 0, test::ServiceShop::buyer(), {}, {}, {} });
    o.status = core::codes::kOrderPaid;
    o.flag = QStringLiteral("yellow");
    o.createdAt = QDateTime(QDate(2026, 11, 24), QTime(9, 0));
    o.paidAt = QDateTime(QDate(2026, 11, 24), QTime(9, 5));
    o.lines = { { 0, 0, shop.skuBlackXL, u8("高腰直筒牛仔裤"), {}, QStringLiteral("NZK-1001"), 1,
        core::Money::fromYuan(129) } };
    REQUIRE(core::OrderRepository(shop.db()).addOrder(o).ok());

    Panel p(shop.db());
    auto *tabs = p.child<QTabWidget>("listTabs");
    CHECK(tabs->tabText(4) == QStringLiteral("Cannot ship (1)"));
    auto *held = p.child<QTableView>("heldTable");
    REQUIRE(held->model()->rowCount() == 1);
    CHECK(held->model()->index(0, 0).data().toString() == QStringLiteral("5001"));
    CHECK(held->model()->index(0, 3).data().toString().isEmpty());
    const QString message = u8("亲，非常抱歉，您拍的高腰直筒牛仔裤黑色XL暂时缺货，换其他颜色尺码还是退款呢？");
    CHECK(held->model()->index(0, 4).data().toString() == message);

    held->setCurrentIndex(held->model()->index(0, 0));
    p.child<QPushButton>("heldCopy")->click();
    CHECK(QGuiApplication::clipboard()->text() == message);
    service::BuyerListsRepository lists(shop.db());
    REQUIRE(lists.followUps()->size() == 1);
    CHECK(lists.followUps()->first().orderNo == QStringLiteral("5001"));
    CHECK(lists.followUps()->first().reason == QStringLiteral("cannot_ship"));
    CHECK(held->model()->index(0, 3).data().toString() == QString::fromUtf8("✓"));
    p.undo()->undo();
    CHECK(lists.followUps()->isEmpty());
}
