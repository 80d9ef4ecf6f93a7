// The service workbench as the window hosts it: its three docks (titles in Chinese), its actions
// and their shortcuts, the views' saved state, and the reply editor that keeps an unsaved edit.

#include "WorkbenchFixture.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/service/BuyerListsRepository.h>

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

using namespace shopdesk;
using test::addReplies;
using test::Panel;
using test::u8;

namespace {
QAction *actionNamed(const core::Workbench &wb, const QString &name)
{
    for (QAction *a : wb.actions())
        if (a->objectName() == name)
            return a;
    return nullptr;
}

void activate(Panel &p)
{
    QApplication::setActiveWindow(&p.window);
    REQUIRE(QTest::qWaitForWindowActive(&p.window));
}
} // namespace

TEST_CASE("the service workbench has a dock per view, titled in Chinese")
{
    core::language::install(QStringLiteral("zh_CN"));
    test::ServiceShop shop;
    Panel p(shop.db());
    QStringList names, titles;
    for (QDockWidget *d : p.wb->dockWidgets()) {
        names << d->objectName();
        titles << d->windowTitle();
    }
    CHECK(names
        == QStringList { QStringLiteral("dock.service.replies"), QStringLiteral("dock.service.lists"),
            QStringLiteral("dock.service.kpi"), QStringLiteral("dock.service.revisits") });
    CHECK(titles == QStringList { u8("快捷短语"), u8("买家名单"), u8("客服考核与工资"), u8("回访") });
    CHECK(actionNamed(*p.wb, QStringLiteral("serviceFind"))->text() == u8("查找短语(&F)"));
    core::language::install(QStringLiteral("en"));
    QCoreApplication::processEvents(); // the LanguageChange
    CHECK(p.wb->dock(QStringLiteral("lists"))->windowTitle() == QStringLiteral("Buyer lists"));
    CHECK(actionNamed(*p.wb, QStringLiteral("serviceFind"))->text() == QStringLiteral("&Find a reply"));
}

TEST_CASE("every service action is offered with its shortcut")
{
    test::ServiceShop shop;
    Panel p(shop.db());
    const QList<QPair<QString, QKeySequence>> expected = {
        { QStringLiteral("serviceReload"), QKeySequence(Qt::Key_F5) },
        { QStringLiteral("serviceFind"), QKeySequence(Qt::CTRL | Qt::Key_F) },
        { QStringLiteral("serviceBind"), QKeySequence(Qt::CTRL | Qt::Key_L) },
        { QStringLiteral("serviceNewReply"), QKeySequence() },
        { QStringLiteral("serviceSaveReply"), QKeySequence(Qt::CTRL | Qt::Key_S) },
        { QStringLiteral("serviceDeleteReply"), QKeySequence(Qt::Key_Delete) },
        { QStringLiteral("serviceImport"), QKeySequence(Qt::CTRL | Qt::Key_I) },
        { QStringLiteral("serviceExport"), QKeySequence(Qt::CTRL | Qt::Key_E) },
    };
    REQUIRE(p.wb->actions().size() == expected.size());
    for (const auto &[name, keys] : expected) {
        CAPTURE(name.toStdString());
        QAction *a = actionNamed(*p.wb, name);
        REQUIRE(a);
        CHECK(a->shortcut() == keys);
        CHECK(a->shortcutContext() == Qt::WidgetWithChildrenShortcut);
        CHECK_FALSE(a->text().isEmpty());
    }
}

TEST_CASE("Ctrl+L typed in the buyer lists goes to the buyer/order field; Alt+3 to the KPI dock")
{
    test::ServiceShop shop;
    addReplies(shop.db());
    Panel p(shop.db());
    activate(p);
    auto *followOrder = p.child<QLineEdit>("followOrder");
    followOrder->setFocus();
    REQUIRE(followOrder->hasFocus());
    QTest::keyClick(p.window.windowHandle(), Qt::Key_L, Qt::ControlModifier);
    CHECK(p.child<QLineEdit>("bindField")->hasFocus());
    // Typed there, an order number binds its facts.
    QTest::keyClicks(p.child<QLineEdit>("bindField"), test::ServiceShop::kOrderNo);
    QTest::keyClick(p.child<QLineEdit>("bindField"), Qt::Key_Return);
    CHECK(p.child<QLabel>("bound")->text().contains(test::ServiceShop::buyer()));
    // Alt+3 from there: the KPI dock has the focus.
    QTest::keyClick(p.window.windowHandle(), Qt::Key_3, Qt::AltModifier);
    CHECK(p.wb->dock(QStringLiteral("kpi"))->isAncestorOf(QApplication::focusWidget()));
}

TEST_CASE("Delete in the reply table deletes the reply, undoably; in the buyer lists it deletes none")
{
    test::ServiceShop shop;
    addReplies(shop.db());
    Panel p(shop.db());
    activate(p);
    auto *table = p.child<QTableView>("table");
    p.child<QTableView>("followTable")->setFocus();
    QTest::keyClick(p.window.windowHandle(), Qt::Key_Delete);
    CHECK(table->model()->rowCount() == 5);

    table->setFocus();
    table->setCurrentIndex(table->model()->index(1, 0)); // wl
    QTest::keyClick(p.window.windowHandle(), Qt::Key_Delete);
    service::ReplyRepository repo(shop.db());
    CHECK(table->model()->rowCount() == 4);
    CHECK_FALSE(repo.byCode(QStringLiteral("wl")).value().has_value());
    p.undo()->undo();
    CHECK(repo.byCode(QStringLiteral("wl")).value()->title == u8("发货通知"));
}

TEST_CASE("an unsaved reply edit stays in the editor when the agent moves on, and is saved to its reply")
{
    test::ServiceShop shop;
    addReplies(shop.db());
    Panel p(shop.db());
    auto *body = p.child<QPlainTextEdit>("editBody");
    auto *note = p.child<QLabel>("unsavedNote");
    auto *search = p.child<QLineEdit>("search");
    CHECK(p.child<QLineEdit>("editCode")->text() == QStringLiteral("hy"));
    CHECK(note->isHidden());
    body->setPlainText(u8("亲，欢迎光临呢～"));
    CHECK_FALSE(note->isHidden());
    CHECK(note->text() == QStringLiteral("Reply hy has unsaved changes: Save (Ctrl+S) keeps them, Revert drops them."));

    // Down to wl: the table follows, the edit of hy stays.
    QTest::keyClick(search, Qt::Key_Down);
    auto *table = p.child<QTableView>("table");
    CHECK(table->model()->index(table->currentIndex().row(), 0).data().toString() == QStringLiteral("wl"));
    CHECK(p.child<QLineEdit>("editCode")->text() == QStringLiteral("hy"));
    CHECK(body->toPlainText() == u8("亲，欢迎光临呢～"));

    p.child<QPushButton>("saveReply")->click();
    service::ReplyRepository repo(shop.db());
    CHECK(repo.byCode(QStringLiteral("hy")).value()->body == u8("亲，欢迎光临呢～"));
    CHECK(repo.byCode(QStringLiteral("wl")).value()->body == u8("亲，宝贝已于{发货日期}发出，{快递}单号{运单号}哦～"));
    // Saved, the editor shows the current reply again.
    CHECK(note->isHidden());
    CHECK(p.child<QLineEdit>("editCode")->text() == QStringLiteral("wl"));
}

TEST_CASE("Revert drops an unsaved reply edit; a refused save keeps it")
{
    test::ServiceShop shop;
    addReplies(shop.db());
    Panel p(shop.db());
    auto *body = p.child<QPlainTextEdit>("editBody");
    auto *code = p.child<QLineEdit>("editCode");
    // A code another reply has: the shop refuses it, and the edit is still there, unsaved.
    code->selectAll();
    QTest::keyClicks(code, QStringLiteral("wl"));
    p.child<QPushButton>("saveReply")->click();
    service::ReplyRepository repo(shop.db());
    CHECK(repo.byCode(QStringLiteral("hy")).value().has_value());
    CHECK(code->text() == QStringLiteral("wl"));
    CHECK_FALSE(p.child<QLabel>("unsavedNote")->isHidden());
    CHECK(p.undo()->count() == 0);

    p.child<QPushButton>("revertReply")->click();
    CHECK(code->text() == QStringLiteral("hy"));
    CHECK(body->toPlainText() == u8("亲，欢迎光临{店铺}呢～"));
    CHECK(p.child<QLabel>("unsavedNote")->isHidden());
}

TEST_CASE("the service views' state comes back: column widths, the list shown, the unpaid hours")
{
    test::ServiceShop shop;
    addReplies(shop.db());
    QByteArray state;
    {
        Panel p(shop.db());
        p.child<QTableView>("table")->horizontalHeader()->resizeSection(1, 211);
        p.child<QTabWidget>("listTabs")->setCurrentIndex(3);
        p.child<QSpinBox>("unpaidHours")->setValue(6);
        p.child<QTableView>("kpiTable")->horizontalHeader()->resizeSection(0, 133);
        state = p.wb->saveState();
    }
    Panel p(shop.db());
    p.wb->restoreState(state);
    CHECK(p.child<QTableView>("table")->horizontalHeader()->sectionSize(1) == 211);
    CHECK(p.child<QTabWidget>("listTabs")->currentIndex() == 3);
    CHECK(p.child<QSpinBox>("unpaidHours")->value() == 6);
    p.wb->reload();
    CHECK(p.child<QTableView>("kpiTable")->horizontalHeader()->sectionSize(0) == 133);
}

TEST_CASE("a waiting buyer for a SKU in stock is refused beside the fields, the barcode kept to correct")
{
    test::ServiceShop shop;
    addReplies(shop.db());
    REQUIRE(core::StockLedger(shop.db())
                .book({ 0, shop.skuBlackXL, core::codes::kMoveReceive, 3, QStringLiteral("RK-1"), {}, {},
                    QDateTime(QDate(2026, 11, 19), QTime(9, 0)), std::nullopt })
                .ok());
    Panel p(shop.db());
    QStringList errors;
    QObject::connect(&p.events, &core::ShopEvents::error, [&](const QString &m) { errors << m; });
    auto *buyer = p.child<QLineEdit>("waitBuyer");
    auto *barcode = p.child<QLineEdit>("waitBarcode");
    QTest::keyClicks(buyer, QStringLiteral("tb_amy"));
    QTest::keyClicks(barcode, test::ServiceShop::kBarcodeBlackXL);
    QTest::keyClick(barcode, Qt::Key_Return);
    CHECK(p.child<QLabel>("listMessage")->text()
        == u8("NZK-1001 黑色/XL is in stock (3 available): the buyer can order it now, so there is nothing to wait "
              "for."));
    CHECK(barcode->text() == test::ServiceShop::kBarcodeBlackXL);
    CHECK(errors.isEmpty()); // said inline, no error box
    CHECK(p.undo()->count() == 0);
    CHECK(service::BuyerListsRepository(shop.db()).waiting(false)->isEmpty());

    // The size out of stock is taken.
    barcode->selectAll();
    QTest::keyClicks(barcode, test::ServiceShop::kBarcodeBlackL);
    QTest::keyClick(barcode, Qt::Key_Return);
    CHECK(p.child<QLabel>("listMessage")->text() == QStringLiteral("tb_amy is on the waiting list."));
    CHECK(barcode->text().isEmpty());
    CHECK(service::BuyerListsRepository(shop.db()).waiting(false)->size() == 1);
}

TEST_CASE("clicking another reply with the mouse keeps the unsaved edit; a reload keeps it too")
{
    test::ServiceShop shop;
    addReplies(shop.db());
    Panel p(shop.db());
    auto *body = p.child<QPlainTextEdit>("editBody");
    auto *table = p.child<QTableView>("table");
    body->setPlainText(u8("亲，欢迎光临呢～"));
    const QModelIndex wl = table->model()->index(1, 0);
    REQUIRE(wl.data().toString() == QStringLiteral("wl"));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(wl).center());
    CHECK(table->currentIndex().row() == 1);
    CHECK(p.child<QLineEdit>("editCode")->text() == QStringLiteral("hy"));
    CHECK(body->toPlainText() == u8("亲，欢迎光临呢～"));
    CHECK(p.child<QLabel>("unsavedNote")->text()
        == QStringLiteral("Reply hy has unsaved changes: Save (Ctrl+S) keeps them, Revert drops them."));
    // Another PC (or another dock) changes the replies: the table reloads, the edit stays.
    p.events.notifyChanged(core::Topic::Replies);
    CHECK(body->toPlainText() == u8("亲，欢迎光临呢～"));
    CHECK(p.child<QLineEdit>("editCode")->text() == QStringLiteral("hy"));
    CHECK(
        service::ReplyRepository(shop.db()).byCode(QStringLiteral("hy")).value()->body == u8("亲，欢迎光临{店铺}呢～"));
}
