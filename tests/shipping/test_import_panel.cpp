// The queue's import runs in the background, on a worker thread of its own each time, as the
// clerk uses it: the second import since the window opened works as the first did (its thread may
// get the id of the first one's, which has ended, and must not inherit that thread's connection).

#include "QueueView.h"
#include "ShippingBench.h"
#include "ShippingFixture.h"

#include <shopdesk/core/PanelContract.h>

#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStringDecoder>
#include <QStringEncoder>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using shopdesk::test::scalar;
using shopdesk::test::shippingData;

namespace {
const QString kOrders = QStringLiteral("ExportOrderList202611201530.csv");
const QString kItems = QStringLiteral("ExportOrderDetailList202611201530.csv");

/// The next day's order report: the platform closed ...568 (refunded) and shipped ...569.
QString writeLaterExport(const test::TestShop &shop)
{
    QFile in(shippingData(kOrders));
    REQUIRE(in.open(QIODevice::ReadOnly));
    QStringDecoder gbk("GB18030");
    QStringList lines = QString(gbk.decode(in.readAll())).split(QStringLiteral("\r\n"));
    for (QString &l : lines) {
        if (l.startsWith(QStringLiteral("=\"3012345678901234568\"")))
            l.replace(QString::fromUtf8("买家已付款，等待卖家发货"), QString::fromUtf8("交易关闭"));
        if (l.startsWith(QStringLiteral("=\"3012345678901234569\"")))
            l.replace(QString::fromUtf8("买家已付款，等待卖家发货"), QString::fromUtf8("卖家已发货，等待买家确认"));
    }
    const QString later = shop.file(QStringLiteral("ExportOrderList202611211530.csv"));
    QFile out(later);
    REQUIRE(out.open(QIODevice::WriteOnly));
    QStringEncoder toGbk("GB18030");
    out.write(QByteArray(toGbk.encode(lines.join(QStringLiteral("\r\n")))));
    return later;
}

/// Starts the queue's background import and waits for it to end: (ok, the summary shown).
std::pair<bool, QString> importInQueue(shipping::QueueView &queue, const QString &orders, const QString &items)
{
    QSignalSpy finished(&queue, &shipping::QueueView::importFinished);
    queue.startImport(orders, items);
    REQUIRE(queue.importRunning());
    REQUIRE(finished.wait(60000));
    REQUIRE(finished.size() == 1);
    CHECK_FALSE(queue.importRunning());
    return { finished.at(0).at(0).toBool(), finished.at(0).at(1).toString() };
}

QString orderStates(const core::Database &db)
{
    return scalar(db,
        QStringLiteral("SELECT group_concat(x, ' ') FROM (SELECT substr(order_no, 17) || ':' || status AS x "
                       "FROM orders ORDER BY order_no) AS t"))
        .toString();
}
} // namespace

TEST_CASE("two background imports in a row in the queue both import, each on its own worker thread")
{
    test::TestShop shop;
    test::addFixtureCatalog(shop.db());
    test::ShippingBench bench(shop.db(), QStringLiteral("clerk"));
    QStringList errors;
    QObject::connect(&bench.events, &core::ShopEvents::error, [&](const QString &m) { errors << m; });
    shipping::QueueView &queue = *bench.bench->queue();

    const auto first = importInQueue(queue, shippingData(kOrders), shippingData(kItems));
    INFO(first.second.toStdString());
    REQUIRE(first.first);
    CHECK(first.second
        == QStringLiteral("7 new orders (4 for dispatch, 1 shipped, 1 closed, 1 unpaid); 0 already in the shop; "
                          "0 updated. Orders to ship now: 4, with 1 lines not matched to a SKU."));
    CHECK(orderStates(shop.db())
        == QStringLiteral("567:paid 568:paid 569:paid 570:shipped 571:closed 572:unpaid 573:paid"));

    const auto second = importInQueue(queue, writeLaterExport(shop), shippingData(kItems));
    INFO(second.second.toStdString());
    CHECK(errors.isEmpty());
    REQUIRE(second.first);
    CHECK(second.second
        == QStringLiteral("0 new orders (0 for dispatch, 0 shipped, 0 closed, 0 unpaid); 5 already in the shop; "
                          "2 updated. Orders to ship now: 2, with 1 lines not matched to a SKU."));
    CHECK(orderStates(shop.db())
        == QStringLiteral("567:paid 568:closed 569:shipped 570:shipped 571:closed 572:unpaid 573:paid"));
    CHECK(scalar(shop.db(), QStringLiteral("SELECT COUNT(*) FROM order_lines")).toInt() == 8);
    CHECK(queue.findChild<QLabel *>(QStringLiteral("importSummary"))->text() == second.second);
}
