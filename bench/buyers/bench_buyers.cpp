// bench_buyers: the buyer list (买家) with every buyer's spend, orders, first and last order and
// returns, and the member tiers (会员), over 200,000 buyers and 1,000,000 order lines.
//   build/bin/bench_buyers [--buyers N] [--lines N] [--keep FILE] [--runs N]
// Generates the shop inside SQLite (recursive CTEs, one transaction) and fills the buyer summary
// (as shop format 19's migration does), then times what the buyers view does when it opens: the
// count and tiers from one aggregate over the summary (BuyersService::tierTotals, which first
// checks the summary is up to date) and the table model reading its first window of 200 rows.
// Then a scroll step, a sort, a search and the segments, and the whole list (the CLI's).

#include "BuyerTableModel.h"

#include <shopdesk/buyers/BuyersService.h>
#include <shopdesk/core/BuyerSummaryRepository.h>
#include <shopdesk/core/Database.h>
#include <shopdesk/core/Members.h>
#include <shopdesk/core/Transaction.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace shopdesk;

namespace {
qint64 cpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

bool run(QSqlDatabase c, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(c);
    if (!q.prepare(sql)) {
        std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
        return false;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

bool generate(const core::Database &db, qint64 buyers, qint64 lines)
{
    const qint64 orders = lines * 2 / 5; // 2.5 lines an order
    core::Transaction tx(db);
    QSqlDatabase c = db.connection();
    const QString now = QStringLiteral("2026-11-24 12:00:00");
    bool ok
        = run(c,
              QStringLiteral("INSERT INTO items (id, code, title, category, price_fen, cost_fen, created_at, "
                             "updated_at) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 46) "
                             "SELECT i, 'K' || i, 'Item ' || i, 'cat' || (i % 5), 5000 + 500 * i, 2500 + 200 * i, "
                             "?, ? FROM n"),
              { now, now })
        && run(c,
            QStringLiteral("INSERT INTO skus (id, item_id, color, size, barcode) WITH RECURSIVE n(i) AS (SELECT 1 "
                           "UNION ALL SELECT i + 1 FROM n WHERE i < 552) SELECT i, 1 + (i - 1) / 12, 'c' || (i % 4), "
                           "'s' || (i % 3), '2' || printf('%012d', i) FROM n"))
        && run(c,
            QStringLiteral("INSERT INTO buyers (id, nick, name, phone, created_at, loyal) WITH RECURSIVE n(i) AS "
                           "(SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) SELECT i, 'buyer' || i, '顾客' || i, "
                           "'138' || printf('%08d', i), ?, CASE WHEN i % 97 = 0 THEN 1 ELSE 0 END FROM n"),
            { buyers, now })
        // Orders over two years; a buyer by a skewed draw (some buy often, most once or twice).
        && run(c,
            QStringLiteral(
                "INSERT INTO orders (id, order_no, buyer_id, status, total_fen, created_at, paid_at, "
                "shipped_at, flag) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                "SELECT i, 'B' || i, 1 + ((i * 7919 + (i / 3) * (i / 3)) % ?), "
                "CASE WHEN i % 31 = 0 THEN 'closed' WHEN i % 17 = 0 THEN 'paid' ELSE 'finished' END, "
                "3000 + (i * 4271) % 57000, d || ' 10:00:00', d || ' 10:02:00', "
                "CASE WHEN i % 17 = 0 THEN NULL ELSE d || ' 16:00:00' END, "
                "CASE WHEN i % 53 = 0 THEN 'purple' ELSE '' END "
                "FROM (SELECT i, date('2024-11-25', '+' || ((i * 730) / ?) || ' days') AS d FROM n)"),
            { orders, buyers, orders })
        && run(c,
            QStringLiteral("INSERT INTO order_lines (order_id, sku_id, quantity, price_fen) WITH RECURSIVE n(i) AS "
                           "(SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) SELECT 1 + (i - 1) % ?, "
                           "1 + (i * 131) % 552, 1 + i % 2, 3000 + (i * 37) % 20000 FROM n"),
            { lines, orders })
        && run(c,
            QStringLiteral(
                "INSERT INTO stock_moves (sku_id, kind, quantity, reference, moved_at) WITH RECURSIVE n(i) "
                "AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) SELECT 1 + i % 552, 'return', 1, "
                "'B' || (i * 97), ? FROM n"),
            { now });
    if (!ok)
        return false;
    if (!tx.commit())
        return false;
    return run(c, QStringLiteral("ANALYZE"));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char *name, qint64 fallback) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i > 0 && i + 1 < args.size() ? args.at(i + 1).toLongLong() : fallback;
    };
    const qint64 buyers = option("--buyers", 200000);
    const qint64 lines = option("--lines", 1000000);
    const int runs = int(option("--runs", 10));
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("bench-buyers.shopdesk"));
    if (const qsizetype i = args.indexOf(QStringLiteral("--keep")); i > 0 && i + 1 < args.size())
        path = args.at(i + 1);
    const bool existed = QFile::exists(path);
    QElapsedTimer t;
    t.start();
    auto db = core::Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    if (existed) // a kept shop of an older format is brought up to date here (the summary filled)
        std::printf("opened %s: %lld ms\n", qPrintable(path), t.elapsed());
    t.restart();
    if (!existed) {
        if (!generate(**db, buyers, lines))
            return 1;
        std::printf("generated %lld buyers, %lld order lines: %lld ms\n", buyers, lines, t.elapsed());
        t.restart();
        if (core::Status s = core::BuyerSummaryRepository(**db).rebuild(); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.errorMessage()));
            return 1;
        }
        std::printf("buyer summary filled (as the migration does): %lld ms\n", t.elapsed());
    }
    QSqlQuery count((*db)->connection());
    count.exec(QStringLiteral("SELECT (SELECT count(*) FROM buyers), (SELECT count(*) FROM orders), "
                              "(SELECT count(*) FROM order_lines)"));
    count.next();
    std::printf("shop: %lld buyers, %lld orders, %lld order lines\n", count.value(0).toLongLong(),
        count.value(1).toLongLong(), count.value(2).toLongLong());

    const buyers::BuyersService service(**db);
    buyers::BuyerTableModel model;
    QList<qint64> walls, cpus;
    qint64 shown = 0;
    QList<buyers::TierCount> tiers;
    for (int r = 0; r < runs; ++r) {
        t.restart();
        const qint64 c0 = cpuMs();
        auto counts = service.tierTotals({});
        if (!counts) {
            std::fprintf(stderr, "%s\n", qPrintable(counts.errorMessage()));
            return 1;
        }
        tiers = *counts;
        shown = 0;
        for (const buyers::TierCount &c : tiers)
            shown += c.buyers;
        model.setFilter(service, {}, shown, service.thresholds());
        if (model.rowCount() == 0 && shown > 0) {
            std::fprintf(stderr, "no rows: %s\n", qPrintable(model.lastError()));
            return 1;
        }
        walls << t.elapsed();
        cpus << cpuMs() - c0;
    }
    const qint64 first = walls.first();
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    std::printf("buyer list and tiers, %lld buyers: first %lld ms, median of %d runs: %lld ms wall, %lld ms CPU\n",
        shown, first, runs, walls.at(walls.size() / 2), cpus.at(cpus.size() / 2));
    for (const buyers::TierCount &c : tiers)
        std::printf("  %s: %lld buyers, %lld fen\n", qPrintable(core::Members::code(c.tier)), c.buyers, c.spendFen);
    std::printf("  first row: %s ¥%s; rows held %d\n", qPrintable(model.index(0, 0).data().toString()),
        qPrintable(model.index(0, buyers::BuyerTableModel::Spend).data(Qt::UserRole).toString()), model.rowCount());

    auto median = [&](const char *label, int times, const std::function<qint64()> &step) {
        QList<qint64> w, c;
        qint64 n = 0;
        for (int r = 0; r < times; ++r) {
            t.restart();
            const qint64 c0 = cpuMs();
            n = step();
            w << t.elapsed();
            c << cpuMs() - c0;
        }
        std::sort(w.begin(), w.end());
        std::sort(c.begin(), c.end());
        std::printf("%s: %lld, median of %d: %lld ms wall, %lld ms CPU\n", label, n, times, w.at(w.size() / 2),
            c.at(c.size() / 2));
    };
    // Scrolling: the next window after the rows held, 50 steps deep.
    median("scroll a window (rows held after 50 steps)", 1, [&] {
        for (int i = 0; i < 50 && model.canFetchMore(); ++i)
            model.fetchMore();
        return qint64(model.rowCount());
    });
    median("  one scroll step (rows held)", std::max(3, runs), [&] {
        model.fetchMore();
        return qint64(model.rowCount());
    });
    median("sort by last order, newest first (first window)", std::max(3, runs / 2), [&] {
        model.sort(buyers::BuyerTableModel::LastOrder, Qt::DescendingOrder);
        model.sort(buyers::BuyerTableModel::Spend, Qt::DescendingOrder);
        return qint64(model.rowCount());
    });

    // A search and the segments, as the view opens them: the aggregate and the first window.
    const QDate today(2026, 11, 24);
    for (const auto &[label, filter] :
        { std::pair { "search \"1380001\"", buyers::BuyerFilter { QStringLiteral("1380001"), {}, {} } },
            std::pair { "segment category cat2",
                buyers::BuyerFilter {
                    {}, {}, { buyers::Segment::Kind::Category, QStringLiteral("cat2"), {}, 0, {} } } },
            std::pair { "segment tier gift",
                buyers::BuyerFilter { {}, {}, { buyers::Segment::Kind::Tier, {}, core::MemberTier::Gift, 0, {} } } },
            std::pair { "segment not bought for 90 days",
                buyers::BuyerFilter { {}, {}, { buyers::Segment::Kind::Inactive, {}, {}, 90, today } } } }) {
        median(label, std::max(3, runs / 3), [&, filter = filter] {
            auto counts = service.tierTotals(filter);
            qint64 n = 0;
            for (const buyers::TierCount &c : counts ? *counts : QList<buyers::TierCount>())
                n += c.buyers;
            model.setFilter(service, filter, n, service.thresholds());
            return n;
        });
    }
    median("the whole list, every buyer (buyers list / export)", 3, [&] {
        auto rows = service.list({});
        return rows ? qint64(rows->size()) : -1;
    });
    t.restart();
    auto months = service.repeatByMonth(QDate(2025, 12, 1), QDate(2026, 11, 1));
    std::printf("repeat buyers, 12 months: %lld ms (November: %lld of %lld buyers)\n", t.elapsed(),
        months && !months->isEmpty() ? months->last().repeatBuyers : -1LL,
        months && !months->isEmpty() ? months->last().buyers : -1LL);
    return 0;
}
