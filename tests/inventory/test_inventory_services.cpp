// The receiving and quality services the inventory workbench hands to its views: the same
// business actions the views used to reach through repositories of their own.

#include "InventoryFixture.h"

#include <shopdesk/inventory/QualityService.h>
#include <shopdesk/inventory/ReceivingService.h>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::InventoryShop;

TEST_CASE("the receiving service posts a note into stock and reverses it")
{
    InventoryShop s;
    inventory::ReceivingService service(s.db());
    auto suppliers = service.suppliers();
    REQUIRE(suppliers.ok());
    REQUIRE(suppliers->size() == 1);
    CHECK(suppliers->first().id == s.supplierId);

    inventory::ReceivingNote note;
    note.noteNo = QStringLiteral("RK-2001");
    note.supplierId = s.supplierId;
    note.receivedOn = QDate(2026, 12, 1);
    note.freight = core::Money::fromYuan(10);
    note.lines.append({ s.jeans[0], 4, core::Money::fromYuan(45) });
    auto id = service.post(note, QStringLiteral("test"));
    REQUIRE(id.ok());
    CHECK(s.onHand(s.jeans[0]) == 14);
    auto overview = service.overview();
    REQUIRE(overview.ok());
    REQUIRE(overview->size() == 1);
    CHECK(overview->first().note.noteNo == QStringLiteral("RK-2001"));
    CHECK(overview->first().pieces == 4);
    CHECK(overview->first().owed() == core::Money::fromYuan(190));
    auto account = service.account(s.supplierId);
    REQUIRE(account.ok());
    CHECK(account->owed() == core::Money::fromYuan(190));

    REQUIRE(service.reverse(*id, QStringLiteral("test")).ok());
    CHECK(s.onHand(s.jeans[0]) == 10);
}

TEST_CASE("the quality service books a supplier-exchange list out of stock")
{
    InventoryShop s;
    inventory::QualityService service(s.db());
    auto sku = service.sku(InventoryShop::kTeeM);
    REQUIRE(sku.ok());
    REQUIRE(sku->has_value());
    inventory::ExchangeLine line;
    line.skuId = (*sku)->sku.id;
    line.quantity = 2;
    line.reason = QString::fromUtf8("开线");
    REQUIRE(service.createExchange(QStringLiteral("TH-1"), s.supplierId, { line }, QStringLiteral("test")).ok());
    CHECK(s.onHand(s.tees[0]) == 6);
    auto lists = service.exchanges();
    REQUIRE(lists.ok());
    REQUIRE(lists->size() == 1);
    CHECK(lists->first().exchangeNo == QStringLiteral("TH-1"));
    CHECK(lists->first().status == QStringLiteral("open"));
    CHECK(lists->first().lines.size() == 1);
}
