// The buyers workbench in Chinese (the list over 6 buyers, the buyer's page and profile, the
// member tiers, undo), the customer-service panel showing the bound buyer's tier, and the KPI
// workbench's repeat buyers and the “× 回头率” row beside the decomposition; screenshots ([.shots]).

#include "BuyerTableModel.h"
#include "BuyersFixture.h"
#include "BuyersView.h"
#include "BuyersWorkbench.h"
#include "MembersView.h"

#include <shopdesk/buyers/BuyersModule.h>
#include <shopdesk/core/Language.h>
#include <shopdesk/core/RecordTable.h>
#include <shopdesk/core/UndoCommand.h>
#include <shopdesk/demo/DemoShop.h>
#include <shopdesk/kpi/KpiModule.h>
#include <shopdesk/kpi/KpiRepository.h>
#include <shopdesk/service/ReplyLibrary.h>
#include <shopdesk/service/ServiceModule.h>

#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::BuyersShop;
using test::u8;

namespace {
/// A module's workbench in a window, its docks side by side, as the app hosts it.
struct Window {
    Window(const core::Database &db, std::unique_ptr<core::PanelFactory> f)
        : context { db, events, QStringLiteral("test") }
        , factory(std::move(f))
        , wb(factory->createWorkbench(context, &window))
    {
        REQUIRE(wb);
        for (QDockWidget *d : wb->dockWidgets())
            window.addDockWidget(Qt::RightDockWidgetArea, d);
        window.resize(1280, 820);
        window.show();
    }
    template<typename T>
    T *child(const char *name) const
    {
        T *w = window.findChild<T *>(QString::fromLatin1(name));
        REQUIRE(w);
        return w;
    }
    core::ShopEvents events;
    core::PanelContext context;
    std::unique_ptr<core::PanelFactory> factory;
    QMainWindow window;
    std::unique_ptr<core::Workbench> wb;
};

QString cell(const QAbstractItemModel *m, int row, int column) { return m->index(row, column).data().toString(); }
} // namespace

TEST_CASE("the buyers workbench: every buyer by spend with tier and masked phone, in Chinese")
{
    core::language::install(QStringLiteral("zh_CN"));
    BuyersShop s;
    Window w(s.db(), buyers::makePanelFactory());
    auto *wb = static_cast<buyers::BuyersWorkbench *>(w.wb.get());
    wb->setToday(BuyersShop::today());
    QStringList names, titles;
    for (QDockWidget *d : wb->dockWidgets()) {
        names << d->objectName();
        titles << d->windowTitle();
    }
    CHECK(names == QStringList { QStringLiteral("dock.buyers.buyers"), QStringLiteral("dock.buyers.members") });
    CHECK(titles == QStringList { u8("买家"), u8("会员等级") });

    buyers::BuyersView *view = wb->buyers();
    const buyers::BuyerTableModel *m = view->model();
    REQUIRE(m->rowCount() == 6);
    using C = buyers::BuyerTableModel;
    CHECK(cell(m, 0, C::Nick) == s.a());
    CHECK(cell(m, 0, C::Phone) == QStringLiteral("138****5678"));
    CHECK(cell(m, 0, C::Tier) == u8("赠品会员"));
    CHECK(cell(m, 0, C::Spend) == QStringLiteral("¥320.00"));
    CHECK(cell(m, 1, C::Tier) == u8("折扣会员"));
    CHECK(cell(m, 2, C::Tier) == u8("关怀会员"));
    CHECK(cell(m, 3, C::Tier) == u8("普通买家"));
    CHECK(cell(m, 4, C::Returns) == QStringLiteral("2"));
    CHECK(m->headerData(C::Tier, Qt::Horizontal).toString() == u8("会员等级"));
    CHECK(w.child<QLabel>("buyerCount")->text() == u8("全部买家 — 6 位买家 · 赠品会员：1 · 折扣会员：1 · 关怀会员：1"));
    CHECK(
        w.child<QLabel>("buyerSummary")->text().startsWith(u8("<b>阿花</b> 王阿花 138****5678 · 赠品会员 · ¥320.00")));

    w.child<QCheckBox>("showPhones")->setChecked(true);
    CHECK(cell(m, 0, C::Phone) == QStringLiteral("13812345678"));
    w.child<QCheckBox>("showPhones")->setChecked(false);
    CHECK(cell(m, 0, C::Phone) == QStringLiteral("138****5678"));

    QLineEdit *search = w.child<QLineEdit>("buyerSearch");
    search->setText(QStringLiteral("1390000"));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(m->rowCount() == 1);
    CHECK(cell(m, 0, C::Nick) == s.b());
}

TEST_CASE("the buyer's profile is saved as one undoable step; the member thresholds too")
{
    core::language::install(QStringLiteral("zh_CN"));
    BuyersShop s;
    Window w(s.db(), buyers::makePanelFactory());
    auto *wb = static_cast<buyers::BuyersWorkbench *>(w.wb.get());
    buyers::BuyersView *view = wb->buyers();
    REQUIRE(view->showBuyer(s.d()));
    w.child<QSpinBox>("height")->setValue(172);
    w.child<QDoubleSpinBox>("weight")->setValue(65.5);
    w.child<QLineEdit>("usualSize")->setText(QStringLiteral("XL"));
    w.child<QCheckBox>("loyal")->setChecked(true);
    REQUIRE(view->saveProfile());
    buyers::BuyersService service(s.db());
    CHECK((*service.detail(s.d()))->profile.heightCm == 172);
    CHECK((*service.detail(s.d()))->profile.loyal);
    REQUIRE(wb->undoStack()->count() == 1);
    CHECK(wb->undoStack()->undoText() == u8("保存老丁的资料"));
    // Made again in the language switched to (as the window does on a live switch), and back.
    core::language::install(QStringLiteral("en"));
    core::retranslateUndoStack(*wb->undoStack());
    CHECK(wb->undoStack()->undoText() == u8("Save the profile of 老丁"));
    core::language::install(QStringLiteral("zh_CN"));
    core::retranslateUndoStack(*wb->undoStack());
    CHECK(wb->undoStack()->undoText() == u8("保存老丁的资料"));
    wb->undoStack()->undo();
    CHECK_FALSE((*service.detail(s.d()))->profile.heightCm.has_value());
    CHECK_FALSE((*service.detail(s.d()))->profile.loyal);

    buyers::MembersView *members = wb->members();
    const core::RecordTableModel *tiers = members->tiers();
    REQUIRE(tiers->rowCount() == 4);
    CHECK(cell(tiers, 0, 0) == u8("赠品会员"));
    CHECK(cell(tiers, 0, 2) == u8("下次下单送赠品、会员折扣、关怀短信和促销通知"));
    CHECK(cell(tiers, 0, 3) == QStringLiteral("1"));
    w.child<QDoubleSpinBox>("giftThreshold")->setValue(350);
    REQUIRE(members->applyThresholds());
    CHECK(cell(view->model(), 0, buyers::BuyerTableModel::Tier) == u8("折扣会员"));
    CHECK(cell(tiers, 0, 3) == QStringLiteral("0"));
    wb->undoStack()->undo();
    CHECK(cell(view->model(), 0, buyers::BuyerTableModel::Tier) == u8("赠品会员"));
    CHECK(service.thresholds() == core::MemberThresholds {});
}

TEST_CASE("the customer-service panel shows the bound buyer's tier and what it entitles")
{
    core::language::install(QStringLiteral("zh_CN"));
    BuyersShop s;
    Window w(s.db(), service::makePanelFactory());
    QLineEdit *bind = w.child<QLineEdit>("bindField");
    bind->setText(s.a());
    QTest::keyClick(bind, Qt::Key_Return);
    const QStringList lines = w.child<QLabel>("bound")->text().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 2);
    CHECK(lines[1] == u8("赠品会员：共 2 笔已付款订单 ¥320.00；可享：下次下单送赠品、会员折扣、关怀短信和促销通知。"));
    bind->setText(s.f());
    QTest::keyClick(bind, Qt::Key_Return);
    CHECK(w.child<QLabel>("bound")->text().split(QLatin1Char('\n')).value(1)
        == u8("普通买家：共 0 笔已付款订单 ¥0.00；可享：暂无。"));
}

TEST_CASE("the KPI workbench shows repeat buyers per month and 回头率 beside the three factors")
{
    core::language::install(QStringLiteral("zh_CN"));
    BuyersShop s;
    QList<kpi::DailyKpi> days;
    for (QDate d(2026, 10, 1); d <= QDate(2026, 11, 30); d = d.addDays(1)) {
        kpi::DailyKpi k;
        k.day = d;
        k.uv = 1000;
        k.pv = 3000;
        k.paidBuyers = d.month() == 11 ? 30 : 27;
        k.sales = core::Money::fromYuan(k.paidBuyers * 110);
        days << k;
    }
    REQUIRE(kpi::KpiRepository(s.db()).saveAll(days).ok());
    Window w(s.db(), kpi::makePanelFactory());
    REQUIRE(w.wb->dock(QStringLiteral("repeat")));
    CHECK(w.wb->dock(QStringLiteral("repeat"))->windowTitle() == u8("回头客"));
    const auto *repeat = w.child<QTableView>("repeatMonths")->model();
    REQUIRE(repeat->rowCount() == 12);
    CHECK(cell(repeat, 0, 0) == QStringLiteral("2026-11"));
    CHECK(cell(repeat, 0, 1) == QStringLiteral("3"));
    CHECK(cell(repeat, 0, 2) == QStringLiteral("2"));
    CHECK(cell(repeat, 0, 3) == QStringLiteral("66.67%"));
    CHECK(cell(repeat, 0, 4) == u8("+66.67 个百分点"));
    CHECK(
        w.child<QLabel>("repeatHeadline")->text() == u8("2026-11 回头率：66.67%（3 位买家中 2 位回头）；上月 0.00%。"));

    const auto *parts = w.child<QTableView>("parts")->model();
    REQUIRE(parts->rowCount() == 6);
    CHECK(cell(parts, 3, 0) == u8("回头率"));
    CHECK(cell(parts, 3, 1) == QStringLiteral("0.00%"));
    CHECK(cell(parts, 3, 2) == QStringLiteral("66.67%"));
    CHECK(w.child<QLabel>("whyText")->text().split(QLatin1Char('\n')).value(1)
        == u8("回头率 0.00% → 66.67%（3 位买家中 2 位回头），与三个因素并列显示。"));
}

TEST_CASE("screenshots of the buyers workbench, the service panel's tier and the repeat buyers", "[.shots]")
{
    const QString dir = qEnvironmentVariable("SHOPDESK_SHOTS", QStringLiteral("/tmp/shots"));
    QDir().mkpath(dir);
    core::language::install(QStringLiteral("zh_CN"));
    test::TestShop shop;
    demo::DemoOptions options;
    options.lastDay = QDate(2026, 11, 28);
    REQUIRE(demo::DemoShop::create(shop.db(), options).ok());
    {
        Window w(shop.db(), buyers::makePanelFactory());
        auto *wb = static_cast<buyers::BuyersWorkbench *>(w.wb.get());
        wb->setToday(options.lastDay);
        w.window.resize(1280, 900);
        for (QDockWidget *d : wb->dockWidgets().mid(1))
            w.window.tabifyDockWidget(wb->dockWidgets().first(), d);
        wb->raiseView(QStringLiteral("buyers"));
        REQUIRE(QTest::qWaitForWindowExposed(&w.window));
        QCoreApplication::processEvents();
        w.window.grab().save(QDir(dir).filePath(QStringLiteral("buyers-zh_CN.png")));
        wb->raiseView(QStringLiteral("members"));
        QCoreApplication::processEvents();
        w.window.grab().save(QDir(dir).filePath(QStringLiteral("buyers-members-zh_CN.png")));
    }
    {
        Window w(shop.db(), service::makePanelFactory());
        w.wb->raiseView(QStringLiteral("replies"));
        const buyers::BuyersService service(shop.db());
        auto rows = service.list({});
        REQUIRE(rows.ok());
        REQUIRE_FALSE(rows->isEmpty());
        QLineEdit *bind = w.child<QLineEdit>("bindField");
        bind->setText(rows->first().nick);
        QTest::keyClick(bind, Qt::Key_Return);
        REQUIRE(QTest::qWaitForWindowExposed(&w.window));
        w.window.grab().save(QDir(dir).filePath(QStringLiteral("service-member-zh_CN.png")));
    }
    {
        Window w(shop.db(), kpi::makePanelFactory());
        w.window.resize(1280, 900);
        for (QDockWidget *d : w.wb->dockWidgets().mid(1))
            w.window.tabifyDockWidget(w.wb->dockWidgets().first(), d);
        w.wb->raiseView(QStringLiteral("repeat"));
        REQUIRE(QTest::qWaitForWindowExposed(&w.window));
        w.window.grab().save(QDir(dir).filePath(QStringLiteral("kpi-repeat-zh_CN.png")));
        w.wb->raiseView(QStringLiteral("why"));
        QCoreApplication::processEvents();
        w.window.grab().save(QDir(dir).filePath(QStringLiteral("kpi-why-repeat-zh_CN.png")));
    }
}
