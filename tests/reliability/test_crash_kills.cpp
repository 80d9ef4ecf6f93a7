// shopdesk-cli killed with SIGKILL at a random moment of a write (every other time: the moment its
// first write reaches the WAL file), again and again: afterwards the
// shop passes integrity_check, each batch is wholly there or wholly absent, and every scan that
// was acknowledged is in the count. A few trials per job here (SHOPDESK_CRASH_TRIALS sets more:
// tests/reliability/crash_trials.sh runs 20 per job and prints the figures).

#include "Processes.h"
#include "TestShop.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <iostream>
#include <sys/stat.h>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;

namespace {

int trials()
{
    const int n = qEnvironmentVariableIntValue("SHOPDESK_CRASH_TRIALS");
    return n > 0 ? n : 3;
}

QRandomGenerator &random()
{
    static QRandomGenerator rng = [] {
        const quint32 seed = qEnvironmentVariableIsSet("SHOPDESK_CRASH_SEED")
            ? quint32(qEnvironmentVariableIntValue("SHOPDESK_CRASH_SEED"))
            : QRandomGenerator::global()->generate();
        std::cout << "crash trials seeded with SHOPDESK_CRASH_SEED=" << seed << std::endl;
        return QRandomGenerator(seed);
    }();
    return rng;
}

/// One value of the shop, read by a fresh connection after the kill.
qint64 number(const QString &shop, const QString &sql)
{
    auto db = core::Database::open(shop, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    return test::scalar(**db, sql).toLongLong();
}

void checkSound(const QString &shop)
{
    auto db = core::Database::open(shop, core::Database::Mode::OpenExisting);
    INFO(db.errorMessage().toStdString());
    REQUIRE(db.ok());
    auto problems = (*db)->integrityCheck();
    REQUIRE(problems.ok());
    CHECK(*problems == QStringList {});
}

/// The WAL file's size and modification time: it changes with the first page a writer puts in it.
QByteArray walState(const QString &shop)
{
    struct stat st { };
    if (::stat(QFile::encodeName(shop + QStringLiteral("-wal")).constData(), &st) != 0)
        return {};
    return QByteArray::number(qint64(st.st_size)) + ':' + QByteArray::number(qint64(st.st_mtim.tv_sec)) + '.'
        + QByteArray::number(qint64(st.st_mtim.tv_nsec));
}

/// Starts the run and kills it with SIGKILL (or lets it finish when it is quicker). Every other
/// run is killed after a random part of `window` ms; the others the moment the run's first write
/// reaches the WAL file, which for a scan or a small post is inside its commit.
struct Killed {
    bool killed = false;
    bool atFirstWrite = false;
    QByteArray out;
};
Killed runAndKill(const QString &shop, const QStringList &args, int windowMs, const QByteArray &input = {})
{
    static int runs = 0;
    Killed k;
    k.atFirstWrite = ++runs % 2 == 0;
    const QByteArray before = walState(shop);
    QProcess p;
    test::startCli(p, shop, args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    bool finished = false;
    if (k.atFirstWrite) {
        QElapsedTimer t;
        t.start();
        while (walState(shop) == before && t.elapsed() < 60000 && !(finished = p.waitForFinished(0)))
            QThread::usleep(50);
    } else {
        finished = p.waitForFinished(int(random().bounded(quint32(std::max(1, windowMs)))));
    }
    if (!finished && p.state() != QProcess::NotRunning) {
        p.kill(); // SIGKILL: no close, no rollback, no checkpoint
        REQUIRE(p.waitForFinished(10000));
        k.killed = p.exitStatus() == QProcess::CrashExit;
    }
    k.out = p.readAllStandardOutput();
    return k;
}

/// How long an uncut run takes, in ms (the window the kills fall in).
int timed(const QString &shop, const QStringList &args, const QByteArray &input = {})
{
    QElapsedTimer t;
    t.start();
    const test::CliRun r = test::runCli(shop, args, input);
    INFO(r.out.toStdString() << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return int(t.elapsed() * 12 / 10) + 1;
}

void report(const char *job, int killed, int total)
{
    std::cout << "crash trials: " << job << ": " << killed << " of " << total
              << " runs killed mid-way, every one recovered whole" << std::endl;
}

} // namespace

TEST_CASE("an items import killed at a random moment leaves all of its items or none")
{
    test::TestShop shop;
    const QString path = shop.path();
    shop.close();
    constexpr int kItems = 400, kSkus = 3;
    auto file = [&](int trial) {
        const QString f = QDir(shop.dir()).filePath(QStringLiteral("items%1.csv").arg(trial));
        test::writeFile(f, test::itemsCsv(QStringLiteral("K%1").arg(trial), kItems, kSkus));
        return f;
    };
    const int window = timed(path, { QStringLiteral("items"), QStringLiteral("import"), file(0) });
    int killed = 0;
    for (int trial = 1; trial <= trials(); ++trial) {
        CAPTURE(trial);
        killed += runAndKill(path, { QStringLiteral("items"), QStringLiteral("import"), file(trial) }, window).killed;
        checkSound(path);
        const qint64 items
            = number(path, QStringLiteral("SELECT count(*) FROM items WHERE code LIKE 'K%1-%'").arg(trial));
        const qint64 skus = number(path,
            QStringLiteral("SELECT count(*) FROM skus s JOIN items i ON i.id = s.item_id WHERE i.code LIKE 'K%1-%'")
                .arg(trial));
        CHECK((items == 0 || items == kItems));
        CHECK(skus == items * kSkus);
    }
    report("items import", killed, trials());
}

TEST_CASE("a receiving post killed at a random moment is booked whole or not at all")
{
    test::TestShop shop;
    const QString path = shop.path();
    shop.close();
    const QString items = QDir(shop.dir()).filePath(QStringLiteral("items.csv"));
    test::writeFile(items, test::itemsCsv(QStringLiteral("R"), 100, 2));
    REQUIRE(test::runCli(path, { QStringLiteral("items"), QStringLiteral("import"), items }).exitCode == 0);
    QStringList barcodes;
    {
        auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
        REQUIRE(db.ok());
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO suppliers (name) VALUES ('广州沙河服装批发')")));
        REQUIRE(q.exec(QStringLiteral("SELECT barcode FROM skus ORDER BY id")));
        while (q.next())
            barcodes << q.value(0).toString();
    }
    REQUIRE(barcodes.size() == 200);
    auto note = [&](int trial) {
        QByteArray csv = QString::fromUtf8("入库单号,供应商,条码,数量,单价,运费,已付\n").toUtf8();
        for (const QString &b : std::as_const(barcodes))
            csv += QStringLiteral("RK-%1,广州沙河服装批发,%2,3,45,10,0\n").arg(trial).arg(b).toUtf8();
        const QString f = QDir(shop.dir()).filePath(QStringLiteral("RK-%1.csv").arg(trial));
        test::writeFile(f, csv);
        return f;
    };
    const int window = timed(path, { QStringLiteral("receive"), note(0) });
    int killed = 0;
    for (int trial = 1; trial <= trials(); ++trial) {
        CAPTURE(trial);
        killed += runAndKill(path, { QStringLiteral("receive"), note(trial) }, window).killed;
        checkSound(path);
        const QString no = QStringLiteral("RK-%1").arg(trial);
        const qint64 notes
            = number(path, QStringLiteral("SELECT count(*) FROM receiving_notes WHERE note_no = '%1'").arg(no));
        const qint64 lines = number(path,
            QStringLiteral("SELECT count(*) FROM receiving_lines l JOIN receiving_notes n ON n.id = l.note_id "
                           "WHERE n.note_no = '%1'")
                .arg(no));
        const qint64 pieces = number(
            path, QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_moves WHERE reference = '%1'").arg(no));
        CHECK((notes == 0 || notes == 1));
        CHECK(lines == notes * 200);
        CHECK(pieces == notes * 600);
    }
    // The ledger is the stock: every SKU's on-hand is the sum of its moves, and nothing else booked.
    CHECK(number(path, QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_moves"))
        == 600 * number(path, QStringLiteral("SELECT count(*) FROM receiving_notes")));
    report("receiving post", killed, trials());
}

TEST_CASE("a scan stream killed at a random moment keeps every scan it acknowledged")
{
    test::TestShop shop;
    const QString path = shop.path();
    shop.close();
    const QString items = QDir(shop.dir()).filePath(QStringLiteral("items.csv"));
    test::writeFile(items, test::itemsCsv(QStringLiteral("S"), 10, 2));
    REQUIRE(test::runCli(path, { QStringLiteral("items"), QStringLiteral("import"), items }).exitCode == 0);
    REQUIRE(test::runCli(path, { QStringLiteral("stocktake"), QStringLiteral("start") }).exitCode == 0);
    const QString code = QString::number(number(path, QStringLiteral("SELECT barcode FROM skus ORDER BY id LIMIT 1")));
    QByteArray scans;
    for (int i = 0; i < 500; ++i)
        scans += code.toUtf8() + '\n';
    const int window = timed(path, { QStringLiteral("stocktake"), QStringLiteral("scan") }, scans);
    qint64 before = 500; // the uncut run's
    int killed = 0;
    for (int trial = 1; trial <= trials(); ++trial) {
        CAPTURE(trial);
        const Killed k = runAndKill(path, { QStringLiteral("stocktake"), QStringLiteral("scan") }, window, scans);
        killed += k.killed;
        const qint64 acks = k.out.count("\"counted\":"); // one compact JSON line per committed scan
        checkSound(path);
        const qint64 counted = number(path, QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stocktake_counts"));
        // Every acknowledged scan is there; at most the one in flight at the kill is there unacknowledged.
        CHECK(counted >= before + acks);
        CHECK(counted <= before + acks + (k.killed ? 1 : 0));
        if (!k.killed)
            CHECK(acks == 500);
        before = counted;
    }
    report("stock-take scan stream", killed, trials());
}

namespace {
int ordersPerImport()
{
    const int n = qEnvironmentVariableIntValue("SHOPDESK_CRASH_ORDERS");
    return n > 0 ? n : 3000;
}

} // namespace

TEST_CASE("an order import killed at a random moment leaves all of its orders or none")
{
    test::TestShop shop;
    const QString path = shop.path();
    shop.close();
    const QDir dir = QDir(shop.dir());
    const int n = ordersPerImport();
    auto files = [&](int trial) {
        const QStringList f = { dir.filePath(QStringLiteral("ExportOrderList%1.csv").arg(trial)),
            dir.filePath(QStringLiteral("ExportOrderDetailList%1.csv").arg(trial)) };
        test::writeOrderExport(f[0], f[1], 3000000000000000000LL + qint64(trial) * 1000000, n);
        return f;
    };
    const int window = timed(path, QStringList { QStringLiteral("orders"), QStringLiteral("import") } + files(0));
    int killed = 0;
    for (int trial = 1; trial <= trials(); ++trial) {
        CAPTURE(trial);
        killed += runAndKill(
            path, QStringList { QStringLiteral("orders"), QStringLiteral("import") } + files(trial), window)
                      .killed;
        checkSound(path);
        const QString range = QStringLiteral("order_no >= '%1' AND order_no < '%2'")
                                  .arg(3000000000000000000LL + qint64(trial) * 1000000)
                                  .arg(3000000000000000000LL + qint64(trial + 1) * 1000000);
        const qint64 orders = number(path, QStringLiteral("SELECT count(*) FROM orders WHERE ") + range);
        const qint64 lines = number(path,
            QStringLiteral("SELECT count(*) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.") + range);
        CHECK((orders == 0 || orders == n));
        CHECK(lines == orders);
    }
    report(QStringLiteral("order import (%1 orders)").arg(n).toUtf8().constData(), killed, trials());
}

TEST_CASE("a KPI import killed at a random moment leaves all of its days or none")
{
    test::TestShop shop;
    const QString path = shop.path();
    shop.close();
    constexpr int kDays = 1500;
    auto file = [&](int trial) {
        QByteArray csv = QString::fromUtf8("统计日期,浏览量,访客数,支付金额,支付买家数,支付件数,跳失率\n").toUtf8();
        const QDate first = QDate(1990, 1, 1).addDays(qint64(trial) * kDays);
        for (int d = 0; d < kDays; ++d)
            csv += QStringLiteral("%1,3100,1000,4256.00,38,45,45%\n")
                       .arg(first.addDays(d).toString(Qt::ISODate))
                       .toUtf8();
        const QString f = QDir(shop.dir()).filePath(QStringLiteral("kpi%1.csv").arg(trial));
        test::writeFile(f, csv);
        return f;
    };
    const int window = timed(path, { QStringLiteral("kpi"), QStringLiteral("import"), file(0) });
    int killed = 0;
    for (int trial = 1; trial <= trials(); ++trial) {
        CAPTURE(trial);
        killed += runAndKill(path, { QStringLiteral("kpi"), QStringLiteral("import"), file(trial) }, window).killed;
        checkSound(path);
        const QDate first = QDate(1990, 1, 1).addDays(qint64(trial) * kDays);
        const qint64 days = number(path,
            QStringLiteral("SELECT count(*) FROM kpi_daily WHERE day >= '%1' AND day < '%2'")
                .arg(first.toString(Qt::ISODate), first.addDays(kDays).toString(Qt::ISODate)));
        CHECK((days == 0 || days == kDays));
    }
    report("KPI import", killed, trials());
}

TEST_CASE("a stock-take post killed at a random moment books every adjustment or none")
{
    test::TestShop shop;
    const QString path = shop.path();
    shop.close();
    const QDir dir = QDir(shop.dir());
    test::writeFile(dir.filePath(QStringLiteral("items.csv")), test::itemsCsv(QStringLiteral("P"), 100, 2));
    REQUIRE(test::runCli(
                path, { QStringLiteral("items"), QStringLiteral("import"), dir.filePath(QStringLiteral("items.csv")) })
                .exitCode
        == 0);
    QStringList barcodes;
    {
        auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
        REQUIRE(db.ok());
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO suppliers (name) VALUES ('广州沙河服装批发')")));
        REQUIRE(q.exec(QStringLiteral("SELECT barcode FROM skus ORDER BY id")));
        while (q.next())
            barcodes << q.value(0).toString();
    }
    QByteArray scans;
    for (const QString &b : std::as_const(barcodes))
        scans += b.toUtf8() + '\n';
    // Each round: 3 pieces received per SKU, a count finding 1 of each, then the post (200 adjustments).
    auto prepare = [&](int round) {
        QByteArray csv = QString::fromUtf8("入库单号,供应商,条码,数量,单价,运费,已付\n").toUtf8();
        for (const QString &b : std::as_const(barcodes))
            csv += QStringLiteral("RK-P%1,广州沙河服装批发,%2,3,45,0,0\n").arg(round).arg(b).toUtf8();
        const QString note = dir.filePath(QStringLiteral("RK-P%1.csv").arg(round));
        test::writeFile(note, csv);
        REQUIRE(test::runCli(path, { QStringLiteral("receive"), note }).exitCode == 0);
        REQUIRE(test::runCli(path, { QStringLiteral("stocktake"), QStringLiteral("start") }).exitCode == 0);
        REQUIRE(test::runCli(path, { QStringLiteral("stocktake"), QStringLiteral("scan") }, scans).exitCode == 0);
    };
    auto onHand = [&](qint64 expected) {
        return number(path,
                   QStringLiteral("SELECT count(*) FROM skus s WHERE (SELECT coalesce(sum(m.quantity), 0) FROM "
                                  "stock_moves m WHERE m.sku_id = s.id) = %1")
                       .arg(expected))
            == barcodes.size();
    };
    prepare(0);
    const int window = timed(path, { QStringLiteral("stocktake"), QStringLiteral("post") });
    int killed = 0;
    for (int trial = 1; trial <= trials(); ++trial) {
        CAPTURE(trial);
        prepare(trial);
        REQUIRE(onHand(4));
        killed += runAndKill(path, { QStringLiteral("stocktake"), QStringLiteral("post") }, window).killed;
        checkSound(path);
        const qint64 open = number(path, QStringLiteral("SELECT count(*) FROM stocktakes WHERE status = 'open'"));
        // Posted: every SKU's ledger now says the 1 counted; not posted: still the 4 booked.
        CHECK(onHand(open == 0 ? 1 : 4));
        if (open)
            REQUIRE(test::runCli(path, { QStringLiteral("stocktake"), QStringLiteral("post") }).exitCode == 0);
        REQUIRE(onHand(1));
    }
    report("stock-take post (200 adjustments)", killed, trials());
}

TEST_CASE("a waybill batch killed at a random moment marks all of its orders printed or none")
{
    test::TestShop shop;
    const QString path = shop.path();
    shop.close();
    const QDir dir = QDir(shop.dir());
    REQUIRE(test::runCli(path,
                { QStringLiteral("tracking"), QStringLiteral("--range"), QStringLiteral("773000000001"),
                    QStringLiteral("773000999999"), QStringLiteral("--courier"), QStringLiteral("STO") })
                .exitCode
        == 0);
    // The SKU the orders are of: their lines match it, so every order of a batch can print.
    test::writeFile(dir.filePath(QStringLiteral("items.csv")), test::orderCatalogueCsv());
    REQUIRE(test::runCli(
                path, { QStringLiteral("items"), QStringLiteral("import"), dir.filePath(QStringLiteral("items.csv")) })
                .exitCode
        == 0);
    constexpr int kOrders = 300;
    // Each round: 300 new orders, each given a number from the range: the batch to print.
    auto prepare = [&](int round) {
        const QStringList f = { dir.filePath(QStringLiteral("o%1.csv").arg(round)),
            dir.filePath(QStringLiteral("l%1.csv").arg(round)) };
        test::writeOrderExport(f[0], f[1], 3100000000000000000LL + qint64(round) * 1000000, kOrders);
        REQUIRE(
            test::runCli(path, QStringList { QStringLiteral("orders"), QStringLiteral("import") } + f).exitCode == 0);
        const test::CliRun r = test::runCli(path,
            { QStringLiteral("tracking"), QStringLiteral("--assign"), QStringLiteral("--courier"),
                QStringLiteral("STO") });
        INFO(r.out.toStdString() << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    };
    const QString unprinted = QStringLiteral(
        "SELECT count(*) FROM orders o WHERE o.status = 'paid' AND NOT EXISTS (SELECT 1 FROM shipping_prints p "
        "WHERE p.order_id = o.id)");
    const QStringList batch = { QStringLiteral("waybills"), QStringLiteral("--unprinted"), QStringLiteral("--out"),
        dir.filePath(QStringLiteral("w.pdf")) };
    prepare(0);
    const int window = timed(path, batch);
    int killed = 0;
    for (int trial = 1; trial <= trials(); ++trial) {
        CAPTURE(trial);
        prepare(trial);
        REQUIRE(number(path, unprinted) == kOrders);
        killed += runAndKill(path, batch, window).killed;
        checkSound(path);
        const qint64 left = number(path, unprinted);
        CHECK((left == 0 || left == kOrders));
        if (left)
            REQUIRE(test::runCli(path, batch).exitCode == 0);
    }
    report("waybill batch (300 waybills, printed marks)", killed, trials());
}

TEST_CASE("a reply import killed at a random moment leaves all of its replies or none")
{
    test::TestShop shop;
    const QString path = shop.path();
    shop.close();
    constexpr int kReplies = 3000;
    auto file = [&](int trial) {
        QByteArray csv = QString::fromUtf8("分组,代码,标题,内容\n").toUtf8();
        for (int i = 0; i < kReplies; ++i)
            csv += QString::fromUtf8("presale,t%1r%2,欢迎语 %2,亲，欢迎光临{店铺}，有什么可以帮您的呢～\n")
                       .arg(trial)
                       .arg(i)
                       .toUtf8();
        const QString f = QDir(shop.dir()).filePath(QStringLiteral("replies%1.csv").arg(trial));
        test::writeFile(f, csv);
        return f;
    };
    const int window = timed(path, { QStringLiteral("replies"), QStringLiteral("import"), file(0) });
    int killed = 0;
    for (int trial = 1; trial <= trials(); ++trial) {
        CAPTURE(trial);
        killed += runAndKill(path, { QStringLiteral("replies"), QStringLiteral("import"), file(trial) }, window).killed;
        checkSound(path);
        const qint64 replies
            = number(path, QStringLiteral("SELECT count(*) FROM replies WHERE code LIKE 't%1r%'").arg(trial));
        CHECK((replies == 0 || replies == kReplies));
    }
    report("reply import", killed, trials());
}
