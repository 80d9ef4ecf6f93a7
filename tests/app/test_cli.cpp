// shopdesk-cli and shopdesk --screenshot, run as a user would run them.

#include "TestShop.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;

namespace {
struct Run {
    int exitCode = -1;
    QByteArray out, err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SHOPDESK_BIN_DIR "/") + program, args);
    REQUIRE(p.waitForStarted());
    REQUIRE(p.waitForFinished(timeoutMs));
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

Run cli(const QStringList &args) { return run(QStringLiteral("shopdesk-cli"), args); }
} // namespace

TEST_CASE("shopdesk-cli demo then check --json reports the schema version and ok")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.db"));
    const Run demo = cli({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--last-day"),
        QStringLiteral("2026-11-24") });
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains("Demo shop written"));

    const Run check = cli({ QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--json") });
    INFO(check.out.toStdString());
    REQUIRE(check.exitCode == 0);
    const QJsonObject j = check.json();
    CHECK(j.value(QStringLiteral("ok")).toBool());
    CHECK(j.value(QStringLiteral("schema_version")).toInt() == core::Database::latestSchemaVersion());
    CHECK(j.value(QStringLiteral("items")).toInt() >= 40);
    CHECK(j.value(QStringLiteral("problems")).toArray().isEmpty());
}

TEST_CASE("shopdesk-cli init gives a new shop the starter replies, so the buyer lists work at once")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("new.shopdesk"));
    REQUIRE(cli({ QStringLiteral("--db"), db, QStringLiteral("init") }).exitCode == 0);
    const auto codes = [&db] {
        const Run list = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("replies"),
            QStringLiteral("list") });
        REQUIRE(list.exitCode == 0);
        QStringList out;
        for (const QJsonValue &r : list.json().value(QStringLiteral("replies")).toArray())
            out << r.toObject().value(QStringLiteral("code")).toString();
        return out;
    };
    const QStringList first = codes();
    CHECK(first.size() == 28);
    CHECK(first.contains(QStringLiteral("dh")));
    CHECK(first.contains(QStringLiteral("cf")));
    CHECK(first.contains(QStringLiteral("wl4")));

    // Before, a new shop's waitlist said "The library has no reply with the code dh."
    const Run waitlist = cli({ QStringLiteral("--db"), db, QStringLiteral("waitlist") });
    INFO(waitlist.err.toStdString());
    CHECK(waitlist.exitCode == 0);
    CHECK(QString::fromUtf8(waitlist.out).trimmed()
        == QStringLiteral("Nobody to call: no waited-for SKU has been booked in."));

    REQUIRE(cli({ QStringLiteral("--db"), db, QStringLiteral("init") }).exitCode == 0);
    CHECK(codes() == first); // not doubled
}

TEST_CASE("shopdesk-cli init is idempotent and backup writes a sound copy")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("new.shopdesk"));
    Run first = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("init") });
    REQUIRE(first.exitCode == 0);
    CHECK(first.json().value(QStringLiteral("created")).toBool());
    Run second = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("init") });
    REQUIRE(second.exitCode == 0);
    CHECK_FALSE(second.json().value(QStringLiteral("created")).toBool());

    const QString copy = dir.filePath(QStringLiteral("copy.shopdesk"));
    Run backup = cli({ QStringLiteral("--db"), db, QStringLiteral("backup"), copy });
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    Run check = cli({ QStringLiteral("--db"), copy, QStringLiteral("--json"), QStringLiteral("check") });
    CHECK(check.exitCode == 0);
    CHECK(check.json().value(QStringLiteral("ok")).toBool());
}

TEST_CASE("shopdesk-cli refuses a file that is not a shop, naming it, and leaves it alone")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("hello");
    f.close();
    Run check = cli({ QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("check") });
    CHECK(check.exitCode == 1);
    CHECK_FALSE(check.json().value(QStringLiteral("ok")).toBool());
    CHECK(check.json().value(QStringLiteral("error")).toString().contains(QStringLiteral("notes.txt")));
    CHECK(test::fileBytes(path) == QByteArray("hello"));

    Run demo = cli({ QStringLiteral("--db"), path, QStringLiteral("demo") });
    CHECK(demo.exitCode == 1);
    CHECK(test::fileBytes(path) == QByteArray("hello"));
}

TEST_CASE("shopdesk-cli explains its usage")
{
    CHECK(cli({}).exitCode == 2);
    const Run help = cli({ QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("backup OUT.db"));
    CHECK(cli({ QStringLiteral("--db"), QStringLiteral("x.db"), QStringLiteral("fly") }).exitCode == 2);
}

TEST_CASE("shopdesk --screenshot renders the window with its docks to a PNG")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.db"));
    REQUIRE(cli({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--last-day"),
                    QStringLiteral("2026-11-24") })
                .exitCode
        == 0);
    const QString png = dir.filePath(QStringLiteral("w.png"));
    const Run shot
        = run(QStringLiteral("shopdesk"), { QStringLiteral("--db"), db, QStringLiteral("--screenshot"), png });
    INFO(shot.err.toStdString());
    REQUIRE(shot.exitCode == 0);
    QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() >= 1200);
    CHECK(image.height() >= 800);
}

TEST_CASE("shopdesk FILE opens that shop file (as a file manager does), at the --geometry asked for")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("mine.shopdesk"));
    REQUIRE(cli({ QStringLiteral("--db"), db, QStringLiteral("init") }).exitCode == 0);
    const QString png = dir.filePath(QStringLiteral("w.png"));
    const Run shot = run(QStringLiteral("shopdesk"),
        { db, QStringLiteral("--geometry"), QStringLiteral("1366x768"), QStringLiteral("--screenshot"), png });
    INFO(shot.err.toStdString());
    REQUIRE(shot.exitCode == 0);
    QImage image(png);
    CHECK(image.size() == QSize(1366, 768));

    // A file that is not a shop is refused (a file manager never means "make a shop here").
    const QString text = dir.filePath(QStringLiteral("notes.shopdesk"));
    QFile f(text);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("not a shop");
    f.close();
    CHECK(run(QStringLiteral("shopdesk"), { text, QStringLiteral("--screenshot"), png }).exitCode == 1);
    CHECK(run(QStringLiteral("shopdesk"),
              { db, QStringLiteral("--geometry"), QStringLiteral("big"), QStringLiteral("--screenshot"), png })
              .exitCode
        == 2);
}

namespace {
// An item export with one item (one SKU, its own barcode), as a store's staff would write it.
QString writeOneItemCsv(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("货号,标题,类目,角色,主推,价格,成本,颜色,尺码,条码\r\n"
            "NZK-1001,牛仔裤 男 修身 直筒,jeans,引流款,是,129.00,58.50,蓝色,30,6901234567892\r\n");
    return path;
}

// As on a server or over ssh: no display, and no Qt platform chosen (or, with `platform`, one that
// cannot start there: only a program that makes no QGuiApplication survives it).
Run headless(const QString &program, const QStringList &args, const QString &platform = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : { QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY"),
             QStringLiteral("WAYLAND_DISPLAY"), QStringLiteral("XDG_SESSION_TYPE") })
        env.remove(name);
    if (!platform.isEmpty())
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SHOPDESK_BIN_DIR "/") + program, args);
    REQUIRE(p.waitForStarted());
    REQUIRE(p.waitForFinished(120000));
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError() };
}
} // namespace

TEST_CASE("shopdesk-cli runs its reading and writing commands with no display and no Qt platform")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("new.shopdesk"));
    const QString items = writeOneItemCsv(dir.filePath(QStringLiteral("items.csv")));
    const Run init = headless(QStringLiteral("shopdesk-cli"), { QStringLiteral("--db=") + db, QStringLiteral("init") });
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const Run import = headless(QStringLiteral("shopdesk-cli"),
        { QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import-items"), items });
    INFO(import.err.toStdString());
    REQUIRE(import.exitCode == 0);
    CHECK(import.json().value(QStringLiteral("skus_added")).toInt() == 1);
    const Run stock = headless(QStringLiteral("shopdesk-cli"),
        { QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("stock") });
    INFO(stock.err.toStdString());
    REQUIRE(stock.exitCode == 0);
    const Run check = headless(QStringLiteral("shopdesk-cli"),
        { QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("check") });
    REQUIRE(check.exitCode == 0);
    CHECK(check.json().value(QStringLiteral("items")).toInt() == 1);
    const Run replies = headless(QStringLiteral("shopdesk-cli"),
        { QStringLiteral("--db"), db, QStringLiteral("replies"), QStringLiteral("list") });
    INFO(replies.err.toStdString());
    CHECK(replies.exitCode == 0);

    // Told to use X with no X server, a QGuiApplication would abort; these commands make none.
    const Run onX = headless(QStringLiteral("shopdesk-cli"),
        { QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("stock") }, QStringLiteral("xcb"));
    INFO(onX.err.toStdString());
    CHECK(onX.exitCode == 0);
    CHECK(onX.out == stock.out);
    const Run labels = headless(QStringLiteral("shopdesk-cli"),
        { QStringLiteral("--db"), db, QStringLiteral("print-labels"), QStringLiteral("--out"),
            dir.filePath(QStringLiteral("labels.pdf")) },
        QStringLiteral("xcb"));
    CHECK(labels.exitCode != 0); // it paints: it needs a platform that can start
    const Run labelsOffscreen = headless(QStringLiteral("shopdesk-cli"),
        { QStringLiteral("--db"), db, QStringLiteral("print-labels"), QStringLiteral("--out"),
            dir.filePath(QStringLiteral("labels.pdf")) });
    INFO(labelsOffscreen.err.toStdString());
    CHECK(labelsOffscreen.exitCode == 0); // unset, a painting command chooses offscreen itself
    CHECK(QFileInfo(dir.filePath(QStringLiteral("labels.pdf"))).size() > 0);
}

TEST_CASE("shopdesk --version and --help print and exit with no display")
{
    const Run version = headless(QStringLiteral("shopdesk"), { QStringLiteral("--version") }, QStringLiteral("xcb"));
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() == QByteArray("ShopDesk " SHOPDESK_TEST_VERSION));
    const Run help = headless(QStringLiteral("shopdesk"), { QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains("--screenshot <OUT>"));
    const Run cliVersion = headless(QStringLiteral("shopdesk-cli"), { QStringLiteral("--version") });
    CHECK(cliVersion.exitCode == 0);
    CHECK(cliVersion.out.trimmed() == QByteArray("shopdesk-cli " SHOPDESK_TEST_VERSION));
}

TEST_CASE("the model libraries link without Qt Widgets")
{
    // model_link_check links every object of the model libraries (whole archives) with Qt Core,
    // Gui and Sql only; had one needed a widgets symbol, it would not have linked at all.
    const Run linked = headless(QStringLiteral("model_link_check"), {});
    CHECK(linked.exitCode == 0);
    CHECK(linked.out.startsWith("model libraries linked without Qt Widgets: "));
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), { QStringLiteral(SHOPDESK_BIN_DIR "/model_link_check") });
    REQUIRE(ldd.waitForFinished(30000));
    const QByteArray libraries = ldd.readAllStandardOutput();
    CHECK(libraries.contains("libQt6Core"));
    CHECK_FALSE(libraries.contains("libQt6Widgets"));
}

TEST_CASE("the listings and the KPI workbenches give the same 80/20 ranking for the same month")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.shopdesk"));
    REQUIRE(cli({ QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--last-day"),
                    QStringLiteral("2026-11-24") })
                .exitCode
        == 0);
    const Run listings = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("pareto"),
        QStringLiteral("--from"), QStringLiteral("2026-10-01"), QStringLiteral("--to"), QStringLiteral("2026-10-31") });
    INFO(listings.err.toStdString());
    REQUIRE(listings.exitCode == 0);
    const Run kpi = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("kpi"),
        QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2026-10") });
    INFO(kpi.err.toStdString());
    REQUIRE(kpi.exitCode == 0);

    QStringList listingsHead, kpiHead;
    qint64 listingsHeadFen = 0, kpiHeadFen = 0;
    const QJsonArray ranked = listings.json().value(QStringLiteral("items")).toArray();
    for (const QJsonValue &v : ranked) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("carries_80")).toBool()) {
            listingsHead << o.value(QStringLiteral("code")).toString();
            listingsHeadFen += qRound64(o.value(QStringLiteral("sales")).toString().toDouble() * 100);
        }
    }
    for (const QJsonValue &v : kpi.json().value(QStringLiteral("items_making_80_percent")).toArray()) {
        kpiHead << v.toObject().value(QStringLiteral("code")).toString();
        kpiHeadFen += qRound64(v.toObject().value(QStringLiteral("sales")).toDouble() * 100);
    }
    CHECK(listings.json().value(QStringLiteral("carriers")).toInt() == kpiHead.size());
    CHECK(listingsHead == kpiHead);
    CHECK(listingsHeadFen == kpiHeadFen);
    CHECK(int(ranked.size()) == kpi.json().value(QStringLiteral("item_count")).toInt());
    CHECK_FALSE(listingsHead.isEmpty());
}

TEST_CASE("shopdesk-cli has one grammar: NOUN VERB, --help for each command, the old spellings kept")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("s.shopdesk"));
    const QString items = writeOneItemCsv(dir.filePath(QStringLiteral("items.csv")));
    REQUIRE(cli({ QStringLiteral("--db=") + db, QStringLiteral("init") }).exitCode == 0);
    const Run imported = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("items"),
        QStringLiteral("import"), items });
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.json().value(QStringLiteral("items_added")).toInt() == 1);
    const Run again
        = cli({ QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("import-items"), items });
    REQUIRE(again.exitCode == 0); // the old spelling still runs
    CHECK(again.json().value(QStringLiteral("items_added")).toInt() == 0);
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    CHECK(cli({ QStringLiteral("--db"), db, QStringLiteral("items"), QStringLiteral("export"), out }).exitCode == 0);
    CHECK(QFileInfo(out).size() > 0);

    const Run wrongVerb = cli({ QStringLiteral("--db"), db, QStringLiteral("items"), QStringLiteral("fly") });
    CHECK(wrongVerb.exitCode == 2);
    CHECK(wrongVerb.err.trimmed() == QByteArray("items needs one of: import, export."));

    const Run help = cli({ QStringLiteral("items"), QStringLiteral("--help") });
    CHECK(help.exitCode == 0);
    CHECK(help.out.startsWith(
        "Usage: shopdesk-cli --db FILE [--json] items import FILE.csv | items export FILE.csv|FILE.xlsx"));
    const Run all = cli({ QStringLiteral("--help") });
    CHECK(all.out.contains("  orders import ORDERS.csv [ITEMS.csv] [--other-shop] | orders export-shipped --out "
                           "FILE.csv [--day YYYY-MM-DD | --all-unexported]\n"));
    CHECK_FALSE(all.out.contains("  import-items"));
    CHECK_FALSE(all.out.contains("  import-orders"));
}

TEST_CASE("settings set, get and list the shop's own data from the command line, refusing what is wrong")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("new.shopdesk"));
    REQUIRE(cli({ QStringLiteral("--db"), db, QStringLiteral("init") }).exitCode == 0);
    const auto settings = [&db](QStringList args) {
        args.prepend(QStringLiteral("settings"));
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return cli(args);
    };

    const Run sender
        = settings({ QStringLiteral("set"), QStringLiteral("shop.sender_name"), QString::fromUtf8("林小姐") });
    CHECK(sender.exitCode == 0);
    CHECK(QString::fromUtf8(sender.out).trimmed() == QString::fromUtf8("shop.sender_name is now “林小姐”."));
    CHECK(settings({ QStringLiteral("set"), QStringLiteral("kpi.margin"), QStringLiteral("23%") }).exitCode == 0);
    CHECK(
        settings({ QStringLiteral("set"), QStringLiteral("shipping.default_courier"), QStringLiteral("yto") }).exitCode
        == 0);
    CHECK(settings({ QStringLiteral("set"), QStringLiteral("shipping.mask_phone"), QStringLiteral("yes") }).exitCode
        == 0);

    // A wrong value is a problem (1), an unknown key or a missing value wrong usage (2); nothing is written.
    const Run margin = settings({ QStringLiteral("set"), QStringLiteral("kpi.margin"), QStringLiteral("2") });
    CHECK(margin.exitCode == 1);
    CHECK(QString::fromUtf8(margin.err).trimmed()
        == QString::fromUtf8("kpi.margin: The margin must be between 0 and 0.95 (or 0% and 95%), not “2”."));
    CHECK(settings({ QStringLiteral("set"), QStringLiteral("shop.platform"), QStringLiteral("ebay") }).exitCode == 1);
    CHECK(settings({ QStringLiteral("set"), QStringLiteral("shop.nickname"), QStringLiteral("x") }).exitCode == 2);
    CHECK(settings({ QStringLiteral("set"), QStringLiteral("shop.name") }).exitCode == 2);

    const Run got = settings({ QStringLiteral("get"), QStringLiteral("kpi.margin") });
    CHECK(QString::fromUtf8(got.out).trimmed() == QStringLiteral("0.23"));
    const Run list = settings({ QStringLiteral("list"), QStringLiteral("--json") });
    REQUIRE(list.exitCode == 0);
    QHash<QString, QString> values;
    for (const QJsonValue &row : list.json().value(QStringLiteral("settings")).toArray())
        values.insert(row[QStringLiteral("key")].toString(), row[QStringLiteral("value")].toString());
    CHECK(values.value(QStringLiteral("shop.sender_name")) == QString::fromUtf8("林小姐"));
    CHECK(values.value(QStringLiteral("shipping.default_courier")) == QStringLiteral("YTO"));
    CHECK(values.value(QStringLiteral("shipping.mask_phone")) == QStringLiteral("1"));
    CHECK(values.value(QStringLiteral("shop.platform")) == QStringLiteral("taobao")); // the default
    CHECK(values.value(QStringLiteral("kpi.margin")) == QStringLiteral("0.23"));
}

TEST_CASE("a shop that sells more raises the largest imported line, and the same line is then taken")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("big-ticket.shopdesk"));
    REQUIRE(cli({ QStringLiteral("--db"), db, QStringLiteral("init") }).exitCode == 0);
    const QString items = dir.filePath(QStringLiteral("items.csv"));
    {
        QFile f(items);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("货号,标题,类目,价格,成本,颜色,尺码,条码\n"
                "LUX-1,貂皮大衣 定制,大衣,12000000.00,9000000.00,黑色,L,\n");
    }
    const QStringList import { QStringLiteral("--db"), db, QStringLiteral("items"), QStringLiteral("import"), items };

    const Run refused = cli(import);
    CHECK(refused.exitCode == 1);
    CHECK(QString::fromUtf8(refused.err).trimmed()
        == QString::fromUtf8("items.csv, line 2, field 价格: “12000000.00” is more than ¥10,000,000.00, the most one "
                             "line may hold (a shop that sells more raises it in File → Shop settings)."));
    CHECK(test::scalar(**core::Database::open(db), QStringLiteral("SELECT count(*) FROM items")).toInt() == 0);

    const Run wrong = cli({ QStringLiteral("--db"), db, QStringLiteral("settings"), QStringLiteral("set"),
        QStringLiteral("shop.max_line_money"), QStringLiteral("0") });
    CHECK(wrong.exitCode == 1);
    CHECK(QString::fromUtf8(wrong.err).trimmed()
        == QString::fromUtf8("shop.max_line_money: “0” is not a whole number of yuan from 1 to 1,000,000,000."));
    const Run raised = cli({ QStringLiteral("--db"), db, QStringLiteral("settings"), QStringLiteral("set"),
        QStringLiteral("shop.max_line_money"), QStringLiteral("50,000,000") });
    CHECK(raised.exitCode == 0);
    CHECK(QString::fromUtf8(raised.out).trimmed() == QString::fromUtf8("shop.max_line_money is now “50000000”."));

    const Run taken = cli(import);
    INFO(taken.err.toStdString());
    CHECK(taken.exitCode == 0);
    CHECK(test::scalar(**core::Database::open(db), QStringLiteral("SELECT price_fen FROM items WHERE code = 'LUX-1'"))
              .toLongLong()
        == 1'200'000'000LL);
}
