// Every importer reads a clerk's file in every format it comes in: the same content as CSV in
// UTF-8 (with BOM), GBK, UTF-16 tab text (Excel's "Unicode text"), semicolons, and .xlsx
// (tests/data/formats, written by make_formats.py) is imported through shopdesk-cli into copies
// of one demo shop, and each copy then holds exactly the same data, with the exact values the
// file gives. Commands that write nothing (freight-bill checks, waybills) answer the same.

#include "CliRun.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

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

QString fixture(const QString &name) { return QStringLiteral(SHOPDESK_TEST_DATA_DIR "/formats/") + name; }

/// A value the shop wrote from the clock while importing (a created or counted time): not part
/// of what the file gave, so masked.
bool fromTheClock(const QVariant &v)
{
    const QDateTime now = QDateTime::currentDateTime();
    const QString text = v.toString();
    for (int d = -1; d <= 1; ++d) {
        const QDate day = now.date().addDays(d);
        if (text.startsWith(day.toString(QStringLiteral("yyyy-MM-dd"))))
            return true;
    }
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    const qint64 secs = now.toSecsSinceEpoch();
    return ok
        && ((n > secs - 172800 && n < secs + 172800) || (n > (secs - 172800) * 1000 && n < (secs + 172800) * 1000));
}

/// Every table of the shop as text, clock values masked.
QString dumpShop(const QString &path)
{
    QString out;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QStringList tables;
        QSqlQuery t(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"), db);
        while (t.next())
            tables << t.value(0).toString();
        // The change feed's counters count writes (an import writing the same rows again too);
        // they are no part of what the shop holds.
        tables.removeAll(QStringLiteral("shop_changes"));
        for (const QString &table : tables) {
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table)));
            out += QStringLiteral("## ") + table + u'\n';
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.record().count(); ++i) {
                    // A count imported from a file is keyed by the file's hash, so the same count
                    // from another file format has another key.
                    static const QRegularExpression fileKey(QStringLiteral("^import:[0-9a-f]{40}$"));
                    const QString v = q.value(i).toString();
                    cells << (fromTheClock(q.value(i))    ? QStringLiteral("<now>")
                            : fileKey.match(v).hasMatch() ? QStringLiteral("import:<hash>")
                                                          : v);
                }
                out += cells.join(QLatin1Char('|')) + u'\n';
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

QVariant valueOf(const QString &path, const QString &sql)
{
    QVariant v;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        if (q.next())
            v = q.value(0);
    }
    QSqlDatabase::removeDatabase(name);
    return v;
}

const QStringList kVariants = { QStringLiteral(".csv"), QStringLiteral("-gbk.csv"), QStringLiteral("-utf16.txt"),
    QStringLiteral("-semicolon.csv"), QStringLiteral(".xlsx") };

struct Imported {
    QString shop; ///< the copy of the demo shop the variant went into
    QString dump;
    QString answer; ///< the command's JSON answer, file names replaced by FILE
};

/// Imports every variant of `table` (and of `second`, the order report's item report) into a
/// copy of `demo` with `command`; checks every import succeeded and every copy holds the same.
QList<Imported> importAll(const QTemporaryDir &dir, const QString &demo, const QString &table,
    const std::function<QStringList(const QString &, const QString &)> &command, const QString &second = {})
{
    QList<Imported> out;
    for (const QString &v : kVariants) {
        CAPTURE(table.toStdString(), v.toStdString());
        const QString shop = dir.filePath(table + v + QStringLiteral(".shopdesk"));
        QFile::remove(shop);
        REQUIRE(QFile::copy(demo, shop));
        const QString file = fixture(table + v);
        const QString other = second.isEmpty() ? QString() : fixture(second + v);
        const Run r = cli(shop, QStringList { QStringLiteral("--json") } + command(file, other));
        INFO(r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        // The answer names the file and its encoding (UTF-8, xlsx …), which differ by design.
        QJsonObject json = QJsonDocument::fromJson(r.out).object();
        json.remove(QStringLiteral("encoding"));
        QString answer = QString::fromUtf8(QJsonDocument(json).toJson());
        answer.replace(QFileInfo(file).fileName(), QStringLiteral("FILE"));
        if (!other.isEmpty())
            answer.replace(QFileInfo(other).fileName(), QStringLiteral("FILE2"));
        answer.replace(dir.path(), QStringLiteral("DIR"));
        out.append({ shop, dumpShop(shop), answer });
        CHECK(out.last().dump.toStdString() == out.first().dump.toStdString());
        CHECK(out.last().answer.toStdString() == out.first().answer.toStdString());
    }
    return out;
}

struct Demo {
    QTemporaryDir dir;
    QString path;
    Demo()
    {
        path = dir.filePath(QStringLiteral("demo.shopdesk"));
        REQUIRE(
            cli(path, { QStringLiteral("demo"), QStringLiteral("--last-day"), QStringLiteral("2026-11-24") }).exitCode
            == 0);
    }
};

Demo &demo()
{
    static Demo d;
    return d;
}
} // namespace

TEST_CASE("items import the same from CSV, GBK, UTF-16 text, semicolons and xlsx")
{
    QTemporaryDir dir;
    const auto runs = importAll(dir, demo().path, QStringLiteral("items"), [](const QString &f, const QString &) {
        return QStringList { QStringLiteral("items"), QStringLiteral("import"), f };
    });
    const QString shop = runs.first().shop;
    CHECK(valueOf(shop, QStringLiteral("SELECT price_fen FROM items WHERE code = 'FMT-1'")).toLongLong() == 12900);
    CHECK(valueOf(shop, QStringLiteral("SELECT cost_fen FROM items WHERE code = 'FMT-1'")).toLongLong() == 6050);
    CHECK(valueOf(shop, QStringLiteral("SELECT title FROM items WHERE code = 'FMT-1'")).toString()
        == QString::fromUtf8("格式 测试卫衣, 加绒"));
    CHECK(valueOf(shop, QStringLiteral("SELECT title FROM items WHERE code = 'FMT-2'")).toString()
        == QString::fromUtf8("格式 \"引号\" 牛仔裤"));
    CHECK(valueOf(shop, QStringLiteral("SELECT price_fen FROM items WHERE code = 'FMT-2'")).toLongLong() == 10);
    CHECK(valueOf(shop,
              QStringLiteral("SELECT barcode FROM skus JOIN items ON items.id = skus.item_id "
                             "WHERE items.code = 'FMT-1' AND skus.size = 'M'"))
              .toString()
        == QStringLiteral("6901234567892"));
}

TEST_CASE("the order report and item report import the same in every format")
{
    QTemporaryDir dir;
    const auto runs = importAll(
        dir, demo().path, QStringLiteral("orders"),
        [](const QString &f, const QString &s) {
            return QStringList { QStringLiteral("orders"), QStringLiteral("import"), f, s };
        },
        QStringLiteral("orders-items"));
    const QString shop = runs.first().shop;
    CHECK(valueOf(shop, QStringLiteral("SELECT total_fen FROM orders WHERE order_no = '3099000000000000101'"))
              .toLongLong()
        == 25800);
    CHECK(valueOf(shop, QStringLiteral("SELECT receiver_phone FROM orders WHERE order_no = '3099000000000000102'"))
              .toString()
        == QStringLiteral("13900002222"));
    CHECK(valueOf(shop,
              QStringLiteral("SELECT quantity FROM order_lines JOIN orders ON orders.id = order_lines.order_id "
                             "WHERE order_no = '3099000000000000101'"))
              .toLongLong()
        == 2);
}

TEST_CASE("a receiving note posts the same from every format")
{
    QTemporaryDir dir;
    const auto runs = importAll(dir, demo().path, QStringLiteral("receive"), [](const QString &f, const QString &) {
        return QStringList { QStringLiteral("receive"), f };
    });
    CHECK(valueOf(runs.first().shop,
              QStringLiteral("SELECT SUM(quantity) FROM receiving_lines WHERE note_id = (SELECT MAX(id) FROM "
                             "receiving_notes)"))
              .toLongLong()
        == 14);
    CHECK(valueOf(runs.first().shop,
              QStringLiteral("SELECT MAX(unit_cost_fen) FROM receiving_lines WHERE note_id = (SELECT MAX(id) FROM "
                             "receiving_notes)"))
              .toLongLong()
        == 3550);
}

TEST_CASE("stock-take counts import the same from every format")
{
    QTemporaryDir dir;
    const QString demoWithCount = dir.filePath(QStringLiteral("counting.shopdesk"));
    REQUIRE(QFile::copy(demo().path, demoWithCount));
    (void)cli(demoWithCount, { QStringLiteral("stocktake"), QStringLiteral("start") }); // unless the demo has one open
    const auto runs = importAll(dir, demoWithCount, QStringLiteral("counts"), [](const QString &f, const QString &) {
        return QStringList { QStringLiteral("stocktake"), QStringLiteral("import"), f };
    });
    CHECK(valueOf(runs.first().shop,
              QStringLiteral("SELECT SUM(quantity) FROM stocktake_counts WHERE barcode = '2000000000015' AND "
                             "stocktake_id = (SELECT MAX(id) FROM stocktakes)"))
              .toLongLong()
        == 7);
}

TEST_CASE("the KPI daily export imports the same from every format, title lines and all")
{
    QTemporaryDir dir;
    const auto runs = importAll(dir, demo().path, QStringLiteral("kpi"), [](const QString &f, const QString &) {
        return QStringList { QStringLiteral("kpi"), QStringLiteral("import"), f };
    });
    const QString shop = runs.first().shop;
    CHECK(valueOf(shop, QStringLiteral("SELECT sales_fen FROM kpi_daily WHERE day = '2025-10-01'")).toLongLong()
        == 450050);
    CHECK(valueOf(shop, QStringLiteral("SELECT bounce_rate FROM kpi_daily WHERE day = '2025-10-02'")).toDouble()
        == 0.4475);
    CHECK(valueOf(shop, QStringLiteral("SELECT uv FROM kpi_daily WHERE day = '2025-10-02'")).toLongLong() == 1250);
}

TEST_CASE("the reply library imports the same from every format, line breaks and quotes kept")
{
    QTemporaryDir dir;
    const auto runs = importAll(dir, demo().path, QStringLiteral("replies"), [](const QString &f, const QString &) {
        return QStringList { QStringLiteral("replies"), QStringLiteral("import"), f };
    });
    const QString shop = runs.first().shop;
    CHECK(valueOf(shop, QStringLiteral("SELECT body FROM replies WHERE code = 'fmt1'")).toString()
        == QString::fromUtf8("亲，在的哦～\n有什么可以帮您？"));
    CHECK(valueOf(shop, QStringLiteral("SELECT group_code FROM replies WHERE code = 'fmt2'")).toString()
        == QStringLiteral("aftersale"));
}

TEST_CASE("a tracking list assigns the same numbers from every format")
{
    QTemporaryDir dir;
    const auto runs = importAll(dir, demo().path, QStringLiteral("tracking"), [](const QString &f, const QString &) {
        return QStringList { QStringLiteral("tracking"), QStringLiteral("--from-csv"), f };
    });
    CHECK(valueOf(
              runs.first().shop, QStringLiteral("SELECT tracking_no FROM orders WHERE order_no = '326112300002352625'"))
              .toString()
        == QStringLiteral("773000000001"));
}

TEST_CASE("suppliers import the same from every format")
{
    QTemporaryDir dir;
    const auto runs = importAll(dir, demo().path, QStringLiteral("suppliers"), [](const QString &f, const QString &) {
        return QStringList { QStringLiteral("suppliers"), QStringLiteral("import"), f };
    });
    const QString shop = runs.first().shop;
    CHECK(valueOf(shop, QString::fromUtf8("SELECT phone FROM suppliers WHERE name = '格式测试服装厂'")).toString()
        == QStringLiteral("13700003333"));
    CHECK(valueOf(shop, QString::fromUtf8("SELECT note FROM suppliers WHERE name = '格式测试服装厂'")).toString()
        == QString::fromUtf8("月结, 30天"));
}

TEST_CASE("a freight bill is checked the same from every format, and a merge file prints the same waybills")
{
    QTemporaryDir dir;
    const auto bills = importAll(dir, demo().path, QStringLiteral("bill"), [](const QString &f, const QString &) {
        return QStringList { QStringLiteral("freight-bill"), QStringLiteral("STO"), f };
    });
    CHECK(bills.first().answer.contains(QStringLiteral("773000000001")));
    const QString pdf = dir.filePath(QStringLiteral("w.pdf"));
    const auto merges = importAll(dir, demo().path, QStringLiteral("merge"), [pdf](const QString &f, const QString &) {
        return QStringList { QStringLiteral("waybills"), QStringLiteral("--from-csv"), f, QStringLiteral("--out"),
            pdf };
    });
    const QJsonObject j = QJsonDocument::fromJson(merges.first().answer.toUtf8()).object();
    CHECK(j.value(QStringLiteral("ok")).toBool());
}

namespace {
QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void ok(const Run &r)
{
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}
} // namespace

TEST_CASE("the items export, as CSV and as xlsx, reads back into a new shop unchanged")
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("items.csv"));
    ok(cli(demo().path, { QStringLiteral("items"), QStringLiteral("export"), csv }));
    const QByteArray original = bytesOf(csv);
    for (const QString &format : { QStringLiteral("csv"), QStringLiteral("xlsx") }) {
        CAPTURE(format.toStdString());
        const QString out = dir.filePath(QStringLiteral("export.") + format);
        ok(cli(demo().path, { QStringLiteral("items"), QStringLiteral("export"), out }));
        const QString fresh = dir.filePath(format + QStringLiteral(".shopdesk"));
        ok(cli(fresh, { QStringLiteral("init") }));
        ok(cli(fresh, { QStringLiteral("items"), QStringLiteral("import"), out }));
        const QString again = dir.filePath(QStringLiteral("again-") + format + QStringLiteral(".csv"));
        ok(cli(fresh, { QStringLiteral("items"), QStringLiteral("export"), again }));
        CHECK(bytesOf(again).toStdString() == original.toStdString());
    }
    // Categories by their names, not codes.
    CHECK(QString::fromUtf8(original).contains(QStringLiteral(",Jeans,")));
    CHECK_FALSE(QString::fromUtf8(original).contains(QStringLiteral(",jeans,")));
}

TEST_CASE("the reply library export, as CSV and as xlsx, reads back unchanged")
{
    QTemporaryDir dir;
    const QString shop = dir.filePath(QStringLiteral("shop.shopdesk"));
    REQUIRE(QFile::copy(demo().path, shop));
    const QString csv = dir.filePath(QStringLiteral("replies.csv"));
    ok(cli(shop, { QStringLiteral("replies"), QStringLiteral("export"), csv }));
    const QByteArray original = bytesOf(csv);
    CHECK(QString::fromUtf8(original).contains(QStringLiteral("\r\nPre-sale,"))); // the group's name, not "presale"
    const QString before = dumpShop(shop);
    for (const QString &format : { QStringLiteral("csv"), QStringLiteral("xlsx") }) {
        CAPTURE(format.toStdString());
        const QString out = dir.filePath(QStringLiteral("export.") + format);
        ok(cli(shop, { QStringLiteral("replies"), QStringLiteral("export"), out }));
        ok(cli(shop, { QStringLiteral("replies"), QStringLiteral("import"), out }));
        CHECK(dumpShop(shop).toStdString() == before.toStdString());
        const QString again = dir.filePath(QStringLiteral("again-") + format + QStringLiteral(".csv"));
        ok(cli(shop, { QStringLiteral("replies"), QStringLiteral("export"), again }));
        CHECK(bytesOf(again).toStdString() == original.toStdString());
    }
}

TEST_CASE("the stock-take report, as CSV and as xlsx, reads back as the same counts")
{
    QTemporaryDir dir;
    const QString counting = dir.filePath(QStringLiteral("counting.shopdesk"));
    REQUIRE(QFile::copy(demo().path, counting));
    (void)cli(counting, { QStringLiteral("stocktake"), QStringLiteral("start") }); // unless the demo has one open
    const QString first = dir.filePath(QStringLiteral("first.shopdesk"));
    REQUIRE(QFile::copy(counting, first));
    ok(cli(first, { QStringLiteral("stocktake"), QStringLiteral("import"), fixture(QStringLiteral("counts.csv")) }));
    const QString csv = dir.filePath(QStringLiteral("report.csv")), xlsx = dir.filePath(QStringLiteral("report.xlsx"));
    ok(cli(first,
        { QStringLiteral("stocktake"), QStringLiteral("report"), QStringLiteral("--csv"), csv, QStringLiteral("--xlsx"),
            xlsx }));
    const QByteArray original = bytesOf(csv);
    for (const QString &report : { csv, xlsx }) {
        CAPTURE(report.toStdString());
        const QString again = dir.filePath(QFileInfo(report).suffix() + QStringLiteral(".shopdesk"));
        REQUIRE(QFile::copy(counting, again));
        ok(cli(again, { QStringLiteral("stocktake"), QStringLiteral("import"), report }));
        const QString back = dir.filePath(QFileInfo(report).suffix() + QStringLiteral("-again.csv"));
        ok(cli(again, { QStringLiteral("stocktake"), QStringLiteral("report"), QStringLiteral("--csv"), back }));
        CHECK(bytesOf(back).toStdString() == original.toStdString());
    }
}
