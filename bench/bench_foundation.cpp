// bench_foundation: how long the shop file's basic operations take on this machine.
//   build/bin/bench_foundation [--moves N]
// Prints: demo shop creation, opening a shop, booking N single ledger movements (each its own
// transaction), summing on-hand for every SKU, and a backup.

#include <shopdesk/core/Database.h>
#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/demo/DemoShop.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace shopdesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int moves = 2000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--moves")); i > 0 && i + 1 < args.size())
        moves = args.at(i + 1).toInt();

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.shopdesk"));
    QElapsedTimer t;

    t.start();
    auto db = core::Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    demo::DemoOptions options;
    options.lastDay = QDate(2026, 11, 24);
    auto made = demo::DemoShop::create(**db, options);
    if (!made) {
        std::fprintf(stderr, "%s\n", qPrintable(made.errorMessage()));
        return 1;
    }
    std::printf(
        "demo shop (%d items, %d SKUs, %d orders): %lld ms\n", made->items, made->skus, made->orders, t.elapsed());
    db->reset();

    t.restart();
    db = core::Database::open(path, core::Database::Mode::OpenExisting);
    std::printf("open existing shop: %.2f ms\n", double(t.nsecsElapsed()) / 1e6);

    auto stock = core::StockLedger(**db).stock();
    core::StockLedger ledger(**db);
    t.restart();
    for (int i = 0; i < moves; ++i) {
        core::StockMove m;
        m.skuId = stock->at(i % stock->size()).skuId;
        m.kind = core::codes::kMoveCorrection;
        m.quantity = 1;
        m.actor = QStringLiteral("bench");
        if (!ledger.book(m)) {
            std::fprintf(stderr, "booking failed\n");
            return 1;
        }
    }
    const double ms = double(t.nsecsElapsed()) / 1e6;
    std::printf(
        "%d ledger movements, one transaction each: %.1f ms (%.0f per second)\n", moves, ms, moves / (ms / 1000.0));

    t.restart();
    auto onHand = ledger.onHandBySku();
    std::printf(
        "on-hand for %lld SKUs from the ledger: %.2f ms\n", qlonglong(onHand->size()), double(t.nsecsElapsed()) / 1e6);

    t.restart();
    if (!(*db)->backupTo(dir.filePath(QStringLiteral("copy.shopdesk"))))
        return 1;
    std::printf("backup: %.1f ms\n", double(t.nsecsElapsed()) / 1e6);
    return 0;
}
