// Screenshots of the count screen on the demo shop, in Chinese, for the issue note. Hidden
// ([.shots]): run with  SHOPDESK_SHOTS=/tmp/shots test_inventory "[.shots]"

#include "InventoryBench.h"
#include "MovementsView.h"
#include "StocktakeView.h"
#include "TestShop.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/demo/DemoShop.h>
#include <shopdesk/inventory/StocktakeRepository.h>

#include <QDir>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;

TEST_CASE("screenshots of the count screen on the demo shop", "[.shots]")
{
    const QString dir = qEnvironmentVariable("SHOPDESK_SHOTS", QStringLiteral("/tmp/shots"));
    QDir().mkpath(dir);
    core::language::install(QStringLiteral("zh_CN"));
    test::TestShop shop;
    demo::DemoOptions options;
    options.lastDay = QDate(2026, 11, 28);
    REQUIRE(demo::DemoShop::create(shop.db(), options).ok());
    auto stock = core::StockLedger(shop.db()).stock();
    REQUIRE(stock.ok());
    core::ShopEvents events;
    test::InventoryBench panel({ shop.db(), events, QString::fromUtf8("仓管小王") });
    panel.resize(1280, 820);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel.window));
    panel.setToday(QDate(2026, 11, 28));
    panel.window.grab().save(QDir(dir).filePath(QStringLiteral("inventory-stock-zh.png")));
    panel.raise(QStringLiteral("stocktake"));
    panel.stocktake()->startCount();
    QLineEdit *field = panel.stocktake()->scanField();
    // The first jeans item: most SKUs counted right, one short, one over, a few scanned ×N.
    QString item = stock->first().itemCode;
    int n = 0;
    for (const core::StockRow &r : *stock) {
        if (r.itemCode != item)
            continue;
        qint64 pieces = r.onHand + (n % 5 == 1 ? -1 : n % 7 == 3 ? 1 : 0);
        if (pieces > 0) {
            QTest::keyClicks(field, QStringLiteral("%1*%2").arg(r.barcode).arg(pieces));
            QTest::keyClick(field, Qt::Key_Return);
        }
        ++n;
    }
    QTest::keyClicks(field, QStringLiteral("6901234567892"));
    QTest::keyClick(field, Qt::Key_Return);
    QTest::keyClicks(field, stock->first().barcode);
    QTest::keyClick(field, Qt::Key_Return);
    panel.window.grab().save(QDir(dir).filePath(QStringLiteral("inventory-count-demo-zh.png")));
    core::language::install(QStringLiteral("en"));
    QTest::qWait(200); // the language change and the layouts it asks for
    panel.window.grab().save(QDir(dir).filePath(QStringLiteral("inventory-count-demo-en.png")));
    core::language::install(QStringLiteral("zh_CN"));
    panel.raise(QStringLiteral("receiving"));
    panel.window.grab().save(QDir(dir).filePath(QStringLiteral("inventory-receiving-zh.png")));
    panel.movements()->showSku(stock->first().barcode);
    panel.raise(QStringLiteral("movements"));
    panel.window.grab().save(QDir(dir).filePath(QStringLiteral("inventory-movements-zh.png")));
    core::language::install(QStringLiteral("en"));
}
