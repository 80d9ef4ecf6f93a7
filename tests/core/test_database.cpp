// Opening shop files: a new shop is set up right, and every file that is not a shop this
// ShopDesk may write to is refused with a clear message and left byte-identical.

#include "TestShop.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/Migrator.h>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using shopdesk::test::fileBytes;
using shopdesk::test::scalar;

namespace {
// A SQLite file written by "another program": its own table, no ShopDesk application_id.
void writeForeignDatabase(const QString &path, int userVersion = 0, int applicationId = 0)
{
    const QString name = QStringLiteral("foreign_writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO contacts (name) VALUES ('Ann')")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

TEST_CASE("a new shop file is a ShopDesk file with WAL, foreign keys and the latest schema")
{
    SHOPDESK_FILES_ONLY();
    test::TestShop shop;
    CHECK(scalar(shop.db(), QStringLiteral("PRAGMA application_id")).toInt() == core::Database::kApplicationId);
    CHECK(scalar(shop.db(), QStringLiteral("PRAGMA user_version")).toInt() == core::Migrator::latestVersion());
    CHECK(scalar(shop.db(), QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(shop.db(), QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(shop.db(), QStringLiteral("PRAGMA synchronous")).toInt() == 1); // NORMAL
    CHECK(shop.db().schemaVersion() == core::Database::latestSchemaVersion());
    CHECK(core::Database::inspect(shop.path()).kind == core::ShopFileInfo::Kind::Shop);
}

TEST_CASE("reopening a shop keeps its records and does not migrate again")
{
    test::TestShop shop;
    REQUIRE(scalar(shop.db(), QStringLiteral("INSERT INTO suppliers (name) VALUES ('A') RETURNING id")).toInt() == 1);
    const QString path = shop.path();
    shop.close();
    auto again = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(again.ok());
    CHECK((*again)->lastMigrationBackup().isEmpty());
    CHECK(scalar(**again, QStringLiteral("SELECT name FROM suppliers")).toString() == QStringLiteral("A"));
}

TEST_CASE("files that are not this ShopDesk's shops are refused and left byte-identical")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file.db"));

    SECTION("a text file")
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("order_no,name\n1001,张三\n");
        f.close();
        const QByteArray before = fileBytes(path);
        auto db = core::Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.errorMessage().contains(QStringLiteral("not a ShopDesk shop file")));
        CHECK(db.errorMessage().contains(QStringLiteral("file.db")));
        CHECK(fileBytes(path) == before);
    }
    SECTION("another program's SQLite database")
    {
        writeForeignDatabase(path);
        const QByteArray before = fileBytes(path);
        CHECK(core::Database::inspect(path).kind == core::ShopFileInfo::Kind::Foreign);
        auto db = core::Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.errorMessage().contains(QStringLiteral("another program's database")));
        CHECK(fileBytes(path) == before);
    }
    SECTION("a corrupt SQLite file (valid header, garbage pages)")
    {
        writeForeignDatabase(path);
        QByteArray bytes = fileBytes(path);
        for (qsizetype i = 100; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919) & 0xff);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const QByteArray before = fileBytes(path);
        auto db = core::Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(fileBytes(path) == before);
    }
    SECTION("a shop from a newer ShopDesk")
    {
        writeForeignDatabase(path, core::Migrator::latestVersion() + 1, core::Database::kApplicationId);
        const QByteArray before = fileBytes(path);
        const auto info = core::Database::inspect(path);
        CHECK(info.kind == core::ShopFileInfo::Kind::Newer);
        auto db = core::Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.errorMessage().contains(QStringLiteral("newer ShopDesk")));
        CHECK(fileBytes(path) == before);
    }
    SECTION("a missing file when an existing shop is asked for")
    {
        auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
        REQUIRE_FALSE(db.ok());
        CHECK(db.errorMessage().contains(QStringLiteral("no shop file")));
        CHECK_FALSE(QFile::exists(path));
    }
}

TEST_CASE("an empty file becomes a new shop")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.shopdesk"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.close();
    auto db = core::Database::open(path);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == core::Migrator::latestVersion());
}
