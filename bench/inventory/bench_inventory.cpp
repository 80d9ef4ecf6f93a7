// bench_inventory: how fast the stock-take commits scans on this machine.
//   build/bin/bench_inventory [--scans N]
// On the demo shop (535 SKUs, 90 days of ledger rows): a whole-store count is started, then N scans
// of random barcodes (every 50th unknown) are committed one transaction each, as the scan field and
// `shopdesk-cli stocktake scan` do. Printed: start (snapshot), scans per second with the shop's
// own synchronous=NORMAL, the same synced to disk at every commit (the scan field's setting), the live
// variance and posting.

#include <shopdesk/core/Database.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/demo/DemoShop.h>
#include <shopdesk/inventory/StocktakeRepository.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace shopdesk;

namespace {
double scanRun(const core::Database &db, qint64 take, const QStringList &codes, int scans, bool synced = false)
{
    inventory::StocktakeRepository repo(db);
    repo.setSyncEachScan(synced);
    QRandomGenerator rng(7);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < scans; ++i) {
        const QString code
            = i % 50 == 49 ? QStringLiteral("690000%1").arg(i) : codes[int(rng.bounded(int(codes.size())))];
        auto r = repo.scan(take, code, 1, QStringLiteral("bench"));
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.errorMessage()));
            std::exit(1);
        }
    }
    return scans / (double(t.nsecsElapsed()) / 1e9);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int scans = 20000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--scans")); i > 0 && i + 1 < args.size())
        scans = args.at(i + 1).toInt();

    QTemporaryDir dir;
    auto db = core::Database::open(dir.filePath(QStringLiteral("bench.shopdesk")));
    if (!db)
        return 1;
    demo::DemoOptions options;
    options.lastDay = QDate(2026, 11, 24);
    if (!demo::DemoShop::create(**db, options))
        return 1;
    auto stock = core::StockLedger(**db).stock();
    QStringList codes;
    for (const auto &r : *stock)
        codes << r.barcode;

    inventory::StocktakeRepository repo(**db);
    QElapsedTimer t;
    t.start();
    auto take = repo.start({}, QStringLiteral("bench"));
    if (!take)
        return 1;
    std::printf("start a whole-store count (%lld SKUs snapshotted): %.1f ms\n", qlonglong(codes.size()),
        t.nsecsElapsed() / 1e6);

    const double normal = scanRun(**db, *take, codes, scans);
    std::printf(
        "%d scans, one transaction each, synchronous=NORMAL (the shop's setting): %.0f scans/s\n", scans, normal);
    const double full = scanRun(**db, *take, codes, scans / 20, true);
    std::printf("%d scans, one transaction each, synced (setSyncEachScan, the scan field's setting): %.0f scans/s\n",
        scans / 20, full);

    t.restart();
    auto rows = repo.variance(*take);
    std::printf("live variance over %lld SKUs and %lld count rows: %.1f ms\n", qlonglong(rows->size()),
        qlonglong(repo.countRows(*take).value()), t.nsecsElapsed() / 1e6);
    const auto unknown = repo.unknownScans(*take);
    for (const auto &u : *unknown)
        if (auto d = repo.dismissUnknown(u.id, QStringLiteral("bench")); !d)
            std::fprintf(stderr, "%s\n", qPrintable(d.errorMessage()));
    t.restart();
    auto booked = repo.post(*take, QStringLiteral("bench"));
    if (!booked) {
        std::fprintf(stderr, "%s\n", qPrintable(booked.errorMessage()));
        return 1;
    }
    std::printf("post (%d adjustments in one transaction): %.1f ms\n", *booked, t.nsecsElapsed() / 1e6);
    return 0;
}
