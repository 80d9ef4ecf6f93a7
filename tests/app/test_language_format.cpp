// One way to write money, numbers and dates, in both languages; what a message to a buyer calls an
// item; the short name's migration.

#include <shopdesk/core/Database.h>
#include <shopdesk/core/Format.h>
#include <shopdesk/core/Language.h>
#include <shopdesk/core/Migrator.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/service/Facts.h>
#include <shopdesk/service/ReplyFiller.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using core::Money;
namespace format = core::format;

namespace {
constexpr int kFormat = 16; // this migration's number (0016_item_short_name.sql)

QString u8(const char *s) { return QString::fromUtf8(s); }
} // namespace

TEST_CASE("money, numbers and dates are written one way in both languages")
{
    for (const char *lang : { "zh_CN", "en" }) {
        CAPTURE(lang);
        core::language::install(QString::fromLatin1(lang));
        CHECK(format::money(Money::fromFen(129900)) == u8("¥1,299.00"));
        CHECK(format::money(Money::fromFen(-320)) == u8("-¥3.20"));
        CHECK(format::money(Money::fromFen(0)) == u8("¥0.00"));
        CHECK(format::number(1234567) == QStringLiteral("1,234,567"));
        CHECK(format::date(QDate(2026, 11, 24)) == QStringLiteral("2026-11-24"));
        CHECK(format::dateTime(QDateTime(QDate(2026, 11, 24), QTime(14, 5))) == QStringLiteral("2026-11-24 14:05"));
        CHECK(format::date(QDate()).isEmpty());
    }
    core::language::install(QStringLiteral("en"));
}

TEST_CASE("a large KPI sum reads in 万 in Chinese and in whole yuan in English")
{
    core::language::install(QStringLiteral("zh_CN"));
    CHECK(format::moneyKpi(Money::fromYuan(398749)) == u8("¥39.87万"));
    CHECK(format::moneyKpi(Money::fromYuan(473656)) == u8("¥47.37万"));
    CHECK(format::moneyKpi(Money::fromYuan(10000)) == u8("¥1.00万"));
    CHECK(format::moneyKpi(Money::fromFen(999949)) == u8("¥9,999"));
    CHECK(format::moneyKpi(Money::fromYuan(-20000)) == u8("-¥2.00万"));
    core::language::install(QStringLiteral("en"));
    CHECK(format::moneyKpi(Money::fromYuan(398749)) == u8("¥398,749"));
    CHECK(format::moneyKpi(Money::fromFen(999950)) == u8("¥10,000"));
}

TEST_CASE("a message names an item by its short name, or its category with the line's colour and size")
{
    for (const char *lang : { "zh_CN", "en" }) {
        CAPTURE(lang);
        core::language::install(QString::fromLatin1(lang));
        // Chinese whatever the UI language: the buyer reads it.
        CHECK(format::messageItemName({}, QStringLiteral("jeans"), u8("深蓝色"), QStringLiteral("30"))
            == u8("牛仔裤 深蓝色 30码"));
        CHECK(format::messageItemName({}, QStringLiteral("tshirt"), u8("白色"), QStringLiteral("XL"))
            == u8("T恤 白色 XL码"));
        CHECK(format::messageItemName(u8("小脚牛仔裤"), QStringLiteral("jeans"), u8("黑色"), u8("均码"))
            == u8("小脚牛仔裤 黑色 均码"));
        CHECK(format::messageItemName({}, QStringLiteral("jeans"), {}, {}) == u8("牛仔裤"));
        // An item with neither a short name nor a category: its title is all there is.
        CHECK(format::messageItemName({}, {}, u8("黑色"), QStringLiteral("XL"), u8("高腰直筒牛仔裤"))
            == u8("高腰直筒牛仔裤 黑色 XL码"));
    }
    core::language::install(QStringLiteral("en"));
}

TEST_CASE("format 15 gives every item an empty short name and keeps its title")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.shopdesk"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("short-name-raw"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        REQUIRE(core::Migrator::migrate(raw, kFormat - 1).ok());
        QSqlQuery q(raw);
        q.prepare(QStringLiteral("INSERT INTO items (code, title, category, created_at, updated_at) "
                                 "VALUES ('NZK-1', :title, 'jeans', '2026-11-20 09:00:00', '2026-11-20 09:00:00')"));
        q.bindValue(QStringLiteral(":title"), u8("高腰直筒牛仔裤女2026秋冬新款显瘦宽松阔腿裤"));
        REQUIRE(q.exec());
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("short-name-raw"));
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() >= kFormat);
    core::SqlQuery q(**db, QStringLiteral("SELECT short_name, title FROM items WHERE code = 'NZK-1'"));
    REQUIRE(q.run().ok());
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QString());
    CHECK(q.value(1).toString() == u8("高腰直筒牛仔裤女2026秋冬新款显瘦宽松阔腿裤"));
}

namespace {
// A shop with one order of one pair of jeans (title written for search), shipped by 申通.
std::unique_ptr<core::Database> jeansShop(const QString &path, const QString &shortName)
{
    auto db = core::Database::open(path);
    REQUIRE(db.ok());
    for (const QString &sql :
        { QStringLiteral("INSERT INTO items (id, code, title, category, short_name, created_at, updated_at) "
                         "VALUES (1, 'NZK-1', '高腰直筒牛仔裤女2026秋冬新款显瘦宽松阔腿裤拖地裤', 'jeans', :short, "
                         "'2026-11-20 09:00:00', '2026-11-20 09:00:00')"),
            QStringLiteral("INSERT INTO skus (id, item_id, color, size, barcode) VALUES (1, 1, '深蓝色', '30', "
                           "'6900000000017')"),
            QStringLiteral("INSERT INTO buyers (id, nick, created_at) VALUES (1, '小鱼爱购物', '2026-11-20 09:00:00')"),
            QStringLiteral("INSERT INTO orders (id, order_no, buyer_id, status, created_at, paid_at, shipped_at, "
                           "courier, tracking_no) VALUES (1, '3100001', 1, 'shipped', '2026-11-20 09:00:00', "
                           "'2026-11-20 09:05:00', '2026-11-21 15:00:00', 'STO', '773000000123')"),
            QStringLiteral("INSERT INTO order_lines (order_id, sku_id, title, quantity) VALUES (1, 1, "
                           "'高腰直筒牛仔裤女2026秋冬新款显瘦宽松阔腿裤拖地裤', 1)") }) {
        core::SqlQuery q(**db, sql);
        if (sql.contains(QLatin1String(":short")))
            q.bind(QStringLiteral(":short"), shortName);
        REQUIRE(q.run().ok());
    }
    return std::move(db).value();
}
} // namespace

TEST_CASE("a generated reply names the goods by their short name, never the platform title, and greets once")
{
    QTemporaryDir dir;
    const QString reply = u8("亲，您拍的{宝贝}已经由{快递}发出了，运单号{运单号}哦～");
    {
        auto db = jeansShop(dir.filePath(QStringLiteral("a.shopdesk")), QString());
        auto facts = service::FactsRepository(*db).forOrder(QStringLiteral("3100001"));
        REQUIRE(facts.ok());
        CHECK(service::ReplyFiller::fill(reply, *facts).text
            == u8("亲，您拍的牛仔裤 深蓝色 30码已经由申通快递发出了，运单号773000000123哦～"));
        // A reply that names the colour and size itself gets the short name alone.
        CHECK(service::ReplyFiller::fill(u8("亲，{宝贝}的{颜色}{尺码}有现货哦～"), *facts).text
            == u8("亲，牛仔裤的深蓝色30有现货哦～"));
        // Two replies in one message: the buyer is addressed once.
        CHECK(service::ReplyFiller::stack({ u8("亲，您好～"), u8("亲爱的，{宝贝}明天发出哦～") }, *facts).text
            == u8("亲，您好～\n牛仔裤 深蓝色 30码明天发出哦～"));
    }
    {
        auto db = jeansShop(dir.filePath(QStringLiteral("b.shopdesk")), u8("小脚牛仔裤"));
        auto facts = service::FactsRepository(*db).forOrder(QStringLiteral("3100001"));
        REQUIRE(facts.ok());
        CHECK(service::ReplyFiller::fill(reply, *facts).text
            == u8("亲，您拍的小脚牛仔裤 深蓝色 30码已经由申通快递发出了，运单号773000000123哦～"));
    }
}
