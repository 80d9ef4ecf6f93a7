// The KPI panel as the store manager uses it: the daily table, entering and importing days (undoable),
// why sales moved, health lights, targets and exports.

#include "KpiPanel.h"
#include "TestShop.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/kpi/KpiRepository.h>

#include <QAbstractItemModel>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStringEncoder>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using namespace shopdesk::kpi;
using core::Money;

namespace {
struct PanelFixture {
    test::TestShop shop;
    core::ShopEvents events;
    QStringList errors;
    std::unique_ptr<KpiPanel> panel;

    PanelFixture()
    {
        QObject::connect(&events, &core::ShopEvents::error, [this](const QString &m) { errors << m; });
    }
    void open()
    {
        panel = std::make_unique<KpiPanel>(core::PanelContext { shop.db(), events, QStringLiteral("test") });
        panel->resize(1200, 800);
    }
    QList<DailyKpi> days() { return *KpiRepository(shop.db()).range(); }
};

DailyKpi row(QDate d, qint64 uv, qint64 buyers, qint64 salesYuan)
{
    DailyKpi k;
    k.day = d;
    k.uv = uv;
    k.pv = uv * 3;
    k.paidBuyers = buyers;
    k.units = buyers;
    k.sales = Money::fromYuan(salesYuan);
    k.dsr = 4.8;
    return k;
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}
} // namespace

TEST_CASE("the daily table shows the latest month with derived columns; a day entered in the form can be undone")
{
    core::language::install(QStringLiteral("en"));
    PanelFixture f;
    REQUIRE(KpiRepository(f.shop.db())
                .saveAll({ row(QDate(2026, 10, 30), 1000, 38, 4256), row(QDate(2026, 11, 1), 900, 27, 3000) })
                .ok());
    f.open();
    QTableView *table = f.panel->table();
    REQUIRE(table->objectName() == QStringLiteral("table"));
    CHECK(table->model()->headerData(2, Qt::Horizontal).toString() == QStringLiteral("Visitors (UV)"));
    REQUIRE(table->model()->rowCount() == 1); // November, the latest month
    f.panel->showMonth(QStringLiteral("2026-10"));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 6).data().toString() == QStringLiteral("3.80%"));
    CHECK(table->model()->index(0, 7).data().toString().contains(QStringLiteral("112.00")));
    CHECK(table->model()->index(0, 9).data().toString() == QStringLiteral("good"));

    // Enter 2 November in the form and save.
    child<QDateEdit>(f.panel.get(), "entryDay")->setDate(QDate(2026, 11, 2));
    child<QSpinBox>(f.panel.get(), "entryUv")->setValue(800);
    child<QSpinBox>(f.panel.get(), "entryPv")->setValue(1200);
    child<QSpinBox>(f.panel.get(), "entryBuyers")->setValue(24);
    child<QDoubleSpinBox>(f.panel.get(), "entrySales")->setValue(2688.00);
    QTest::mouseClick(child<QPushButton>(f.panel.get(), "saveDay"), Qt::LeftButton);
    CHECK(f.errors.isEmpty());
    REQUIRE(f.days().size() == 3);
    CHECK(f.days().last().sales == Money::fromYuan(2688));
    CHECK(table->model()->rowCount() == 2); // November shown again, newest first
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("2026-11-02"));
    CHECK(table->model()->index(0, 9).data().toString() == QStringLiteral("poor")); // 1.5 pages a visitor
    f.panel->undoStack()->undo();
    CHECK(f.days().size() == 2);
    f.panel->undoStack()->redo();
    CHECK(f.days().size() == 3);

    // More buyers than visitors is refused before anything is written.
    child<QSpinBox>(f.panel.get(), "entryBuyers")->setValue(900);
    QTest::mouseClick(child<QPushButton>(f.panel.get(), "saveDay"), Qt::LeftButton);
    CHECK(f.errors.size() == 1);
    CHECK(f.days().last().paidBuyers == 24);
}

TEST_CASE("a GBK import from the panel shows its days and is undone as one step")
{
    PanelFixture f;
    f.open();
    const QString path = f.shop.file(QStringLiteral("export.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QStringEncoder gbk("GB18030");
        file.write(gbk.encode(QString::fromUtf8("统计日期,浏览量,访客数,支付金额,支付买家数,支付件数,跳失率\n"
                                                "2026-10-01,3100,1000,4256.00,38,45,45.2%\n"
                                                "2026-10-02,2900,950,3800.00,35,41,47%\n")));
    }
    REQUIRE(f.panel->importFile(path));
    CHECK(f.panel->table()->model()->rowCount() == 2);
    CHECK(f.days().size() == 2);
    CHECK(f.panel->undoStack()->undoText().contains(QStringLiteral("2 days")));
    f.panel->undoStack()->undo();
    CHECK(f.days().isEmpty());

    // A broken file: the error names file, line and field; nothing is written.
    QFile bad(f.shop.file(QStringLiteral("bad.csv")));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("统计日期,访客数,支付金额,支付买家数\n2026-10-01,1000,4256,38\n2026-10-02,x,1,1\n");
    bad.close();
    CHECK_FALSE(f.panel->importFile(bad.fileName()));
    REQUIRE(f.errors.size() == 1);
    CHECK(f.errors.first().contains(QStringLiteral("bad.csv")));
    CHECK(f.errors.first().contains(QString::fromUtf8("访客数")));
    CHECK(f.days().isEmpty());
}

TEST_CASE("why sales moved names the driver, in Chinese; health lights show the day a figure went red")
{
    core::language::install(QStringLiteral("zh_CN"));
    PanelFixture f;
    QList<DailyKpi> rows;
    // November: 1000 UV a day at 2.7% and ¥114; December: 840 UV at 3.8% and ¥112 (conversion drives).
    for (QDate d(2025, 11, 1); d <= QDate(2025, 12, 31); d = d.addDays(1)) {
        const bool dec = d.month() == 12;
        DailyKpi k = row(d, dec ? 840 : 1000, dec ? 32 : 27, dec ? 32 * 112 : 27 * 114);
        if (d >= QDate(2025, 12, 20))
            k.dsr = 4.1;
        rows << k;
    }
    REQUIRE(KpiRepository(f.shop.db()).saveAll(rows).ok());
    f.open();
    f.panel->showComparison(2, QDate(2025, 12, 31));
    CHECK(f.panel->decomposition().driver == Factor::Conversion);
    CHECK(f.panel->decomposition().residualFen == 0);
    const QString why = child<QLabel>(f.panel.get(), "whyText")->text();
    CHECK(why.startsWith(QString::fromUtf8("转化率是主要推动因素")));
    const QString light = child<QLabel>(f.panel.get(), "light0")->text();
    CHECK(light.contains(QStringLiteral("2025-12-20")));
    CHECK(light.contains(QString::fromUtf8("亮红灯")));
    CHECK(f.panel->tabs()->tabText(KpiPanel::WhyTab) == QString::fromUtf8("销售额变动原因"));

    // The chart of the current tab is written as PNG and PDF.
    f.panel->tabs()->setCurrentIndex(KpiPanel::WhyTab);
    const QString png = f.shop.file(QStringLiteral("why.png"));
    REQUIRE(f.panel->exportChart(png));
    CHECK_FALSE(QImage(png).isNull());
    f.panel->tabs()->setCurrentIndex(KpiPanel::HealthTab);
    const QString health = f.shop.file(QStringLiteral("health.png"));
    REQUIRE(f.panel->exportChart(health));
    CHECK(QImage(health).width() == 3 * 600 * 2); // the three health charts side by side
    f.panel->tabs()->setCurrentIndex(KpiPanel::ChartsTab);
    const QString pdf = f.shop.file(QStringLiteral("trend.pdf"));
    REQUIRE(f.panel->exportChart(pdf));
    CHECK(test::fileBytes(pdf).startsWith("%PDF"));
    f.panel->showMonth(QStringLiteral("2025-12"));
    const QString sheet = f.shop.file(QStringLiteral("考核表.csv"));
    REQUIRE(f.panel->exportSheet(sheet));
    CHECK(QString::fromUtf8(test::fileBytes(sheet)).contains(QString::fromUtf8("合计")));
    CHECK(f.errors.isEmpty());
    core::language::install(QStringLiteral("en"));
}

TEST_CASE("targets saved from the panel are broken down by quarter, and can be undone")
{
    core::language::install(QStringLiteral("en"));
    PanelFixture f;
    REQUIRE(KpiRepository(f.shop.db()).saveAll({ row(QDate(2027, 1, 1), 1000, 30, 3000) }).ok());
    f.open();
    child<QSpinBox>(f.panel.get(), "year")->setValue(2027);
    child<QDoubleSpinBox>(f.panel.get(), "yearTarget")->setValue(3650000);
    child<QDoubleSpinBox>(f.panel.get(), "quarter4")->setValue(1500000);
    QTest::mouseClick(child<QPushButton>(f.panel.get(), "saveTargets"), Qt::LeftButton);
    CHECK(f.errors.isEmpty());
    auto targets = KpiRepository(f.shop.db()).targets(2027);
    REQUIRE(targets->size() == 2);
    QAbstractItemModel *breakdown = child<QTableView>(f.panel.get(), "targets")->model();
    REQUIRE(breakdown->rowCount() == 4);
    CHECK(breakdown->index(3, 3).data().toString().contains(QStringLiteral("1,500,000")));
    CHECK(breakdown->index(0, 0).data().toString() == QStringLiteral("Q1 (spread)"));
    CHECK(child<QLabel>(f.panel.get(), "progress")->text().contains(QStringLiteral("2027-01-01")));
    QAbstractItemModel *calendar = child<QTableView>(f.panel.get(), "calendar")->model();
    CHECK(calendar->rowCount() == 6);
    f.panel->undoStack()->undo();
    CHECK(KpiRepository(f.shop.db()).targets(2027)->isEmpty());

    // The open tab is kept with the layout; a state from another version is ignored.
    f.panel->tabs()->setCurrentIndex(KpiPanel::TargetsTab);
    const QByteArray state = f.panel->saveState();
    PanelFixture g;
    g.open();
    g.panel->restoreState(QByteArray("not a kpi state"));
    CHECK(g.panel->tabs()->currentIndex() == KpiPanel::DailyTab);
    g.panel->restoreState(state);
    CHECK(g.panel->tabs()->currentIndex() == KpiPanel::TargetsTab);
}
