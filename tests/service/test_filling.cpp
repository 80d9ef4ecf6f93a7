// Placeholders filled from the shop file; a reply is never produced with a blank or a raw {…}.

#include "ServiceFixture.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/service/Facts.h>
#include <shopdesk/service/ReplyFiller.h>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using service::ReplyFiller;
using test::u8;

TEST_CASE("every placeholder is filled from an order and the shop settings")
{
    core::language::install(QStringLiteral("en")); // the courier is named in Chinese whatever the UI language
    test::ServiceShop shop;
    auto facts = service::FactsRepository(shop.db()).forOrder(test::ServiceShop::kOrderNo);
    INFO(facts.errorMessage());
    REQUIRE(facts.ok());

    const QString text = u8(
        "亲，{买家}，订单{订单号}的{宝贝}（{颜色}/{尺码}，还有{可用库存}件）{付款时间}付款，{发货日期}由{快递}发出，"
        "单号{运单号}。退货寄{退货地址}，转账{银行账号}，{店铺}正在{促销}哦～");
    const auto r = ReplyFiller::fill(text, *facts);
    INFO(ReplyFiller::refusal(r).toStdString());
    REQUIRE(r.complete());
    CHECK(r.text
        == u8("亲，小鱼爱购物，订单3001的高腰直筒牛仔裤（黑色/L，还有0件）2026-11-20 "
              "10:02付款，2026-11-20由申通快递发出，"
              "单号773012345678。退货寄杭州市余杭区物流园路18号 衣橱小铺售后，转账工商银行 6222 0212 0800 1234 567，"
              "衣橱小铺正在双12满199减30哦～"));
    // Every placeholder of the issue is covered by that text.
    CHECK(ReplyFiller::keysIn(text).size() == ReplyFiller::placeholders().size());
}

TEST_CASE("English aliases fill the same facts")
{
    test::ServiceShop shop;
    auto facts = service::FactsRepository(shop.db()).forOrder(test::ServiceShop::kOrderNo);
    REQUIRE(facts.ok());
    const auto r = ReplyFiller::fill(u8("亲，{buyer} {order} {courier} {tracking} {shop}哦"), *facts);
    REQUIRE(r.complete());
    CHECK(r.text == u8("亲，小鱼爱购物 3001 申通快递 773012345678 衣橱小铺哦"));
}

TEST_CASE("a buyer binds the facts of her newest order")
{
    test::ServiceShop shop;
    auto facts = service::FactsRepository(shop.db()).forOrderOrBuyer(test::ServiceShop::buyer());
    REQUIRE(facts.ok());
    CHECK(facts->value(QStringLiteral("order")) == QStringLiteral("3001"));
    CHECK_FALSE(service::FactsRepository(shop.db()).forOrderOrBuyer(QStringLiteral("nobody")).ok());
}

TEST_CASE("a reply with a fact missing is refused, naming the fact, and has no text")
{
    test::ServiceShop shop;
    shop.addUnpaidOrder(QStringLiteral("3002"), QDateTime(QDate(2026, 11, 24), QTime(10, 0)));
    auto facts = service::FactsRepository(shop.db()).forOrder(QStringLiteral("3002"));
    REQUIRE(facts.ok());
    const auto r = ReplyFiller::fill(u8("亲，您的宝贝{快递}单号{运单号}已发出哦"), *facts);
    CHECK_FALSE(r.complete());
    CHECK(r.text.isEmpty());
    CHECK(r.missing == QStringList { QStringLiteral("courier"), QStringLiteral("tracking") });
    const QString why = ReplyFiller::refusal(r);
    CHECK(why.contains(u8("{快递}")));
    CHECK(why.contains(u8("{运单号}")));

    // The agent types the missing facts: then it goes out.
    service::Facts typed = *facts;
    typed.insert(QStringLiteral("courier"), u8("中通快递"));
    typed.insert(QStringLiteral("tracking"), QStringLiteral("75123"));
    CHECK(ReplyFiller::fill(u8("亲，您的宝贝{快递}单号{运单号}已发出哦"), typed).text
        == u8("亲，您的宝贝中通快递单号75123已发出哦"));
}

TEST_CASE("a blank value or an unknown or broken placeholder is never let through")
{
    service::Facts facts { { QStringLiteral("buyer"), QStringLiteral("   ") } };
    CHECK(ReplyFiller::fill(u8("亲，{买家}哦"), facts).missing == QStringList { QStringLiteral("buyer") });
    const auto unknown = ReplyFiller::fill(u8("亲，{优惠券}哦"), facts);
    CHECK(unknown.text.isEmpty());
    CHECK(unknown.unknown == QStringList { u8("优惠券") });
    CHECK(ReplyFiller::fill(u8("亲，{买家哦"), { { QStringLiteral("buyer"), QStringLiteral("x") } }).text.isEmpty());
}

TEST_CASE("several replies stack into one message, refused as a whole if one lacks a fact")
{
    service::Facts facts { { QStringLiteral("shop"), u8("衣橱小铺") },
        { QStringLiteral("order"), QStringLiteral("3001") } };
    const auto ok = ReplyFiller::stack({ u8("亲，欢迎光临{店铺}哦"), u8("亲，订单{订单号}已备注哦") }, facts);
    REQUIRE(ok.complete());
    CHECK(ok.text == u8("亲，欢迎光临衣橱小铺哦\n订单3001已备注哦"));
    const auto refused = ReplyFiller::stack({ u8("亲，欢迎光临{店铺}哦"), u8("亲，单号{运单号}哦") }, facts);
    CHECK(refused.text.isEmpty());
    CHECK(refused.missing == QStringList { QStringLiteral("tracking") });
}

TEST_CASE("a fact may hold braces; the template may not")
{
    service::Facts facts { { QStringLiteral("bank_account"), QStringLiteral("{6222} 0212") } };
    CHECK(ReplyFiller::fill(u8("亲，账号{银行账号}哦"), facts).text == u8("亲，账号{6222} 0212哦"));
    CHECK(ReplyFiller::fill(u8("亲，账号{银行账号}}哦"), facts).unknown == QStringList { u8("}哦") });
}

TEST_CASE("the in-stock reply tells what is available: on hand less paid orders not yet shipped")
{
    test::ServiceShop shop;
    core::StockMove in;
    in.skuId = shop.skuBlackXL;
    in.kind = core::codes::kMoveReceive;
    in.quantity = 5;
    REQUIRE(core::StockLedger(shop.db()).book(in).ok());
    core::Order o;
    o.orderNo = QStringLiteral("3002");
    o.status = core::codes::kOrderPaid;
    o.createdAt = QDateTime(QDate(2026, 11, 21), QTime(9, 0));
    o.paidAt = o.createdAt;
    o.lines = { { 0, 0, shop.skuBlackXL, u8("高腰直筒牛仔裤"), {}, {}, 2, core::Money::fromYuan(129) } };
    REQUIRE(core::OrderRepository(shop.db()).addOrder(o).ok());
    auto facts = service::FactsRepository(shop.db()).forOrder(QStringLiteral("3002"));
    REQUIRE(facts.ok());
    const auto r = ReplyFiller::fill(u8("亲，{宝贝}的{颜色}{尺码}现在还有{可用库存}件哦～"), *facts);
    REQUIRE(r.complete());
    CHECK(r.text == u8("亲，高腰直筒牛仔裤的黑色XL现在还有3件哦～"));
    CHECK(ReplyFiller::keyFor(QStringLiteral("stock")) == QStringLiteral("available"));
}
