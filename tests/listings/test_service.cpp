// ListingsService, the one way the workbench's views reach the shop: the rules an action follows
// before anything is written (in-store barcodes, the SKUs new colours and sizes add, a copy's free
// item code) and the field writes that refuse bad input.

#include "ListingsFixture.h"
#include "ListingsService.h"

#include <shopdesk/core/Ean13.h>
#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/StockLedger.h>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;

namespace {
qint64 add(listings::ListingsService &service, const QString &code, const QString &title)
{
    auto id = service.addItem(test::newListingsItem(code, title));
    REQUIRE(id.ok());
    return *id;
}

QStringList barcodesOf(listings::ListingsService &service, qint64 itemId)
{
    QStringList out;
    for (const listings::SkuStock &s : service.skuStock(itemId).value())
        out << s.sku.barcode;
    return out;
}
} // namespace

TEST_CASE("the service gives in-store barcodes, a copy's free code and the SKUs a bigger grid adds")
{
    test::TestShop shop;
    listings::ListingsService service(shop.db());
    const listings::ItemWithSkus planned
        = test::newListingsItem(QStringLiteral("A-1"), QString::fromUtf8("新品 牛仔裤"));
    REQUIRE(planned.skus.size() == 2);
    auto id = service.addItem(planned);
    REQUIRE(id.ok());
    CHECK(barcodesOf(service, *id)
        == QStringList { core::ean13::inStore(listings::ItemTransfer::kInStorePrefix, 1),
            core::ean13::inStore(listings::ItemTransfer::kInStorePrefix, 2) });

    CHECK(service.copyCode(QStringLiteral("A-1")).value() == QStringLiteral("A-1-2"));
    auto copy = planned;
    copy.item.code = QStringLiteral("A-1-2");
    copy.skus.clear();
    REQUIRE(service.addItem(copy).ok());
    CHECK(service.copyCode(QStringLiteral("A-1")).value() == QStringLiteral("A-1-3"));

    // 蓝色 × 29/30 grows to 蓝色/黑色 × 29/30/31: four new SKUs, numbered after the ones in use.
    auto added = service.newSkus(*id, { QString::fromUtf8("黑色") }, { QStringLiteral("31") });
    REQUIRE(added.ok());
    QStringList cells;
    for (const core::Sku &s : *added)
        cells << s.color + QLatin1Char('/') + s.size;
    CHECK(cells
        == QStringList { QString::fromUtf8("蓝色/31"), QString::fromUtf8("黑色/29"), QString::fromUtf8("黑色/30"),
            QString::fromUtf8("黑色/31") });
    CHECK(service.newSkus(*id, {}, {}).value().isEmpty());
    REQUIRE(service.editItem(service.item(*id).value(), &*added, {}).ok());
    CHECK(added->first().barcode == core::ean13::inStore(listings::ItemTransfer::kInStorePrefix, 3));
    CHECK(added->last().barcode == core::ean13::inStore(listings::ItemTransfer::kInStorePrefix, 6));
}

TEST_CASE("SKUs planned before another writer added its own get barcodes after those, under the write lock")
{
    // The item form plans its SKUs, then saves them; meanwhile another PC (or an import) adds
    // SKUs. The barcodes were once numbered when the plan was made, and the save then failed on
    // "UNIQUE constraint failed: skus.barcode".
    test::TestShop shop;
    listings::ListingsService service(shop.db());
    const qint64 a = add(service, QStringLiteral("A-1"), QString::fromUtf8("新品 牛仔裤"));
    auto plan = service.newSkus(a, { QString::fromUtf8("黑色") }, {});
    REQUIRE(plan.ok());
    REQUIRE(plan->size() == 2);
    const qint64 b = add(service, QStringLiteral("B-1"), QString::fromUtf8("新品 卫衣")); // serials 3 and 4
    REQUIRE(service.editItem(service.item(a).value(), &*plan, {}).ok());
    CHECK(barcodesOf(service, b)
        == QStringList { core::ean13::inStore(listings::ItemTransfer::kInStorePrefix, 3),
            core::ean13::inStore(listings::ItemTransfer::kInStorePrefix, 4) });
    CHECK(barcodesOf(service, a)
        == QStringList { core::ean13::inStore(listings::ItemTransfer::kInStorePrefix, 1),
            core::ean13::inStore(listings::ItemTransfer::kInStorePrefix, 2),
            core::ean13::inStore(listings::ItemTransfer::kInStorePrefix, 5),
            core::ean13::inStore(listings::ItemTransfer::kInStorePrefix, 6) });
}

TEST_CASE("the service's field writes refuse an empty title, a negative price and a bad barcode")
{
    test::TestShop shop;
    listings::ListingsService service(shop.db());
    const qint64 id = add(service, QStringLiteral("A-1"), QString::fromUtf8("新品 牛仔裤"));
    CHECK(service.setTitle(id, QStringLiteral("  ")).errorMessage()
        == QStringLiteral("An item needs a title: the platform does not list an item without one."));
    CHECK(service.setPrice(id, core::Money::fromFen(-1)).errorMessage()
        == QStringLiteral("A price cannot be below zero (-¥0.01)."));
    CHECK(service.item(id).value().title == QString::fromUtf8("新品 牛仔裤"));
    CHECK(service.item(id).value().price == core::Money::fromYuan(99));
    REQUIRE(service.setTitle(id, QString::fromUtf8(" 新品 牛仔裤 男 ")).ok());
    CHECK(service.item(id).value().title == QString::fromUtf8("新品 牛仔裤 男"));

    core::Sku sku = service.skuStock(id).value().first().sku;
    sku.barcode = QStringLiteral("2000000000010"); // 13 digits, wrong check digit
    CHECK(service.updateSku(sku).errorMessage()
        == QString::fromUtf8(
            "“2000000000010” is not a usable barcode: give a valid EAN-13 or the code printed on the tag."));
}

TEST_CASE("putting items back to their shelf states is all or nothing")
{
    test::TestShop shop;
    listings::ListingsService service(shop.db());
    const qint64 a = add(service, QStringLiteral("A-1"), QString::fromUtf8("新品 牛仔裤"));
    const qint64 b = add(service, QStringLiteral("B-1"), QString::fromUtf8("老款 牛仔裤"));
    const QDateTime listed(QDate(2026, 11, 20), QTime(10, 0));
    REQUIRE(service.setShelfStates({ { a, { false, {} } }, { b, { true, listed } } }).ok());
    CHECK_FALSE(service.item(a).value().onShelf);
    CHECK(service.item(b).value().listedAt == listed);
    // The second write fails (a trigger refuses it): the first one is rolled back too. Each engine
    // writes its triggers its own way.
    if (test::onServer()) {
        REQUIRE(test::scalar(shop.db(),
            QStringLiteral("CREATE FUNCTION no_b() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                           "IF OLD.code = 'B-1' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$"))
                    .isNull());
        REQUIRE(test::scalar(shop.db(),
            QStringLiteral("CREATE TRIGGER no_b BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION no_b()"))
                    .isNull());
    } else {
        REQUIRE(test::scalar(shop.db(),
            QStringLiteral("CREATE TRIGGER no_b BEFORE UPDATE ON items WHEN OLD.code = 'B-1' "
                           "BEGIN SELECT RAISE(ABORT, 'refused'); END"))
                    .isNull());
    }
    CHECK_FALSE(service.setShelfStates({ { a, { true, listed } }, { b, { false, {} } } }).ok());
    CHECK_FALSE(service.item(a).value().onShelf);
}

TEST_CASE("the items list shows the stock booked since, and its kept sums take those rows in")
{
    test::TestShop shop;
    listings::ListingsService service(shop.db());
    const qint64 id = add(service, QStringLiteral("NZK-1001"), QString::fromUtf8("牛仔裤 男 直筒"));
    const QList<listings::SkuStock> skus = service.skuStock(id).value();
    REQUIRE(skus.size() >= 2);
    core::StockMove in;
    in.skuId = skus.at(0).sku.id;
    in.kind = core::codes::kMoveReceive;
    in.quantity = 12;
    core::StockMove more = in;
    more.skuId = skus.at(1).sku.id;
    more.quantity = 5;
    REQUIRE(core::StockLedger(shop.db()).bookAll({ in, more }).ok());

    auto items = service.overview();
    REQUIRE(items.ok());
    REQUIRE(items->size() == 1);
    CHECK(items->first().onHand == 17);
    // On both engines the bookmark is at the last ledger row once the list has loaded.
    CHECK(test::scalar(shop.db(), QStringLiteral("SELECT moves_upto FROM stock_on_hand_upto WHERE id = 1")).toLongLong()
        == test::scalar(shop.db(), QStringLiteral("SELECT max(id) FROM stock_moves")).toLongLong());
    CHECK(test::scalar(shop.db(), QStringLiteral("SELECT sum(quantity) FROM stock_on_hand")).toLongLong() == 17);
}
