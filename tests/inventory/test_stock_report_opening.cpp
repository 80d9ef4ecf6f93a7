// Opening stock (期初库存) in the period stock report (进销存报表): booked in the period it is a column
// of its own among the ins ("Opening stock booked", JSON code "opening"), booked before it is part
// of the period's opening; either way the report's closing is the ledger's.

#include "InventoryFixture.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/inventory/OpeningStockRepository.h>
#include <shopdesk/inventory/StockReport.h>

#include <QFile>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using namespace shopdesk::inventory;
using test::InventoryShop;

namespace {
const StockReportRow *rowFor(const StockReport &r, const QString &key)
{
    for (const StockReportRow &row : r.rows)
        if (row.key == key)
            return &row;
    return nullptr;
}
} // namespace

TEST_CASE("opening stock booked in the period is its own column of the stock report; before it, its opening")
{
    core::language::install(QStringLiteral("en"));
    InventoryShop s;
    const QString count = s.shop.file(QStringLiteral("opening.csv"));
    {
        QFile f(count);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("条码,数量\n%1,4\n").arg(InventoryShop::kDark30).toUtf8());
    }
    REQUIRE(OpeningStockRepository(s.db())
                .importCount(count, QStringLiteral("clerk"), false, QDateTime(QDate(2026, 11, 10), QTime(9, 0)))
                .ok());

    auto november
        = StockReportRepository(s.db()).report(QDate(2026, 11, 1), QDate(2026, 11, 30), StockReportGrouping::Sku);
    REQUIRE(november.ok());
    const StockReportRow *dark = rowFor(*november, InventoryShop::kDark30);
    REQUIRE(dark);
    CHECK(dark->opening == 0);
    CHECK(dark->in[int(StockIn::Opening)] == 4);
    CHECK(dark->in[int(StockIn::Other)] == 0);
    CHECK(dark->inTotal() == 4);
    CHECK(dark->closing == 4);
    CHECK(dark->closing == s.onHand(s.jeans[2])); // the ledger's
    CHECK(november->total.in[int(StockIn::Opening)] == 4);
    CHECK(StockReport::inName(StockIn::Opening) == QStringLiteral("Opening stock booked"));
    CHECK(StockReport::inCode(StockIn::Opening) == QStringLiteral("opening"));
    const QStringList header = november->sheetHeader();
    CHECK(header.indexOf(QStringLiteral("Opening stock booked")) == header.indexOf(QStringLiteral("Count gains")) + 1);

    // December: it is stock the month starts with.
    auto december
        = StockReportRepository(s.db()).report(QDate(2026, 12, 1), QDate(2026, 12, 31), StockReportGrouping::Sku);
    REQUIRE(december.ok());
    dark = rowFor(*december, InventoryShop::kDark30);
    REQUIRE(dark);
    CHECK(dark->opening == 4);
    CHECK(dark->in[int(StockIn::Opening)] == 0);
    CHECK(dark->closing == 4);
}
