// Moving a shop (issue 19): core::ShopCopy copies a whole shop between a shop file and the shop's
// engine (a server when the suite runs against one) in one transaction, checked by every table's
// rows and the stock ledger's sums; the server's id counters go on after the copied ids; a target
// that holds records is refused and left as it was. And the two CLI commands on top of it.

#include "CliRun.h"
#include "TestShop.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/ShopCopy.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using core::ShopCopy;
using test::scalar;

namespace {
struct Run {
    int exitCode = -1;
    QString out, err;
};

Run cli(const QString &shop, const QStringList &args)
{
    const test::CliRun r = test::runCli(
        QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), shop } + args,
        { { QStringLiteral("LANG"), QStringLiteral("C.UTF-8") } }, 300000);
    return { r.exitCode, r.outText(), r.errText() };
}

/// The demo shop (fixed seed, last day 2026-11-24) in a shop file of `dir`, made by shopdesk-cli.
QString demoFile(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.shopdesk"));
    const Run made = cli(path, { QStringLiteral("demo"), QStringLiteral("--last-day"), QStringLiteral("2026-11-24") });
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    return path;
}

std::unique_ptr<core::Database> open(const QString &path, core::Database::Mode mode)
{
    auto db = core::Database::open(path, mode);
    INFO(db.errorMessage().toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

// The demo shop's figures, as `check` and the stock list show them.
void checkDemoFigures(const core::ShopFigures &f)
{
    CHECK(f.rowsOf(QStringLiteral("orders")) == 2409);
    CHECK(f.rowsOf(QStringLiteral("order_lines")) == 2886);
    CHECK(f.rowsOf(QStringLiteral("items")) == 46);
    CHECK(f.rowsOf(QStringLiteral("skus")) == 535);
    CHECK(f.rowsOf(QStringLiteral("buyers")) == 1719);
    CHECK(f.rowsOf(QStringLiteral("stock_moves")) == f.ledgerRows);
    CHECK(f.ledgerRows == 3287);
    CHECK(f.ledgerPieces == 8984);
    CHECK(f.ledgerCostFen == 63673000); // ¥636,730.00
}
} // namespace

TEST_CASE("the demo shop goes from its file to the shop's engine and back with the same rows and ledger sums")
{
    QTemporaryDir dir;
    auto demo = open(demoFile(dir), core::Database::Mode::OpenExisting);
    auto original = ShopCopy::figures(*demo);
    REQUIRE(original.ok());
    checkDemoFigures(*original);
    const QString ordersBefore = scalar(*demo,
        QStringLiteral("SELECT group_concat(x, '|') FROM (SELECT id || ',' || order_no || ',' || coalesce(paid_at, "
                       "'NULL') || ',' || coalesce(CAST(buyer_id AS TEXT), 'NULL') || ',' || total_fen AS x FROM "
                       "orders ORDER BY id) AS t"))
                                     .toString();

    test::TestShop middle; // a server's schema when the suite runs against one
    auto there = ShopCopy::copy(*demo, middle.db());
    INFO(there.errorMessage().toStdString());
    REQUIRE(there.ok());
    CHECK(*there == *original);
    auto read = ShopCopy::figures(middle.db());
    REQUIRE(read.ok());
    CHECK(*read == *original);

    auto back = open(dir.filePath(QStringLiteral("back.shopdesk")), core::Database::Mode::OpenOrCreate);
    auto home = ShopCopy::copy(middle.db(), *back);
    INFO(home.errorMessage().toStdString());
    REQUIRE(home.ok());
    CHECK(*home == *original);
    checkDemoFigures(*home);
    // The values themselves: ids, NULLs and texts as they were.
    CHECK(scalar(*back,
              QStringLiteral("SELECT group_concat(x, '|') FROM (SELECT id || ',' || order_no || ',' || "
                             "coalesce(paid_at, 'NULL') || ',' || coalesce(CAST(buyer_id AS TEXT), 'NULL') || ',' || "
                             "total_fen AS x FROM orders ORDER BY id) AS t"))
              .toString()
        == ordersBefore);
    CHECK(scalar(*back, QStringLiteral("SELECT COUNT(*) FROM orders WHERE paid_at IS NULL")).toInt() == 72);
    auto problems = back->integrityCheck();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

TEST_CASE("after a copy the next row the shop numbers comes after the copied ids")
{
    QTemporaryDir dir;
    auto demo = open(demoFile(dir), core::Database::Mode::OpenExisting);
    test::TestShop middle;
    REQUIRE(ShopCopy::copy(*demo, middle.db()).ok());
    REQUIRE(scalar(middle.db(), QStringLiteral("SELECT MAX(id) FROM buyers")).toLongLong() == 1719);
    REQUIRE(scalar(middle.db(), QStringLiteral("SELECT MAX(id) FROM stock_moves")).toLongLong() == 3287);
    // Without the server's counters moved on, these would be numbered 1 and collide with the copied rows.
    auto buyer = core::BuyerRepository(middle.db()).ensure({ 0, QStringLiteral("new-after-copy"), {}, {}, {} });
    INFO(buyer.errorMessage().toStdString());
    REQUIRE(buyer.ok());
    CHECK(*buyer == 1720);
    CHECK(scalar(middle.db(),
              QStringLiteral("INSERT INTO stock_moves (sku_id, kind, quantity, moved_at) VALUES (1, 'correction', 1, "
                             "'2026-11-25 09:00:00') RETURNING id"))
              .toLongLong()
        == 3288);
}

TEST_CASE("a shop that already holds records is refused as a copy's target and left as it was")
{
    QTemporaryDir dir;
    auto demo = open(demoFile(dir), core::Database::Mode::OpenExisting);
    test::TestShop middle;
    REQUIRE(ShopCopy::copy(*demo, middle.db()).ok());
    REQUIRE(scalar(middle.db(),
                QStringLiteral("INSERT INTO buyers (nick, created_at) VALUES ('one more', "
                               "'2026-11-25 09:00:00') RETURNING id"))
                .toLongLong()
        == 1720);
    auto before = ShopCopy::figures(middle.db());
    REQUIRE(before.ok());
    const QString ordersBefore = scalar(middle.db(),
        QStringLiteral("SELECT group_concat(order_no, ',') FROM (SELECT order_no FROM orders "
                       "ORDER BY id) AS t"))
                                     .toString();

    auto again = ShopCopy::copy(*demo, middle.db());
    REQUIRE_FALSE(again.ok());
    const QString message = again.errorMessage();
    CHECK(message.startsWith(QStringLiteral("Nothing was copied: the %1 is not empty, it already holds a shop's "
                                            "records. Copy into an empty database (or schema). It holds:\n")
                                 .arg(middle.db().displayName())));
    // What it holds, in the shop's words (never a table's name), one line each.
    CHECK(message.section(QStringLiteral("It holds:\n"), 1)
        == QStringLiteral("buyers: 1,720\nitems: 46\ndaily shop figures: 90\norder lines: 2,886\norders: 2,409\n"
                          "receiving note lines: 535\nreceiving notes' totals: 3\nreceiving notes: 3\nstandard "
                          "replies: 33\nshop settings: 7\n"
                          "SKUs: 535\nstock ledger entries: 3,287\nSKUs' stock totals: 535\n"
                          "items received from suppliers: 46\nsuppliers: 4"));
    auto after = ShopCopy::figures(middle.db());
    REQUIRE(after.ok());
    CHECK(*after == *before);
    CHECK(scalar(middle.db(),
              QStringLiteral("SELECT group_concat(order_no, ',') FROM (SELECT order_no FROM orders "
                             "ORDER BY id) AS t"))
              .toString()
        == ordersBefore);
}

TEST_CASE("every table of a shop has the shop's words for its records, each its own, in both languages")
{
    test::TestShop fresh;
    auto figures = ShopCopy::figures(fresh.db());
    REQUIRE(figures.ok());
    REQUIRE(figures->rows.size() > 50);
    for (const QString &lang : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        core::language::install(lang);
        QStringList unnamed, twice;
        QSet<QString> seen;
        for (const auto &[table, rows] : std::as_const(figures->rows)) {
            const QString words = ShopCopy::recordsOf(table);
            if (words.isEmpty() || words.contains(QLatin1Char('_')))
                unnamed << table;
            else if (seen.contains(words))
                twice << words;
            seen.insert(words);
        }
        INFO(lang.toStdString() + ": " + unnamed.join(QStringLiteral(", ")).toStdString() + " / "
            + twice.join(QStringLiteral(", ")).toStdString());
        CHECK(unnamed.isEmpty());
        CHECK(twice.isEmpty());
    }
    CHECK(ShopCopy::recordsOf(QStringLiteral("stock_moves")) == QString::fromUtf8("库存流水"));
    CHECK(ShopCopy::recordsOf(QStringLiteral("order_lines")) == QString::fromUtf8("订单商品行"));
    core::language::install(QStringLiteral("en"));
    CHECK(ShopCopy::recordsOf(QStringLiteral("stock_moves")) == QStringLiteral("stock ledger entries"));
    CHECK(ShopCopy::recordsOf(QStringLiteral("no_such_table")).isEmpty());
}

TEST_CASE("a new shop is an empty target: it holds nothing beyond what every new shop holds")
{
    test::TestShop fresh;
    auto held = ShopCopy::heldRows(fresh.db());
    REQUIRE(held.ok());
    CHECK(held->isEmpty());
}

TEST_CASE("shopdesk-cli export-to-server and export-to-file refuse the wrong kind of shop or address")
{
    QTemporaryDir dir;
    const QString demo = demoFile(dir);
    const QString out = dir.filePath(QStringLiteral("back.shopdesk"));
    Run r = cli(demo, { QStringLiteral("export-to-server"), QStringLiteral("/tmp/not-a-server") });
    CHECK(r.exitCode == 2);
    CHECK(r.err
        == QStringLiteral("“/tmp/not-a-server” is not a shop server address: write it as "
                          "postgresql://USER@HOST[:PORT]/DATABASE."));
    r = cli(demo, { QStringLiteral("export-to-file"), out });
    CHECK(r.exitCode == 2);
    CHECK(r.err == QStringLiteral("export-to-file copies the shop on a server: give it with --server URL."));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("shopdesk-cli export-to-server and export-to-file move the demo shop to a server and back")
{
    if (!test::onServer())
        SKIP("moves the shop to a server and back: the server run does it");
    QTemporaryDir dir;
    const QString demo = demoFile(dir);
    const QString out = dir.filePath(QStringLiteral("back.shopdesk"));
    test::TestShop middle; // an empty shop in a schema of its own
    Run r = cli(demo, { QStringLiteral("--json"), QStringLiteral("export-to-server"), middle.path() });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject sent = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(sent.value(QStringLiteral("ok")).toBool());
    CHECK(sent.value(QStringLiteral("verified")).toBool());
    const QJsonObject figures = sent.value(QStringLiteral("figures")).toObject();
    CHECK(figures.value(QStringLiteral("tables")).toObject().value(QStringLiteral("orders")).toInt() == 2409);
    CHECK(figures.value(QStringLiteral("ledger_pieces")).toInt() == 8984);
    CHECK(figures.value(QStringLiteral("ledger_cost_fen")).toInteger() == 63673000);

    // A second time: refused, naming what the target holds, and nothing written.
    r = cli(demo, { QStringLiteral("export-to-server"), middle.path() });
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("\norders: 2,409\n")));
    CHECK(scalar(middle.db(), QStringLiteral("SELECT COUNT(*) FROM orders")).toInt() == 2409);

    QFile taken(out);
    REQUIRE(taken.open(QIODevice::WriteOnly));
    taken.write("mine");
    taken.close();
    r = cli(middle.path(), { QStringLiteral("export-to-file"), out });
    CHECK(r.exitCode == 1);
    CHECK(r.err == QStringLiteral("“%1” already exists; choose a new name for the copy.").arg(out));
    CHECK(test::fileBytes(out) == QByteArray("mine"));
    REQUIRE(QFile::remove(out));

    r = cli(middle.path(), { QStringLiteral("export-to-file"), out, QStringLiteral("--json") });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject back = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(back.value(QStringLiteral("figures")).toObject() == figures);
    r = cli(out, { QStringLiteral("check") });
    CHECK(r.exitCode == 0);
    CHECK(r.out
        == QStringLiteral("%1: ok, shop file version %2 (this program supports up to %2), 46 items, 2409 orders.")
               .arg(out)
               .arg(core::Database::latestSchemaVersion()));
}
