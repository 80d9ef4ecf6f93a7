// Every write is one transaction: a failure part-way leaves nothing behind.

#include "TestShop.h"

#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/Transaction.h>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::scalar;

TEST_CASE("a transaction that is not committed leaves nothing")
{
    test::TestShop shop;
    {
        core::Transaction tx(shop.db());
        REQUIRE(tx.isActive());
        REQUIRE(core::SqlQuery(shop.db(), QStringLiteral("INSERT INTO suppliers (name) VALUES ('A')")).run().ok());
        CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM suppliers")).toInt() == 1);
        // leaves scope without commit(): an early return
    }
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM suppliers")).toInt() == 0);
}

TEST_CASE("a nested transaction rolls back only its own part")
{
    test::TestShop shop;
    core::Transaction outer(shop.db());
    REQUIRE(core::SqlQuery(shop.db(), QStringLiteral("INSERT INTO suppliers (name) VALUES ('kept')")).run().ok());
    {
        core::Transaction inner(shop.db());
        REQUIRE(inner.isActive());
        REQUIRE(
            core::SqlQuery(shop.db(), QStringLiteral("INSERT INTO suppliers (name) VALUES ('dropped')")).run().ok());
    }
    REQUIRE(outer.commit().ok());
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM suppliers")).toInt() == 1);
    CHECK(scalar(shop.db(), QStringLiteral("SELECT name FROM suppliers")).toString() == QStringLiteral("kept"));
}

TEST_CASE("an item whose third SKU repeats a barcode is not saved at all")
{
    test::TestShop shop;
    core::ItemRepository items(shop.db());
    core::Item item;
    item.code = QStringLiteral("TX-1");
    item.title = QString::fromUtf8("纯棉 T恤 男 短袖");
    const QList<core::Sku> skus = {
        { 0, 0, QString::fromUtf8("白色"), QStringLiteral("M"), QStringLiteral("2000000000015"), {}, {} },
        { 0, 0, QString::fromUtf8("白色"), QStringLiteral("L"), QStringLiteral("2000000000022"), {}, {} },
        { 0, 0, QString::fromUtf8("黑色"), QStringLiteral("M"), QStringLiteral("2000000000015"), {}, {} },
    };
    auto id = items.addItem(item, skus);
    REQUIRE_FALSE(id.ok());
    CHECK(id.errorMessage().contains(QStringLiteral("2000000000015")));
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM items")).toInt() == 0);
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM skus")).toInt() == 0);
}

TEST_CASE("an order with a bad line is not saved at all")
{
    test::TestShop shop;
    core::Order o;
    o.orderNo = QStringLiteral("3261124000000001");
    o.status = core::codes::kOrderPaid;
    o.lines = { { 0, 0, std::nullopt, QStringLiteral("A"), {}, {}, 1, core::Money::fromYuan(10) },
        { 0, 0, std::nullopt, QStringLiteral("B"), {}, {}, 0, core::Money::fromYuan(10) } };
    auto id = core::OrderRepository(shop.db()).addOrder(o);
    REQUIRE_FALSE(id.ok());
    CHECK(id.errorMessage().contains(QStringLiteral("3261124000000001")));
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM orders")).toInt() == 0);
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM order_lines")).toInt() == 0);
}
