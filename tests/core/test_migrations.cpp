// Schema migrations: from an empty file, and from every earlier version, with the data kept,
// the file copied aside first, and each migration applied whole or not at all.

#include "TestShop.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/Migrator.h>

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>

using namespace shopdesk;

namespace {
struct RawConnection {
    explicit RawConnection(const QString &path)
        : name(QStringLiteral("raw_%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~RawConnection()
    {
        QSqlDatabase::database(name).close();
        QSqlDatabase::removeDatabase(name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(name); }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    QString name;
};
} // namespace

TEST_CASE("migration scripts are numbered 0001, 0002, … without gaps")
{
    const QStringList scripts = core::Migrator::scripts();
    REQUIRE(scripts.size() >= 2);
    for (qsizetype i = 0; i < scripts.size(); ++i)
        CHECK(QFileInfo(scripts[i]).fileName().startsWith(QStringLiteral("%1_").arg(i + 1, 4, 10, QLatin1Char('0'))));
}

TEST_CASE("migrating from every earlier version keeps the data and copies the file aside first")
{
    const int latest = core::Migrator::latestVersion();
    const int from = GENERATE_COPY(range(1, latest));
    CAPTURE(from);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.shopdesk"));
    {
        RawConnection raw(path);
        REQUIRE(core::Migrator::migrate(raw.db(), from).ok());
        REQUIRE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == from);
        // Records of version 1 that every later version must keep.
        QSqlQuery q(raw.db());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO suppliers (name) VALUES ('广州沙河服装批发')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO items (code, title, created_at, updated_at) "
                                      "VALUES ('NZK-1', '牛仔裤', '2026-01-01 09:00:00', '2026-01-01 09:00:00')")));
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO skus (item_id, color, size, barcode) VALUES (1, '蓝', '30', '2000000000015')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO stock_moves (sku_id, kind, quantity, moved_at) "
                                      "VALUES (1, 'receive', 12, '2026-01-02 10:00:00')")));
    }
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == latest);
    CHECK(test::scalar(**db, QStringLiteral("SELECT name FROM suppliers")).toString()
        == QString::fromUtf8("广州沙河服装批发"));
    CHECK(test::scalar(**db, QStringLiteral("SELECT sum(quantity) FROM stock_moves WHERE sku_id = 1")).toInt() == 12);

    const QString backup = (*db)->lastMigrationBackup();
    REQUIRE_FALSE(backup.isEmpty());
    REQUIRE(QFileInfo::exists(backup));
    RawConnection copy(backup);
    CHECK(copy.scalar(QStringLiteral("PRAGMA user_version")).toInt() == from);
    CHECK(copy.scalar(QStringLiteral("SELECT count(*) FROM items")).toInt() == 1);
}

TEST_CASE("format 7: an order is found by its tracking number through an index, and the copy aside is owner-only")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.shopdesk"));
    {
        RawConnection raw(path);
        REQUIRE(core::Migrator::migrate(raw.db(), 6).ok());
        QSqlQuery q(raw.db());
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO orders (order_no, status, created_at, paid_at, courier, tracking_no) "
            "VALUES ('3012345678901234567', 'paid', '2026-11-20 09:00:00', '2026-11-20 10:00:00', 'STO', "
            "'77720900759765')")));
    }
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == core::Migrator::latestVersion());
    QSqlQuery plan((*db)->connection());
    REQUIRE(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM orders WHERE tracking_no = ?")));
    plan.addBindValue(QStringLiteral("77720900759765"));
    REQUIRE(plan.exec());
    REQUIRE(plan.next());
    CHECK(plan.value(3).toString()
        == QStringLiteral("SEARCH orders USING COVERING INDEX orders_tracking_no (tracking_no=?)"));
    CHECK(test::scalar(**db, QStringLiteral("SELECT order_no FROM orders WHERE tracking_no = '77720900759765'"))
              .toString()
        == QStringLiteral("3012345678901234567"));
    const QString backup = (*db)->lastMigrationBackup();
    REQUIRE(QFileInfo::exists(backup));
    CHECK(QFileInfo(backup).permissions()
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
}

TEST_CASE("format 8: a format-7 shop's suppliers are kept, every one of them unarchived")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v7.shopdesk"));
    {
        RawConnection raw(path);
        REQUIRE(core::Migrator::migrate(raw.db(), 7).ok());
        QSqlQuery q(raw.db());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO suppliers (name, contact, city) "
                                      "VALUES ('广州沙河服装批发', '王姐', '广州'), ('杭州四季青', '', '杭州')")));
    }
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == core::Migrator::latestVersion());
    CHECK(test::scalar(**db, QStringLiteral("SELECT count(*) FROM suppliers")).toInt() == 2);
    CHECK(test::scalar(**db,
              QStringLiteral("SELECT group_concat(name || ':' || contact || ':' || city, '|') FROM "
                             "(SELECT * FROM suppliers ORDER BY id)"))
              .toString()
        == QString::fromUtf8("广州沙河服装批发:王姐:广州|杭州四季青::杭州"));
    CHECK(test::scalar(**db, QStringLiteral("SELECT count(*) FROM suppliers WHERE archived = 0")).toInt() == 2);
    QSqlQuery q((*db)->connection());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO suppliers (name) VALUES ('深圳南油')")));
    CHECK(test::scalar(**db, QStringLiteral("SELECT archived FROM suppliers WHERE name = '深圳南油'")).toInt() == 0);
}

TEST_CASE("a migration that fails leaves the file at its previous version")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blocked.shopdesk"));
    RawConnection raw(path);
    REQUIRE(core::Migrator::migrate(raw.db(), 1).ok());
    // Something already named like a table of version 2 makes migration 2 fail half-way.
    QSqlQuery q(raw.db());
    REQUIRE(q.exec(QStringLiteral("CREATE TABLE replies (x INTEGER)")));
    const core::Status s = core::Migrator::migrate(raw.db());
    REQUIRE_FALSE(s.ok());
    CHECK(s.errorMessage().contains(QStringLiteral("format 2")));
    CHECK(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt() == 1);
    CHECK(raw.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'receiving_notes'")).toInt() == 0);
}

TEST_CASE("the script splitter keeps semicolons inside quotes and drops comments")
{
    const QStringList parts = core::Migrator::splitStatements(
        QStringLiteral("-- a comment; with a semicolon\nCREATE TABLE a (x TEXT DEFAULT ';');\n/* block; */ INSERT INTO "
                       "a VALUES ('b;c');\n"));
    REQUIRE(parts.size() == 2);
    CHECK(parts[0] == QStringLiteral("CREATE TABLE a (x TEXT DEFAULT ';')"));
    CHECK(parts[1] == QStringLiteral("INSERT INTO a VALUES ('b;c')"));
}

TEST_CASE("format 25: the orders' and lines' narrow indexes are gone; the wider ones serve their lookups")
{
    // On both engines: a new shop holds the wider indexes only.
    test::TestShop shop;
    const auto names = shop.db().schemaNames();
    REQUIRE(names.ok());
    QStringList indexes;
    for (const QString &name : *names)
        if (name.startsWith(QLatin1String("index orders")) || name.startsWith(QLatin1String("index order_lines"))
            || name.startsWith(QLatin1String("index kpi_order")))
            indexes << name.mid(6);
    CHECK(indexes
        == QStringList { QStringLiteral("kpi_order_lines_cover"), QStringLiteral("kpi_orders_paid_cover"),
            QStringLiteral("order_lines_sku_order"), QStringLiteral("orders_buyer"), QStringLiteral("orders_queue"),
            QStringLiteral("orders_queue_amount"), QStringLiteral("orders_queue_courier"),
            QStringLiteral("orders_queue_flag"), QStringLiteral("orders_queue_order_no"),
            QStringLiteral("orders_queue_printed"), QStringLiteral("orders_queue_province"),
            QStringLiteral("orders_queue_receiver"), QStringLiteral("orders_queue_ship_by"),
            QStringLiteral("orders_queue_tracking"), QStringLiteral("orders_shipped"),
            QStringLiteral("orders_tracking_no") });
}

TEST_CASE("format 25: a format-24 shop keeps its orders and finds them by status, day, order and SKU by index")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v24.shopdesk"));
    {
        RawConnection raw(path);
        REQUIRE(core::Migrator::migrate(raw.db(), 24).ok());
        QSqlQuery q(raw.db());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO orders (id, order_no, status, created_at, paid_at) VALUES "
                                      "(1, 'O-1', 'paid', '2026-11-20 09:00:00', '2026-11-20 10:00:00'), "
                                      "(2, 'O-2', 'shipped', '2026-11-21 09:00:00', '2026-11-21 10:00:00')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO order_lines (order_id, sku_id, title, quantity, price_fen) "
                                      "VALUES (1, NULL, '牛仔裤', 2, 9900), (2, NULL, '卫衣', 1, 12900)")));
    }
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == core::Migrator::latestVersion());
    const auto planOf = [&](const char *sql) {
        QSqlQuery plan((*db)->connection());
        REQUIRE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + QString::fromUtf8(sql)));
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        return steps.join(QLatin1String(" / "));
    };
    CHECK(planOf("SELECT count(*) FROM orders WHERE status = 'paid'")
        == QStringLiteral("SEARCH orders USING COVERING INDEX orders_queue_flag (status=?)"));
    CHECK(planOf("SELECT count(*) FROM orders WHERE paid_at >= '2026-11-21'")
        == QStringLiteral("SEARCH orders USING COVERING INDEX kpi_orders_paid_cover (paid_at>?)"));
    CHECK(planOf("SELECT sum(quantity) FROM order_lines WHERE order_id = 1")
        == QStringLiteral("SEARCH order_lines USING COVERING INDEX kpi_order_lines_cover (order_id=?)"));
    CHECK(planOf("SELECT count(*) FROM order_lines WHERE sku_id IS NULL")
        == QStringLiteral("SEARCH order_lines USING COVERING INDEX order_lines_sku_order (sku_id=?)"));
    CHECK(test::scalar(**db, QStringLiteral("SELECT group_concat(order_no, ',') FROM orders WHERE status = 'paid'"))
              .toString()
        == QStringLiteral("O-1"));
    CHECK(
        test::scalar(**db, QStringLiteral("SELECT sum(quantity) FROM order_lines WHERE sku_id IS NULL")).toInt() == 3);
}

TEST_CASE("format 26: a format-25 shop's stock on hand is added up once and kept")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v25.shopdesk"));
    {
        RawConnection raw(path);
        REQUIRE(core::Migrator::migrate(raw.db(), 25).ok());
        QSqlQuery q(raw.db());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO items (id, code, title, created_at, updated_at) VALUES (1, "
                                      "'NZK-1001', '牛仔裤', '2026-11-01 08:00:00', '2026-11-01 08:00:00')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO skus (id, item_id, color, size, barcode) VALUES "
                                      "(1, 1, '浅蓝', '30', '2000000000015'), (2, 1, '浅蓝', '31', '2000000000022'), "
                                      "(3, 1, '深蓝', '30', '2000000000039')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO stock_moves (id, sku_id, kind, quantity, moved_at) VALUES "
                                      "(1, 1, 'receive', 20, '2026-11-01 09:00:00'), "
                                      "(2, 1, 'ship', -3, '2026-11-02 09:00:00'), "
                                      "(3, 2, 'receive', 6, '2026-11-02 10:00:00'), "
                                      "(4, 2, 'ship', -6, '2026-11-03 10:00:00')")));
    }
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == core::Migrator::latestVersion());
    CHECK(test::scalar(**db,
              QStringLiteral("SELECT group_concat(sku_id || ':' || quantity, ',') FROM (SELECT sku_id, quantity "
                             "FROM stock_on_hand ORDER BY sku_id) AS k"))
              .toString()
        == QStringLiteral("1:17,2:0"));
    CHECK(test::scalar(**db, QStringLiteral("SELECT moves_upto FROM stock_on_hand_upto WHERE id = 1")).toInt() == 4);
}

TEST_CASE("format 27: a format-26 shop's receiving notes are added up once and kept")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v26.shopdesk"));
    {
        RawConnection raw(path);
        REQUIRE(core::Migrator::migrate(raw.db(), 26).ok());
        QSqlQuery q(raw.db());
        for (const char *sql : {
                 "INSERT INTO items (id, code, title, created_at, updated_at) VALUES (1, 'NZK-1001', '牛仔裤', "
                 "'2026-11-01 08:00:00', '2026-11-01 08:00:00')",
                 "INSERT INTO skus (id, item_id, color, size, barcode) VALUES (1, 1, '浅蓝', '30', '2000000000015'), "
                 "(2, 1, '浅蓝', '31', '2000000000022')",
                 "INSERT INTO suppliers (id, name) VALUES (1, '广州沙河服装批发')",
                 "INSERT INTO receiving_notes (id, note_no, supplier_id, received_on, status) VALUES "
                 "(1, 'RK-1', 1, '2026-11-01', 'posted'), (2, 'RK-2', 1, '2026-11-02', 'draft'), "
                 "(3, 'RK-3', 1, '2026-11-03', 'posted')",
                 "INSERT INTO receiving_lines (id, note_id, sku_id, quantity, unit_cost_fen) VALUES "
                 "(1, 1, 1, 20, 4500), (2, 1, 2, 5, 4450), (3, 2, 1, 1, 4500), (4, 3, 2, 2, 0)",
             })
            REQUIRE(q.exec(QString::fromUtf8(sql)));
    }
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == core::Migrator::latestVersion());
    CHECK(test::scalar(**db,
              QStringLiteral("SELECT group_concat(note_id || ':' || pieces || ':' || goods_fen, ',') FROM (SELECT "
                             "note_id, pieces, goods_fen FROM receiving_note_totals ORDER BY note_id) AS t"))
              .toString()
        == QStringLiteral("1:25:112250,2:1:4500,3:2:0"));
    CHECK(test::scalar(**db, QStringLiteral("SELECT lines_upto FROM receiving_note_totals_upto WHERE id = 1")).toInt()
        == 4);
}

TEST_CASE("format 28: a format-27 shop keeps no repeat months yet, its bookmark at its last order")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v27.shopdesk"));
    {
        RawConnection raw(path);
        REQUIRE(core::Migrator::migrate(raw.db(), 27).ok());
        QSqlQuery q(raw.db());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO orders (id, order_no, status, created_at, paid_at) VALUES "
                                      "(1, 'O-1', 'paid', '2026-10-20 09:00:00', '2026-10-20 10:00:00'), "
                                      "(7, 'O-7', 'shipped', '2026-11-21 09:00:00', '2026-11-21 10:00:00')")));
    }
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == core::Migrator::latestVersion());
    CHECK(test::scalar(**db, QStringLiteral("SELECT count(*) FROM repeat_months")).toInt() == 0);
    CHECK(test::scalar(**db, QStringLiteral("SELECT orders_upto FROM repeat_months_upto WHERE id = 1")).toInt() == 7);
}
