// Statements are prepared once per connection and reused: the same text on the same connection
// gives back the kept statement with its new binds, a statement in use is never handed out twice,
// a statement given back holds no cursor, and the kept statements go with their connection.

#include "TestShop.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/core/Transaction.h>

#include <QProcess>

#include <thread>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using core::SqlQuery;

namespace {
const QString kInsert = QStringLiteral("INSERT INTO suppliers (name, city) VALUES (:n, :c) RETURNING id");
const QString kByCity = QStringLiteral("SELECT name FROM suppliers WHERE city = :c ORDER BY name");

QStringList namesIn(const core::Database &db, const QString &city)
{
    SqlQuery q(db, kByCity);
    q.bind(QStringLiteral(":c"), city);
    REQUIRE(q.run());
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

void addSupplier(const core::Database &db, const QString &name, const QString &city)
{
    SqlQuery q(db, kInsert);
    q.bind({ { QStringLiteral(":n"), name }, { QStringLiteral(":c"), city } });
    REQUIRE(q.insert());
}
} // namespace

TEST_CASE("the same statement text is prepared once per connection and reused with new binds")
{
    test::TestShop shop;
    const int before = SqlQuery::keptStatements(shop.db());
    addSupplier(shop.db(), QString::fromUtf8("广州白马服装"), QString::fromUtf8("广州"));
    addSupplier(shop.db(), QString::fromUtf8("杭州四季青"), QString::fromUtf8("杭州"));
    addSupplier(shop.db(), QString::fromUtf8("广州沙河"), QString::fromUtf8("广州"));
    CHECK(namesIn(shop.db(), QString::fromUtf8("广州"))
        == QStringList { QString::fromUtf8("广州沙河"), QString::fromUtf8("广州白马服装") });
    CHECK(namesIn(shop.db(), QString::fromUtf8("杭州")) == QStringList { QString::fromUtf8("杭州四季青") });
    CHECK(namesIn(shop.db(), QString::fromUtf8("深圳")).isEmpty());
    CHECK(SqlQuery::keptStatements(shop.db()) == before + 2);
    CHECK(test::scalar(shop.db(), QStringLiteral("SELECT count(*) FROM suppliers")).toInt() == 3);
}

TEST_CASE("a statement still in use is not handed out again: the same text inside its own loop runs apart")
{
    test::TestShop shop;
    addSupplier(shop.db(), QStringLiteral("A"), QStringLiteral("x"));
    addSupplier(shop.db(), QStringLiteral("B"), QStringLiteral("x"));
    addSupplier(shop.db(), QStringLiteral("C"), QStringLiteral("y"));
    SqlQuery outer(shop.db(), kByCity);
    outer.bind(QStringLiteral(":c"), QStringLiteral("x"));
    REQUIRE(outer.run());
    QStringList seen;
    while (outer.next()) {
        seen << outer.value(0).toString();
        seen << namesIn(shop.db(), QStringLiteral("y")); // the same text while `outer` reads its rows
    }
    CHECK(seen == QStringList { QStringLiteral("A"), QStringLiteral("C"), QStringLiteral("B"), QStringLiteral("C") });
}

TEST_CASE("a statement given back half read holds no cursor: the table can be dropped at once")
{
    if (test::onServer())
        SKIP("about SQLite's open cursors, which lock a table against DROP; the server has none");
    test::TestShop shop;
    for (const char *name : { "A", "B", "C" })
        addSupplier(shop.db(), QString::fromLatin1(name), QStringLiteral("x"));
    {
        SqlQuery q(shop.db(), QStringLiteral("SELECT name FROM suppliers ORDER BY name"));
        REQUIRE(q.run());
        REQUIRE(q.next()); // one row of three, then the query goes
        CHECK(q.value(0).toString() == QStringLiteral("A"));
    }
    core::Transaction tx(shop.db());
    REQUIRE(tx.isActive());
    REQUIRE(SqlQuery(shop.db(), QStringLiteral("CREATE TABLE scratch (v INTEGER)")).run());
    REQUIRE(SqlQuery(shop.db(), QStringLiteral("DROP TABLE scratch")).run());
    CHECK(tx.commit());
    // Kept statements see a schema changed under them (SQLite prepares them again).
    REQUIRE(SqlQuery(shop.db(), QStringLiteral("ALTER TABLE suppliers ADD COLUMN scratch_note TEXT")).run());
    CHECK(namesIn(shop.db(), QStringLiteral("x"))
        == QStringList { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C") });
}

TEST_CASE("a failed statement is not kept and says why; a kept one works after a failed run")
{
    test::TestShop shop;
    const int before = SqlQuery::keptStatements(shop.db());
    SqlQuery bad(shop.db(), QStringLiteral("SELECT nothing FROM no_such_table"));
    CHECK_FALSE(bad.prepared());
    CHECK_FALSE(bad.run());
    CHECK(SqlQuery::keptStatements(shop.db()) == before);

    addSupplier(shop.db(), QStringLiteral("A"), QStringLiteral("x"));
    {
        SqlQuery dup(shop.db(), QStringLiteral("INSERT INTO suppliers (id, name) VALUES (:id, :n)"));
        dup.bind({ { QStringLiteral(":id"), 1 }, { QStringLiteral(":n"), QStringLiteral("again") } });
        CHECK_FALSE(dup.run()); // the id is taken
    }
    SqlQuery dup(shop.db(), QStringLiteral("INSERT INTO suppliers (id, name) VALUES (:id, :n)"));
    dup.bind({ { QStringLiteral(":id"), 2 }, { QStringLiteral(":n"), QStringLiteral("B") } });
    CHECK(dup.run());
    CHECK(test::scalar(shop.db(), QStringLiteral("SELECT name FROM suppliers WHERE id = 2")).toString()
        == QStringLiteral("B"));
}

TEST_CASE("kept statements go with their connection: at the thread's end and when the shop closes")
{
    test::TestShop shop;
    std::thread worker([&shop] {
        addSupplier(shop.db(), QStringLiteral("from a thread"), QStringLiteral("x"));
        CHECK(SqlQuery::keptStatements(shop.db()) >= 1);
    });
    worker.join();
    // A new thread gets a new connection with nothing kept; the old one's statements are gone.
    int seenByNext = -1;
    std::thread next([&] { seenByNext = SqlQuery::keptStatements(shop.db()); });
    next.join();
    CHECK(seenByNext == 0);
    CHECK(namesIn(shop.db(), QStringLiteral("x")) == QStringList { QStringLiteral("from a thread") });
    CHECK(SqlQuery::keptStatements(shop.db()) >= 1);
    shop.close(); // every connection closed: no kept statement may outlive it (no warning, no crash)
    SUCCEED();
}

// Found by fuzzing the order import: a shop kept in a static (as the fuzz targets keep theirs) was
// closed after the cache's registry had been destroyed at exit, a use after free. The program
// below does the same; under AddressSanitizer (the CI's sanitizer run) such a use fails its exit.
TEST_CASE("a shop kept in a static closes cleanly after main returns, its kept statements with it")
{
    test::TestShop shop;
    SqlQuery insert(shop.db(), QStringLiteral("INSERT INTO suppliers (name, city) VALUES ('广州新塘牛仔厂', '广州')"));
    REQUIRE(insert.run());
    shop.close();

    QProcess program;
    program.start(QStringLiteral(STATIC_SHOP), { shop.path() });
    REQUIRE(program.waitForFinished(60000));
    const QString errors = QString::fromLocal8Bit(program.readAllStandardError());
    INFO(errors.toStdString());
    CHECK(program.exitStatus() == QProcess::NormalExit);
    CHECK(program.exitCode() == 0);
    CHECK(program.readAllStandardOutput() == "1\n");
    CHECK(errors.isEmpty());
}

TEST_CASE("ids read in chunks of 500 bound values come back chunk after chunk in the order asked")
{
    test::TestShop shop;
    QList<qint64> ids;
    {
        core::Transaction tx(shop.db());
        REQUIRE(tx.isActive());
        SqlQuery q(shop.db(), kInsert);
        for (int i = 1; i <= 1203; ++i) {
            q.bind({ { QStringLiteral(":n"), QStringLiteral("供应商%1").arg(i, 4, 10, QLatin1Char('0')) },
                { QStringLiteral(":c"), QStringLiteral("广州") } });
            auto id = q.insert();
            REQUIRE(id);
            ids.prepend(*id); // newest first
        }
        REQUIRE(tx.commit());
    }
    ids.insert(700, -1); // no such supplier: simply not among the rows
    QStringList names;
    const core::Status read = core::forIdsInChunks(shop.db(),
        QStringLiteral("SELECT name FROM suppliers WHERE id IN (%1) ORDER BY id DESC"), ids,
        [&](const SqlQuery &q) { names << q.value(0).toString(); });
    REQUIRE(read);
    REQUIRE(names.size() == 1203); // three statements: 500, 500 and 204 ids
    CHECK(names.first() == QStringLiteral("供应商1203"));
    CHECK(names.at(499) == QStringLiteral("供应商0704"));
    CHECK(names.at(500) == QStringLiteral("供应商0703"));
    CHECK(names.last() == QStringLiteral("供应商0001"));
    int rows = 0;
    CHECK(core::forIdsInChunks(shop.db(), QStringLiteral("SELECT name FROM suppliers WHERE id IN (%1)"), {},
        [&](const SqlQuery &) { ++rows; }));
    CHECK(rows == 0);
}
