// shopdesk-cli replies … and waitlist, run through the module's commands.

#include "ServiceFixture.h"

#include <shopdesk/core/StockLedger.h>
#include <shopdesk/service/BuyerListsRepository.h>
#include <shopdesk/service/ReplyRepository.h>
#include <shopdesk/service/ServiceCommands.h>

#include <QFile>
#include <QJsonArray>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::u8;

namespace {
core::CliOutcome run(const QString &db, const QString &name, const QStringList &args)
{
    for (const core::CliCommand &c : service::cliCommands()) {
        if (c.name == name) {
            core::CliInvocation in;
            in.dbPath = db;
            in.args = args;
            in.json = true;
            in.actor = QStringLiteral("test");
            return c.run(in);
        }
    }
    FAIL("no such command");
    return {};
}
void addReplies(const core::Database &db)
{
    service::ReplyRepository r(db);
    REQUIRE(r.add({ 0, QStringLiteral("logistics"), QStringLiteral("wl"), u8("发货通知"),
                      u8("亲，您的宝贝已于{发货日期}发出，{快递}单号{运单号}哦～"), 1 })
                .ok());
    REQUIRE(r.add({ 0, QStringLiteral("presale"), QStringLiteral("bad"), u8("不合规"), u8("您好，明天到"), 2 }).ok());
    REQUIRE(r.add({ 0, QStringLiteral("restock"), QStringLiteral("dh"), u8("到货通知"),
                      u8("亲，{买家}，{宝贝}{颜色}{尺码}到货了哦"), 3 })
                .ok());
}
} // namespace

TEST_CASE("replies render prints the filled text, or exits non-zero naming each missing fact")
{
    test::ServiceShop shop;
    addReplies(shop.db());
    auto ok = run(shop.path(), QStringLiteral("replies"),
        { QStringLiteral("render"), QStringLiteral("wl"), QStringLiteral("--order"), QStringLiteral("3001") });
    INFO(ok.text);
    CHECK(ok.exitCode == 0);
    CHECK(ok.json.value(QStringLiteral("text")).toString()
        == u8("亲，您的宝贝已于2026-11-20发出，申通快递单号773012345678哦～"));

    shop.addUnpaidOrder(QStringLiteral("3002"), QDateTime(QDate(2026, 11, 24), QTime(8, 0)));
    auto refused = run(shop.path(), QStringLiteral("replies"),
        { QStringLiteral("render"), QStringLiteral("wl"), QStringLiteral("--order"), QStringLiteral("3002") });
    CHECK(refused.exitCode == 1);
    const QJsonArray missing = refused.json.value(QStringLiteral("missing")).toArray();
    REQUIRE(missing.size() == 3);
    CHECK(missing.at(0).toObject().value(QStringLiteral("placeholder")).toString() == u8("{发货日期}"));
    CHECK(refused.text.contains(u8("{运单号}")));
    CHECK_FALSE(refused.json.contains(QStringLiteral("text")));

    CHECK(run(shop.path(), QStringLiteral("replies"), { QStringLiteral("render") }).exitCode == 2);
}

TEST_CASE("replies lint lists every reply that breaks the house style, and why")
{
    test::ServiceShop shop;
    addReplies(shop.db());
    auto o = run(shop.path(), QStringLiteral("replies"), { QStringLiteral("lint") });
    CHECK(o.exitCode == 1);
    const QJsonArray replies = o.json.value(QStringLiteral("replies")).toArray();
    REQUIRE(replies.size() == 1);
    CHECK(replies.at(0).toObject().value(QStringLiteral("code")).toString() == QStringLiteral("bad"));
    CHECK(replies.at(0).toObject().value(QStringLiteral("violations")).toArray().size() == 3);
}

TEST_CASE("replies export and import round-trip; list shows the library")
{
    test::ServiceShop shop;
    addReplies(shop.db());
    const QString file = shop.file(QStringLiteral("lib.csv"));
    CHECK(run(shop.path(), QStringLiteral("replies"), { QStringLiteral("export"), file }).exitCode == 0);
    auto imported = run(shop.path(), QStringLiteral("replies"), { QStringLiteral("import"), file });
    CHECK(imported.exitCode == 0);
    CHECK(imported.json.value(QStringLiteral("updated")).toInt() == 3);
    auto list = run(shop.path(), QStringLiteral("replies"), { QStringLiteral("list") });
    CHECK(list.json.value(QStringLiteral("replies")).toArray().size() == 3);
}

TEST_CASE("waitlist names who to call once their SKU is booked in")
{
    test::ServiceShop shop;
    addReplies(shop.db());
    CHECK(run(shop.path(), QStringLiteral("waitlist"),
              { QStringLiteral("add"), test::ServiceShop::buyer(), test::ServiceShop::kBarcodeBlackXL })
              .exitCode
        == 0);
    CHECK(
        run(shop.path(), QStringLiteral("waitlist"), {}).json.value(QStringLiteral("to_contact")).toArray().isEmpty());
    REQUIRE(core::StockLedger(shop.db())
                .book({ 0, shop.skuBlackXL, core::codes::kMoveReceive, 3, {}, {}, {},
                    QDateTime::currentDateTime().addSecs(60), std::nullopt })
                .ok());
    auto o = run(shop.path(), QStringLiteral("waitlist"), {});
    const QJsonArray who = o.json.value(QStringLiteral("to_contact")).toArray();
    REQUIRE(who.size() == 1);
    CHECK(who.at(0).toObject().value(QStringLiteral("message")).toString()
        == u8("亲，小鱼爱购物，高腰直筒牛仔裤黑色XL到货了哦"));
}

TEST_CASE("replies patterns stores the shop's own delivery-promise patterns, refusing a bad one")
{
    test::ServiceShop shop;
    REQUIRE(service::ReplyRepository(shop.db())
                .add({ 0, QStringLiteral("presale"), QStringLiteral("zm"), u8("周末"), u8("亲，周末前送达哦"), 1 })
                .ok());
    CHECK(run(shop.path(), QStringLiteral("replies"), { QStringLiteral("lint") }).exitCode == 0);
    const QString bad = shop.file(QStringLiteral("bad.txt"));
    QFile b(bad);
    REQUIRE(b.open(QIODevice::WriteOnly));
    b.write("(unclosed\n");
    b.close();
    CHECK(run(shop.path(), QStringLiteral("replies"), { QStringLiteral("patterns"), bad }).exitCode == 1);
    const QString good = shop.file(QStringLiteral("good.txt"));
    QFile g(good);
    REQUIRE(g.open(QIODevice::WriteOnly));
    g.write(u8("# ours\n周末前送达\n").toUtf8());
    g.close();
    auto set = run(shop.path(), QStringLiteral("replies"), { QStringLiteral("patterns"), good });
    CHECK(set.exitCode == 0);
    CHECK(set.json.value(QStringLiteral("shop")).toArray().size() == 1);
    CHECK(run(shop.path(), QStringLiteral("replies"), { QStringLiteral("lint") }).exitCode == 1);
}
