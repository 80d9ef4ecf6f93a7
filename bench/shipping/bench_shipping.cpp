// bench_shipping: the shipping workbench's batch operations on this machine.
//   build/bin/bench_shipping                  all of the below, each in its own process
//   build/bin/bench_shipping import [N]       import a GBK Taobao export of N orders (100,000), ~1.5 lines each
//   build/bin/bench_shipping waybills [N]     N waybills (1,000) to a PDF from the dispatch queue
//   build/bin/bench_shipping queue SHOP       load a shop's dispatch queue (the panel's start-up read)
//   build/bin/bench_shipping window SHOP      the queue view's reads: open (counts + the first window), a
//                                             filter step, a sort step, the unmatched lines' first window
//   build/bin/bench_shipping export N DIR     a shop with the catalogue and an export of N orders in DIR
//   build/bin/bench_shipping tracking [N]     tracking --assign over N queued orders (10,000) from a range,
//                                             with the tracking_no index (format 7) and, for comparison, without
// Each run prints its time and the process's peak memory (getrusage ru_maxrss).

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Database.h>
#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/LocalTime.h>
#include <shopdesk/shipping/QueueRepository.h>
#include <shopdesk/shipping/ShippingDesk.h>
#include <shopdesk/shipping/ShippingRepository.h>
#include <shopdesk/shipping/ShippingService.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace shopdesk;

namespace {
double peakMiB()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

/// CPU time of this process so far (user + system), ms: on a shared machine the wall clock also counts others' work.
qint64 cpuMs()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return qint64(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

bool addCatalog(const core::Database &db)
{
    core::ItemRepository items(db);
    for (int i = 0; i < 20; ++i) {
        core::Item item;
        item.code = QStringLiteral("NZK%1").arg(1000 + i);
        item.title = QString::fromUtf8("牛仔裤 直筒 %1").arg(i);
        QList<core::Sku> skus;
        for (int s = 0; s < 5; ++s) {
            core::Sku sku;
            sku.color = QString::fromUtf8("深蓝");
            sku.size = QString::number(28 + s);
            sku.barcode = QStringLiteral("69012345%1").arg(i * 10 + s, 5, 10, QLatin1Char('0'));
            skus << sku;
        }
        if (!items.addItem(item, skus))
            return false;
    }
    return true;
}

// Writes the two export files for n orders, GBK, CRLF, guards, as the platform does; a thousand
// orders at a time, so the writing holds no more than that.
void writeExport(const QString &orders, const QString &items, int n, bool withTracking)
{
    Q_UNUSED(withTracking);
    QFile of(orders), lf(items);
    of.open(QIODevice::WriteOnly);
    lf.open(QIODevice::WriteOnly);
    QStringEncoder gbk("GB18030");
    QString o = QString::fromUtf8(
        "订单编号,买家会员名,买家支付宝账号,买家应付货款,买家应付邮费,买家支付积分,总金额,返点积分,买家实际支付金额,"
        "买家实际支付积分,订单状态,买家留言,收货人姓名,收货地址,运送方式,联系电话,联系手机,订单创建时间,"
        "订单付款时间,宝贝标题,宝贝种类,物流单号,物流公司,订单备注,宝贝总数量,店铺Id,店铺名称,订单关闭原因\r\n");
    QString l
        = QString::fromUtf8("订单编号,标题,价格,购买数量,外部系统编号,商品属性,套餐信息,备注,订单状态,商家编码\r\n");
    const QString paid = QString::fromUtf8("买家已付款，等待卖家发货");
    const QString address = QString::fromUtf8("浙江省 杭州市 西湖区 文三路%1号(310012)");
    for (int i = 0; i < n; ++i) {
        const QString no = QStringLiteral("30%1").arg(qint64(1000000000000000LL) + i);
        const int lines = 1 + (i % 2);
        o += QStringLiteral("=\"%1\",buyer%2,b%2@example.com,129.00,0.00,0,129.00,0,129.00,0,%3,,%4,%5,%6,,'138%7,"
                            "2026-11-20 10:00:00,2026-11-20 10:01:00,,%9,,,,%9,123,%8,\r\n")
                 .arg(no)
                 .arg(i % 50000)
                 .arg(paid, QString::fromUtf8("收件人"), address.arg(i % 500), QString::fromUtf8("快递"))
                 .arg(i % 100000000, 8, 10, QLatin1Char('0'))
                 .arg(QString::fromUtf8("小店"))
                 .arg(lines);
        for (int k = 0; k < lines; ++k) {
            const int item = (i + k) % 20, size = (i / 3 + k) % 5;
            l += QStringLiteral("=\"%1\",%2,129.00,1,,%3,,,,%4\r\n")
                     .arg(no, QString::fromUtf8("牛仔裤 直筒 %1").arg(item),
                         QString::fromUtf8("颜色分类：深蓝;尺码：%1").arg(28 + size),
                         QStringLiteral("NZK%1").arg(1000 + item));
        }
        if (i % 1000 == 999 || i == n - 1) {
            of.write(QByteArray(gbk.encode(o)));
            lf.write(QByteArray(gbk.encode(l)));
            o.clear();
            l.clear();
        }
    }
}

/// `bench_shipping export N DIR`: DIR/shop.shopdesk with the catalogue, and the export of N orders
/// beside it (ExportOrderList.csv, ExportOrderDetailList.csv), for timing another program's import.
int writeExportDir(int n, const QString &dirPath)
{
    const QDir dir(dirPath);
    {
        auto db = core::Database::open(dir.filePath(QStringLiteral("shop.shopdesk")));
        if (!db || !addCatalog(**db))
            return fail(QStringLiteral("cannot make the shop"));
    }
    writeExport(dir.filePath(QStringLiteral("ExportOrderList.csv")),
        dir.filePath(QStringLiteral("ExportOrderDetailList.csv")), n, false);
    return 0;
}

int benchImport(int n)
{
    // The export is written by another process: this one's peak memory is the import's alone.
    QTemporaryDir dir;
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedChannels);
    writer.start(QCoreApplication::applicationFilePath(), { QStringLiteral("export"), QString::number(n), dir.path() });
    if (!writer.waitForFinished(-1) || writer.exitCode() != 0)
        return fail(QStringLiteral("cannot write the export"));
    auto db = core::Database::open(dir.filePath(QStringLiteral("shop.shopdesk")));
    if (!db)
        return fail(db.errorMessage());
    const QString orders = dir.filePath(QStringLiteral("ExportOrderList.csv")),
                  items = dir.filePath(QStringLiteral("ExportOrderDetailList.csv"));
    QElapsedTimer t;
    t.start();
    const qint64 cpu0 = cpuMs();
    auto r = shipping::ShippingService(**db).importFiles(orders, items);
    const qint64 ms = t.elapsed();
    const qint64 cpu = cpuMs() - cpu0;
    if (!r)
        return fail(r.errorMessage());
    std::printf("import %d orders (%lld lines, GBK): %lld ms wall, %lld ms CPU, %d added, %lld unmatched; peak memory "
                "%.0f MiB\n",
        n, qint64(n + n / 2), ms, cpu, r->added, qint64(r->unmatched.size()), peakMiB());
    t.restart();
    auto again = shipping::ShippingService(**db).importFiles(orders, items);
    std::printf(
        "re-import (nothing changes): %lld ms, %d unchanged\n", qint64(t.elapsed()), again ? again->unchanged : -1);
    return 0;
}

/// `bench_shipping queue SHOP`: loads the dispatch queue of a shop (every queued order with its
/// times and lines), as the shipping panel does at start-up.
int benchQueue(const QString &path)
{
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    if (!db)
        return fail(db.errorMessage());
    QElapsedTimer t;
    t.start();
    const qint64 cpu0 = cpuMs();
    auto queue = shipping::ShippingRepository(**db).queue();
    if (!queue)
        return fail(queue.errorMessage());
    std::printf("queue of %lld orders loaded: %lld ms wall, %lld ms CPU\n", qint64(queue->size()), qint64(t.elapsed()),
        cpuMs() - cpu0);
    return 0;
}

/// `bench_shipping window SHOP`: what the queue view reads, a window at a time (QueueRepository,
/// through ShippingDesk::queueWindow as the window and the CLI read it), each step the median of 5:
/// opening (the queue's keys brought up to date, the whole queue's totals, the first window), a
/// filter step (a province and a search of a phone tail: the filter's totals, its first window), a
/// sort step (by receiver, descending: the first window), each as QueueView reads it, a scroll step (the window after
/// row 3,999: keyset paging from the cursor the windows before it left), and the first window of the unmatched lines
/// with their count. The first opening (which may compute every queued order's keys, once) is shown on its own.
int benchWindow(const QString &path)
{
    QElapsedTimer first;
    first.start();
    auto db = core::Database::open(path, core::Database::Mode::OpenExisting);
    if (!db)
        return fail(db.errorMessage());
    const double openShop = double(first.nsecsElapsed()) / 1e6;
    const shipping::ShippingDesk desk(**db);
    const QDateTime now = QDateTime::currentDateTime();
    first.restart();
    const shipping::QueueRepository repo = desk.queueWindow(now);
    const double firstKeys = double(first.nsecsElapsed()) / 1e6;
    constexpr int kWindow = 200;
    constexpr int kScrollRow = 20 * kWindow;
    int orders = 0;
    const auto median = [](const std::function<bool()> &step) {
        QList<double> ms;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            if (!step())
                return -1.0;
            ms << double(t.nsecsElapsed()) / 1e6;
        }
        std::sort(ms.begin(), ms.end());
        return ms[2];
    };
    // What a filter or a sort step of QueueView reads: the filter's totals (the whole queue's
    // are read when the queue opens or changes), the first window of the filtered, sorted queue.
    const auto open = [&](const shipping::QueueFilter &f, shipping::QueueSort sort, Qt::SortOrder order) {
        const bool shown = f == shipping::QueueFilter() || repo.totals(f).ok();
        return shown && repo.rows(f, sort, order, {}, kWindow).ok();
    };
    qint64 cpu0 = cpuMs();
    const double opening = median([&] {
        const shipping::QueueRepository window = desk.queueWindow(now);
        auto all = window.totals({});
        orders = all ? all->orders : 0;
        return all && window.rows({}, shipping::QueueSort::Queue, Qt::AscendingOrder, {}, kWindow).ok();
    });
    const double openCpu = double(cpuMs() - cpu0) / 5;
    shipping::QueueFilter filter;
    filter.province = QString::fromUtf8("广东省");
    filter.search = QStringLiteral("88");
    cpu0 = cpuMs();
    const double filtering = median([&] { return open(filter, shipping::QueueSort::Queue, Qt::AscendingOrder); });
    const double filterCpu = double(cpuMs() - cpu0) / 5;
    cpu0 = cpuMs();
    const double sorting = median([&] { return open({}, shipping::QueueSort::Receiver, Qt::DescendingOrder); });
    const double sortCpu = double(cpuMs() - cpu0) / 5;
    // The cursor the windows before row 4,000 leave, as the view scrolls down to it (not timed).
    shipping::QueueCursor cursor;
    int before = 0;
    while (before < kScrollRow) {
        auto rows = repo.rows({}, shipping::QueueSort::Queue, Qt::AscendingOrder, cursor, kWindow, &cursor);
        if (!rows || rows->isEmpty())
            break;
        before += int(rows->size());
    }
    cpu0 = cpuMs();
    const double scrolling
        = median([&] { return bool(repo.rows({}, shipping::QueueSort::Queue, Qt::AscendingOrder, cursor, kWindow)); });
    const double scrollCpu = double(cpuMs() - cpu0) / 5;
    const double unmatched = median([&] { return repo.unmatchedCount() && repo.unmatchedLines(0, kWindow); });
    std::printf("queue window over %d orders (medians of 5): open %.1f ms, filter %.1f ms, sort %.1f ms, "
                "scroll to row %d %.1f ms, unmatched lines %.1f ms; peak %.0f MiB\n",
        orders, opening, filtering, sorting, before, scrolling, unmatched, peakMiB());
    std::printf("CPU per step (means of 5, this process): open %.1f ms, filter %.1f ms, sort %.1f ms, "
                "scroll %.1f ms\n",
        openCpu, filterCpu, sortCpu, scrollCpu);
    std::printf("first opening: the shop %.1f ms (a migration included), the queue's keys brought up to date "
                "%.1f ms\n",
        openShop, firstKeys);
    return opening < 0 || filtering < 0 || sorting < 0 || scrolling < 0 ? 1 : 0;
}

int benchWaybills(int n)
{
    QTemporaryDir dir;
    auto db = core::Database::open(dir.filePath(QStringLiteral("b.shopdesk")));
    if (!db || !addCatalog(**db))
        return fail(QStringLiteral("cannot make the shop"));
    const QString orders = dir.filePath(QStringLiteral("o.csv")), items = dir.filePath(QStringLiteral("i.csv"));
    writeExport(orders, items, n, true);
    if (auto r = shipping::ShippingService(**db).importFiles(orders, items); !r)
        return fail(r.errorMessage());
    shipping::ShippingService service(**db);
    shipping::ShippingRepository repo(**db);
    if (auto s = service.addTrackingRange(
            QStringLiteral("STO"), QStringLiteral("773000000001"), QStringLiteral("773000999999"));
        !s)
        return fail(s.errorMessage());
    auto queue = repo.queue();
    if (!queue)
        return fail(queue.errorMessage());
    QList<qint64> ids;
    for (const auto &so : *queue)
        ids << so.order.id;
    if (auto numbers = repo.assignFromRange(QStringLiteral("STO"), ids); !numbers)
        return fail(numbers.errorMessage());
    const double before = peakMiB();
    QElapsedTimer t;
    t.start();
    const qint64 cpu0 = cpuMs();
    auto unprinted = repo.unprinted();
    if (!unprinted)
        return fail(unprinted.errorMessage());
    const qint64 loadMs = t.elapsed();
    shipping::ShippingService::PrintJob job;
    job.orders = *unprinted;
    const QString pdf = dir.filePath(QStringLiteral("waybills.pdf"));
    auto pages = service.printToPdf(job, pdf, QStringLiteral("bench"));
    const qint64 totalMs = t.elapsed();
    const qint64 cpu = cpuMs() - cpu0;
    if (!pages)
        return fail(pages.errorMessage());
    std::printf("%d waybills (100x180) to PDF: %lld ms wall, %lld ms CPU (loading the orders %lld ms wall), "
                "%.1f MiB file; peak memory %.0f MiB (%.0f MiB before printing)\n",
        *pages, totalMs, cpu, loadMs, double(QFile(pdf).size()) / 1048576.0, peakMiB(), before);
    return 0;
}
int benchTracking(int n, bool withIndex)
{
    QTemporaryDir dir;
    auto db = core::Database::open(dir.filePath(QStringLiteral("b.shopdesk")));
    if (!db || !addCatalog(**db))
        return fail(QStringLiteral("cannot make the shop"));
    const QString orders = dir.filePath(QStringLiteral("o.csv")), items = dir.filePath(QStringLiteral("i.csv"));
    writeExport(orders, items, n, false);
    if (auto r = shipping::ShippingService(**db).importFiles(orders, items); !r)
        return fail(r.errorMessage());
    if (!withIndex) {
        QSqlQuery q((*db)->connection());
        q.exec(QStringLiteral("DROP INDEX orders_tracking_no"));
    }
    shipping::ShippingService service(**db);
    shipping::ShippingRepository repo(**db);
    if (auto s = service.addTrackingRange(
            QStringLiteral("STO"), QStringLiteral("773000000001"), QStringLiteral("773000999999"));
        !s)
        return fail(s.errorMessage());
    auto queue = repo.queue();
    if (!queue)
        return fail(queue.errorMessage());
    QList<qint64> ids;
    for (const auto &so : *queue)
        ids << so.order.id;
    QElapsedTimer t;
    t.start();
    const qint64 cpu0 = cpuMs();
    auto numbers = repo.assignFromRange(QStringLiteral("STO"), ids);
    const qint64 ms = t.elapsed();
    const qint64 cpu = cpuMs() - cpu0;
    if (!numbers)
        return fail(numbers.errorMessage());
    std::printf("tracking --assign over %lld queued orders, %s: %lld ms wall, %lld ms CPU (%.0f ms per 1,000 orders; "
                "the write lock is held that long)\n",
        qint64(ids.size()), withIndex ? "with the tracking_no index" : "without an index (format 6)", ms, cpu,
        ids.isEmpty() ? 0.0 : double(ms) * 1000.0 / double(ids.size()));
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    core::readTimeZoneOnce(); // as the programs do
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    if (mode == QLatin1String("queue"))
        return benchQueue(args.value(2));
    if (mode == QLatin1String("window"))
        return benchWindow(args.value(2));
    if (mode == QLatin1String("export"))
        return writeExportDir(args.value(2, QStringLiteral("100000")).toInt(), args.value(3));
    if (mode == QLatin1String("import"))
        return benchImport(args.value(2, QStringLiteral("100000")).toInt());
    if (mode == QLatin1String("waybills"))
        return benchWaybills(args.value(2, QStringLiteral("1000")).toInt());
    if (mode == QLatin1String("tracking"))
        return benchTracking(
            args.value(2, QStringLiteral("10000")).toInt(), args.value(3) != QLatin1String("--no-index"));
    for (const QStringList &run : { QStringList { QStringLiteral("import"), QStringLiteral("100000") },
             QStringList { QStringLiteral("waybills"), QStringLiteral("1000") },
             QStringList { QStringLiteral("waybills"), QStringLiteral("10000") },
             QStringList { QStringLiteral("tracking"), QStringLiteral("10000") },
             QStringList { QStringLiteral("tracking"), QStringLiteral("10000"), QStringLiteral("--no-index") } }) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(QCoreApplication::applicationFilePath(), run);
        p.waitForFinished(-1);
        if (p.exitCode() != 0)
            return p.exitCode();
    }
    return 0;
}
