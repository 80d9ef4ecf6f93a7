// Buyer lists: the waiting buyers to call when stock arrives, unpaid orders, follow-ups, failed deals.

#include "ServiceFixture.h"

#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/service/BuyerLists.h>
#include <shopdesk/service/ReplyRepository.h>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::u8;

namespace {
void addReplies(const core::Database &db)
{
    service::ReplyRepository replies(db);
    REQUIRE(replies
                .add({ 0, QStringLiteral("restock"), QStringLiteral("dh"), u8("到货通知"),
                    u8("亲，{买家}您好，您登记的{宝贝}（{颜色}/{尺码}）已经到货了，喜欢的话尽快下单哦～"), 1 })
                .ok());
    REQUIRE(replies
                .add({ 0, QStringLiteral("payment"), QStringLiteral("cf"), u8("催付"),
                    u8("亲，您在{店铺}拍下的订单{订单号}还没有付款呢，订单为您保留3天哦～"), 2 })
                .ok());
}
core::StockMove receive(qint64 sku, int qty, const QDateTime &at)
{
    return { 0, sku, core::codes::kMoveReceive, qty, QStringLiteral("RK-1"), QStringLiteral("test"), {}, at,
        std::nullopt };
}
} // namespace

TEST_CASE("a receiving makes a waiting buyer appear with the filled 到货通知")
{
    test::ServiceShop shop;
    addReplies(shop.db());
    core::StockLedger ledger(shop.db());
    // Stock received (and sold out) before she registered does not count.
    REQUIRE(ledger.book(receive(shop.skuBlackXL, 2, QDateTime(QDate(2026, 11, 19), QTime(9, 0)))).ok());
    REQUIRE(ledger
                .book({ 0, shop.skuBlackXL, core::codes::kMoveShip, -2, QStringLiteral("3001"), QStringLiteral("test"),
                    {}, QDateTime(QDate(2026, 11, 20), QTime(9, 0)), std::nullopt })
                .ok());
    service::BuyerListsRepository lists(shop.db());
    REQUIRE(lists
                .addWaiting(test::ServiceShop::buyer(), test::ServiceShop::kBarcodeBlackXL,
                    QDateTime(QDate(2026, 11, 21), QTime(14, 0)), QStringLiteral("小美"))
                .ok());
    CHECK_FALSE(
        lists.addWaiting(test::ServiceShop::buyer(), QStringLiteral("999"), QDateTime::currentDateTime(), {}).ok());

    auto before = service::BuyerLists::restockNotices(shop.db());
    REQUIRE(before.ok());
    CHECK(before->isEmpty());
    // Another SKU arriving changes nothing.
    REQUIRE(ledger.book(receive(shop.skuBlackL, 5, QDateTime(QDate(2026, 11, 22), QTime(9, 0)))).ok());
    CHECK(service::BuyerLists::restockNotices(shop.db())->isEmpty());

    REQUIRE(ledger.book(receive(shop.skuBlackXL, 10, QDateTime(QDate(2026, 11, 23), QTime(9, 30)))).ok());
    auto after = service::BuyerLists::restockNotices(shop.db());
    REQUIRE(after.ok());
    REQUIRE(after->size() == 1);
    const auto &n = after->first();
    CHECK(n.entry.buyerNick == test::ServiceShop::buyer());
    CHECK(n.entry.size == QStringLiteral("XL"));
    CHECK(n.entry.arrivedAt == QDateTime(QDate(2026, 11, 23), QTime(9, 30)));
    REQUIRE(n.message.complete());
    CHECK(
        n.message.text == u8("亲，小鱼爱购物您好，您登记的高腰直筒牛仔裤（黑色/XL）已经到货了，喜欢的话尽快下单哦～"));

    // Once told, she leaves the list.
    REQUIRE(lists.setContacted(n.entry.id, QDateTime(QDate(2026, 11, 23), QTime(10, 0))).ok());
    CHECK(service::BuyerLists::restockNotices(shop.db())->isEmpty());
    CHECK(lists.waiting(false)->size() == 1);
}

TEST_CASE("unpaid orders after N hours and within 3 days come with the 催付 reply")
{
    test::ServiceShop shop;
    addReplies(shop.db());
    const QDateTime now(QDate(2026, 11, 24), QTime(12, 0));
    shop.addUnpaidOrder(QStringLiteral("4001"), now.addSecs(-30 * 60)); // too fresh
    shop.addUnpaidOrder(QStringLiteral("4002"), now.addSecs(-5 * 3600)); // remind
    shop.addUnpaidOrder(QStringLiteral("4003"), now.addDays(-4)); // closed by the platform
    auto list = service::BuyerLists::paymentReminders(shop.db(), now, 2);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().order.orderNo == QStringLiteral("4002"));
    CHECK(list->first().message.text == u8("亲，您在衣橱小铺拍下的订单4002还没有付款呢，订单为您保留3天哦～"));
}

TEST_CASE("follow-ups carry a reason and a done mark; failed deals are kept for next time")
{
    test::ServiceShop shop;
    service::BuyerListsRepository lists(shop.db());
    auto id = lists.addFollowUp(
        { 0, QStringLiteral("3001"), QStringLiteral("logistics"), u8("三天没更新"), {}, {} }, QStringLiteral("小美"));
    REQUIRE(id.ok());
    CHECK_FALSE(lists.addFollowUp({ 0, QStringLiteral("3001"), QStringLiteral("lost"), {}, {}, {} }, {}).ok());
    REQUIRE(lists.setFollowUpDone(*id, QDateTime(QDate(2026, 11, 24), QTime(9, 0))).ok());
    auto all = lists.followUps();
    REQUIRE(all->size() == 1);
    CHECK(all->first().doneAt.isValid());
    CHECK(service::BuyerListsRepository::followUpReasonName(QStringLiteral("cannot_ship"))
        == QStringLiteral("Cannot ship"));

    REQUIRE(lists
                .addFailedDeal(
                    { 0, QStringLiteral("tb_lily"), u8("卫衣 灰色 XL"), u8("嫌贵"), u8("上新时旺旺通知"), {} }, {})
                .ok());
    CHECK(lists.failedDeals()->first().nextTime == u8("上新时旺旺通知"));
}

TEST_CASE(
    "a paid order the warehouse flags yellow (cannot ship) comes with the 缺货无法发货 reply until it is followed up")
{
    test::ServiceShop shop;
    service::ReplyRepository replies(shop.db());
    REQUIRE(replies
                .add({ 0, QStringLiteral("logistics"), QStringLiteral("wl4"), u8("缺货无法发货"),
                    u8("亲，非常抱歉，您拍的{宝贝}{颜色}{尺码}"
                       "暂时缺货，可以帮您换其他颜色尺码或者退款，您看怎么处理比较好呢？"),
                    1 })
                .ok());
    auto paidOrder = [&](const char *no, const char *flag) {
        core::Order o;
        o.orderNo = QString::fromLatin1(no);
        o.buyerId = *core::BuyerRepository(shop.db()).ensure({ 0, test::ServiceShop::buyer(), {}, {}, {} });
        o.status = core::codes::kOrderPaid;
        o.flag = QString::fromLatin1(flag);
        o.createdAt = QDateTime(QDate(2026, 11, 24), QTime(9, 0));
        o.paidAt = QDateTime(QDate(2026, 11, 24), QTime(9, 5));
        o.total = core::Money::fromYuan(129);
        o.lines = { { 0, 0, shop.skuBlackXL, u8("高腰直筒牛仔裤"), {}, QStringLiteral("NZK-1001"), 1,
            core::Money::fromYuan(129) } };
        REQUIRE(core::OrderRepository(shop.db()).addOrder(o).ok());
    };
    paidOrder("5001", "yellow");
    paidOrder("5002", "red"); // a special request: ships as noted
    paidOrder("5003", "");
    auto list = service::BuyerLists::cannotShipNotices(shop.db());
    INFO(list.errorMessage().toStdString());
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().order.orderNo == QStringLiteral("5001"));
    CHECK(list->first().order.buyerNick == test::ServiceShop::buyer());
    CHECK_FALSE(list->first().order.followedUp);
    CHECK(list->first().message.text
        == u8("亲，非常抱歉，您拍的高腰直筒牛仔裤黑色XL暂时缺货，可以帮您换其他颜色尺码或者退款，您看怎么处理比较好呢"
              "？"));

    service::BuyerListsRepository lists(shop.db());
    auto id = lists.addFollowUp(
        { 0, QStringLiteral("5001"), QStringLiteral("cannot_ship"), {}, QDateTime::currentDateTime(), {} }, {});
    REQUIRE(id.ok());
    CHECK(service::BuyerLists::cannotShipNotices(shop.db())->first().order.followedUp);
    REQUIRE(lists.setFollowUpDone(*id, QDateTime::currentDateTime()).ok());
    CHECK_FALSE(service::BuyerLists::cannotShipNotices(shop.db())->first().order.followedUp);
}

TEST_CASE("a buyer cannot be put on the waiting list for a SKU in stock")
{
    test::ServiceShop shop;
    core::StockLedger ledger(shop.db());
    REQUIRE(ledger.book(receive(shop.skuBlackXL, 3, QDateTime(QDate(2026, 11, 19), QTime(9, 0)))).ok());
    service::BuyerListsRepository lists(shop.db());
    auto refused = lists.addWaiting(test::ServiceShop::buyer(), test::ServiceShop::kBarcodeBlackXL,
        QDateTime(QDate(2026, 11, 21), QTime(14, 0)), QStringLiteral("小美"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage()
        == u8("NZK-1001 黑色/XL is in stock (3 available): the buyer can order it now, so there is nothing to wait "
              "for."));
    CHECK(lists.waiting(false)->isEmpty());
    // Sold out again (3 paid orders waiting to ship take them all): now she may wait.
    for (const char *no : { "5001", "5002", "5003" }) {
        core::Order o;
        o.orderNo = QString::fromLatin1(no);
        o.status = core::codes::kOrderPaid;
        o.createdAt = QDateTime(QDate(2026, 11, 21), QTime(15, 0));
        o.lines = { { 0, 0, shop.skuBlackXL, u8("高腰直筒牛仔裤"), {}, QStringLiteral("NZK-1001"), 1,
            core::Money::fromYuan(129) } };
        REQUIRE(core::OrderRepository(shop.db()).addOrder(o).ok());
    }
    CHECK(lists
              .addWaiting(test::ServiceShop::buyer(), test::ServiceShop::kBarcodeBlackXL,
                  QDateTime(QDate(2026, 11, 21), QTime(16, 0)), QStringLiteral("小美"))
              .ok());
}
