// Optimistic locking of hand edits: two Database objects on one file are two PCs. An edit names
// the version it read; a stale one is refused, naming who changed the row and when, and writes
// nothing; the refused undo command leaves the stack.

#include "ListingsFixture.h"
#include "ListingsService.h"
#include "TestShop.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/Language.h>
#include <shopdesk/core/Migrator.h>
#include <shopdesk/core/RowVersions.h>
#include <shopdesk/core/Seat.h>
#include <shopdesk/core/SqlQuery.h>
#include <shopdesk/service/ReplyService.h>

#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::scalar;

namespace {
constexpr int kFormat = 22; // this migration's number

/// The seat in force while the test runs (a PC's name), put back after.
struct SeatGuard {
    explicit SeatGuard(const QString &name) { core::Seat::setCurrent(name); }
    ~SeatGuard() { core::Seat::setCurrent(QString()); }
};

/// Stamps the row as changed at 14:02 today, local time (what the message shows).
void changedAt1402(const core::Database &db, const QString &table, qint64 id)
{
    const QString utc
        = QDateTime(QDate::currentDate(), QTime(14, 2)).toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(QStringLiteral("UPDATE %1 SET changed_at = ? WHERE id = ?").arg(table)));
    q.addBindValue(utc);
    q.addBindValue(id);
    REQUIRE(q.exec());
}

struct Chinese {
    Chinese() { core::language::install(QStringLiteral("zh_CN")); }
    ~Chinese() { core::language::install(QStringLiteral("en")); }
};
} // namespace

TEST_CASE("format 22 gives the hand-edited rows a version and the change feed its topics")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.shopdesk"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("row-versions-raw"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        REQUIRE(core::Migrator::migrate(raw, kFormat - 1).ok());
        QSqlQuery q(raw);
        REQUIRE(q.exec(
            QStringLiteral("INSERT INTO items (code, title, category, price_fen, created_at, updated_at) "
                           "VALUES ('WY-3001', 'old', 'jeans', 9900, '2026-11-01 09:00:00', '2026-11-01 09:00:00')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO suppliers (name) VALUES ('A')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("row-versions-raw"));
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() >= kFormat);
    // Rows from before start at version 0, changed by nobody yet.
    CHECK(scalar(**db, QStringLiteral("SELECT row_version FROM items")).toLongLong() == 0);
    CHECK(scalar(**db, QStringLiteral("SELECT changed_by FROM items")).toString() == QString());
    CHECK(scalar(**db, QStringLiteral("SELECT row_version FROM suppliers")).toLongLong() == 0);
    for (const char *table : { "skus", "replies", "buyers" })
        CHECK(scalar(**db,
                  QStringLiteral("SELECT count(row_version) + count(changed_by) + count(changed_at) FROM %1")
                      .arg(QLatin1String(table)))
                  .toInt()
            == 0);
    CHECK(scalar(**db,
              QStringLiteral("SELECT group_concat(topic, ',') FROM (SELECT topic FROM shop_changes ORDER BY topic)"))
              .toString()
        == QStringLiteral("buyers,everything,items,kpi,orders,promotions,replies,stock"));
}

TEST_CASE("a stale price edit from another PC is refused, naming who changed it and when, and writes nothing")
{
    Chinese zh;
    test::TestShop shop;
    listings::ListingsService front(shop.db());
    auto id = front.addItem(test::newListingsItem(QStringLiteral("WY-3001"), QString::fromUtf8("卫衣 加绒")));
    REQUIRE(id.ok());
    auto second = core::Database::open(shop.path(), core::Database::Mode::OpenExisting);
    REQUIRE(second.ok());
    listings::ListingsService back(**second);

    // Both PCs read the item at the same version.
    const qint64 seenFront = front.itemVersions().value().value(*id);
    const qint64 seenBack = back.itemVersions().value().value(*id);
    REQUIRE(seenFront == seenBack);

    {
        SeatGuard seat(QString::fromUtf8("前台-小王"));
        REQUIRE(front.setPrice(*id, core::Money::fromYuan(129), seenFront).ok());
    }
    changedAt1402(shop.db(), QStringLiteral("items"), *id);
    CHECK(scalar(shop.db(), QStringLiteral("SELECT changed_by FROM items WHERE id = %1").arg(*id)).toString()
        == QString::fromUtf8("前台-小王"));

    SeatGuard seat(QString::fromUtf8("仓库-老李"));
    const core::Status stale = back.setPrice(*id, core::Money::fromYuan(109), seenBack);
    REQUIRE(!stale.ok());
    CHECK(stale.errorMessage() == QString::fromUtf8("WY-3001 的价格已被 前台-小王 在 14:02 修改，请重新打开后再改。"));
    CHECK(
        scalar(shop.db(), QStringLiteral("SELECT price_fen FROM items WHERE id = %1").arg(*id)).toLongLong() == 12900);
    CHECK(scalar(shop.db(), QStringLiteral("SELECT row_version FROM items WHERE id = %1").arg(*id)).toLongLong()
        == seenFront + 1);

    // Read again, the edit goes through.
    REQUIRE(back.setPrice(*id, core::Money::fromYuan(109), back.itemVersions().value().value(*id)).ok());
    CHECK(
        scalar(shop.db(), QStringLiteral("SELECT price_fen FROM items WHERE id = %1").arg(*id)).toLongLong() == 10900);
}

TEST_CASE("a stale title or SKU edit is refused too; an edit without a version read still counts as a change")
{
    test::TestShop shop;
    listings::ListingsService front(shop.db());
    auto id = front.addItem(test::newListingsItem(QStringLiteral("WY-3001"), QString::fromUtf8("卫衣 加绒")));
    REQUIRE(id.ok());
    auto second = core::Database::open(shop.path(), core::Database::Mode::OpenExisting);
    REQUIRE(second.ok());
    listings::ListingsService back(**second);
    const qint64 seen = back.itemVersions().value().value(*id);
    const QHash<qint64, qint64> skuSeen = back.skuVersions(*id).value();

    SeatGuard seat(QStringLiteral("front-desk"));
    // shopdesk-cli and imports read no version: the edit is made, and the version moves on.
    REQUIRE(front.setTitle(*id, QString::fromUtf8("卫衣 加绒 加厚")).ok());
    changedAt1402(shop.db(), QStringLiteral("items"), *id);
    const core::Status title = back.setTitle(*id, QString::fromUtf8("卫衣 秋冬"), seen);
    REQUIRE(!title.ok());
    CHECK(title.errorMessage()
        == QStringLiteral(
            "The title of WY-3001 was changed by front-desk at 14:02: open it again and redo the change."));
    CHECK(scalar(shop.db(), QStringLiteral("SELECT title FROM items WHERE id = %1").arg(*id)).toString()
        == QString::fromUtf8("卫衣 加绒 加厚"));

    core::Sku sku = front.skuStock(*id).value().first().sku;
    core::Sku cheaper = sku;
    cheaper.price = core::Money::fromYuan(89);
    REQUIRE(front.updateSku(cheaper, skuSeen.value(sku.id)).ok());
    changedAt1402(shop.db(), QStringLiteral("skus"), sku.id);
    core::Sku dearer = sku;
    dearer.price = core::Money::fromYuan(119);
    const core::Status skuEdit = back.updateSku(dearer, skuSeen.value(sku.id));
    REQUIRE(!skuEdit.ok());
    CHECK(skuEdit.errorMessage()
        == QString::fromUtf8("The SKU 蓝色/29 of WY-3001 was changed by front-desk at 14:02: open it again and redo "
                             "the change."));
    CHECK(
        scalar(shop.db(), QStringLiteral("SELECT price_fen FROM skus WHERE id = %1").arg(sku.id)).toLongLong() == 8900);
}

TEST_CASE("the items table refuses a stale in-place price edit with the message, and the stack keeps nothing")
{
    Chinese zh;
    test::TestShop shop;
    {
        listings::ListingsService s(shop.db());
        REQUIRE(s.addItem(test::newListingsItem(QStringLiteral("WY-3001"), QString::fromUtf8("卫衣 加绒"))).ok());
    }
    test::ListingsFixture f(shop.path());
    auto *table = f.window.findChild<QTableView *>(QStringLiteral("table"));
    REQUIRE(table);
    REQUIRE(table->model()->rowCount() == 1);
    const qint64 id = scalar(*f.db, QStringLiteral("SELECT id FROM items")).toLongLong();

    // Another PC changes the price after this window read the table (the feed has not told it yet).
    auto other = core::Database::open(shop.path(), core::Database::Mode::OpenExisting);
    REQUIRE(other.ok());
    {
        SeatGuard seat(QString::fromUtf8("前台-小王"));
        listings::ListingsService s(**other);
        REQUIRE(s.setPrice(id, core::Money::fromYuan(129), s.itemVersions().value().value(id)).ok());
    }
    changedAt1402(**other, QStringLiteral("items"), id);

    const int priceColumn = 5; // ItemsModel::Price
    REQUIRE(table->model()->setData(table->model()->index(0, priceColumn), QStringLiteral("109")));
    CHECK(f.errors
        == QStringList { QString::fromUtf8("WY-3001 的价格已被 前台-小王 在 14:02 修改，请重新打开后再改。") });
    CHECK(f.undo()->count() == 0);
    CHECK(scalar(*f.db, QStringLiteral("SELECT price_fen FROM items")).toLongLong() == 12900);

    // Opened again (reloaded), the edit goes through and can be undone.
    f.wb->reload();
    f.errors.clear();
    REQUIRE(table->model()->setData(table->model()->index(0, priceColumn), QStringLiteral("109")));
    CHECK(f.errors.isEmpty());
    CHECK(f.undo()->count() == 1);
    CHECK(scalar(*f.db, QStringLiteral("SELECT price_fen FROM items")).toLongLong() == 10900);
    f.undo()->undo();
    CHECK(f.errors.isEmpty());
    CHECK(scalar(*f.db, QStringLiteral("SELECT price_fen FROM items")).toLongLong() == 12900);
}

TEST_CASE("a stale reply edit from another seat is refused, naming who saved it first, and writes nothing")
{
    Chinese zh;
    test::TestShop shop;
    service::ReplyService agent(shop.db());
    auto id = agent.add({ 0, QStringLiteral("logistics"), QStringLiteral("wl"), QString::fromUtf8("物流"),
        QString::fromUtf8("亲，已经发货了哦"), 1 });
    REQUIRE(id.ok());
    auto second = core::Database::open(shop.path(), core::Database::Mode::OpenExisting);
    REQUIRE(second.ok());
    service::ReplyService manager(**second);
    const qint64 seen = manager.versions().value().value(*id);

    service::Reply mine = agent.byId(*id).value().value();
    mine.body = QString::fromUtf8("亲，今天16:00前付款当天发哦");
    {
        SeatGuard seat(QString::fromUtf8("客服-小美"));
        REQUIRE(agent.update(mine, agent.versions().value().value(*id)).ok());
    }
    changedAt1402(shop.db(), QStringLiteral("replies"), *id);

    service::Reply theirs = mine;
    theirs.body = QString::fromUtf8("亲，付款后24小时内发货呢");
    const core::Status stale = manager.update(theirs, seen);
    REQUIRE(!stale.ok());
    CHECK(stale.errorMessage()
        == QString::fromUtf8("快捷短语 wl 的内容已被 客服-小美 在 14:02 修改，请重新打开后再改。"));
    CHECK(scalar(shop.db(), QStringLiteral("SELECT body FROM replies WHERE id = %1").arg(*id)).toString()
        == QString::fromUtf8("亲，今天16:00前付款当天发哦"));
}
