// Several shopdesk-cli processes writing one shop file at once, as two PCs or a PC and a scanner
// would: every run succeeds, no "database is locked" or other error reaches the user, and the
// totals are exact.

#include "Processes.h"
#include "TestShop.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QList>
#include <QSqlQuery>

#include <iostream>
#include <memory>

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace shopdesk;

TEST_CASE("two processes importing different items at once both succeed, with every item and barcode")
{
    test::TestShop shop;
    const QString path = shop.path();
    shop.close();
    constexpr int kRounds = 5;
    constexpr int kItems = 100;
    constexpr int kSkus = 3;
    for (int round = 0; round < kRounds; ++round) {
        CAPTURE(round);
        QList<std::shared_ptr<QProcess>> runs;
        for (const QString &prefix : { QStringLiteral("A"), QStringLiteral("B") }) {
            const QString file = QDir(shop.dir()).filePath(QStringLiteral("%1%2.csv").arg(prefix).arg(round));
            test::writeFile(file, test::itemsCsv(QStringLiteral("%1%2").arg(prefix).arg(round), kItems, kSkus));
            runs << std::make_shared<QProcess>();
            test::startCli(*runs.last(), path, { QStringLiteral("items"), QStringLiteral("import"), file });
        }
        for (const auto &p : runs) {
            const test::CliRun r = test::finish(*p);
            INFO(r.out.toStdString() << r.err.toStdString());
            CHECK(r.exitCode == 0);
            CHECK(r.err.isEmpty());
        }
    }
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK(test::scalar(**db, QStringLiteral("SELECT count(*) FROM items")).toInt() == 2 * kRounds * kItems);
    CHECK(test::scalar(**db, QStringLiteral("SELECT count(*) FROM skus")).toInt() == 2 * kRounds * kItems * kSkus);
    CHECK(test::scalar(**db, QStringLiteral("SELECT count(DISTINCT barcode) FROM skus")).toInt()
        == 2 * kRounds * kItems * kSkus);
    auto problems = (*db)->integrityCheck();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

namespace {
int scansPerStream()
{
    const int n = qEnvironmentVariableIntValue("SHOPDESK_CONCURRENT_SCANS");
    return n > 0 ? n : 1000;
}
} // namespace

TEST_CASE("2 and 4 processes at once: scan streams, an items import and a backup, exact totals and no error")
{
    const int processes = GENERATE(2, 4);
    CAPTURE(processes);
    test::TestShop shop;
    const QString path = shop.path();
    shop.close();
    const QDir dir = QDir(shop.dir());
    test::writeFile(dir.filePath(QStringLiteral("base.csv")), test::itemsCsv(QStringLiteral("S"), 2, 1));
    REQUIRE(test::runCli(
                path, { QStringLiteral("items"), QStringLiteral("import"), dir.filePath(QStringLiteral("base.csv")) })
                .exitCode
        == 0);
    REQUIRE(test::runCli(path, { QStringLiteral("stocktake"), QStringLiteral("start") }).exitCode == 0);
    QStringList codes;
    {
        auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
        REQUIRE(db.ok());
        codes << test::scalar(**db, QStringLiteral("SELECT barcode FROM skus ORDER BY id LIMIT 1")).toString()
              << test::scalar(**db, QStringLiteral("SELECT barcode FROM skus ORDER BY id LIMIT 1 OFFSET 1")).toString();
    }
    const int n = scansPerStream();
    test::writeFile(dir.filePath(QStringLiteral("more.csv")), test::itemsCsv(QStringLiteral("M"), 300, 3));

    QElapsedTimer clock;
    clock.start();
    QList<std::shared_ptr<QProcess>> runs;
    auto start = [&](const QStringList &args, const QByteArray &input = {}) {
        runs << std::make_shared<QProcess>();
        test::startCli(*runs.last(), path, args);
        if (!input.isEmpty())
            runs.last()->write(input);
        runs.last()->closeWriteChannel();
    };
    auto stream = [&](const QString &code) {
        QByteArray lines;
        for (int i = 0; i < n; ++i)
            lines += code.toUtf8() + '\n';
        return lines;
    };
    start({ QStringLiteral("stocktake"), QStringLiteral("scan") }, stream(codes[0]));
    start({ QStringLiteral("items"), QStringLiteral("import"), dir.filePath(QStringLiteral("more.csv")) });
    if (processes == 4) {
        start({ QStringLiteral("stocktake"), QStringLiteral("scan") }, stream(codes[1]));
        // A backup copies a shop file; a server shop is backed up by the server (pg_dump): there the
        // fourth program reads the whole shop instead (shopdesk-cli check).
        if (test::onServer())
            start({ QStringLiteral("check") });
        else
            start({ QStringLiteral("backup"), dir.filePath(QStringLiteral("during.shopdesk")) });
    }
    for (const auto &p : runs) {
        const test::CliRun r = test::finish(*p);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.err.isEmpty());
    }
    const qint64 operations = qint64(n) * (processes == 4 ? 2 : 1) + 1 + (processes == 4 ? 1 : 0);
    std::cout << "concurrency: " << processes << " processes, " << operations << " operations (scans, an items import"
              << (processes == 4 ? ", a backup" : "") << ") in " << clock.elapsed() << " ms, no error shown"
              << std::endl;

    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    for (int i = 0; i < (processes == 4 ? 2 : 1); ++i)
        CHECK(test::scalar(**db,
                  QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stocktake_counts WHERE sku_id = (SELECT id "
                                 "FROM skus WHERE barcode = '%1')")
                      .arg(codes[i]))
                  .toInt()
            == n);
    CHECK(test::scalar(**db, QStringLiteral("SELECT count(*) FROM items")).toInt() == 302);
    CHECK(test::scalar(**db, QStringLiteral("SELECT count(DISTINCT barcode) FROM skus")).toInt() == 902);
    auto problems = (*db)->integrityCheck();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
    if (processes == 4 && !test::onServer()) {
        auto backup
            = core::Database::open(dir.filePath(QStringLiteral("during.shopdesk")), core::Database::Mode::OpenExisting);
        REQUIRE(backup.ok());
        auto sound = (*backup)->integrityCheck();
        REQUIRE(sound.ok());
        CHECK(sound->isEmpty());
    }
}

TEST_CASE("4 processes at once: orders shipped one by one, a KPI import, a reply import and a scan stream")
{
    test::TestShop shop;
    const QString path = shop.path();
    shop.close();
    const QDir dir = QDir(shop.dir());
    // One SKU in stock for the orders, one to scan.
    test::writeFile(dir.filePath(QStringLiteral("base.csv")), test::itemsCsv(QStringLiteral("S"), 2, 1));
    REQUIRE(test::runCli(
                path, { QStringLiteral("items"), QStringLiteral("import"), dir.filePath(QStringLiteral("base.csv")) })
                .exitCode
        == 0);
    QStringList codes;
    {
        auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
        REQUIRE(db.ok());
        codes << test::scalar(**db, QStringLiteral("SELECT barcode FROM skus ORDER BY id LIMIT 1")).toString()
              << test::scalar(**db, QStringLiteral("SELECT barcode FROM skus ORDER BY id LIMIT 1 OFFSET 1")).toString();
        QSqlQuery q((*db)->connection());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO suppliers (name) VALUES ('广州沙河服装批发')")));
    }
    constexpr int kOrders = 200;
    test::writeFile(dir.filePath(QStringLiteral("RK-1.csv")),
        QString::fromUtf8("入库单号,供应商,条码,数量,单价,运费,已付\nRK-1,广州沙河服装批发,%1,%2,45,10,0\n")
            .arg(codes[0])
            .arg(kOrders)
            .toUtf8());
    REQUIRE(test::runCli(path, { QStringLiteral("receive"), dir.filePath(QStringLiteral("RK-1.csv")) }).exitCode == 0);
    const QStringList exportFiles
        = { dir.filePath(QStringLiteral("orders.csv")), dir.filePath(QStringLiteral("lines.csv")) };
    constexpr qint64 kFirstOrder = 3200000000000000000LL;
    test::writeOrderExport(exportFiles[0], exportFiles[1], kFirstOrder, kOrders, codes[0]);
    REQUIRE(
        test::runCli(path, QStringList { QStringLiteral("orders"), QStringLiteral("import") } + exportFiles).exitCode
        == 0);
    REQUIRE(test::runCli(path, { QStringLiteral("stocktake"), QStringLiteral("start") }).exitCode == 0);

    constexpr int kDays = 1000;
    QByteArray kpi = QString::fromUtf8("统计日期,浏览量,访客数,支付金额,支付买家数,支付件数,跳失率\n").toUtf8();
    for (int d = 0; d < kDays; ++d)
        kpi += QStringLiteral("%1,3100,1000,4256.00,38,45,45%\n")
                   .arg(QDate(2020, 1, 1).addDays(d).toString(Qt::ISODate))
                   .toUtf8();
    test::writeFile(dir.filePath(QStringLiteral("kpi.csv")), kpi);
    constexpr int kReplies = 2000;
    QByteArray replies = QString::fromUtf8("分组,代码,标题,内容\n").toUtf8();
    for (int i = 0; i < kReplies; ++i)
        replies
            += QString::fromUtf8("presale,c%1,欢迎语 %1,亲，欢迎光临{店铺}，有什么可以帮您的呢～\n").arg(i).toUtf8();
    test::writeFile(dir.filePath(QStringLiteral("replies.csv")), replies);
    const int scans = scansPerStream();

    QList<std::shared_ptr<QProcess>> runs;
    auto start = [&](const QStringList &args, const QByteArray &input = {}) {
        runs << std::make_shared<QProcess>();
        test::startCli(*runs.last(), path, args);
        if (!input.isEmpty())
            runs.last()->write(input);
        runs.last()->closeWriteChannel();
    };
    QByteArray stream;
    for (int i = 0; i < scans; ++i)
        stream += codes[1].toUtf8() + '\n';
    start({ QStringLiteral("stocktake"), QStringLiteral("scan") }, stream);
    start({ QStringLiteral("kpi"), QStringLiteral("import"), dir.filePath(QStringLiteral("kpi.csv")) });
    start({ QStringLiteral("replies"), QStringLiteral("import"), dir.filePath(QStringLiteral("replies.csv")) });
    // The packing station: each order shipped by its own process, one after the other, while the
    // other three write.
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < kOrders; ++i) {
        CAPTURE(i);
        const test::CliRun r = test::runCli(path,
            { QStringLiteral("ship"), QString::number(kFirstOrder + i), QStringLiteral("--tracking"),
                QStringLiteral("SF%1").arg(100000000000LL + i), QStringLiteral("--courier"), QStringLiteral("SF") });
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        REQUIRE(r.err.isEmpty());
    }
    for (const auto &p : runs) {
        const test::CliRun r = test::finish(*p);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.err.isEmpty());
    }
    std::cout << "concurrency: 4 processes, " << kOrders + scans + 2
              << " operations (orders shipped one by one, scans, a KPI import, a reply import) in " << clock.elapsed()
              << " ms, no error shown" << std::endl;

    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    REQUIRE(db.ok());
    CHECK(
        test::scalar(**db, QStringLiteral("SELECT count(*) FROM orders WHERE status = 'shipped'")).toInt() == kOrders);
    CHECK(test::scalar(
              **db, QStringLiteral("SELECT count(DISTINCT tracking_no) FROM orders WHERE tracking_no LIKE 'SF%'"))
              .toInt()
        == kOrders);
    CHECK(test::scalar(**db,
              QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_moves WHERE sku_id = (SELECT id FROM skus "
                             "WHERE barcode = '%1')")
                  .arg(codes[0]))
              .toInt()
        == 0);
    CHECK(test::scalar(**db,
              QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stocktake_counts WHERE sku_id = (SELECT id "
                             "FROM skus WHERE barcode = '%1')")
                  .arg(codes[1]))
              .toInt()
        == scans);
    CHECK(test::scalar(**db, QStringLiteral("SELECT count(*) FROM kpi_daily")).toInt() == kDays);
    CHECK(test::scalar(**db, QStringLiteral("SELECT count(*) FROM replies WHERE code LIKE 'c%'")).toInt() == kReplies);
    auto problems = (*db)->integrityCheck();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}
