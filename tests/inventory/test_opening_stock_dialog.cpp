// Opening stock (期初库存) in the window: Inventory → Opening stock… books a count file (CSV or
// .xlsx) or the open stock-take as opening entries, as `shopdesk-cli stock opening` does; SKUs that
// have moved already are refused unless the box says to book beside them.

#include "InventoryBench.h"
#include "InventoryFixture.h"
#include "InventoryWorkbench.h"
#include "OpeningStockDialog.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Language.h>

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::InventoryShop;

TEST_CASE("Inventory → Opening stock… books a count file as opening entries; moved SKUs only when ticked")
{
    core::language::install(QStringLiteral("en"));
    InventoryShop s;
    core::ShopEvents events;
    QStringList done;
    QObject::connect(&events, &core::ShopEvents::done, [&](const QString &m) { done << m; });
    test::InventoryBench bench({ s.db(), events, QStringLiteral("clerk") });
    bench.show();
    QAction *opening = nullptr;
    for (QAction *a : bench.wb->actions())
        if (a->objectName() == QLatin1String("inventoryOpeningStock"))
            opening = a;
    REQUIRE(opening);
    CHECK(opening->text() == QStringLiteral("&Opening stock…"));
    opening->trigger();
    auto *dialog = bench.window.findChild<inventory::OpeningStockDialog *>(QStringLiteral("openingStockDialog"));
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    auto *book = dialog->findChild<QPushButton *>(QStringLiteral("bookOpeningStock"));
    CHECK_FALSE(book->isEnabled()); // no file chosen yet
    // No stock-take is open: that choice says so and cannot be taken.
    auto *fromCount = dialog->findChild<QRadioButton *>(QStringLiteral("openingFromStocktake"));
    CHECK_FALSE(fromCount->isEnabled());
    CHECK(fromCount->text() == QStringLiteral("From the open &stock-take (none is open: start one in Stock-take)"));

    // The count as the staff keep it in Excel: 深蓝/30 (no movement yet) and 浅蓝/30 (moved).
    const QString xlsx = s.shop.file(QStringLiteral("opening.xlsx"));
    REQUIRE(core::writeXlsx(xlsx, QStringLiteral("盘点"), { QString::fromUtf8("条码"), QString::fromUtf8("数量") },
        { { InventoryShop::kDark30, 4 }, { InventoryShop::kJeans30, 2 } }, { core::XlsxColumn::Text })
                .ok());
    dialog->findChild<QLineEdit *>(QStringLiteral("openingFile"))->setText(xlsx);
    CHECK(book->isEnabled());
    book->click();
    CHECK(dialog->outcome()->text()
        == QStringLiteral("Opening stock is for SKUs that have not moved yet, but 1 SKU already have stock movements "
                          "(2000000000015). Book it beside them only if that is what you mean (--alongside-moves)."));
    CHECK(s.onHand(s.jeans[2]) == 0); // nothing written
    CHECK(done.isEmpty());

    dialog->findChild<QCheckBox *>(QStringLiteral("openingAlongsideMoves"))->setChecked(true);
    book->click();
    const QString reference = QStringLiteral("QC-") + QDate::currentDate().toString(QStringLiteral("yyyyMMdd"));
    const QString booked = QStringLiteral("Opening stock booked (%1): 6 pieces over 2 SKUs.").arg(reference);
    CHECK(dialog->outcome()->text() == booked);
    CHECK(done == QStringList { booked });
    CHECK(s.onHand(s.jeans[2]) == 4);
    CHECK(s.onHand(s.jeans[0]) == 12);
    CHECK(test::scalar(s.db(),
              QStringLiteral("SELECT group_concat(quantity || ' ' || actor, ', ') FROM (SELECT * FROM stock_moves "
                             "WHERE kind = 'opening' AND reference = :r ORDER BY quantity) AS m")
                  .replace(QStringLiteral(":r"), QLatin1Char('\'') + reference + QLatin1Char('\'')))
              .toString()
        == QStringLiteral("2 clerk, 4 clerk"));
    CHECK_FALSE(book->isEnabled()); // booked once
    dialog->close();
}
