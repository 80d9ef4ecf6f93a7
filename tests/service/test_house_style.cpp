// The house style: opens with 亲, ends softly, never promises a delivery time.

#include "ServiceFixture.h"

#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/service/HouseStyle.h>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using service::HouseStyle;
using test::u8;

namespace {
QStringList rules(const QString &text, const HouseStyle &style = HouseStyle())
{
    QStringList out;
    for (const auto &v : style.check(text))
        out.append(v.rule);
    return out;
}
} // namespace

TEST_CASE("a reply without 亲 fails, naming the reason")
{
    const auto v = HouseStyle().check(u8("您好，宝贝有现货哦"));
    REQUIRE(v.size() == 1);
    CHECK(v.first().rule == QStringLiteral("greeting"));
    CHECK(v.first().reason.contains(u8("亲")));
}

TEST_CASE("a reply must end softly, punctuation and emoticons allowed after the particle")
{
    CHECK(rules(u8("亲，有现货哦")).isEmpty());
    CHECK(rules(u8("亲，有现货呢～")).isEmpty());
    CHECK(rules(u8("亲，有现货哈！！")).isEmpty());
    CHECK(rules(u8("亲，有现货啊 ^_^")).isEmpty());
    CHECK(rules(u8("亲，有现货哦[微笑]")).isEmpty());
    CHECK(rules(u8("亲，有现货哦😊")).isEmpty());
    CHECK(rules(u8("亲，有现货。")) == QStringList { QStringLiteral("ending") });
    CHECK(rules(u8("亲，有现货")) == QStringList { QStringLiteral("ending") });
}

TEST_CASE("a delivery-time promise fails; the dispatch time may be promised")
{
    CHECK(rules(u8("亲，明天到哦")) == QStringList { QStringLiteral("delivery_promise") });
    CHECK(rules(u8("亲，3天到哦")).contains(QStringLiteral("delivery_promise")));
    CHECK(rules(u8("亲，保证到哦")).contains(QStringLiteral("delivery_promise")));
    CHECK(rules(u8("亲，江浙沪包到哦")).contains(QStringLiteral("delivery_promise")));
    CHECK(rules(u8("亲，顺丰次日达哦")).contains(QStringLiteral("delivery_promise")));
    const auto v = HouseStyle().check(u8("亲，明天到哦"));
    REQUIRE(v.size() == 1);
    CHECK(v.first().excerpt == u8("明天到"));

    CHECK(rules(u8("亲，付款后24小时内发货哦")).isEmpty());
    CHECK(rules(u8("亲，16:00前付款当天发哦")).isEmpty());
    CHECK(rules(u8("亲，您登记的宝贝已经到货了哦")).isEmpty());
}

TEST_CASE("the store extends the delivery-promise patterns in the shop file")
{
    test::TestShop shop;
    CHECK(rules(u8("亲，下周一前送达哦"), HouseStyle::forShop(shop.db())).isEmpty());
    REQUIRE(core::ShopSettings(shop.db())
                .setValue(HouseStyle::kExtraPatternsSetting, u8("# 周几送达\n下周.{0,2}前送达"))
                .ok());
    CHECK(rules(u8("亲，下周一前送达哦"), HouseStyle::forShop(shop.db()))
        == QStringList { QStringLiteral("delivery_promise") });
    HouseStyle style;
    CHECK(style.addPatterns(QStringLiteral("(unclosed")).size() == 1);
}

TEST_CASE("an unknown placeholder is a house-style violation")
{
    CHECK(rules(u8("亲，{优惠码}哦")) == QStringList { QStringLiteral("placeholder") });
}

TEST_CASE("a promise caught by several patterns is named once")
{
    const auto v = HouseStyle().check(u8("亲，保证明天到哦"));
    REQUIRE(v.size() == 1);
    CHECK(v.first().rule == QStringLiteral("delivery_promise"));
}

TEST_CASE("a stray brace is a house-style violation")
{
    CHECK(rules(u8("亲，订单{订单号哦")) == QStringList { QStringLiteral("placeholder") });
}
