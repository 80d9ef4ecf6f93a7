// bench_profit: the month's profit report (毛利 / 利润, with the month before and the stock value at
// cost) and the period stock report (进销存报表) for a year of ledger rows, over three years of
// orders: 300,000 order lines (100,000 a year: the seeds' busiest target of 200 orders a day is
// about 110,000 lines a year), a shipment booked out per line, a receipt of every SKU each month at
// a changing cost (the cost history), an estimated freight per order.
//   build/bin/bench_profit [--lines N] [--keep FILE]
// Generates the shop (one transaction), then times each report: the first run and the median of 11.

#include <shopdesk/core/Database.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/core/StockOnHandRepository.h>
#include <shopdesk/core/Transaction.h>
#include <shopdesk/inventory/StockReport.h>
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
#include <functional>

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

/// Runs `fn` 12 times: prints the first run and the median of the other 11 (wall and CPU).
bool time(const char *name, const std::function<bool(QString *detail)> &fn)
{
    QList<double> wall, cpu;
    QString detail;
    for (int i = 0; i < 12; ++i) {
        QElapsedTimer t;
        const std::clock_t c0 = std::clock();
        t.start();
        if (!fn(&detail))
            return false;
        const double ms = double(t.nsecsElapsed()) / 1e6;
        const double cpuMs = double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC;
        if (i == 0) {
            std::printf("%s, first run: %.2f ms (%s)\n", name, ms, qPrintable(detail));
            continue;
        }
        wall << ms;
        cpu << cpuMs;
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("%s, median of %lld runs: %.2f ms wall (min %.2f, max %.2f), %.2f ms CPU\n", name, qint64(wall.size()),
        wall.at(wall.size() / 2), wall.first(), wall.last(), cpu.at(cpu.size() / 2));
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    qint64 lines = 300000;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--lines")); i > 0 && i + 1 < args.size())
        lines = args.at(i + 1).toLongLong();
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("bench-profit.shopdesk"));
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
    const int skus = 46 * 12;
    QRandomGenerator rng(9);
    QElapsedTimer t;
    t.start();
    qint64 moves = 0, costRows = 0;
    {
        core::Transaction tx(**db);
        QSqlDatabase c = (*db)->connection();
        QSqlQuery q(c);
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
        for (int s = 1; s <= skus; ++s) {
            q.addBindValue(s);
            q.addBindValue((s - 1) / 12 + 1);
            q.addBindValue(QStringLiteral("c%1").arg(s % 3));
            q.addBindValue(QStringLiteral("s%1").arg(s % 4));
            q.addBindValue(QStringLiteral("69%1").arg(s, 11, 10, QLatin1Char('0')));
            if (!exec(q))
                return 1;
        }
        QSqlQuery m(c), h(c);
        m.prepare(QStringLiteral(
            "INSERT INTO stock_moves (sku_id, kind, quantity, reference, moved_at) VALUES (?, ?, ?, ?, ?)"));
        h.prepare(QStringLiteral(
            "INSERT INTO sku_costs (sku_id, changed_at, cost_before_fen, cost_fen, quantity, unit_cost_fen, "
            "on_hand_before, source, reference) VALUES (?, ?, ?, ?, 2000, ?, 1000, 'receive', ?)"));
        // A receipt of every SKU on the 1st of each month, at a cost that moves by a few per cent.
        QList<qint64> cost(skus + 1);
        for (int s = 1; s <= skus; ++s)
            cost[s] = 2500 + 200 * ((s - 1) / 12 + 1);
        for (QDate d(first.year(), first.month(), 1); d <= last; d = d.addMonths(1)) {
            const QString at = core::toDbDate(d) + QStringLiteral(" 08:00:00");
            const QString note = QStringLiteral("RK-%1").arg(d.toString(QStringLiteral("yyyyMM")));
            for (int s = 1; s <= skus; ++s) {
                const qint64 unit = cost[s] * (95 + qint64(rng.bounded(11))) / 100;
                const qint64 after = (cost[s] * 1000 + unit * 2000) / 3000;
                h.addBindValue(s);
                h.addBindValue(at);
                h.addBindValue(cost[s]);
                h.addBindValue(after);
                h.addBindValue(unit);
                h.addBindValue(note);
                if (!exec(h))
                    return 1;
                cost[s] = after;
                ++costRows;
                m.addBindValue(s);
                m.addBindValue(QStringLiteral("receive"));
                m.addBindValue(2000);
                m.addBindValue(note);
                m.addBindValue(at);
                if (!exec(m))
                    return 1;
                ++moves;
            }
        }
        QSqlQuery o(c), l(c), p(c);
        o.prepare(QStringLiteral("INSERT INTO orders (id, order_no, buyer_id, status, total_fen, created_at, paid_at, "
                                 "courier, tracking_no) VALUES (?, ?, NULL, ?, ?, ?, ?, 'STO', ?)"));
        l.prepare(QStringLiteral(
            "INSERT INTO order_lines (order_id, sku_id, title, quantity, price_fen) VALUES (?, ?, 'x', ?, ?)"));
        p.prepare(QStringLiteral("INSERT INTO shipping_packs (order_id, courier, tracking_no, est_freight_fen, "
                                 "packed_at) VALUES (?, 'STO', ?, ?, ?)"));
        const qint64 orders = lines / 2;
        for (qint64 n = 1; n <= orders; ++n) {
            const QDate d = first.addDays(qint64(double(n - 1) / double(orders) * days));
            const QString at = core::toDbDate(d)
                + QStringLiteral(" %1:%2:00")
                      .arg(9 + n % 12, 2, 10, QLatin1Char('0'))
                      .arg(n % 60, 2, 10, QLatin1Char('0'));
            const int sku1 = 1 + int(rng.bounded(skus)), sku2 = 1 + int(rng.bounded(skus));
            const int p1 = 5000 + 500 * ((sku1 - 1) / 12 + 1), p2 = 5000 + 500 * ((sku2 - 1) / 12 + 1);
            const QString tracking = QStringLiteral("77%1").arg(n, 12, 10, QLatin1Char('0'));
            const bool closed = n % 20 == 0;
            o.addBindValue(n);
            o.addBindValue(QStringLiteral("B%1").arg(n));
            o.addBindValue(closed ? core::codes::kOrderClosed : core::codes::kOrderFinished);
            o.addBindValue(p1 + 2 * p2);
            o.addBindValue(at);
            o.addBindValue(at);
            o.addBindValue(tracking);
            if (!exec(o))
                return 1;
            for (auto [sku, qty, price] : { std::tuple { sku1, 1, p1 }, std::tuple { sku2, 2, p2 } }) {
                l.addBindValue(n);
                l.addBindValue(sku);
                l.addBindValue(qty);
                l.addBindValue(price);
                if (!exec(l))
                    return 1;
                if (closed)
                    continue;
                m.addBindValue(sku);
                m.addBindValue(QStringLiteral("ship"));
                m.addBindValue(-qty);
                m.addBindValue(tracking);
                m.addBindValue(at);
                if (!exec(m))
                    return 1;
                ++moves;
            }
            if (closed)
                continue;
            p.addBindValue(n);
            p.addBindValue(tracking);
            p.addBindValue(800 + qint64(rng.bounded(700)));
            p.addBindValue(at);
            if (!exec(p))
                return 1;
        }
        if (core::Status s = tx.commit(); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.errorMessage()));
            return 1;
        }
    }
    {
        QSqlQuery a((*db)->connection());
        a.exec(QStringLiteral("ANALYZE"));
    }
    // The ledger was written here row by row in SQL: its kept per-SKU sums (shop format 26) take it
    // in, as core::StockLedger does after each booking in a shop at work.
    if (core::Status s = core::StockOnHandRepository(**db).catchUp(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.errorMessage()));
        return 1;
    }
    const QDate yearFrom = last.addYears(-1).addDays(1);
    QSqlQuery count((*db)->connection());
    count.prepare(QStringLiteral("SELECT count(*) FROM stock_moves WHERE moved_at >= ?"));
    count.addBindValue(core::toDbDate(yearFrom));
    qint64 yearMoves = 0;
    if (exec(count) && count.next())
        yearMoves = count.value(0).toLongLong();
    std::printf("generated %lld orders, %lld order lines, %lld ledger rows (%lld in the last year), %lld cost "
                "history rows: %lld ms\n",
        lines / 2, (lines / 2) * 2, moves, yearMoves, costRows, t.elapsed());

    kpi::ProfitService profit(**db);
    const bool ok1 = time("profit report 2025-06 by item", [&](QString *detail) {
        auto r = profit.monthReport(2025, 6, kpi::ProfitGrouping::Item);
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.errorMessage()));
            return false;
        }
        *detail = QStringLiteral("%1 lines, %2 items, profit %3, rate %4% (before %5%)")
                      .arg(r->total.lines)
                      .arg(r->rows.size())
                      .arg(r->total.profit().toPlainString())
                      .arg(r->total.profitRate() * 100.0, 0, 'f', 1)
                      .arg(r->previous.profitRate() * 100.0, 0, 'f', 1);
        return true;
    });
    kpi::ProfitRepository parts(**db);
    const QDate june(2025, 6, 1), juneEnd(2025, 6, 30);
    time("  of which the month's lines by item", [&](QString *detail) {
        *detail = QStringLiteral("one grouping");
        return parts.sums(june, juneEnd, kpi::ProfitGrouping::Item).ok();
    });
    time("  of which the stock value at the start and end", [&](QString *detail) {
        *detail = QStringLiteral("per category");
        return parts.valueByCategory(june.addDays(-1), juneEnd).ok();
    });
    inventory::StockReportRepository stock(**db);
    const bool ok2 = time("stock report for a year by SKU", [&](QString *detail) {
        auto r = stock.report(yearFrom, last, inventory::StockReportGrouping::Sku);
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.errorMessage()));
            return false;
        }
        *detail = QStringLiteral("%1 to %2, %3 SKUs, in %4, out %5 pieces")
                      .arg(core::toDbDate(yearFrom), core::toDbDate(last))
                      .arg(r->rows.size())
                      .arg(r->total.inTotal())
                      .arg(r->total.outTotal());
        return true;
    });
    return ok1 && ok2 ? 0 : 1;
}
