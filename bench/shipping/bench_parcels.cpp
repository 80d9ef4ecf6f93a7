// Parcels and pick lists (bench/run runs both):
//   build/bin/bench_parcels merge [N]      merge detection over N queued orders (100,000), in memory
//   build/bin/bench_parcels picklist [N]   the pick list of N waybills (1,000): the queue read from the
//                                          shop, parcels put in, SKUs summed and sorted, the A4 PDF written

#include <shopdesk/core/Database.h>
#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/Transaction.h>
#include <shopdesk/shipping/ParcelService.h>
#include <shopdesk/shipping/PickList.h>
#include <shopdesk/shipping/ShippingRepository.h>

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace shopdesk;

namespace {
qint64 cpuMs() { return qint64(std::clock()) * 1000 / CLOCKS_PER_SEC; }

int fail(const QString &why)
{
    std::fprintf(stderr, "bench_parcels: %s\n", why.toUtf8().constData());
    return 1;
}

const char *const kCities[] = { "杭州市", "上海市", "广州市", "成都市", "北京市", "武汉市", "南京市", "西安市" };

/// A queue of n orders: about one buyer in eight has two or three orders to one address.
QList<core::Order> queueOf(int n)
{
    QList<core::Order> out;
    out.reserve(n);
    qint64 buyer = 0;
    for (int i = 0; i < n; ++buyer) {
        const int orders = buyer % 8 == 0 ? 2 + int(buyer % 16 == 0) : 1;
        for (int k = 0; k < orders && i < n; ++k, ++i) {
            core::Order o;
            o.id = i + 1;
            o.orderNo = QStringLiteral("30%1").arg(i, 17, 10, QLatin1Char('0'));
            o.buyerId = buyer + 1;
            o.receiverName = QString::fromUtf8("买家") + QString::number(buyer);
            o.receiverPhone = QStringLiteral("138%1").arg(buyer % 100000000, 8, 10, QLatin1Char('0'));
            o.province = QString::fromUtf8("浙江省");
            o.city = QString::fromUtf8(kCities[buyer % 8]);
            o.district = QString::fromUtf8("西湖区");
            o.address = QString::fromUtf8("文一西路 %1 号 %2 室").arg(buyer % 997).arg(buyer % 31);
            o.courier = QStringLiteral("STO");
            // One in ten groups differs in its flag: shown, not mergeable.
            o.flag = (orders > 1 && k == 1 && buyer % 80 == 0) ? QStringLiteral("yellow") : QString();
            out.append(o);
        }
    }
    return out;
}

int benchMerge(int n)
{
    const QList<core::Order> queue = queueOf(n);
    QList<const core::Order *> orders;
    QStringList couriers;
    orders.reserve(n);
    couriers.reserve(n);
    for (const core::Order &o : queue) {
        orders << &o;
        couriers << o.courier;
    }
    QList<qint64> ms, cpu;
    qsizetype groups = 0, mergeable = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        const qint64 c0 = cpuMs();
        const auto found = shipping::MergeDetector::find(orders, couriers);
        ms << t.elapsed();
        cpu << cpuMs() - c0;
        groups = found.size();
        mergeable = std::count_if(found.cbegin(), found.cend(), [](const auto &g) { return g.mergeable; });
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("merge detection over %d queued orders: %lld groups (%lld mergeable), median of 5 runs: %lld ms "
                "wall, %lld ms CPU\n",
        n, qint64(groups), qint64(mergeable), ms.at(2), cpu.at(2));
    return 0;
}

int benchPicklist(int n)
{
    QTemporaryDir dir;
    auto db = core::Database::open(dir.filePath(QStringLiteral("b.shopdesk")));
    if (!db)
        return fail(db.errorMessage());
    // A normal store (DOMAIN.md: 40–50 items): 45 items × 5 colours × 6 sizes, 1,350 SKUs.
    core::ItemRepository items(**db);
    const char *const colours[] = { "黑色", "白色", "深蓝", "灰色", "卡其" };
    const char *const sizes[] = { "S", "M", "L", "XL", "2XL", "3XL" };
    QList<qint64> skus;
    {
        core::Transaction tx(**db);
        for (int i = 0; i < 45; ++i) {
            core::Item item;
            item.code = QStringLiteral("K%1").arg(i, 3, 10, QLatin1Char('0'));
            item.title = QString::fromUtf8("纯棉圆领T恤 %1").arg(i);
            QList<core::Sku> list;
            for (int c = 0; c < 5; ++c)
                for (int s = 0; s < 6; ++s) {
                    core::Sku sku;
                    sku.color = QString::fromUtf8(colours[c]);
                    sku.size = QString::fromLatin1(sizes[s]);
                    sku.barcode = QStringLiteral("69%1").arg(i * 100 + c * 10 + s, 11, 10, QLatin1Char('0'));
                    list << sku;
                }
            if (auto r = items.addItem(item, list); !r)
                return fail(r.errorMessage());
        }
        if (auto s = tx.commit(); !s)
            return fail(s.errorMessage());
    }
    for (int i = 0; i < 45 * 30; ++i) {
        auto ref = items.skuByBarcode(
            QStringLiteral("69%1").arg((i / 30) * 100 + (i % 30) / 6 * 10 + i % 6, 11, 10, QLatin1Char('0')));
        if (!ref || !ref->has_value())
            return fail(QStringLiteral("no SKU"));
        skus << (*ref)->sku.id;
    }
    {
        core::Transaction tx(**db);
        core::OrderRepository orders(**db);
        const QList<core::Order> queue = queueOf(n);
        for (int i = 0; i < n; ++i) {
            core::Order o = queue.at(i);
            o.id = 0;
            o.buyerId.reset();
            o.createdAt = o.paidAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0)).addSecs(i);
            for (int l = 0; l < 1 + i % 3; ++l) {
                core::OrderLine line;
                line.skuId = skus.at((i * 7 + l * 131) % skus.size());
                line.quantity = 1 + (i + l) % 2;
                o.lines << line;
            }
            if (auto r = orders.addOrder(o); !r)
                return fail(r.errorMessage());
        }
        if (auto s = tx.commit(); !s)
            return fail(s.errorMessage());
    }
    const QString pdf = dir.filePath(QStringLiteral("pick.pdf"));
    QList<qint64> total, readMs, sumMs, cpu;
    int rows = 0, pieces = 0, waybills = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        const qint64 c0 = cpuMs();
        auto queue = shipping::ShippingRepository(**db).queue();
        if (!queue)
            return fail(queue.errorMessage());
        auto batch = shipping::ParcelService(**db).withParcels(*queue);
        if (!batch)
            return fail(batch.errorMessage());
        readMs << t.elapsed();
        const auto pick = shipping::PickList::build(*batch);
        sumMs << t.elapsed() - readMs.last();
        if (auto s = pick.writePdf(pdf); !s)
            return fail(s.errorMessage());
        total << t.elapsed();
        cpu << cpuMs() - c0;
        rows = int(pick.rows().size());
        pieces = pick.pieces();
        waybills = pick.waybills();
    }
    for (auto *l : { &total, &readMs, &sumMs, &cpu })
        std::sort(l->begin(), l->end());
    std::printf("pick list of %d waybills (%d pieces, %d SKUs): median of 5 runs %lld ms wall, %lld ms CPU "
                "(queue read %lld ms, summing %lld ms, PDF the rest), %.0f KiB\n",
        waybills, pieces, rows, total.at(2), cpu.at(2), readMs.at(2), sumMs.at(2), double(QFile(pdf).size()) / 1024.0);
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    const int n = args.value(2).toInt();
    if (mode == QLatin1String("merge"))
        return benchMerge(n > 0 ? n : 100000);
    if (mode == QLatin1String("picklist"))
        return benchPicklist(n > 0 ? n : 1000);
    return fail(QStringLiteral("usage: bench_parcels merge [N] | picklist [N]"));
}
