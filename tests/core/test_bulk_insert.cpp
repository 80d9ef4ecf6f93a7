// BulkInsert: many rows as multi-row INSERTs. Both of its bindings (SQLite's own API where the build
// allows it, QtSql everywhere) write the same rows; a row that cannot be written fails with its
// cause, and the caller's transaction then leaves nothing.

#include "TestShop.h"

#include <shopdesk/core/BulkInsert.h>
#include <shopdesk/core/Transaction.h>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace shopdesk;
using core::BulkInsert;
using test::scalar;

namespace {
const QString kInto
    = QStringLiteral("orders (id, order_no, buyer_id, status, receiver_name, total_fen, created_at, paid_at)");

// Ten orders, four per statement on SQLite (so two full statements and a last one of two rows).
core::Status writeOrders(const core::Database &db, BulkInsert::Binding binding, bool native, bool repeatAnOrder)
{
    BulkInsert rows(db, kInto, 8, 4, binding);
    CHECK(rows.isNative() == native);
    for (int i = 1; i <= 10; ++i) {
        const QString no = QStringLiteral("T%1").arg(repeatAnOrder && i == 7 ? 3 : i);
        const bool full = rows.add({ i, no, QVariant(), i % 2 ? QStringLiteral("paid") : QStringLiteral("closed"),
            i == 5 ? QString() : QString::fromUtf8("收件人%1 “王”").arg(i), qint64(i) * 10000000000LL,
            QStringLiteral("2026-11-20 10:00:%1").arg(i, 2, 10, QLatin1Char('0')),
            i % 3 ? QVariant(QStringLiteral("2026-11-20 10:01:00")) : QVariant() });
        // Four rows per statement on SQLite; a server's batch holds all ten (rowsPerStatement()).
        const int per = rows.rowsPerStatement();
        CHECK(rows.pending() == (i - 1) % per + 1);
        if (full)
            if (core::Status s = rows.flush(); !s)
                return s;
    }
    return rows.flush();
}

QString stored(const core::Database &db)
{
    return scalar(db,
        QStringLiteral(
            "SELECT group_concat(x, '|') FROM (SELECT id || ',' || order_no || ',' || typeof(buyer_id) || ',' || "
            "status || ',' || receiver_name || ',' || typeof(receiver_name) || ',' || total_fen || ',' || "
            "typeof(total_fen) || ',' || created_at || ',' || coalesce(paid_at, 'NULL') AS x "
            "FROM orders ORDER BY id)"))
        .toString();
}
} // namespace

TEST_CASE("BulkInsert writes the same rows through SQLite's own binding and through QtSql")
{
    if (test::onServer())
        SKIP("SQLite's own binding against QtSql's, compared with SQLite's typeof(): both are QtSql's on a server");
    test::TestShop fast, portable;
    for (auto [shop, binding, native] : { std::tuple { &fast, BulkInsert::Binding::Fastest, BulkInsert::nativeBuilt() },
             std::tuple { &portable, BulkInsert::Binding::Portable, false } }) {
        core::Transaction tx(shop->db());
        REQUIRE(tx.isActive());
        core::Status s = writeOrders(shop->db(), binding, native, false);
        INFO(s.errorMessage().toStdString());
        REQUIRE(s.ok());
        REQUIRE(tx.commit().ok());
    }
    const QString rows = stored(fast.db());
    CHECK(rows == stored(portable.db()));
    CHECK(scalar(fast.db(), QStringLiteral("SELECT COUNT(*) FROM orders")).toInt() == 10);
    // Text as given, a null QString as '' (not NULL), QVariant() as NULL, 64-bit integers whole.
    CHECK(rows.startsWith(QString::fromUtf8(
        "1,T1,null,paid,收件人1 “王”,text,10000000000,integer,2026-11-20 10:00:01,2026-11-20 10:01:00|")));
    CHECK(rows.contains(
        QStringLiteral("|5,T5,null,paid,,text,50000000000,integer,2026-11-20 10:00:05,2026-11-20 10:01:00|")));
    CHECK(rows.contains(
        QString::fromUtf8("|6,T6,null,closed,收件人6 “王”,text,60000000000,integer,2026-11-20 10:00:06,NULL|")));
    CHECK(rows.endsWith(QString::fromUtf8(
        "|10,T10,null,closed,收件人10 “王”,text,100000000000,integer,2026-11-20 10:00:10,2026-11-20 10:01:00")));
}

TEST_CASE("a row BulkInsert cannot write names the cause, and the transaction leaves nothing")
{
    const auto binding = GENERATE(BulkInsert::Binding::Fastest, BulkInsert::Binding::Portable);
    test::TestShop shop;
    {
        core::Transaction tx(shop.db());
        REQUIRE(tx.isActive());
        // The seventh order repeats the third's number: its statement (rows 5–8) fails.
        core::Status s = writeOrders(shop.db(), binding,
            binding == BulkInsert::Binding::Fastest && BulkInsert::nativeBuilt() && !test::onServer(), true);
        REQUIRE_FALSE(s.ok());
        // What is wrong in the user's words: a duplicate, never SQLite's own text.
        CHECK(s.errorMessage()
            == QStringLiteral("The change conflicts with what the shop already holds (a record that must be unique "
                              "exists, or other records refer to this one)."));
        // The first statement's rows are in, until the transaction ends without a commit (a server
        // refuses every statement of a transaction after a failed one, until it ends).
        if (!test::onServer())
            CHECK(scalar(shop.db(), QStringLiteral("SELECT COUNT(*) FROM orders")).toInt() == 4);
    }
    CHECK(scalar(shop.db(), QStringLiteral("SELECT COUNT(*) FROM orders")).toInt() == 0);
}

TEST_CASE("BulkInsert writes a column as an expression of its value, through both bindings")
{
    const auto binding = GENERATE(BulkInsert::Binding::Fastest, BulkInsert::Binding::Portable);
    test::TestShop shop;
    // Another writer's buyer is already there: the new buyers' ids go on after it, whoever counts.
    REQUIRE(
        scalar(shop.db(),
            QStringLiteral("INSERT INTO buyers (id, nick, created_at) VALUES (41, 'earlier', '2026-11-20 09:00:00') "
                           "RETURNING id"))
            .toInt()
        == 41);
    core::Transaction tx(shop.db());
    REQUIRE(tx.isActive());
    BulkInsert buyers(shop.db(), QStringLiteral("buyers (nick, created_at)"), 2, 4, binding);
    BulkInsert orders(shop.db(), QStringLiteral("orders (order_no, buyer_id, status, created_at)"), 4, 4, binding);
    orders.setExpression(1, QStringLiteral("(SELECT id FROM buyers WHERE nick = ?)"));
    for (int i = 1; i <= 6; ++i) {
        if (buyers.add({ QString::fromUtf8("买家%1").arg(i), QStringLiteral("2026-11-20 10:00:00") }))
            REQUIRE(buyers.flush().ok());
    }
    REQUIRE(buyers.flush().ok());
    for (int i = 1; i <= 6; ++i) {
        const QVariant nick = i == 3 ? QString::fromUtf8("earlier")
            : i == 5                 ? QVariant()
                                     : QString::fromUtf8("买家%1").arg(7 - i);
        if (orders.add(
                { QStringLiteral("T%1").arg(i), nick, QStringLiteral("paid"), QStringLiteral("2026-11-20 10:00:00") }))
            REQUIRE(orders.flush().ok());
    }
    REQUIRE(orders.flush().ok());
    REQUIRE(tx.commit().ok());
    CHECK(scalar(shop.db(),
              QStringLiteral("SELECT group_concat(x, ' ') FROM (SELECT o.order_no || '=' || coalesce(b.nick, '-') || "
                             "'/' || coalesce(CAST(o.buyer_id AS TEXT), 'NULL') AS x FROM orders o LEFT JOIN "
                             "buyers b ON b.id = o.buyer_id ORDER BY o.id) AS t"))
              .toString()
        // SQLite numbers a new row after the largest id; the server's identity column counts on its own.
        == (test::onServer()
                ? QString::fromUtf8("T1=买家6/6 T2=买家5/5 T3=earlier/41 T4=买家3/3 T5=-/NULL T6=买家1/1")
                : QString::fromUtf8("T1=买家6/47 T2=买家5/46 T3=earlier/41 T4=买家3/44 T5=-/NULL T6=买家1/42")));
}

TEST_CASE("BulkInsert writes the same rows on both engines, in statements of a server's batch sizes")
{
    // Run on SQLite and on the server: the stored rows are read back with the same SQL on both and
    // compared with what was added, whatever sizes the flushes come in.
    test::TestShop shop;
    constexpr int kBuyers = 1000;
    core::Transaction tx(shop.db());
    REQUIRE(tx.isActive());
    BulkInsert buyers(shop.db(), QStringLiteral("buyers (nick, name, phone, note, created_at)"), 5, 32);
    // SQLite takes the rows per statement asked for; a server takes 4,096 rows per COPY.
    CHECK(buyers.rowsPerStatement() == (test::onServer() ? BulkInsert::kCopyRows : 32));
    CHECK(buyers.isCopy() == test::onServer());
    QStringList expected;
    for (int i = 1; i <= kBuyers; ++i) {
        const QString nick = QString::fromUtf8("买家%1").arg(i);
        const QString note = i % 7 == 0 ? QString() : QString::fromUtf8("备注 ‘%1’ \\ \"x\"").arg(i);
        const bool full = buyers.add({ nick, i % 5 == 0 ? QString() : QStringLiteral("Name %1").arg(i),
            QStringLiteral("138%1").arg(i, 8, 10, QLatin1Char('0')), note, QStringLiteral("2026-11-20 10:00:00") });
        expected << QStringLiteral("%1,%2,%3,%4")
                        .arg(nick, i % 5 == 0 ? QString() : QStringLiteral("Name %1").arg(i),
                            QStringLiteral("138%1").arg(i, 8, 10, QLatin1Char('0')), note);
        // Flushes at uneven points, as an import's dependent tables make them (37, 300, 301...).
        if (full || i == 37 || i == 300 || i == 301 || i == 999) {
            core::Status s = buyers.flush();
            INFO(s.errorMessage().toStdString());
            REQUIRE(s.ok());
            CHECK(buyers.pending() == 0);
        }
    }
    REQUIRE(buyers.flush().ok());
    // Orders that find their buyer by member name (an expression around the value), 700 of them.
    BulkInsert orders(
        shop.db(), QStringLiteral("orders (order_no, buyer_id, status, total_fen, created_at, paid_at)"), 6, 8);
    orders.setExpression(1, QStringLiteral("(SELECT id FROM buyers WHERE nick = ?)"));
    for (int i = 1; i <= 700; ++i) {
        if (orders.add({ QStringLiteral("T%1").arg(i, 4, 10, QLatin1Char('0')),
                i % 10 == 0 ? QVariant() : QVariant(QString::fromUtf8("买家%1").arg(1001 - i)), QStringLiteral("paid"),
                qint64(i) * 1000000007LL, QStringLiteral("2026-11-20 10:00:00"),
                i % 3 == 0 ? QVariant() : QVariant(QStringLiteral("2026-11-20 10:05:00")) }))
            REQUIRE(orders.flush().ok());
    }
    REQUIRE(orders.flush().ok());
    REQUIRE(tx.commit().ok());

    CHECK(scalar(shop.db(), QStringLiteral("SELECT COUNT(*) FROM buyers")).toInt() == kBuyers);
    CHECK(scalar(shop.db(),
              QStringLiteral(
                  "SELECT group_concat(x, '|') FROM (SELECT nick || ',' || name || ',' || phone || ',' || note AS x "
                  "FROM buyers ORDER BY id) AS t"))
              .toString()
        == expected.join(QLatin1Char('|')));
    CHECK(scalar(shop.db(), QStringLiteral("SELECT COUNT(*) FROM orders")).toInt() == 700);
    CHECK(scalar(shop.db(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE buyer_id IS NULL")).toInt() == 70);
    CHECK(scalar(shop.db(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE paid_at IS NULL")).toInt() == 233);
    CHECK(scalar(shop.db(), QStringLiteral("SELECT COUNT(*) FROM buyers WHERE note = ''")).toInt() == 142);
    CHECK(scalar(shop.db(),
              QStringLiteral("SELECT o.order_no || '=' || b.nick || '/' || CAST(o.total_fen AS TEXT) FROM orders o "
                             "JOIN buyers b ON b.id = o.buyer_id WHERE o.order_no = 'T0699'"))
              .toString()
        == QString::fromUtf8("T0699=买家302/699000004893"));
    CHECK(scalar(shop.db(), QStringLiteral("SELECT SUM(total_fen) FROM orders")).toLongLong()
        == 1000000007LL * (700 * 701 / 2));
}

TEST_CASE("text with tabs, line breaks and backslashes is written the same by every path")
{
    // On SQLite: its own binding against QtSql's; on a server: COPY against multi-row INSERTs (for
    // the buyers; the orders, their buyer an expression, are INSERTs on every path).
    const QStringList notes { QString::fromUtf8("一\t二"), QStringLiteral("line 1\nline 2\r\nline 3"),
        QStringLiteral("C:\\shop\\new"), QStringLiteral("\\N"), QStringLiteral("\\."), QString(),
        QString::fromUtf8("“引号” 'x' \"y\" ;--"), QStringLiteral("\\t literal"), QString::fromUtf8("𠀀 emoji 😀") };
    test::TestShop fast, portable;
    for (auto [shop, binding] :
        { std::pair { &fast, BulkInsert::Binding::Fastest }, std::pair { &portable, BulkInsert::Binding::Portable } }) {
        core::Transaction tx(shop->db());
        REQUIRE(tx.isActive());
        BulkInsert buyers(shop->db(), QStringLiteral("buyers (nick, note, created_at)"), 3, 4, binding);
        CHECK(buyers.isCopy() == (test::onServer() && binding == BulkInsert::Binding::Fastest));
        BulkInsert orders(
            shop->db(), QStringLiteral("orders (order_no, buyer_id, status, seller_note, created_at)"), 5, 4, binding);
        orders.setExpression(1, QStringLiteral("(SELECT id FROM buyers WHERE nick = ?)"));
        for (qsizetype i = 0; i < notes.size(); ++i) {
            const QString nick = QStringLiteral("b%1").arg(i);
            if (buyers.add({ nick, notes.at(i), QStringLiteral("2026-11-20 10:00:00") }))
                REQUIRE(buyers.flush().ok());
        }
        REQUIRE(buyers.flush().ok());
        for (qsizetype i = 0; i < notes.size(); ++i) {
            if (orders.add({ QStringLiteral("T%1").arg(i), QStringLiteral("b%1").arg(notes.size() - 1 - i),
                    QStringLiteral("paid"), notes.at(i), QStringLiteral("2026-11-20 10:00:00") }))
                REQUIRE(orders.flush().ok());
        }
        core::Status s = orders.flush();
        INFO(s.errorMessage().toStdString());
        REQUIRE(s.ok());
        REQUIRE(tx.commit().ok());
    }
    for (test::TestShop *shop : { &fast, &portable }) {
        QStringList got, expected;
        for (qsizetype i = 0; i < notes.size(); ++i) {
            got << scalar(shop->db(), QStringLiteral("SELECT note FROM buyers WHERE nick = 'b%1'").arg(i)).toString();
            got << scalar(shop->db(),
                QStringLiteral("SELECT b.nick || '|' || o.seller_note FROM orders o JOIN buyers b ON b.id = o.buyer_id "
                               "WHERE o.order_no = 'T%1'")
                    .arg(i))
                       .toString();
            expected << (notes.at(i).isNull() ? QStringLiteral("") : notes.at(i));
            expected << QStringLiteral("b%1|").arg(notes.size() - 1 - i) + notes.at(i);
        }
        CHECK(got == expected);
        // Neither NULL nor '\N' in COPY's sense: a null QString is stored as ''.
        CHECK(scalar(shop->db(), QStringLiteral("SELECT COUNT(*) FROM buyers WHERE note IS NULL")).toInt() == 0);
        CHECK(scalar(shop->db(), QStringLiteral("SELECT COUNT(*) FROM buyers WHERE note = ''")).toInt() == 1);
    }
}

TEST_CASE("an order with an expression column that BulkInsert cannot write names the cause, and nothing is left")
{
    // A number repeated among orders whose buyer is an expression (multi-row INSERTs on a server).
    test::TestShop shop;
    {
        core::Transaction tx(shop.db());
        REQUIRE(tx.isActive());
        BulkInsert orders(shop.db(), QStringLiteral("orders (order_no, buyer_id, status, created_at)"), 4, 4);
        orders.setExpression(1, QStringLiteral("(SELECT id FROM buyers WHERE nick = ?)"));
        for (int i = 1; i <= 3; ++i)
            orders.add({ QStringLiteral("T%1").arg(i == 3 ? 1 : i), QVariant(), QStringLiteral("paid"),
                QStringLiteral("2026-11-20 10:00:00") });
        const core::Status s = orders.flush();
        REQUIRE_FALSE(s.ok());
        CHECK(s.errorMessage()
            == QStringLiteral("The change conflicts with what the shop already holds (a record that must be unique "
                              "exists, or other records refer to this one)."));
    }
    CHECK(scalar(shop.db(), QStringLiteral("SELECT COUNT(*) FROM orders")).toInt() == 0);
}

TEST_CASE("a server's batch is 512 rows, fewer when the values would pass PostgreSQL's limit")
{
    CHECK(BulkInsert::serverRows(18, 8) == 512);
    CHECK(BulkInsert::serverRows(127, 8) == 512); // 65,024 values
    CHECK(BulkInsert::serverRows(128, 8) == 256); // 512 rows would be 65,536 values, one over the limit
    CHECK(BulkInsert::serverRows(200, 8) == 256);
    CHECK(BulkInsert::serverRows(300, 8) == 128);
    CHECK(BulkInsert::serverRows(5, 1000) == 1000); // never fewer than the caller asked for
}

TEST_CASE("rows sent while the next are read are all written in order, and a refused one fails what follows")
{
    // setAhead: on a server each COPY is sent by another thread while more rows are added, and a
    // flush while one is on its way keeps its rows for the next. On SQLite it changes nothing.
    test::TestShop shop;
    constexpr int kRows = 10000;
    const auto write = [&](int repeatAt) -> core::Status {
        core::Transaction tx(shop.db());
        REQUIRE(tx.isActive());
        BulkInsert orders(shop.db(), QStringLiteral("orders (order_no, status, total_fen, created_at)"), 4, 8);
        orders.setAhead(true);
        for (int i = 1; i <= kRows; ++i) {
            const int no = i == repeatAt ? 1 : i;
            if (orders.add({ QStringLiteral("A%1").arg(no, 5, 10, QLatin1Char('0')), QStringLiteral("paid"),
                    qint64(i) * 100, QStringLiteral("2026-11-20 10:00:00") }))
                if (core::Status s = orders.flush(); !s)
                    return s;
        }
        if (core::Status s = orders.finish(); !s)
            return s;
        return tx.commit();
    };
    SECTION("written")
    {
        const core::Status s = write(0);
        INFO(s.errorMessage().toStdString());
        REQUIRE(s.ok());
        CHECK(scalar(shop.db(), QStringLiteral("SELECT COUNT(*) FROM orders")).toInt() == kRows);
        CHECK(scalar(shop.db(), QStringLiteral("SELECT SUM(total_fen) FROM orders")).toLongLong()
            == 100LL * kRows * (kRows + 1) / 2);
        // In the order they were added: the ids follow the numbers.
        CHECK(scalar(shop.db(),
                  QStringLiteral("SELECT COUNT(*) FROM orders a JOIN orders b ON b.id > a.id "
                                 "WHERE b.order_no < a.order_no AND a.id % 1000 = 0"))
                  .toInt()
            == 0);
        CHECK(scalar(shop.db(), QStringLiteral("SELECT order_no FROM orders ORDER BY id DESC LIMIT 1")).toString()
            == QStringLiteral("A10000"));
    }
    SECTION("a number repeated in the first rows, refused while the next are being added")
    {
        const core::Status s = write(100);
        REQUIRE_FALSE(s.ok());
        CHECK(s.errorMessage()
            == QStringLiteral("The change conflicts with what the shop already holds (a record that must be unique "
                              "exists, or other records refer to this one)."));
        CHECK(scalar(shop.db(), QStringLiteral("SELECT COUNT(*) FROM orders")).toInt() == 0);
    }
    SECTION("a number repeated near the end")
    {
        const core::Status s = write(kRows - 10);
        REQUIRE_FALSE(s.ok());
        CHECK(s.errorMessage()
            == QStringLiteral("The change conflicts with what the shop already holds (a record that must be unique "
                              "exists, or other records refer to this one)."));
        CHECK(scalar(shop.db(), QStringLiteral("SELECT COUNT(*) FROM orders")).toInt() == 0);
        // The connection is free again for what comes next.
        CHECK(scalar(shop.db(), QStringLiteral("SELECT COUNT(*) FROM buyers")).toInt() == 0);
    }
}
