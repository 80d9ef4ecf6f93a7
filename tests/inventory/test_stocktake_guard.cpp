// Issue 17, a count that cannot hurt by accident: a scan from outside a category count is refused
// beside the scan field; posting names the SKUs never counted and what they would book as 盘亏;
// a SKU not yet counted shows 未盘, not a red shortage; a blind count hides 应有数.

#include "InventoryBench.h"
#include "InventoryFixture.h"
#include "StocktakeView.h"
#include "VarianceModels.h"

#include <shopdesk/core/Colours.h>
#include <shopdesk/core/Language.h>
#include <shopdesk/core/Migrator.h>
#include <shopdesk/inventory/StocktakeRepository.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using inventory::StocktakeView;
using test::InventoryBench;
using test::InventoryShop;

namespace {
constexpr int kFormat = 15; // this migration's number

void showActive(InventoryBench &bench)
{
    bench.resize(1200, 1600);
    bench.raise(QStringLiteral("stocktake"));
    bench.show();
    QApplication::setActiveWindow(&bench.window);
    REQUIRE(QTest::qWaitForWindowActive(&bench.window));
}

// Types as a barcode scanner does: every key into whatever has the focus, then Enter.
void scanIntoFocus(QWidget *window, const QString &code)
{
    for (const QChar c : code)
        QTest::keyClick(window->windowHandle(), c.toLatin1());
    QTest::keyClick(window->windowHandle(), Qt::Key_Return);
}

QString text(const InventoryBench &bench, const char *name)
{
    return bench.findChild<QLabel *>(QString::fromLatin1(name))->text();
}

QAbstractItemModel *grid(const InventoryBench &bench)
{
    return bench.findChild<QTableView *>(QStringLiteral("varianceGrid"))->model();
}

void chooseScope(const InventoryBench &bench, const QString &code)
{
    auto *scope = bench.findChild<QComboBox *>(QStringLiteral("scope"));
    scope->setCurrentIndex(scope->findData(code));
}
} // namespace

TEST_CASE("a T-shirt scanned into a jeans count is refused beside the scan field, not counted, no modal box")
{
    InventoryShop s;
    core::ShopEvents events;
    QStringList errors;
    QObject::connect(&events, &core::ShopEvents::error, [&](const QString &m) { errors << m; });
    InventoryBench bench({ s.db(), events, QStringLiteral("test") });
    showActive(bench);
    StocktakeView *view = bench.stocktake();
    chooseScope(bench, QStringLiteral("jeans"));
    bench.findChild<QPushButton *>(QStringLiteral("startCount"))->click();
    REQUIRE(view->shownCount()->scope == QStringLiteral("jeans"));
    const int commands = bench.wb->undoStack()->count();

    scanIntoFocus(&bench.window, InventoryShop::kTeeM);
    CHECK(text(bench, "lastScan")
        == QString::fromUtf8("2000000000046 is TX-2001 白/M from T-shirts: this count is of Jeans only, so it was not "
                             "counted. Put it back with the T-shirts."));
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(QApplication::focusWidget() == view->scanField());
    CHECK(bench.wb->undoStack()->count() == commands);
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM stocktake_counts")).toInt() == 0);
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM stocktake_lines")).toInt() == 3);
    CHECK(errors.isEmpty());

    // The next scan, a pair of jeans, is counted as usual.
    scanIntoFocus(&bench.window, InventoryShop::kJeans30);
    CHECK(text(bench, "lastScan") == QString::fromUtf8("NZK-1001 浅蓝/30  +1 → 1"));
}

TEST_CASE("posting names the SKUs never counted and their value; cancel keeps the count open; 未盘 is not red")
{
    InventoryShop s;
    core::ShopEvents events;
    QStringList done;
    QObject::connect(&events, &core::ShopEvents::done, [&](const QString &m) { done << m; });
    InventoryBench bench({ s.db(), events, QStringLiteral("test") });
    showActive(bench);
    StocktakeView *view = bench.stocktake();
    bench.findChild<QPushButton *>(QStringLiteral("startCount"))->click();
    REQUIRE(view->shownCount()->status == QStringLiteral("open"));
    for (int i = 0; i < 10; ++i)
        scanIntoFocus(&bench.window, InventoryShop::kJeans30);

    // 浅蓝/30 counted 10 of 10; 浅蓝/31 (5 × ¥45), 深蓝/30 (0), 白/M (8 × ¥18.50) and 白/L (3 × ¥18.50) not yet.
    QAbstractItemModel *m = grid(bench);
    REQUIRE(m->rowCount() == 2);
    CHECK(m->index(0, 0).data().toString() == QStringLiteral("10 / 10"));
    CHECK(m->index(0, 1).data().toString() == QStringLiteral("not counted / 5"));
    CHECK_FALSE(m->index(0, 1).data(Qt::BackgroundRole).isValid()); // not the red of 盘亏
    CHECK(m->index(0, 2).data().toString() == QStringLiteral("10 / 15"));
    CHECK(m->index(0, 3).data().toString().isEmpty()); // nothing is short yet
    CHECK(
        text(bench, "totals")
            .endsWith(QStringLiteral(" · 4 of 5 SKUs uncounted: ¥428.50 would be booked as a shortage (16 pieces).")));

    bench.findChild<QPushButton *>(QStringLiteral("postCount"))->click();
    CHECK(text(bench, "countQuestionText")
        == QStringLiteral("Post count PD000001? 4 of 5 SKUs uncounted: ¥428.50 would be booked as a shortage (16 "
                          "pieces). Every difference is booked into stock; count those SKUs first if they are on "
                          "the shelf."));
    CHECK(QApplication::activeModalWidget() == nullptr);
    bench.findChild<QPushButton *>(QStringLiteral("cancelCount"))->click();
    CHECK(view->shownCount()->status == QStringLiteral("open"));
    CHECK(s.onHand(s.jeans[1]) == 5);
    CHECK(s.onHand(s.tees[0]) == 8);

    // Typed 0 for 深蓝/30 (none on the shelf) is a count: 4 → 3 uncounted, the value unchanged.
    view->typeCount(s.jeans[2], 0);
    CHECK(
        text(bench, "totals")
            .endsWith(QStringLiteral(" · 3 of 5 SKUs uncounted: ¥428.50 would be booked as a shortage (16 pieces).")));

    bench.findChild<QPushButton *>(QStringLiteral("postCount"))->click();
    bench.findChild<QPushButton *>(QStringLiteral("confirmCount"))->click();
    CHECK(view->shownCount()->status == QStringLiteral("posted"));
    CHECK(s.onHand(s.jeans[1]) == 0);
    CHECK(done == QStringList { QStringLiteral("Count PD000001 posted.") });
}

TEST_CASE("the uncounted warning is in Chinese in the Chinese UI")
{
    core::language::install(QStringLiteral("zh_CN"));
    inventory::VarianceTotals t;
    t.skus = 159;
    t.skusUncounted = 147;
    t.uncountedPieces = 1662;
    t.uncountedValue = core::Money::fromYuan(74784);
    CHECK(inventory::StocktakeService::uncountedWarning(t)
        == QString::fromUtf8("159 个 SKU 中有 147 个未盘：¥74,784.00 将记为盘亏（1662 件）。"));
    core::language::install(QStringLiteral("en"));
    CHECK(inventory::StocktakeService::uncountedWarning(t)
        == QStringLiteral("147 of 159 SKUs uncounted: ¥74,784.00 would be booked as a shortage (1662 pieces)."));
    t.skusUncounted = 0;
    CHECK(inventory::StocktakeService::uncountedWarning(t).isEmpty());
}

TEST_CASE("a blind count hides the expected quantities from the counters until it is posted")
{
    InventoryShop s;
    core::ShopEvents events;
    InventoryBench bench({ s.db(), events, QStringLiteral("test") });
    showActive(bench);
    StocktakeView *view = bench.stocktake();
    bench.findChild<QCheckBox *>(QStringLiteral("blindCount"))->setChecked(true);
    bench.findChild<QPushButton *>(QStringLiteral("startCount"))->click();
    REQUIRE(view->shownCount()->blind);
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT blind FROM stocktakes")).toInt() == 1);
    for (int i = 0; i < 3; ++i)
        scanIntoFocus(&bench.window, InventoryShop::kJeans30);

    QAbstractItemModel *m = grid(bench);
    CHECK(m->index(0, 0).data().toString() == QStringLiteral("3"));
    CHECK(m->index(0, 1).data().toString() == QStringLiteral("not counted"));
    CHECK(m->index(0, 2).data().toString() == QStringLiteral("3"));
    CHECK(m->index(0, 3).data().toString().isEmpty());
    CHECK_FALSE(m->index(0, 0).data(Qt::ToolTipRole).isValid());
    QAbstractItemModel *items = bench.findChild<QTableView *>(QStringLiteral("varianceItems"))->model();
    CHECK(items->index(0, 2).data().toString().isEmpty()); // 应有数 hidden
    CHECK(items->index(0, 3).data().toString() == QStringLiteral("3"));
    CHECK(items->index(0, 5).data().toString().isEmpty());
    CHECK(text(bench, "totals") == QStringLiteral("Blind count: 3 pieces counted · 1 of 5 SKUs counted · 0 unknown"));

    bench.findChild<QPushButton *>(QStringLiteral("postCount"))->click();
    bench.findChild<QPushButton *>(QStringLiteral("confirmCount"))->click();
    REQUIRE(view->shownCount()->status == QStringLiteral("posted"));
    // Posted, the manager sees the whole variance again.
    CHECK(grid(bench)->index(0, 0).data().toString() == QString::fromUtf8("3 / 10  (−7)"));
}

TEST_CASE("shop format 15 adds the blind flag; an older shop's counts are not blind")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.shopdesk"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("blind-raw"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        REQUIRE(core::Migrator::migrate(raw, kFormat - 1).ok());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO stocktakes (scope, status, started_at) "
                                      "VALUES ('jeans', 'posted', '2026-10-30 09:00:00')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("blind-raw"));
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() >= kFormat);
    auto count = inventory::StocktakeRepository(**db).stocktake(1);
    REQUIRE(count.ok());
    CHECK_FALSE(count->blind);
    CHECK(count->scope == QStringLiteral("jeans"));
}

TEST_CASE("盘亏 red and 盘盈 green stay readable under a dark palette: text and background from the central palette")
{
    const QPalette before = QApplication::palette();
    QPalette dark(QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::WindowText, Qt::white);
    dark.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    dark.setColor(QPalette::Text, Qt::white);
    inventory::VarianceRow shortage;
    shortage.skuId = 1;
    shortage.itemCode = QStringLiteral("NZK-1001");
    shortage.color = QString::fromUtf8("浅蓝");
    shortage.size = QStringLiteral("30");
    shortage.systemQty = 10;
    shortage.counted = 7;
    shortage.scanned = true;
    inventory::VarianceRow surplus = shortage;
    surplus.skuId = 2;
    surplus.itemCode = QStringLiteral("TX-2001");
    surplus.counted = 12;
    for (const QPalette &palette : { before, dark }) {
        QApplication::setPalette(palette);
        CAPTURE(core::colours::isDark(palette));
        inventory::VarianceItemModel items;
        items.setRows({ shortage, surplus }, false);
        REQUIRE(items.rowCount() == 2);
        using C = inventory::VarianceItemModel;
        for (const auto &[row, column] : { std::pair { 0, int(C::Shortage) }, std::pair { 1, int(C::Surplus) } }) {
            const QModelIndex i = items.index(row, column);
            const QColor text = i.data(Qt::ForegroundRole).value<QBrush>().color();
            const QColor background = i.data(Qt::BackgroundRole).value<QBrush>().color();
            CAPTURE(row, text.name().toStdString(), background.name().toStdString());
            CHECK(core::colours::contrastRatio(text, background) >= 4.5);
            CHECK((background.lightness() < 128) == core::colours::isDark(palette));
        }
        inventory::VarianceGridModel grid;
        grid.setItem({ shortage }, QStringLiteral("NZK-1001"), false);
        const QModelIndex cell = grid.index(0, 0);
        REQUIRE(cell.data().toString() == QString::fromUtf8("7 / 10  (−3)"));
        CHECK(core::colours::contrastRatio(cell.data(Qt::ForegroundRole).value<QBrush>().color(),
                  cell.data(Qt::BackgroundRole).value<QBrush>().color())
            >= 4.5);
    }
    QApplication::setPalette(before);
}
