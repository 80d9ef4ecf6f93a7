// shopdesk-cli receive / stock / ledger / stocktake, run as a clerk would, with --json.

#include "CliRun.h"
#include "InventoryFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::InventoryShop;

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out, err;
    /// The command's own JSON document (after any per-scan acknowledgement lines).
    QJsonObject json() const
    {
        const qsizetype start = out.indexOf("{\n");
        return QJsonDocument::fromJson(start >= 0 ? out.mid(start) : out).object();
    }
};

Run cli(const InventoryShop &s, const QStringList &args)
{
    const test::CliRun r
        = test::runCli(QStringList { QStringLiteral("--db"), s.shop.path(), QStringLiteral("--json") } + args,
            { { QStringLiteral("USER"), QStringLiteral("clerk") } }, 60000);
    return { r.exitCode, r.out, r.err };
}
} // namespace

TEST_CASE("shopdesk-cli receive, stock, ledger and a whole stock-take with --json")
{
    InventoryShop s;
    const QString note = s.shop.file(QStringLiteral("RK-1.csv"));
    {
        QFile f(note);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QString::fromUtf8("入库单号,供应商,条码,数量,单价,运费,已付\n"
                                  "RK-1,广州沙河服装批发,2000000000015,5,45,10,100\n")
                    .toUtf8());
    }
    Run r = cli(s, { QStringLiteral("receive"), note });
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("pieces")).toInt() == 5);
    CHECK(r.json().value(QStringLiteral("owed")).toString() == QStringLiteral("135.00"));

    r = cli(s, { QStringLiteral("stock"), QStringLiteral("--sku"), QStringLiteral("NZK-1001") });
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("skus")).toArray().size() == 3);
    CHECK(r.json().value(QStringLiteral("on_hand")).toInt() == 20);

    r = cli(s, { QStringLiteral("ledger"), QStringLiteral("--sku"), InventoryShop::kJeans30 });
    REQUIRE(r.exitCode == 0);
    const QJsonArray moves = r.json().value(QStringLiteral("moves")).toArray();
    REQUIRE(moves.size() == 2);
    CHECK(moves[1].toObject().value(QStringLiteral("balance")).toInt() == 15);
    CHECK(moves[1].toObject().value(QStringLiteral("reference")).toString() == QStringLiteral("RK-1"));

    r = cli(s,
        { QStringLiteral("stocktake"), QStringLiteral("start"), QStringLiteral("--scope"), QStringLiteral("jeans") });
    REQUIRE(r.exitCode == 0);
    const qint64 id = r.json().value(QStringLiteral("count")).toObject().value(QStringLiteral("id")).toInteger();
    CHECK(r.json().value(QStringLiteral("count")).toObject().value(QStringLiteral("skus")).toInt() == 3);

    r = cli(s,
        { QStringLiteral("stocktake"), QStringLiteral("scan"), InventoryShop::kJeans30,
            InventoryShop::kJeans30 + QStringLiteral("*13"), QStringLiteral("*2"), InventoryShop::kJeans31 });
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("scans")).toInt() == 3);
    CHECK(r.json().value(QStringLiteral("pieces")).toInt() == 16);
    CHECK(r.out.count("\"known\":true") == 3);

    const QString counts = s.shop.file(QStringLiteral("counts.csv"));
    {
        QFile f(counts);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("barcode,quantity\n2000000000022,3\n");
    }
    r = cli(s, { QStringLiteral("stocktake"), QStringLiteral("import"), counts });
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("pieces")).toInt() == 3);

    const QString csv = s.shop.file(QStringLiteral("report.csv"));
    const QString xlsx = s.shop.file(QStringLiteral("report.xlsx"));
    const QString pdf = s.shop.file(QStringLiteral("report.pdf"));
    r = cli(s,
        { QStringLiteral("stocktake"), QStringLiteral("report"), QStringLiteral("--csv"), csv, QStringLiteral("--xlsx"),
            xlsx, QStringLiteral("--pdf"), pdf });
    REQUIRE(r.exitCode == 0);
    const QJsonObject totals = r.json().value(QStringLiteral("totals")).toObject();
    CHECK(totals.value(QStringLiteral("expected")).toInt() == 20); // 15 + 5 + 0
    CHECK(totals.value(QStringLiteral("counted")).toInt() == 19); // 14 + 5
    CHECK(totals.value(QStringLiteral("shortage")).toInt() == 1);
    CHECK(totals.value(QStringLiteral("shortage_value")).toString() == QStringLiteral("45.00"));
    CHECK(QFile::exists(csv));
    CHECK(test::fileBytes(xlsx).startsWith("PK"));
    CHECK(test::fileBytes(pdf).startsWith("%PDF"));

    r = cli(s, { QStringLiteral("stocktake"), QStringLiteral("post") });
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("adjustments")).toInt() == 1);
    CHECK(s.onHand(s.jeans[0]) == 14);
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT actor FROM stock_moves WHERE kind = 'stocktake'")).toString()
        == QStringLiteral("clerk"));

    r = cli(s, { QStringLiteral("stocktake"), QStringLiteral("scan"), InventoryShop::kJeans30 });
    CHECK(r.exitCode == 1);
    CHECK_FALSE(r.json().value(QStringLiteral("ok")).toBool());

    r = cli(s, { QStringLiteral("stocktake"), QStringLiteral("reverse"), QString::number(id) });
    REQUIRE(r.exitCode == 0);
    CHECK(s.onHand(s.jeans[0]) == 15);

    r = cli(s, { QStringLiteral("stocktake"), QStringLiteral("frobnicate") });
    CHECK(r.exitCode == 2);
}

TEST_CASE("shopdesk-cli stocktake scan refuses a T-shirt in a jeans count and counts nothing of it")
{
    InventoryShop s;
    Run r = cli(s,
        { QStringLiteral("stocktake"), QStringLiteral("start"), QStringLiteral("--scope"), QStringLiteral("jeans") });
    REQUIRE(r.exitCode == 0);
    r = cli(s, { QStringLiteral("stocktake"), QStringLiteral("scan"), InventoryShop::kJeans30, InventoryShop::kTeeM });
    INFO(r.out.toStdString() << r.err.toStdString());
    CHECK(r.exitCode != 0);
    CHECK(QString::fromUtf8(r.out + r.err)
              .contains(QString::fromUtf8(
                  "2000000000046 is TX-2001 白/M from T-shirts: this count is of Jeans only, so it was not "
                  "counted. Put it back with the T-shirts.")));
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM stocktake_counts WHERE sku_id = %1").arg(s.tees[0]))
              .toInt()
        == 0);
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM stocktake_lines WHERE sku_id = %1").arg(s.tees[0]))
              .toInt()
        == 0);
}

TEST_CASE("shopdesk-cli stocktake start --blind: a blind count shows what was counted, never what should be there")
{
    InventoryShop s;
    Run r = cli(s,
        { QStringLiteral("stocktake"), QStringLiteral("start"), QStringLiteral("--scope"), QStringLiteral("jeans"),
            QStringLiteral("--blind") });
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonObject count = r.json().value(QStringLiteral("count")).toObject();
    CHECK(count.value(QStringLiteral("blind")).toBool());
    CHECK(count.value(QStringLiteral("skus")).toInt() == 3);
    const QString number = count.value(QStringLiteral("number")).toString();
    CHECK(test::scalar(s.db(), QStringLiteral("SELECT blind FROM stocktakes")).toInt() == 1);

    r = cli(s,
        { QStringLiteral("stocktake"), QStringLiteral("scan"), InventoryShop::kJeans30, InventoryShop::kJeans30,
            InventoryShop::kJeans30 });
    REQUIRE(r.exitCode == 0);

    // The report of the open count: counted pieces only, in the text and in the JSON.
    r = cli(s, { QStringLiteral("stocktake"), QStringLiteral("report") });
    REQUIRE(r.exitCode == 0);
    const QJsonObject totals = r.json().value(QStringLiteral("totals")).toObject();
    CHECK(totals
        == QJsonObject {
            { QStringLiteral("skus"), 3 }, { QStringLiteral("skus_counted"), 1 }, { QStringLiteral("counted"), 3 } });
    const QJsonArray lines = r.json().value(QStringLiteral("lines")).toArray();
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].toObject()
        == QJsonObject { { QStringLiteral("barcode"), InventoryShop::kJeans30 },
            { QStringLiteral("item_code"), QStringLiteral("NZK-1001") },
            { QStringLiteral("color"), QString::fromUtf8("浅蓝") }, { QStringLiteral("size"), QStringLiteral("30") },
            { QStringLiteral("counted"), 3 } });
    QProcess p;
    p.start(QStringLiteral(SHOPDESK_BIN_DIR "/shopdesk-cli"),
        { QStringLiteral("--db"), s.shop.path(), QStringLiteral("--lang"), QStringLiteral("en"),
            QStringLiteral("stocktake"), QStringLiteral("report") });
    REQUIRE(p.waitForFinished(60000));
    CHECK(QString::fromUtf8(p.readAllStandardOutput())
        == QStringLiteral("Blind count %1: 3 pieces counted · 1 of 3 SKUs counted · 0 unknown\n").arg(number));
    p.start(QStringLiteral(SHOPDESK_BIN_DIR "/shopdesk-cli"),
        { QStringLiteral("--db"), s.shop.path(), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
            QStringLiteral("stocktake"), QStringLiteral("report") });
    REQUIRE(p.waitForFinished(60000));
    CHECK(QString::fromUtf8(p.readAllStandardOutput())
        == QString::fromUtf8("盲盘 %1：已盘 3 件 · 3 个 SKU 已盘 1 个 · 未知条码 0 个\n").arg(number));

    // Its variance files wait until it is posted; nothing is written.
    const QString csv = s.shop.file(QStringLiteral("blind.csv"));
    r = cli(s, { QStringLiteral("stocktake"), QStringLiteral("report"), QStringLiteral("--csv"), csv });
    CHECK(r.exitCode == 1);
    CHECK(QFile::exists(csv) == false);

    // Posted, the variance is there again.
    r = cli(s, { QStringLiteral("stocktake"), QStringLiteral("post") });
    REQUIRE(r.exitCode == 0);
    r = cli(s,
        { QStringLiteral("stocktake"), QStringLiteral("report"), QStringLiteral("--id"),
            QString::number(count.value(QStringLiteral("id")).toInteger()) });
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().value(QStringLiteral("totals")).toObject().value(QStringLiteral("expected")).toInt() == 15);
    CHECK(r.json().value(QStringLiteral("count")).toObject().value(QStringLiteral("blind")).toBool());

    // A plain count stays as it was.
    r = cli(s,
        { QStringLiteral("stocktake"), QStringLiteral("start"), QStringLiteral("--scope"), QStringLiteral("tshirt") });
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(r.json().value(QStringLiteral("count")).toObject().value(QStringLiteral("blind")).toBool());
}
