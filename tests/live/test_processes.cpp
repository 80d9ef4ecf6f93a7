// Four programs on one shop at once, as four PCs of a store work on it: two stock-take scan
// streams of 5,000 scans each into one count, a listings editor and an order import, each a
// shopdesk-cli process. No error is shown, the totals are exact, and a stale edit is refused.
// The shop is named in one place (shopArgs): a shop file, or on the server run a server shop.

#include "ListingsService.h"
#include "TestShop.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/RowVersions.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::scalar;

namespace {
const QString kCli = QStringLiteral(SHOPDESK_BIN_DIR "/shopdesk-cli");
constexpr int kScansEach = 5000;
constexpr int kOrders = 300;

/// Where the four programs find the shop: the shop file, or on the server run the shop's schema
/// on the test server (as four PCs of a store reach it).
QStringList shopArgs(const test::TestShop &shop)
{
    return { test::onServer() ? QStringLiteral("--server") : QStringLiteral("--db"), shop.path() };
}

/// A program started on the shop; its input, output and errors go through files (a pipe nobody
/// reads while the test waits for another program would stall it).
struct Program {
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QString out, err;
};

Program launch(const test::TestShop &shop, const QStringList &args, const QString &seat, const QString &input = {})
{
    static int n = 0;
    Program p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SHOPDESK_SEAT"), seat);
    p.process->setProcessEnvironment(env);
    p.out = shop.file(QStringLiteral("out-%1.txt").arg(++n));
    p.err = shop.file(QStringLiteral("err-%1.txt").arg(n));
    p.process->setStandardOutputFile(p.out);
    p.process->setStandardErrorFile(p.err);
    if (!input.isEmpty())
        p.process->setStandardInputFile(input);
    else
        p.process->setStandardInputFile(QProcess::nullDevice());
    p.process->start(kCli, shopArgs(shop) + QStringList { QStringLiteral("--json") } + args);
    return p;
}

struct Run {
    int exitCode = -1;
    QJsonObject json; ///< the last line of the output: the run's summary
    QString err;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Run finish(Program &p)
{
    p.process->waitForFinished(-1); // no time limit: the test asserts outcomes, never speed
    Run r;
    r.exitCode = p.process->exitStatus() == QProcess::NormalExit ? p.process->exitCode() : -1;
    const QByteArray out = readAll(p.out).trimmed();
    // The summary is the last document (pretty-printed); a scan run acknowledges each scan before it.
    const qsizetype last = out.lastIndexOf("\n{\n");
    r.json = QJsonDocument::fromJson(last < 0 ? out : out.mid(last + 1)).object();
    r.err = QString::fromUtf8(readAll(p.err));
    return r;
}

Run runCli(const test::TestShop &shop, const QStringList &args, const QString &seat)
{
    Program p = launch(shop, args, seat);
    return finish(p);
}

/// `n` scans cycling through `barcodes` from `step`, one a line, as a scanner types them.
QString writeScans(const QString &path, const QStringList &barcodes, int n, int step)
{
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    for (int i = 0; i < n; ++i)
        out.write(barcodes.at((i * step) % barcodes.size()).toLatin1() + '\n');
    return path;
}

/// An order list in the platform's export format (ExportOrderList), `n` paid orders.
QString writeOrders(const QString &path, int n)
{
    QFile in(QStringLiteral(SHOPDESK_SOURCE_DIR "/tests/shipping/data/ExportOrderList-utf8.csv"));
    REQUIRE(in.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = in.readAll().split('\n');
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(lines.at(0) + '\n');
    const QByteArray row = lines.at(1);
    const QByteArray number = "3012345678901234567";
    for (int i = 0; i < n; ++i) {
        QByteArray r = row;
        r.replace(number, QByteArray::number(4000000000000000000LL + i));
        out.write(r + '\n');
    }
    return path;
}
} // namespace

TEST_CASE("two scan streams, a listings editor and an order import on one shop at once lose nothing")
{
    test::TestShop shop;
    QStringList barcodes;
    qint64 itemId = 0;
    {
        listings::ListingsService s(shop.db());
        for (int i = 1; i <= 5; ++i) {
            listings::ItemWithSkus it;
            it.item.code = QStringLiteral("WY-300%1").arg(i);
            it.item.title = QString::fromUtf8("卫衣 加绒 %1").arg(i);
            it.item.category = QStringLiteral("jeans");
            it.item.price = core::Money::fromYuan(99);
            for (const char *size : { "M", "L" })
                it.skus.append({ 0, 0, QString::fromUtf8("灰色"), QString::fromLatin1(size), QString(), std::nullopt,
                    std::nullopt });
            auto id = s.addItem(it);
            REQUIRE(id.ok());
            if (i == 1)
                itemId = *id;
            for (const listings::SkuStock &k : s.skuStock(*id).value())
                barcodes << k.sku.barcode;
        }
    }
    REQUIRE(barcodes.size() == 10);
    const Run started
        = runCli(shop, { QStringLiteral("stocktake"), QStringLiteral("start") }, QStringLiteral("manager"));
    INFO(started.err);
    REQUIRE(started.exitCode == 0);
    const QString orders = writeOrders(shop.file(QStringLiteral("orders.csv")), kOrders);

    // The listings editor reads the item once: its later edit from that reading is stale.
    const Run read = runCli(shop, { QStringLiteral("edit-item"), QStringLiteral("WY-3001") }, QStringLiteral("editor"));
    REQUIRE(read.exitCode == 0);
    const qint64 staleVersion = read.json.value(QStringLiteral("version")).toInteger();

    // Two counters scanning, an import and the editor, all at once.
    Program scanA = launch(shop, { QStringLiteral("stocktake"), QStringLiteral("scan") }, QStringLiteral("counter-A"),
        writeScans(shop.file(QStringLiteral("a.txt")), barcodes, kScansEach, 1));
    Program scanB = launch(shop, { QStringLiteral("stocktake"), QStringLiteral("scan") }, QStringLiteral("counter-B"),
        writeScans(shop.file(QStringLiteral("b.txt")), barcodes, kScansEach, 7));
    Program import = launch(shop, { QStringLiteral("import-orders"), orders }, QStringLiteral("front-desk"));
    QList<Run> edits;
    for (int i = 0; i < 10; ++i) {
        const Run now
            = runCli(shop, { QStringLiteral("edit-item"), QStringLiteral("WY-3001") }, QStringLiteral("editor"));
        REQUIRE(now.exitCode == 0);
        edits << runCli(shop,
            { QStringLiteral("edit-item"), QStringLiteral("WY-3001"), QStringLiteral("--price"),
                QString::number(100 + i), QStringLiteral("--seen"),
                QString::number(now.json.value(QStringLiteral("version")).toInteger()) },
            QStringLiteral("editor"));
    }
    const Run a = finish(scanA), b = finish(scanB), imported = finish(import);

    for (const Run &r : { a, b, imported }) {
        INFO(r.err);
        INFO(r.json.value(QStringLiteral("error")).toString());
        CHECK(r.exitCode == 0);
        CHECK(r.err.isEmpty());
    }
    for (const Run &e : edits) {
        INFO(e.json.value(QStringLiteral("error")).toString());
        CHECK(e.exitCode == 0);
    }
    CHECK(a.json.value(QStringLiteral("scans")).toInt() == kScansEach);
    CHECK(b.json.value(QStringLiteral("scans")).toInt() == kScansEach);
    CHECK(
        scalar(shop.db(), QStringLiteral("SELECT sum(quantity) FROM stocktake_counts")).toLongLong() == 2 * kScansEach);
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM orders")).toInt() == kOrders);
    CHECK(scalar(shop.db(), QStringLiteral("SELECT price_fen FROM items WHERE id = %1").arg(itemId)).toLongLong()
        == 10900);

    // The edit from the first reading comes last, and is refused: nothing written.
    const Run stale = runCli(shop,
        { QStringLiteral("edit-item"), QStringLiteral("WY-3001"), QStringLiteral("--price"), QStringLiteral("50"),
            QStringLiteral("--seen"), QString::number(staleVersion) },
        QStringLiteral("editor-2"));
    CHECK(stale.exitCode == 1);
    auto stamp = core::RowVersions(shop.db()).stamp(core::RowVersions::Table::Items, itemId);
    REQUIRE(stamp.ok());
    CHECK(stamp->changedBy == QStringLiteral("editor"));
    CHECK(stale.json.value(QStringLiteral("error")).toString()
        == QStringLiteral("The price of WY-3001 was changed by editor at %1: open it again and redo the change.")
               .arg(stamp->changedAt.toString(QStringLiteral("HH:mm"))));
    CHECK(scalar(shop.db(), QStringLiteral("SELECT price_fen FROM items WHERE id = %1").arg(itemId)).toLongLong()
        == 10900);
}
