// bench_bigshop: writes the big shop bench/run measures the GUI on, from the demo generator scaled up.
//   build/bin/bench_bigshop OUT.shopdesk [--orders N] [--items N] [--days N]
// Defaults: 300,000 orders over 365 days ending 2026-11-24, 10,000 items (the demo's 46 repeated
// as numbered styles), weekly restocks; the same arguments always give the same shop. Prints what
// the shop holds (orders, lines, ledger rows, items) and how long the build took.

#include <shopdesk/core/Database.h>
#include <shopdesk/demo/DemoShop.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

#include <cstdio>

using namespace shopdesk;

namespace {

qint64 count(const core::Database &db, const char *table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.at(1).startsWith(QLatin1Char('-'))) {
        std::fprintf(stderr, "usage: bench_bigshop OUT.shopdesk [--orders N] [--items N] [--days N]\n");
        return 2;
    }
    auto option = [&](const char *name, int fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i > 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const QString path = args.at(1);
    demo::DemoOptions options;
    options.lastDay = QDate(2026, 11, 24);
    options.days = std::max(1, option("--days", 365));
    options.items = option("--items", 10000);
    options.ordersPerDay = std::max(1, option("--orders", 300000) / options.days);
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
    QElapsedTimer t;
    t.start();
    auto db = core::Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    auto made = demo::DemoShop::create(**db, options);
    if (!made) {
        std::fprintf(stderr, "%s\n", qPrintable(made.errorMessage()));
        return 1;
    }
    std::printf("big shop %s: %lld orders, %lld lines, %lld ledger rows, %lld items, %lld SKUs, %lld buyers: %lld ms\n",
        qPrintable(path), count(**db, "orders"), count(**db, "order_lines"), count(**db, "stock_moves"),
        count(**db, "items"), count(**db, "skus"), count(**db, "buyers"), t.elapsed());
    return 0;
}
