// The starter reply library a new shop gets: the codes the buyer lists use, the house tone, no
// demo facts, only placeholders the filler knows, and the demo keeping its own replies.

#include "ServiceFixture.h"

#include <shopdesk/core/ShopSettings.h>
#include <shopdesk/demo/DemoShop.h>
#include <shopdesk/service/BuyerLists.h>
#include <shopdesk/service/ReplyFiller.h>
#include <shopdesk/service/ReplyLibrary.h>
#include <shopdesk/service/ReplyRepository.h>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::u8;

TEST_CASE("the starter library holds the buyer lists' codes, known placeholders and no demo facts")
{
    const QList<service::Reply> starter = service::ReplyLibrary::starter();
    REQUIRE(starter.size() == 28);
    QStringList codes;
    for (const service::Reply &r : starter)
        codes << r.code;
    for (const char *code : { "dh", "cf", "wl4", "th", "wl", "hy" })
        CHECK(codes.contains(QString::fromLatin1(code)));
    CHECK(codes.removeDuplicates() == 0);

    // The demo's own facts, as its generator writes them into a shop.
    test::TestShop demoShop;
    REQUIRE(demo::DemoShop::create(demoShop.db()).ok());
    core::ShopSettings demoSettings(demoShop.db());
    QStringList demoFacts;
    for (const QString &name :
        { core::ShopSettings::kShopName, core::ShopSettings::kSenderName, core::ShopSettings::kSenderAddress,
            core::ShopSettings::kReturnAddress, core::ShopSettings::kBankAccount, core::ShopSettings::kPromotion })
        demoFacts << demoSettings.value(name);
    demoFacts << u8("衣橱小铺") << u8("小美") << u8("杭州") << u8("良渚") << u8("牛仔裤") << u8("申通") << u8("顺丰")
              << u8("16:00");

    for (const service::Reply &r : starter) {
        INFO(r.code.toStdString());
        CHECK(service::ReplyRepository::builtInGroups().contains(r.group));
        CHECK_FALSE(r.title.isEmpty());
        CHECK(r.body.startsWith(u8("亲，")));
        CHECK(service::ReplyFiller::unknownIn(r.body).isEmpty());
        for (const QString &fact : demoFacts) {
            INFO(fact.toStdString());
            CHECK_FALSE(fact.isEmpty());
            CHECK_FALSE(r.body.contains(fact));
            CHECK_FALSE(r.title.contains(fact));
        }
    }
    const auto returns
        = std::find_if(starter.cbegin(), starter.cend(), [](const auto &r) { return r.code == QLatin1String("th"); });
    REQUIRE(returns != starter.cend());
    CHECK(service::ReplyFiller::keysIn(returns->body) == QStringList { QStringLiteral("return_address") });
}

TEST_CASE("installing the starter library makes the buyer lists work and never overwrites a library")
{
    test::ServiceShop shop;
    const QDateTime now(QDate(2026, 11, 24), QTime(12, 0));
    shop.addUnpaidOrder(QStringLiteral("4002"), now.addSecs(-5 * 3600));
    auto before = service::BuyerLists::paymentReminders(shop.db(), now, 2);
    REQUIRE_FALSE(before.ok());
    CHECK(before.errorMessage() == QStringLiteral("The library has no reply with the code cf."));

    auto installed = service::ReplyLibrary::installStarter(shop.db());
    REQUIRE(installed.ok());
    CHECK(*installed == 28);
    auto list = service::BuyerLists::paymentReminders(shop.db(), now, 2);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().message.text
        == u8("亲，看到您在衣橱小铺拍下的订单4002还没有付款呢，库存有限，喜欢的话早点付款哦～"));
    CHECK(service::BuyerLists::restockNotices(shop.db()).ok());
    CHECK(service::BuyerLists::cannotShipNotices(shop.db()).ok());

    // The store edits its library; installing again changes nothing.
    service::ReplyRepository repo(shop.db());
    auto cf = repo.byCode(QStringLiteral("cf"));
    REQUIRE((cf.ok() && cf->has_value()));
    service::Reply edited = **cf;
    edited.body = u8("亲，订单{订单号}还没有付款哦～");
    REQUIRE(repo.update(edited).ok());
    auto again = service::ReplyLibrary::installStarter(shop.db());
    REQUIRE(again.ok());
    CHECK(*again == 0);
    CHECK(repo.all()->size() == 28);
    CHECK((*repo.byCode(QStringLiteral("cf")))->body == u8("亲，订单{订单号}还没有付款哦～"));
}

TEST_CASE("the demo on a shop holding the starter library keeps its own replies, none doubled")
{
    test::TestShop plain;
    auto demoOnly = demo::DemoShop::create(plain.db());
    REQUIRE(demoOnly.ok());
    auto demoReplies = service::ReplyRepository(plain.db()).all();
    REQUIRE(demoReplies.ok());

    test::TestShop started;
    REQUIRE(service::ReplyLibrary::installStarter(started.db()).ok());
    auto made = demo::DemoShop::create(started.db());
    REQUIRE(made.ok());
    CHECK(made->replies == demoOnly->replies);
    auto replies = service::ReplyRepository(started.db()).all();
    REQUIRE(replies.ok());
    REQUIRE(replies->size() == demoReplies->size());
    for (qsizetype i = 0; i < replies->size(); ++i) {
        CHECK(replies->at(i).code == demoReplies->at(i).code);
        CHECK(replies->at(i).body == demoReplies->at(i).body);
    }
}
