// The profit table as an .xlsx workbook: the Profit view's Export to Excel… and `profit --out`
// write the rows the view shows (the item, its title, units, the money columns, the rate) and the
// total, one sheet named after the month; ShopDesk's own reader reads them back as Excel shows them.

#include "KpiWorkbench.h"
#include "ProfitShop.h"
#include "ProfitView.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Language.h>
#include <shopdesk/core/Xlsx.h>
#include <shopdesk/kpi/KpiModule.h>

#include <QDockWidget>
#include <QFile>
#include <QMainWindow>
#include <QPushButton>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using namespace shopdesk::kpi;

namespace {
QStringList readBack(const QString &path, QString *sheetName)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    auto sheet = core::Xlsx::readSheet(f.readAll(), QStringLiteral("profit.xlsx"));
    REQUIRE(sheet.ok());
    *sheetName = sheet->name;
    QStringList rows;
    for (const core::CsvRecord &r : sheet->rows)
        rows << r.fields.join(QLatin1Char('|'));
    return rows;
}
} // namespace

TEST_CASE("the profit view exports the month's table as an .xlsx workbook that reads back as shown")
{
    core::language::install(QStringLiteral("zh_CN"));
    test::ProfitShop s;
    core::ShopEvents events;
    QStringList done, errors;
    QObject::connect(&events, &core::ShopEvents::done, [&](const QString &m) { done << m; });
    QObject::connect(&events, &core::ShopEvents::error, [&](const QString &m) { errors << m; });
    QMainWindow window;
    auto workbench
        = makePanelFactory()->createWorkbench(core::PanelContext { s.db(), events, QStringLiteral("test") }, &window);
    REQUIRE(workbench);
    for (QDockWidget *d : workbench->dockWidgets())
        window.addDockWidget(Qt::RightDockWidgetArea, d);
    ProfitView *view = static_cast<KpiWorkbench *>(workbench.get())->profit();
    view->showMonth(QDate(2026, 11, 1), ProfitGrouping::Item);
    CHECK(view->findChild<QPushButton *>(QStringLiteral("profitExport"))->text()
        == QString::fromUtf8("导出到 Excel(&E)…"));

    const QString path = s.shop.file(QStringLiteral("profit.xlsx"));
    REQUIRE(view->exportTo(path));
    CHECK(errors.isEmpty());
    CHECK(done == QStringList { QString::fromUtf8("2026-11 的利润表已写入 %1。").arg(path) });
    QString sheet;
    const QStringList rows = readBack(path, &sheet);
    CHECK(sheet == QString::fromUtf8("利润 2026-11"));
    REQUIRE(rows.size() == 4);
    CHECK(rows[0] == QString::fromUtf8("宝贝|标题|成交件数|销售额|退款|成本|毛利|运费|平台费|利润|利润率"));
    CHECK(rows[1] == QString::fromUtf8("NZK-1|牛仔裤 直筒|3|300|100|80|120|14|10|96|48%"));
    CHECK(rows[3] == QString::fromUtf8("合计||4|350|100|100|150|16|12.5|121.5|48.6%"));

    // By category: the category's name, not its code.
    view->showMonth(QDate(2026, 11, 1), ProfitGrouping::Category);
    REQUIRE(view->exportTo(path));
    const QStringList byCategory = readBack(path, &sheet);
    REQUIRE(byCategory.size() >= 2);
    CHECK(byCategory[0].startsWith(QString::fromUtf8("类目|成交件数|")));
    CHECK(byCategory[1].startsWith(QString::fromUtf8("裤装|")));
}
