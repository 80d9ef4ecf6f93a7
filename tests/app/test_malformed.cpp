// The malformed-input corpus (tests/data/malformed/, written by make_corpus.py): every file is
// given to its importer through shopdesk-cli, as a clerk would; each is refused with exactly the
// message manifest.tsv expects, exit code 1, and the shop file is byte-identical afterwards.

#include "CliRun.h"
#include "TestShop.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run cli(const QString &db, const QStringList &args)
{
    const shopdesk::test::CliRun r = shopdesk::test::runCli(
        QStringList { QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en") } + args,
        shopdesk::test::plainEnvironment());
    return { r.exitCode, r.out, r.err };
}

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

QString corpus(const QString &name) { return QStringLiteral(SHOPDESK_TEST_DATA_DIR "/malformed/") + name; }

/// The command line that gives `file` (and `second`) to `importer`.
QStringList commandFor(const QString &importer, const QString &file, const QString &second, const QString &pdf)
{
    if (importer == QLatin1String("items"))
        return { QStringLiteral("items"), QStringLiteral("import"), file };
    if (importer == QLatin1String("orders"))
        return { QStringLiteral("orders"), QStringLiteral("import"), file, second };
    if (importer == QLatin1String("receive"))
        return { QStringLiteral("receive"), file };
    if (importer == QLatin1String("counts"))
        return { QStringLiteral("stocktake"), QStringLiteral("import"), file };
    if (importer == QLatin1String("kpi"))
        return { QStringLiteral("kpi"), QStringLiteral("import"), file };
    if (importer == QLatin1String("replies"))
        return { QStringLiteral("replies"), QStringLiteral("import"), file };
    if (importer == QLatin1String("tracking"))
        return { QStringLiteral("tracking"), QStringLiteral("--from-csv"), file };
    if (importer == QLatin1String("freight"))
        return { QStringLiteral("freight-bill"), QStringLiteral("STO"), file };
    if (importer == QLatin1String("merge"))
        return { QStringLiteral("waybills"), QStringLiteral("--from-csv"), file, QStringLiteral("--out"), pdf };
    FAIL("unknown importer " << importer.toStdString());
    return {};
}
} // namespace

TEST_CASE("every file of the malformed corpus is refused with its message and the shop left byte-identical")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shop.shopdesk"));
    REQUIRE(
        cli(db, { QStringLiteral("demo"), QStringLiteral("--last-day"), QStringLiteral("2026-11-24") }).exitCode == 0);
    // The counts go into an open stock-take.
    (void)cli(db, { QStringLiteral("stocktake"), QStringLiteral("start") }); // unless the demo has one open

    QFile manifest(corpus(QStringLiteral("manifest.tsv")));
    REQUIRE(manifest.open(QIODevice::ReadOnly | QIODevice::Text));
    QSet<QString> importers;
    int cases = 0;
    while (!manifest.atEnd()) {
        const QString line = QString::fromUtf8(manifest.readLine()).chopped(1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        REQUIRE(f.size() == 4);
        const QString importer = f[0], file = f[1], second = f[2], expected = f[3];
        CAPTURE(file.toStdString());
        importers.insert(importer);
        ++cases;
        const QByteArray before = hashOf(db);
        const Run r = cli(db,
            QStringList { QStringLiteral("--json") }
                + commandFor(importer, corpus(file), second == QLatin1String("-") ? QString() : corpus(second),
                    dir.filePath(QStringLiteral("waybills.pdf"))));
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        CHECK(r.exitCode == 1);
        CHECK_FALSE(j.value(QStringLiteral("ok")).toBool(true));
        CHECK(j.value(QStringLiteral("error")).toString().toStdString() == expected.toStdString());
        CHECK(hashOf(db) == before);
    }
    CHECK(cases >= 80);
    CHECK(importers.size() == 9);
}

TEST_CASE("an option without its value, and copies out of range, are usage errors (exit 2)")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shop.shopdesk"));
    REQUIRE(
        cli(db, { QStringLiteral("demo"), QStringLiteral("--last-day"), QStringLiteral("2026-11-24") }).exitCode == 0);
    const QByteArray before = hashOf(db);
    const Run scope = cli(db, { QStringLiteral("stocktake"), QStringLiteral("start"), QStringLiteral("--scope") });
    CHECK(scope.exitCode == 2);
    CHECK(scope.err.startsWith("The option --scope needs a value.\nUsage: shopdesk-cli --db FILE [--json] stocktake "));
    const Run next = cli(db,
        { QStringLiteral("stocktake"), QStringLiteral("report"), QStringLiteral("--csv"), QStringLiteral("--pdf"),
            dir.filePath(QStringLiteral("r.pdf")) });
    CHECK(next.exitCode == 2);
    CHECK(next.err.startsWith("The option --csv needs a value."));
    CHECK(hashOf(db) == before);

    const QString pdf = dir.filePath(QStringLiteral("w.pdf"));
    for (const char *copies : { "1000000000", "0", "11", "-1", "two" }) {
        const Run r = cli(db,
            { QStringLiteral("--json"), QStringLiteral("waybills"), QStringLiteral("--out"), pdf,
                QStringLiteral("--unprinted"), QStringLiteral("--copies"), QString::fromLatin1(copies) });
        CAPTURE(copies);
        CHECK(r.exitCode == 2);
        CHECK(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("error")).toString().toStdString()
            == "--copies takes 1 to 10 copies of each waybill, not “" + std::string(copies) + "”.");
        CHECK_FALSE(QFile::exists(pdf));
    }
    CHECK(hashOf(db) == before);
}

TEST_CASE("CSV exports write cells that Excel would run as formulas as text")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shop.shopdesk"));
    REQUIRE(cli(db, { QStringLiteral("init") }).exitCode == 0);
    const QString in = dir.filePath(QStringLiteral("items.csv"));
    {
        QFile f(in);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QString::fromUtf8("货号,标题,类目,价格,颜色,尺码,条码\r\n"
                                  "EVIL-1,\"=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\",@SUM(A1),129.00,+红,-1+2,\r\n")
                    .toUtf8());
    }
    const Run imported = cli(db, { QStringLiteral("items"), QStringLiteral("import"), in });
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QString out = dir.filePath(QStringLiteral("export.csv"));
    REQUIRE(cli(db, { QStringLiteral("items"), QStringLiteral("export"), out }).exitCode == 0);
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    REQUIRE(lines.size() >= 2);
    const QString row = QString::fromUtf8(lines.at(1));
    CAPTURE(row.toStdString());
    CHECK(row.contains(QString::fromUtf8("\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\"")));
    CHECK(row.contains(QStringLiteral(",'@SUM(A1),")));
    CHECK(row.contains(QString::fromUtf8(",'+红,")));
    CHECK(row.contains(QStringLiteral(",'-1+2,")));
    // Imported again, the guards come off: the item is what it was.
    REQUIRE(cli(db, { QStringLiteral("items"), QStringLiteral("import"), out }).exitCode == 0);
    const QString again = dir.filePath(QStringLiteral("again.csv"));
    REQUIRE(cli(db, { QStringLiteral("items"), QStringLiteral("export"), again }).exitCode == 0);
    QFile g(again);
    REQUIRE(g.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(g.readAll().split('\n').at(1)) == row);
}

TEST_CASE("ship --weight takes a real parcel weight")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shop.shopdesk"));
    REQUIRE(
        cli(db, { QStringLiteral("demo"), QStringLiteral("--last-day"), QStringLiteral("2026-11-24") }).exitCode == 0);
    const QByteArray before = hashOf(db);
    for (const char *weight : { "nan", "inf", "1e20", "0", "-1", "1001", "12345678901234567890" }) {
        const Run r = cli(db,
            { QStringLiteral("--json"), QStringLiteral("ship"), QStringLiteral("326112300002352625"),
                QStringLiteral("--tracking"), QStringLiteral("773000000001"), QStringLiteral("--courier"),
                QStringLiteral("STO"), QStringLiteral("--weight"), QString::fromLatin1(weight) });
        CAPTURE(weight);
        CHECK(r.exitCode == 2);
        CHECK(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("error")).toString().toStdString()
            == "--weight takes a parcel's weight in kg, more than 0 and at most 1,000, not “" + std::string(weight)
                + "”.");
    }
    CHECK(hashOf(db) == before);
}

TEST_CASE("full-width digits and the full-width yuan sign are read, not refused")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shop.shopdesk"));
    REQUIRE(cli(db, { QStringLiteral("init") }).exitCode == 0);
    const QString in = dir.filePath(QStringLiteral("items.csv"));
    {
        QFile f(in);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QString::fromUtf8("货号,标题,类目,价格,成本,颜色,尺码,条码\r\n"
                                  "FW-1,全角 测试,T恤,￥１２９．５０,６０,白,M,\r\n")
                    .toUtf8());
    }
    const Run imported = cli(db, { QStringLiteral("items"), QStringLiteral("import"), in });
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QString out = dir.filePath(QStringLiteral("export.csv"));
    REQUIRE(cli(db, { QStringLiteral("items"), QStringLiteral("export"), out }).exitCode == 0);
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString row = QString::fromUtf8(f.readAll().split('\n').at(1));
    CAPTURE(row.toStdString());
    // No short name (简称) given; the category by its name, in English here.
    CHECK(row.startsWith(QString::fromUtf8("FW-1,全角 测试,,T-shirts,")));
    CHECK(row.contains(QStringLiteral(",129.50,60.00,")));
}
