// The title rules of shared/DOMAIN.md, with its own examples: 60 bytes (a Chinese character 2),
// no absolute words, keywords separated by spaces, no duplicate titles.

#include "TestShop.h"
#include "TitleChecker.h"

#include <shopdesk/core/OrderRepository.h>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using listings::TitleChecker;
using listings::TitleIssue;

namespace {
bool has(const QList<TitleIssue> &issues, TitleIssue::Kind kind, const QString &word = {})
{
    for (const TitleIssue &i : issues)
        if (i.kind == kind && (word.isEmpty() || i.word == word))
            return true;
    return false;
}
QString chinese(int n)
{
    const QString base = QString::fromUtf8("牛仔裤男士修身直筒弹力春秋款青年休闲长裤子韩版潮流百搭水洗蓝黑色薄款");
    return base.left(n);
}
} // namespace

TEST_CASE("the platform counts a Chinese character as 2 bytes and allows 60")
{
    CHECK(TitleChecker::platformBytes(QString::fromUtf8("牛仔裤 男 XL")) == 6 + 1 + 2 + 1 + 2);
    const TitleChecker checker;
    const QString thirty = chinese(30), thirtyOne = chinese(31);
    REQUIRE(thirty.size() == 30);
    REQUIRE(thirtyOne.size() == 31);
    CHECK(TitleChecker::platformBytes(thirty) == 60);
    CHECK_FALSE(has(checker.check(thirty), TitleIssue::Kind::TooLong));
    CHECK(has(checker.check(thirtyOne), TitleIssue::Kind::TooLong));
    // 29 Chinese characters and 2 ASCII letters: 60 bytes exactly.
    CHECK_FALSE(has(checker.check(chinese(29) + QStringLiteral("XL")), TitleIssue::Kind::TooLong));
    CHECK(has(checker.check(chinese(29) + QStringLiteral("XXL")), TitleIssue::Kind::TooLong));
}

TEST_CASE("absolute words are flagged with their reason, the longest match first")
{
    const TitleChecker checker;
    const auto issues = checker.check(QString::fromUtf8("最好的 牛仔裤 男 修身"));
    REQUIRE(has(issues, TitleIssue::Kind::AbsoluteWord, QString::fromUtf8("最好")));
    CHECK_FALSE(has(issues, TitleIssue::Kind::AbsoluteWord, QString::fromUtf8("最"))); // inside 最好
    for (const TitleIssue &i : issues)
        if (i.kind == TitleIssue::Kind::AbsoluteWord)
            CHECK(i.message.contains(QStringLiteral("advertising law")));
    CHECK(has(
        checker.check(QString::fromUtf8("第一 品牌 卫衣")), TitleIssue::Kind::AbsoluteWord, QString::fromUtf8("第一")));
    CHECK(has(checker.check(QString::fromUtf8("国家级 面料 T恤")), TitleIssue::Kind::AbsoluteWord,
        QString::fromUtf8("国家级")));
    CHECK(
        has(checker.check(QString::fromUtf8("100% 纯棉 T恤")), TitleIssue::Kind::AbsoluteWord, QStringLiteral("100%")));
    CHECK(checker.check(QString::fromUtf8("纯棉 短袖 T恤 男 宽松 白色")).isEmpty());
}

TEST_CASE("the shop extends the word list in its settings and in a user file")
{
    test::TestShop shop;
    const QString title = QString::fromUtf8("爆款 卫衣 男");
    CHECK_FALSE(has(TitleChecker::forShop(shop.db()).check(title), TitleIssue::Kind::AbsoluteWord));
    REQUIRE(core::ShopSettings(shop.db())
                .setValue(TitleChecker::kShopWordsSetting, QString::fromUtf8("爆款\t店规：不写爆款\n"))
                .ok());
    const auto issues = TitleChecker::forShop(shop.db()).check(title);
    REQUIRE(has(issues, TitleIssue::Kind::AbsoluteWord, QString::fromUtf8("爆款")));
    CHECK(issues.first().message.contains(QString::fromUtf8("店规：不写爆款")));
}

TEST_CASE("keywords run together without spaces are flagged")
{
    const TitleChecker checker;
    CHECK(has(checker.check(QString::fromUtf8("牛仔裤男修身直筒弹力春秋款")), TitleIssue::Kind::NoSpaces));
    CHECK_FALSE(has(checker.check(QString::fromUtf8("牛仔裤 男 修身 直筒")), TitleIssue::Kind::NoSpaces));
    CHECK(has(checker.check(QStringLiteral("  ")), TitleIssue::Kind::Empty));
}

TEST_CASE("the report flags duplicate titles across items and names the other item")
{
    const TitleChecker checker;
    const QList<listings::ItemTitle> items = {
        { 1, QStringLiteral("NZK-1001"), QString::fromUtf8("牛仔裤 男 修身 直筒") },
        { 2, QStringLiteral("NZK-1002"), QString::fromUtf8("牛仔裤  男 修身 直筒 ") },
        { 3, QStringLiteral("TX-2001"), QString::fromUtf8("纯棉 短袖 T恤") },
    };
    const auto report = checker.report(items);
    REQUIRE(report.size() == 2);
    CHECK(report[0].item.code == QStringLiteral("NZK-1001"));
    CHECK(has(report[0].issues, TitleIssue::Kind::Duplicate, QStringLiteral("NZK-1002")));
    CHECK(has(report[1].issues, TitleIssue::Kind::Duplicate, QStringLiteral("NZK-1001")));
    CHECK(checker.report(items, true).size() == 3);
}
