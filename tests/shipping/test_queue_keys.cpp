// The shop format that keeps the dispatch queue's sort and filter keys in indexed columns of the
// orders: an older shop's queued orders get their deadline (发货时限) and print count from the
// migration, their courier from the store's rules the first time the queue is read.

#include "QueueKeyRepository.h"
#include "ShippingFixture.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/Migrator.h>
#include <shopdesk/core/PromotionRepository.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/core/ShopSettings.h>
#include <shopdesk/shipping/Couriers.h>
#include <shopdesk/shipping/DispatchDeadline.h>
#include <shopdesk/shipping/ShippingDesk.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;

namespace {

constexpr int kFormat = 21; // this migration's number: the queue's keys

QVariant value(const core::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

QString shipBy(const core::Database &db, const char *orderNo)
{
    return value(db, QStringLiteral("SELECT ship_by FROM orders WHERE order_no = '%1'").arg(QLatin1String(orderNo)))
        .toString();
}

} // namespace

TEST_CASE("shop format 21 gives an older shop's queued orders their deadline, print count and courier")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.shopdesk"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("keys-raw"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        REQUIRE(core::Migrator::migrate(raw, kFormat - 1).ok());
        QSqlQuery sql(raw);
        const auto order = [&](const char *no, const char *status, const char *paid, const char *province,
                               const char *message) {
            QSqlQuery q(raw);
            REQUIRE(q.prepare(QStringLiteral("INSERT INTO orders (order_no, status, created_at, paid_at, province, "
                                             "buyer_message) VALUES (?, ?, '2026-11-01 00:00:00', ?, ?, ?)")));
            q.addBindValue(QString::fromUtf8(no));
            q.addBindValue(QString::fromUtf8(status));
            q.addBindValue(paid ? QVariant(QString::fromUtf8(paid)) : QVariant(QMetaType(QMetaType::QString)));
            q.addBindValue(QString::fromUtf8(province));
            q.addBindValue(QString::fromUtf8(message));
            REQUIRE(q.exec());
        };
        order("1", "paid", "2026-11-20 15:59:59", "浙江省", ""); // before 16:00: that day's end
        order("2", "paid", "2026-11-20 16:00:00", "浙江省", "请发顺丰"); // from 16:00: 24 h
        order("3", "paid", "2026-11-11 16:30:00", "新疆维吾尔自治区", ""); // Double 11: 48 h
        order("4", "paid", "2026-11-25 09:00:00", "广东省", ""); // the store's own promotion: 48 h
        order("5", "shipped", "2026-11-19 10:00:00", "浙江省", ""); // not queued
        order("6", "paid", nullptr, "浙江省", ""); // no payment time: no deadline
        REQUIRE(sql.exec(QStringLiteral("INSERT INTO kpi_promotions (day, name) VALUES ('2026-11-25', '店庆')")));
        for (int i = 0; i < 2; ++i)
            REQUIRE(sql.exec(QStringLiteral("INSERT INTO shipping_prints (order_id, printed_at, layout) SELECT id, "
                                            "'2026-11-20 17:00:00', 'a' FROM orders WHERE order_no = '2'")));
        REQUIRE(core::Migrator::migrate(raw, kFormat).ok());
        CHECK(core::Migrator::currentVersion(raw) == kFormat);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("keys-raw"));
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    const core::Database &shop = **db;

    // The migration: deadlines as DispatchDeadline gives them, the print count, no courier yet.
    CHECK(shipBy(shop, "1") == QStringLiteral("2026-11-20 23:59:59"));
    CHECK(shipBy(shop, "2") == QStringLiteral("2026-11-21 16:00:00"));
    CHECK(shipBy(shop, "3") == QStringLiteral("2026-11-13 16:30:00"));
    CHECK(shipBy(shop, "4") == QStringLiteral("2026-11-27 09:00:00"));
    CHECK(value(shop, QStringLiteral("SELECT ship_by IS NULL FROM orders WHERE order_no = '5'")).toInt() == 1);
    CHECK(shipBy(shop, "6") == QString());
    CHECK(value(shop,
              QStringLiteral("SELECT group_concat(print_count, ',') FROM (SELECT print_count FROM orders "
                             "ORDER BY order_no) AS t"))
              .toString()
        == QStringLiteral("0,2,0,0,0,0"));
    CHECK(value(shop, QStringLiteral("SELECT count(*) FROM orders WHERE ship_courier IS NULL")).toInt() == 6);
    CHECK(shipping::DispatchDeadline::mustLeave(QDateTime(QDate(2026, 11, 20), QTime(15, 59, 59)))
        == QDateTime(QDate(2026, 11, 20), QTime(23, 59, 59)));
    CHECK(value(shop,
              QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ("
                             "'orders_queue_ship_by', 'orders_queue_courier', 'orders_queue_amount', "
                             "'orders_queue_printed', 'orders_queue_order_no', 'orders_queue_receiver', "
                             "'orders_queue_province', 'orders_queue_tracking', 'orders_queue_flag')"))
              .toInt()
        == 9);

    // The first read of the queue applies the store's courier rules to the queued orders.
    const shipping::ShippingDesk desk(shop);
    auto rows = desk.queueWindow(QDateTime(QDate(2026, 11, 20), QTime(12, 0)))
                    .rows({}, shipping::QueueSort::OrderNo, Qt::AscendingOrder, {}, 10);
    REQUIRE(rows.ok());
    QStringList seen;
    for (const shipping::QueueRow &r : std::as_const(*rows))
        seen << r.order.order.orderNo + QLatin1Char(' ') + r.courier + QLatin1Char(' ') + r.deadlineText;
    CHECK(seen
        == QStringList { QStringLiteral("1 STO 2026-11-20 23:59"), QStringLiteral("2 SF 2026-11-21 16:00"),
            QStringLiteral("3 EMS 2026-11-13 16:30"), QStringLiteral("4 STO 2026-11-27 09:00"),
            QStringLiteral("6 STO ") });
    CHECK(value(shop, QStringLiteral("SELECT count(*) FROM orders WHERE ship_courier IS NULL")).toInt() == 1);
}

namespace {
/// The orders of the courier and deadline cases below, written straight into the shop (no keys yet).
struct KeyCase {
    const char *no, *courier, *message, *note, *province, *paid;
};
const KeyCase kKeyCases[] = {
    { "K01", "", "请发SF", "", "浙江省", "2026-11-20 15:59:59" }, // a Chinese character beside it: asks for SF
    { "K02", "", "please ship by sf", "", "浙江省", "2026-11-20 16:00:00" },
    { "K03", "", "SF", "", "浙江省", "2026-11-11 16:30:00" },
    { "K04", "", "", "sf", "浙江省", "2026-11-25 09:00:00" }, // the store's own promotion
    { "K05", "", "SFX", "", "浙江省", "2026-12-31 20:00:00" },
    { "K06", "", "要圆通 不要SF", "", "浙江省", "2026-11-20 10:00:00" },
    { "K07", "", "圆通 or SF", "", "浙江省", "2026-11-20 10:00:00" },
    { "K08", "", "yto!", "", "新疆维吾尔自治区", "2026-11-20 10:00:00" },
    { "K09", "", "顺丰", "", "浙江省", "2026-11-20 10:00:00" },
    { "K10", "", "ＳＦ", "", "浙江省", "2026-11-20 10:00:00" }, // full-width: not the word
    { "K11", "", "_SF 1SF", "", "浙江省", "2026-11-20 10:00:00" },
    { "K12", "", "SF。", "", "浙江省", "2026-11-20 10:00:00" }, // 。 is not a letter
    { "K13", "JD", "SF", "", "西藏自治区", "2026-11-20 10:00:00" }, // its own courier
    { "K14", "", "", "", "新疆", "2026-11-20 10:00:00" }, // a province's start
    { "K15", "", "", "", "西藏自治区拉萨", "2026-11-20 10:00:00" },
    { "K16", "", "", "", "", "" },
    { "K17", "", "别发顺丰 发圆通", "", "浙江省", "2026-11-20 10:00:00" }, // turned down
    { "K18", "", "不要SF", "", "西藏自治区", "2026-11-20 10:00:00" },
};

/// A case as the courier rules read it: its own courier, message, note and province.
core::Order orderOf(const KeyCase &k)
{
    core::Order o;
    o.courier = QString::fromUtf8(k.courier);
    o.buyerMessage = QString::fromUtf8(k.message);
    o.sellerNote = QString::fromUtf8(k.note);
    o.province = QString::fromUtf8(k.province);
    return o;
}

void addKeyCases(const core::Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO orders (order_no, status, courier, buyer_message, seller_note, "
                                     "province, created_at, paid_at) VALUES (?, 'paid', ?, ?, ?, ?, "
                                     "'2026-11-01 00:00:00', ?)")));
    for (const KeyCase &k : kKeyCases) {
        for (const char *v : { k.no, k.courier, k.message, k.note, k.province })
            q.addBindValue(QString::fromUtf8(v));
        q.addBindValue(*k.paid ? QVariant(QString::fromUtf8(k.paid)) : QVariant(QMetaType(QMetaType::QString)));
        REQUIRE(q.exec());
    }
    REQUIRE(core::PromotionRepository(db).add(QDate(2026, 11, 25), QString::fromUtf8("店庆")).ok());
}

QStringList storedKeys(const core::Database &db)
{
    QStringList out;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT order_no, ship_courier, ship_by FROM orders WHERE order_no LIKE 'K%' "
                                  "ORDER BY order_no")));
    while (q.next())
        out << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1Char(' ')
                + q.value(2).toString();
    return out;
}

const QStringList kExpectedKeys = {
    QStringLiteral("K01 SF 2026-11-20 23:59:59"),
    QStringLiteral("K02 SF 2026-11-21 16:00:00"),
    QStringLiteral("K03 SF 2026-11-13 16:30:00"),
    QStringLiteral("K04 SF 2026-11-27 09:00:00"),
    QStringLiteral("K05 STO 2027-01-01 20:00:00"),
    QStringLiteral("K06 YTO 2026-11-20 23:59:59"),
    QStringLiteral("K07 SF 2026-11-20 23:59:59"),
    QStringLiteral("K08 YTO 2026-11-20 23:59:59"),
    QStringLiteral("K09 SF 2026-11-20 23:59:59"),
    QStringLiteral("K10 STO 2026-11-20 23:59:59"),
    QStringLiteral("K11 STO 2026-11-20 23:59:59"),
    QStringLiteral("K12 SF 2026-11-20 23:59:59"),
    QStringLiteral("K13 JD 2026-11-20 23:59:59"),
    QStringLiteral("K14 EMS 2026-11-20 23:59:59"),
    QStringLiteral("K15 EMS 2026-11-20 23:59:59"),
    QStringLiteral("K16 STO "),
    QStringLiteral("K17 YTO 2026-11-20 23:59:59"),
    QStringLiteral("K18 EMS 2026-11-20 23:59:59"),
};
} // namespace

TEST_CASE("the queue's courier and deadline keys: the same words, provinces and times on both engines")
{
    test::TestShop shop;
    addKeyCases(shop.db());
    const shipping::ShippingDesk desk(shop.db());
    REQUIRE(desk.queueWindow(QDateTime(QDate(2026, 11, 20), QTime(12, 0))).totals({}).ok());
    CHECK(storedKeys(shop.db()) == kExpectedKeys);

    // The import's keys, computed in C++ as it writes each order, are the same.
    const shipping::detail::QueueKeyRepository keys(shop.db());
    auto days = keys.ownPromotionDays();
    REQUIRE(days.ok());
    QStringList computed;
    for (const KeyCase &k : kKeyCases) {
        const auto key = keys.keysOf(orderOf(k), QString::fromUtf8(k.paid), *days);
        computed << QString::fromUtf8(k.no) + QLatin1Char(' ') + key.courier + QLatin1Char(' ') + key.shipBy.toString();
    }
    CHECK(computed == kExpectedKeys);
}

TEST_CASE("an import writes its queued orders' keys as the queue's SQL computes them")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    test::importFixtures(shop.db());
    const auto all = [&] {
        QStringList out;
        QSqlQuery q(shop.db().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT order_no, ship_courier, ship_by FROM orders WHERE status = 'paid' "
                                      "ORDER BY order_no")));
        while (q.next())
            out << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1Char(' ')
                    + q.value(2).toString();
        return out;
    };
    const QStringList imported = all();
    CHECK(imported
        == QStringList { QStringLiteral("3012345678901234567 STO 2026-11-20 23:59:59"),
            QStringLiteral("3012345678901234568 SF 2026-11-20 23:59:59"),
            QStringLiteral("3012345678901234569 EMS 2026-11-20 23:59:59"),
            QStringLiteral("3012345678901234573 YTO 2026-11-20 23:59:59") });
    // Computed again by the SQL (as for orders another module adds): the same keys.
    QSqlQuery clear(shop.db().connection());
    REQUIRE(clear.exec(QStringLiteral("UPDATE orders SET ship_courier = NULL, ship_by = NULL WHERE status = 'paid'")));
    REQUIRE(
        shipping::ShippingDesk(shop.db()).queueWindow(QDateTime(QDate(2026, 11, 20), QTime(12, 0))).totals({}).ok());
    CHECK(all() == imported);
}

TEST_CASE("the courier rules' word match is SQLite's GLOB of the word with no ASCII letter beside it")
{
    SHOPDESK_FILES_ONLY(); // SQLite's own GLOB is the reference
    test::TestShop shop;
    const QStringList texts = { QStringLiteral("SF"), QStringLiteral("sf"), QStringLiteral("Sf please"),
        QStringLiteral("by SF."), QStringLiteral("SFX"), QStringLiteral("XSF"), QStringLiteral("_SF"),
        QStringLiteral("SF_"), QStringLiteral("9SF"), QString::fromUtf8("请发SF"), QString::fromUtf8("SF快递"),
        QString::fromUtf8("SF。"), QString::fromUtf8("「SF」"), QString::fromUtf8("ＳＦ"), QString::fromUtf8("é SF é"),
        QString::fromUtf8("ſf"), QString::fromUtf8("😀SF😀"), QStringLiteral("S F"), QStringLiteral("SSF SF"),
        QStringLiteral("sfsf sf"), QStringLiteral(""), QStringLiteral(" "), QString::fromUtf8("\tSF\t"),
        QString::fromUtf8("ぁSFぁ"), QString::fromUtf8("鿿SF"), QString::fromUtf8("䷿SF") };
    for (const QString &word : { QStringLiteral("SF"), QStringLiteral("YTO") }) {
        for (QString text : texts) {
            text.replace(QStringLiteral("SF"), word).replace(QStringLiteral("sf"), word.toLower());
            QSqlQuery q(shop.db().connection());
            REQUIRE(q.prepare(QStringLiteral("SELECT (' ' || upper(?) || ' ') GLOB ?")));
            q.addBindValue(text);
            q.addBindValue(QString::fromUtf8("*[^A-Z0-9_]%1[^A-Z0-9_]*").arg(word));
            REQUIRE(q.exec());
            REQUIRE(q.next());
            INFO(text.toStdString());
            CHECK(
                shipping::CourierRules::asksFor(text, QLatin1StringView(word.toLatin1())) == (q.value(0).toInt() == 1));
        }
    }
}

TEST_CASE("the queue shows the courier its waybill prints with, for every request, province and courier")
{
    // The queue's stored courier and the waybill's (CourierRules::choose, what the printed label
    // and the courier's number range use) are one rule: 请发SF was 申通 in the queue and 顺丰 on
    // its waybill.
    test::TestShop shop;
    addKeyCases(shop.db());
    REQUIRE(
        shipping::ShippingDesk(shop.db()).queueWindow(QDateTime(QDate(2026, 11, 20), QTime(12, 0))).totals({}).ok());
    const shipping::CourierRules rules = shipping::CourierRules::load(shop.db());
    QStringList waybill;
    for (const KeyCase &k : kKeyCases) {
        waybill << QString::fromUtf8(k.no) + QLatin1Char(' ') + rules.courierOf(orderOf(k));
    }
    QStringList queue;
    for (const QString &row : storedKeys(shop.db()))
        queue << row.section(QLatin1Char(' '), 0, 1);
    CHECK(queue == waybill);
    CHECK(waybill.first() == QStringLiteral("K01 SF"));
}

TEST_CASE("keys stored under the earlier word rule are worked out again when the queue is read")
{
    test::TestShop shop;
    addKeyCases(shop.db());
    const QDateTime noon(QDate(2026, 11, 20), QTime(12, 0));
    REQUIRE(shipping::ShippingDesk(shop.db()).queueWindow(noon).totals({}).ok());
    // As a shop kept them before: 请发SF queued for 申通, the rules' fingerprint without its
    // word-rule mark.
    QSqlQuery q(shop.db().connection());
    REQUIRE(q.exec(QStringLiteral("UPDATE orders SET ship_courier = 'STO' WHERE order_no = 'K01'")));
    const core::Setting<QString> keysSetting { QStringLiteral("shipping.queue_keys") };
    const QString stored = core::ShopSettings(shop.db()).value(keysSetting.key);
    REQUIRE(stored.startsWith(QStringLiteral("words 2;")));
    REQUIRE(core::ShopSettings(shop.db()).set(keysSetting, stored.mid(8)).ok());

    REQUIRE(shipping::ShippingDesk(shop.db()).queueWindow(noon).totals({}).ok());
    CHECK(storedKeys(shop.db()) == kExpectedKeys);
    CHECK(core::ShopSettings(shop.db()).value(keysSetting.key) == stored);
}
