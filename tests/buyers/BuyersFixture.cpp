#include "BuyersFixture.h"

#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/StockLedger.h>

#include <catch2/catch_test_macros.hpp>

namespace shopdesk::test {

BuyersShop::BuyersShop()
{
    core::ItemRepository items(db());
    core::Item jeans;
    jeans.code = QStringLiteral("NZK-1001");
    jeans.title = u8("高腰直筒牛仔裤");
    jeans.category = u8("牛仔裤");
    jeans.price = core::Money::fromYuan(129);
    REQUIRE(items.addItem(jeans, { { 0, 0, u8("黑色"), QStringLiteral("L"), QStringLiteral("2000000000015"), {}, {} } })
                .ok());
    core::Item tee;
    tee.code = QStringLiteral("TX-2001");
    tee.title = u8("纯棉短袖T恤");
    tee.category = u8("T恤");
    tee.price = core::Money::fromYuan(40);
    REQUIRE(items.addItem(tee, { { 0, 0, u8("白色"), QStringLiteral("M"), QStringLiteral("2000000000022"), {}, {} } })
                .ok());
    jeansL = items.skuByBarcode(QStringLiteral("2000000000015")).value()->sku.id;
    teeM = items.skuByBarcode(QStringLiteral("2000000000022")).value()->sku.id;

    core::BuyerRepository buyers(db());
    REQUIRE(buyers.ensure({ 0, a(), u8("王阿花"), QStringLiteral("13812345678"), {} }).ok());
    REQUIRE(buyers.ensure({ 0, b(), u8("白小白"), QStringLiteral("13900001111"), {} }).ok());
    REQUIRE(buyers.ensure({ 0, c(), u8("陈小陈"), QStringLiteral("13700002222"), {} }).ok());
    REQUIRE(buyers.ensure({ 0, d(), u8("丁老丁"), QStringLiteral("13600003333"), {} }).ok());
    REQUIRE(buyers.ensure({ 0, e(), u8("鄂小鄂"), QStringLiteral("13500004444"), {} }).ok());
    REQUIRE(buyers.ensure({ 0, f(), u8("方小方"), QStringLiteral("13400005555"), {} }).ok());
    using core::codes::kOrderClosed;
    using core::codes::kOrderFinished;
    using core::codes::kOrderShipped;
    using core::codes::kOrderUnpaid;
    auto at = [](int m, int d) { return QDateTime(QDate(2026, m, d), QTime(10, 0)); };
    order(QStringLiteral("O-A1"), a(), kOrderFinished, at(10, 20), 20000, jeansL, {}, at(10, 21));
    order(QStringLiteral("O-A2"), a(), kOrderShipped, at(11, 5), 12000, jeansL, {}, at(11, 24));
    order(QStringLiteral("O-B1"), b(), kOrderFinished, at(11, 3), 6000, teeM, {}, at(11, 4));
    order(QStringLiteral("O-B2"), b(), kOrderFinished, at(11, 20), 4000, teeM, {}, at(11, 21));
    order(QStringLiteral("O-C1"), c(), kOrderShipped, at(11, 10), 5800, jeansL, {}, at(11, 24));
    order(QStringLiteral("O-D1"), d(), kOrderFinished, at(9, 1), 5799, teeM, {}, at(9, 2));
    order(QStringLiteral("O-E1"), e(), kOrderClosed, at(10, 2), 50000, jeansL);
    order(QStringLiteral("O-E2"), e(), kOrderFinished, at(10, 15), 3000, teeM, QStringLiteral("purple"), at(10, 16));
    order(QStringLiteral("O-F1"), f(), kOrderUnpaid, {}, 40000, jeansL);
    // 小陈 sent one piece of O-C1 back: booked back into stock against the order.
    REQUIRE(core::StockLedger(db())
                .book({ 0, jeansL, core::codes::kMoveReturn, 1, QStringLiteral("O-C1"), QStringLiteral("test"), {},
                    at(11, 28), {} })
                .ok());
}

void BuyersShop::order(const QString &no, const QString &nick, const QString &status, QDateTime paid, qint64 fen,
    qint64 sku, const QString &flag, QDateTime shipped)
{
    auto buyerId = core::BuyerRepository(db()).ensure({ 0, nick, {}, {}, {} });
    REQUIRE(buyerId.ok());
    core::Order o;
    o.orderNo = no;
    o.buyerId = *buyerId;
    o.status = status;
    o.flag = flag;
    o.createdAt = paid.isValid() ? paid.addSecs(-120) : QDateTime(QDate(2026, 11, 30), QTime(9, 0));
    o.paidAt = paid;
    o.shippedAt = shipped;
    o.courier = shipped.isValid() ? QStringLiteral("STO") : QString();
    o.trackingNo = shipped.isValid() ? QStringLiteral("7730") + no.right(2) : QString();
    o.total = core::Money::fromFen(fen);
    o.lines = { { 0, 0, sku, {}, {}, {}, 1, core::Money::fromFen(fen) } };
    REQUIRE(core::OrderRepository(db()).addOrder(o).ok());
}

} // namespace shopdesk::test
