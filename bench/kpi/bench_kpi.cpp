// bench_kpi: the month report (日报表 sums, orders by day, the 80/20 items, campaigns) over three
// years of daily rows and a million order lines.
//   build/bin/bench_kpi [--lines N] [--keep FILE]
// Generates the shop (bulk inserts, one transaction), then times buildMonthReport for a month in
// the middle: the first run and the median of 20.

#include <shopdesk/core/Database.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/core/Transaction.h>
#include <shopdesk/kpi/KpiReport.h>
#include <shopdesk/kpi/ProfitService.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace shopdesk;

namespace {
bool exec(QSqlQuery &q)
{
    if (!q.exec()) {
        std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 lines = 1000000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--lines")); i > 0 && i + 1 < args.size())
        lines = args.at(i + 1).toLongLong();
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("bench-kpi.shopdesk"));
    if (const qsizetype i = args.indexOf(QStringLiteral("--keep")); i > 0 && i + 1 < args.size())
        path = args.at(i + 1);

    auto db = core::Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    const QDate last(2026, 11, 24);
    const QDate first = last.addYears(-3).addDays(1);
    const int days = int(first.daysTo(last)) + 1;
    QRandomGenerator rng(8);
    QElapsedTimer t;
    t.start();
    {
        core::Transaction tx(**db);
        QSqlDatabase c = (*db)->connection();
        QSqlQuery q(c);
        // 46 items × 12 SKUs.
        q.prepare(
            QStringLiteral("INSERT INTO items (id, code, title, category, price_fen, cost_fen, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, '2023-01-01 00:00:00', '2023-01-01 00:00:00')"));
        for (int i = 1; i <= 46; ++i) {
            q.addBindValue(i);
            q.addBindValue(QStringLiteral("K%1").arg(i, 3, 10, QLatin1Char('0')));
            q.addBindValue(QStringLiteral("Item %1").arg(i));
            q.addBindValue(QStringLiteral("cat%1").arg(i % 5));
            q.addBindValue(5000 + 500 * i);
            q.addBindValue(2500 + 200 * i);
            if (!exec(q))
                return 1;
        }
        q.prepare(QStringLiteral("INSERT INTO skus (id, item_id, color, size, barcode) VALUES (?, ?, ?, ?, ?)"));
        for (int s = 1; s <= 46 * 12; ++s) {
            q.addBindValue(s);
            q.addBindValue((s - 1) / 12 + 1);
            q.addBindValue(QStringLiteral("c%1").arg(s % 3));
            q.addBindValue(QStringLiteral("s%1").arg(s % 4));
            q.addBindValue(QStringLiteral("69%1").arg(s, 11, 10, QLatin1Char('0')));
            if (!exec(q))
                return 1;
        }
        q.prepare(QStringLiteral(
            "INSERT INTO kpi_daily (day, pv, uv, sales_fen, units, paid_buyers, paid_uv, dsr, "
            "bounce_rate, refund_dispute_rate, good_rating_rate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (QDate d = first; d <= last; d = d.addDays(1)) {
            const int uv = 8000 + int(rng.bounded(4000));
            q.addBindValue(core::toDbDate(d));
            q.addBindValue(uv * 3);
            q.addBindValue(uv);
            q.addBindValue(qint64(uv) * 3 * 11200 / 100);
            q.addBindValue(uv * 4 / 100);
            q.addBindValue(uv * 3 / 100);
            q.addBindValue(uv / 4);
            q.addBindValue(4.8);
            q.addBindValue(0.45);
            q.addBindValue(0.01);
            q.addBindValue(0.99);
            if (!exec(q))
                return 1;
        }
        QSqlQuery o(c), l(c);
        o.prepare(QStringLiteral("INSERT INTO orders (id, order_no, buyer_id, status, total_fen, created_at, paid_at) "
                                 "VALUES (?, ?, NULL, ?, ?, ?, ?)"));
        l.prepare(QStringLiteral(
            "INSERT INTO order_lines (order_id, sku_id, title, quantity, price_fen) VALUES (?, ?, 'x', ?, ?)"));
        const qint64 orders = lines / 2;
        for (qint64 n = 1; n <= orders; ++n) {
            const QDate d = first.addDays(qint64(double(n - 1) / double(orders) * days));
            const QString at = core::toDbDate(d)
                + QStringLiteral(" %1:%2:00")
                      .arg(9 + n % 12, 2, 10, QLatin1Char('0'))
                      .arg(n % 60, 2, 10, QLatin1Char('0'));
            qint64 total = 0;
            const int sku1 = 1 + int(rng.bounded(46 * 12)), sku2 = 1 + int(rng.bounded(46 * 12));
            const int p1 = 5000 + 500 * ((sku1 - 1) / 12 + 1), p2 = 5000 + 500 * ((sku2 - 1) / 12 + 1);
            total = p1 + 2 * p2;
            o.addBindValue(n);
            o.addBindValue(QStringLiteral("B%1").arg(n));
            o.addBindValue(n % 20 == 0 ? core::codes::kOrderClosed : core::codes::kOrderFinished);
            o.addBindValue(total);
            o.addBindValue(at);
            o.addBindValue(at);
            if (!exec(o))
                return 1;
            for (auto [sku, qty, price] : { std::tuple { sku1, 1, p1 }, std::tuple { sku2, 2, p2 } }) {
                l.addBindValue(n);
                l.addBindValue(sku);
                l.addBindValue(qty);
                l.addBindValue(price);
                if (!exec(l))
                    return 1;
            }
        }
        if (core::Status s = tx.commit(); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.errorMessage()));
            return 1;
        }
    }
    std::printf("generated %d days of daily rows, %lld orders, %lld order lines: %lld ms\n", days, lines / 2,
        (lines / 2) * 2, t.elapsed());

    // A month in the middle of the three years.
    const int year = 2025, month = 6;
    // Wall time, and the process's CPU time (what the report costs when the machine is not shared).
    QList<double> runs, cpu;
    for (int i = 0; i < 21; ++i) {
        const std::clock_t c0 = std::clock();
        t.restart();
        auto r = kpi::buildMonthReport(**db, year, month);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        const double cpuMs = double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC;
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.errorMessage()));
            return 1;
        }
        if (i == 0)
            std::printf(
                "month report %04d-%02d, first run: %.2f ms (%d days, %lld paid orders, %lld units, %lld items)\n",
                year, month, ms, r->totals.days, r->orderTotals.orders, r->orderTotals.units,
                qint64(r->items.rows.size()));
        else {
            runs << ms;
            cpu << cpuMs;
        }
    }
    std::sort(runs.begin(), runs.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("month report, median of %lld runs: %.2f ms wall (min %.2f, max %.2f), %.2f ms CPU\n",
        qint64(runs.size()), runs.at(runs.size() / 2), runs.first(), runs.last(), cpu.at(cpu.size() / 2));
    kpi::KpiRepository repo(**db);
    const QDate from(year, month, 1), to = from.addMonths(1).addDays(-1);
    auto part = [&](const char *name, auto fn) {
        QList<double> ms;
        for (int i = 0; i < 11; ++i) {
            t.restart();
            fn();
            ms << double(t.nsecsElapsed()) / 1e6;
        }
        std::sort(ms.begin(), ms.end());
        std::printf("  %-28s %.2f ms\n", name, ms.at(ms.size() / 2));
    };
    part("daily rows (range)", [&] { (void)repo.range(from, to); });
    part("sums (totals)", [&] { (void)repo.totals(from, to); });
    part("orders by day", [&] { (void)repo.ordersByDay(from, to); });
    part("item sales (80/20)", [&] { (void)core::OrderRepository(**db).itemSales(from, to); });
    part("campaign totals", [&] { (void)repo.campaignTotals(from, to); });
    part("measured margin (profit)", [&] { (void)kpi::ProfitService(**db).measuredMargin(from, to); });
    return 0;
}
