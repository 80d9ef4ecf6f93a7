// shopdesk-cli killed with SIGKILL at a random moment of a write, again and again: afterwards the
// shop passes integrity_check, each batch is wholly there or wholly absent, and every scan that
// was acknowledged is in the count. A few trials per job here (SHOPDESK_CRASH_TRIALS sets more:
// tests/reliability/crash_trials.sh runs 20 per job and prints the figures).

#include "Processes.h"
#include "TestShop.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <iostream>

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

/// Starts the run, kills it with SIGKILL after a random part of `window` ms (or lets it finish
/// when it is quicker), and gives whether it was killed and its standard output so far.
struct Killed {
    bool killed = false;
    QByteArray out;
};
Killed runAndKill(const QString &shop, const QStringList &args, int windowMs, const QByteArray &input = {})
{
    QProcess p;
    test::startCli(p, shop, args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    const int after = int(random().bounded(quint32(std::max(1, windowMs))));
    Killed k;
    if (!p.waitForFinished(after)) {
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
        const QString f = QFileInfo(path).dir().filePath(QStringLiteral("items%1.csv").arg(trial));
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
    const QString items = QFileInfo(path).dir().filePath(QStringLiteral("items.csv"));
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
        const QString f = QFileInfo(path).dir().filePath(QStringLiteral("RK-%1.csv").arg(trial));
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
    const QString items = QFileInfo(path).dir().filePath(QStringLiteral("items.csv"));
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
