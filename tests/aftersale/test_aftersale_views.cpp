// The after-sale workbench: the cases list and its steps as undoable commands, the replies for
// customer service, the report with its chart and xlsx, and the list's screenshot in Chinese.

#include "AftersaleFixture.h"
#include "AftersaleWorkbench.h"
#include "CasesView.h"
#include "OpenCaseDialog.h"
#include "RepliesView.h"
#include "ReportView.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/core/UndoCommand.h>

#include <QChartView>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using aftersale::AftersaleService;
using test::AftersaleShop;

namespace {
struct Bench {
    QMainWindow window;
    core::ShopEvents events;
    std::unique_ptr<aftersale::AftersaleWorkbench> workbench;
    QStringList errors;
    explicit Bench(const core::Database &db)
    {
        QObject::connect(&events, &core::ShopEvents::error, [this](const QString &m) { errors << m; });
        workbench = std::make_unique<aftersale::AftersaleWorkbench>(
            core::PanelContext { db, events, QString::fromUtf8("客服小美") }, &window);
        for (QDockWidget *d : workbench->dockWidgets())
            window.addDockWidget(Qt::RightDockWidgetArea, d);
    }
    QString cell(QTableView *t, int row, int column) const { return t->model()->index(row, column).data().toString(); }
};

AftersaleService::OpenRequest returnRequest()
{
    AftersaleService::OpenRequest r;
    r.orderNo = AftersaleShop::kOrder;
    r.kind = aftersale::kinds::kReturn;
    r.reason = QString::fromUtf8("尺码不合适");
    r.lines = { { AftersaleShop::kTeeWhiteM, 2 } };
    return r;
}
} // namespace

TEST_CASE("the cases view opens, receives and refunds a return, each step undoable")
{
    AftersaleShop shop;
    Bench b(shop.db());
    aftersale::CasesView *view = b.workbench->cases();
    view->openCase(returnRequest());
    REQUIRE(b.errors.isEmpty());
    QTableView *t = view->table();
    REQUIRE(t->model()->rowCount() == 1);
    CHECK(b.cell(t, 0, 1) == AftersaleShop::kOrder);
    CHECK(b.cell(t, 0, 3) == QStringLiteral("Return"));
    CHECK(b.cell(t, 0, 5) == QStringLiteral("Open"));
    REQUIRE(view->current().has_value());
    view->receive({});
    view->refund(core::Money::fromFen(15800));
    REQUIRE(b.errors.isEmpty());
    CHECK(b.cell(t, 0, 5) == QStringLiteral("Refunded"));
    CHECK(b.cell(t, 0, 7) == QStringLiteral("¥158.00"));
    CHECK(shop.onHand(AftersaleShop::kTeeWhiteM) == 10);
    // The report, worked out when it comes to the front, holds the refund.
    aftersale::ReportView *report = b.workbench->report();
    report->window()->show();
    QCoreApplication::processEvents();
    CHECK(report->report().refund == core::Money::fromFen(15800));

    QUndoStack *undo = b.workbench->undoStack();
    REQUIRE(undo->count() == 3);
    CHECK(undo->undoText() == QStringLiteral("Refund ¥158.00 on case %1").arg(view->current()->caseNo));
    // Made again in the language switched to (as the window does on a live switch), and back.
    core::language::install(QStringLiteral("zh_CN"));
    core::retranslateUndoStack(*undo);
    CHECK(undo->undoText() == QString::fromUtf8("售后单 %1 退款 ¥158.00").arg(view->current()->caseNo));
    CHECK(undo->text(1) == QString::fromUtf8("售后单 %1 收货").arg(view->current()->caseNo));
    core::language::install(QStringLiteral("en"));
    core::retranslateUndoStack(*undo);
    CHECK(undo->undoText() == QStringLiteral("Refund ¥158.00 on case %1").arg(view->current()->caseNo));
    undo->undo();
    CHECK(b.cell(t, 0, 5) == QStringLiteral("Goods received"));
    undo->undo();
    CHECK(shop.onHand(AftersaleShop::kTeeWhiteM) == 8);
    undo->undo();
    CHECK(t->model()->rowCount() == 0);
    undo->redo();
    CHECK(t->model()->rowCount() == 1);
    REQUIRE(b.errors.isEmpty());

    // A refused step shows its message and leaves nothing on the stack.
    view->select(b.cell(t, 0, 0));
    view->refund(core::Money::fromFen(100));
    REQUIRE(b.errors.size() == 1);
    CHECK(b.errors.first().endsWith(QStringLiteral("A return is refunded once its goods are received.")));
    CHECK(undo->count() == 1); // the opening; the refused refund is not kept
    CHECK(undo->index() == 1);
}

TEST_CASE("the open-case dialog lets the user choose the lines and pieces of the case")
{
    AftersaleShop shop;
    Bench b(shop.db());
    AftersaleService service(shop.db());
    aftersale::OpenCaseDialog d(service);
    d.setOrderNo(AftersaleShop::kOrder);
    QTableWidget *lines = d.lines();
    REQUIRE(lines->rowCount() == 2);
    CHECK(lines->item(0, 0)->text() == QString::fromUtf8("TX002 纯棉圆领T恤 白色/M"));
    CHECK(lines->item(0, 1)->text() == QStringLiteral("2"));
    CHECK(lines->item(1, 0)->text().startsWith(QStringLiteral("NZK001 ")));
    // Every piece at first; the user keeps one T恤 and leaves the jeans out.
    CHECK(qobject_cast<QSpinBox *>(lines->cellWidget(0, 2))->value() == 2);
    d.setPieces(0, 1);
    d.setPieces(1, 0);
    auto r = d.request();
    REQUIRE(r.ok());
    REQUIRE(r->lines.size() == 1);
    CHECK(r->lines.first().barcode == AftersaleShop::kTeeWhiteM);
    CHECK(r->lines.first().quantity == 1);
    b.workbench->cases()->openCase(*r);
    REQUIRE(b.errors.isEmpty());
    // The shop file holds the case with that one line, one piece.
    CHECK(test::scalar(shop.db(),
              QStringLiteral("SELECT group_concat(s.barcode || ' x' || l.quantity, ',') FROM aftersale_lines l "
                             "JOIN skus s ON s.id = l.sku_id"))
              .toString()
        == QStringLiteral("6901234500035 x1"));
    // Nothing chosen is refused, with a message.
    d.setPieces(0, 0);
    auto none = d.request();
    REQUIRE_FALSE(none.ok());
    CHECK(none.errorMessage() == QStringLiteral("Choose at least one piece of the order for the case."));
}

TEST_CASE("the store edits its list of reasons, undoably")
{
    AftersaleShop shop;
    Bench b(shop.db());
    AftersaleService service(shop.db());
    const QStringList before = service.reasons();
    b.workbench->cases()->editReasons({ QString::fromUtf8("尺码不合适"), QString::fromUtf8("色差") });
    CHECK(service.reasons() == QStringList { QString::fromUtf8("尺码不合适"), QString::fromUtf8("色差") });
    b.workbench->undoStack()->undo();
    CHECK(service.reasons() == before);
    // A list the service refuses changes nothing and says why.
    b.workbench->cases()->editReasons({});
    REQUIRE(b.errors.size() == 1);
    CHECK(b.errors.first() == QStringLiteral("The store needs at least one reason."));
    CHECK(service.reasons() == before);
}

TEST_CASE("customer service sees each open case with its reply filled in")
{
    AftersaleShop shop;
    AftersaleService service(shop.db());
    auto ret = service.open(returnRequest(), {});
    REQUIRE(ret.ok());
    AftersaleService::OpenRequest ex = returnRequest();
    ex.kind = aftersale::kinds::kExchange;
    auto exchange = service.open(ex, {});
    REQUIRE(exchange.ok());
    Bench b(shop.db());
    aftersale::RepliesView *view = b.workbench->replies();
    REQUIRE(view->replies().size() == 2);
    // Newest first: the exchange asks for the size to send, the return gives the address.
    const aftersale::CaseReply &first = view->replies().at(0);
    CHECK(first.kase.caseNo == *exchange);
    CHECK(first.replyCode == QStringLiteral("hh"));
    CHECK(first.text
        == QString::fromUtf8("亲，换尺码没问题，请把宝贝寄回广州市白云区石井镇 售后部 "
                             "020-12345678，并留言需要换的白色M，收到后马上为您换发哦～"));
    const aftersale::CaseReply &second = view->replies().at(1);
    CHECK(second.replyCode == QStringLiteral("th"));
    CHECK(second.text.contains(QString::fromUtf8("请寄回：广州市白云区石井镇 售后部 020-12345678")));
    // Goods received: the reply tells the buyer the refund is on its way.
    REQUIRE(service.receive(*ret, {}, {}).ok());
    view->reload();
    CHECK(view->replies().at(1).replyCode == QStringLiteral("tk"));
    CHECK(view->replies().at(1).text
        == QString::fromUtf8("亲，退回的宝贝我们已经收到，检查无误后会尽快为您退款，款项原路返回哦～"));
}

TEST_CASE("the report counts cases per reason, item and SKU, with the return rate, and writes xlsx")
{
    AftersaleShop shop;
    AftersaleService service(shop.db());
    auto a = service.open(returnRequest(), {});
    REQUIRE(a.ok());
    REQUIRE(service.receive(*a, {}, {}).ok());
    REQUIRE(service.refund(*a, core::Money::fromFen(15800), {}).ok());
    AftersaleService::OpenRequest q;
    q.orderNo = AftersaleShop::kOrder;
    q.kind = aftersale::kinds::kRefundOnly;
    q.reason = QString::fromUtf8("质量问题");
    q.lines = { { AftersaleShop::kJeans30, 1 } };
    auto c = service.open(q, {});
    REQUIRE(c.ok());
    REQUIRE(service.refund(*c, core::Money::fromFen(3000), {}).ok());

    const QDate today = QDate::currentDate();
    auto r = service.report(today.addDays(-7), today);
    REQUIRE(r.ok());
    CHECK(r->cases == 2);
    CHECK(r->refund.toDisplayString() == QStringLiteral("¥188.00"));
    REQUIRE(r->byReason.size() == 2);
    CHECK(r->byReason[0].key == QString::fromUtf8("尺码不合适"));
    CHECK(r->byReason[0].cases == 1);
    CHECK(r->byReason[0].units == 2);
    CHECK(r->byReason[1].key == QString::fromUtf8("质量问题"));
    CHECK(r->byReason[1].refund.toDisplayString() == QStringLiteral("¥30.00"));
    REQUIRE(r->byItem.size() == 2);
    CHECK(r->byItem[0].key == QStringLiteral("NZK001"));
    CHECK(r->byItem[0].returned == 0); // a refund only brings nothing back
    CHECK(r->byItem[1].key == QStringLiteral("TX002"));
    CHECK(r->byItem[1].sold == 2);
    CHECK(r->byItem[1].returned == 2);
    CHECK(r->byItem[1].returnRate() == 1.0);
    REQUIRE(r->bySku.size() == 2);
    CHECK(r->bySku[1].title == QString::fromUtf8("TX002 白色/M"));
    // Another period holds nothing.
    auto empty = service.report(today.addDays(-60), today.addDays(-30));
    REQUIRE(empty.ok());
    CHECK(empty->cases == 0);

    Bench b(shop.db());
    aftersale::ReportView *view = b.workbench->report();
    view->setPeriod(today.addDays(-7), today);
    auto *chart = view->findChild<QChartView *>(QStringLiteral("reasonChart"));
    REQUIRE(chart);
    REQUIRE(chart->chart());
    CHECK(chart->chart()->series().size() == 1);
    auto *byItem = view->findChild<QTableView *>(QStringLiteral("byItem"));
    REQUIRE(byItem);
    CHECK(byItem->model()->index(1, 7).data().toString() == QStringLiteral("100.00%"));
    const QString xlsx = shop.file(QStringLiteral("aftersale.xlsx"));
    REQUIRE(view->exportXlsx(xlsx).ok());
    CHECK(QFileInfo(xlsx).size() > 0);
}

TEST_CASE("the after-sale list in Chinese (packaging/screenshots)")
{
    core::language::install(QStringLiteral("zh_CN"));
    AftersaleShop shop;
    AftersaleService service(shop.db());
    auto a = service.open(returnRequest(), QString::fromUtf8("客服小美"));
    REQUIRE(a.ok());
    REQUIRE(service.receive(*a, {}, QString::fromUtf8("仓管小王")).ok());
    REQUIRE(service.refund(*a, core::Money::fromFen(15800), QString::fromUtf8("客服小美")).ok());
    AftersaleService::OpenRequest ex = returnRequest();
    ex.kind = aftersale::kinds::kExchange;
    ex.lines = { { AftersaleShop::kJeans30, 1 } };
    ex.note = QString::fromUtf8("换32码");
    REQUIRE(service.open(ex, QString::fromUtf8("客服小美")).ok());
    AftersaleService::OpenRequest lost;
    lost.orderNo = AftersaleShop::kOrder;
    lost.kind = aftersale::kinds::kUndeliverable;
    lost.reason = QString::fromUtf8("其他");
    lost.note = QString::fromUtf8("地址不详，快递退回");
    REQUIRE(service.open(lost, QString::fromUtf8("客服小美")).ok());
    Bench b(shop.db());
    aftersale::CasesView *view = b.workbench->cases();
    CHECK(b.cell(view->table(), 2, 3) == QString::fromUtf8("退货"));
    CHECK(b.cell(view->table(), 2, 5) == QString::fromUtf8("已退款"));
    CHECK(b.cell(view->table(), 0, 3) == QString::fromUtf8("无法派送"));
    b.window.resize(1280, 900);
    b.window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&b.window));
    view->select(b.cell(view->table(), 2, 0));
    CHECK(view->findChild<QLabel *>(QStringLiteral("caseHistory"))->text().contains(QString::fromUtf8("已退款")));
    const QString dir = qEnvironmentVariable("SHOPDESK_SHOTS");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        view->grab().save(QDir(dir).filePath(QStringLiteral("aftersale-cases-zh_CN.png")));
    }
    core::language::install(QStringLiteral("en"));
}
