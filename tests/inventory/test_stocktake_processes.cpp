// Several counters at once, and a counter whose PC dies: shopdesk-cli processes scanning the same
// count, each scan committed before it is acknowledged.

#include "InventoryFixture.h"

#include <shopdesk/inventory/StocktakeRepository.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using test::InventoryShop;

namespace {
void startCli(QProcess &p, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SHOPDESK_BIN_DIR "/shopdesk-cli"), args);
    REQUIRE(p.waitForStarted());
}

QByteArray scanLines(const QStringList &codes, int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += codes[i % codes.size()].toUtf8() + '\n';
    return out;
}

qint64 counted(const InventoryShop &s, qint64 take, qint64 sku)
{
    return test::scalar(s.db(),
        QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stocktake_counts "
                       "WHERE stocktake_id = %1 AND sku_id = %2")
            .arg(take)
            .arg(sku))
        .toLongLong();
}
} // namespace

TEST_CASE("two shopdesk-cli processes scanning the same count, 5,000 scans each, end with exact totals")
{
    InventoryShop s;
    auto take = inventory::StocktakeRepository(s.db()).start({}, QStringLiteral("test"));
    REQUIRE(take.ok());
    const QStringList args = { QStringLiteral("--db"), s.shop.path(), QStringLiteral("--json"),
        QStringLiteral("stocktake"), QStringLiteral("scan") };
    QProcess a, b;
    startCli(a, args);
    startCli(b, args);
    // A: 浅蓝/30 and 白/M alternately; B: 浅蓝/30, 浅蓝/31, and an unknown label every 4th.
    a.write(scanLines({ InventoryShop::kJeans30, InventoryShop::kTeeM }, 5000));
    b.write(scanLines(
        { InventoryShop::kJeans30, InventoryShop::kJeans31, InventoryShop::kJeans30, QStringLiteral("6900000000000") },
        5000));
    a.closeWriteChannel();
    b.closeWriteChannel();
    REQUIRE(a.waitForFinished(300000));
    REQUIRE(b.waitForFinished(300000));
    for (QProcess *p : { &a, &b }) {
        const QByteArray err = p->readAllStandardError();
        INFO(err.toStdString());
        CHECK(p->exitCode() == 0);
        CHECK(err.isEmpty());
        const QList<QByteArray> lines = p->readAllStandardOutput().split('\n');
        CHECK(std::count_if(lines.begin(), lines.end(), [](const QByteArray &l) {
            return l.startsWith("{\"barcode\"");
        }) == 5000);
    }
    CHECK(counted(s, *take, s.jeans[0]) == 2500 + 2500);
    CHECK(counted(s, *take, s.tees[0]) == 2500);
    CHECK(counted(s, *take, s.jeans[1]) == 1250);
    CHECK(inventory::StocktakeRepository(s.db()).unknownScans(*take)->size() == 1250);
    CHECK(inventory::StocktakeRepository(s.db()).countRows(*take).value() == 10000);
}

TEST_CASE("killing the scanning process mid-stream loses no scan it had acknowledged")
{
    InventoryShop s;
    auto take = inventory::StocktakeRepository(s.db()).start({}, QStringLiteral("test"));
    REQUIRE(take.ok());
    QProcess p;
    startCli(p,
        { QStringLiteral("--db"), s.shop.path(), QStringLiteral("--json"), QStringLiteral("stocktake"),
            QStringLiteral("scan") });
    p.write(scanLines({ InventoryShop::kJeans30, InventoryShop::kTeeL, QStringLiteral("2000000000022*3") }, 60000));
    QList<qint64> acked;
    while (acked.size() < 500 && p.state() == QProcess::Running) {
        p.waitForReadyRead(10000);
        while (p.canReadLine()) {
            const QJsonObject ack = QJsonDocument::fromJson(p.readLine()).object();
            if (ack.contains(QStringLiteral("scan")))
                acked << ack.value(QStringLiteral("scan")).toInteger();
        }
    }
    p.kill(); // SIGKILL
    REQUIRE(p.waitForFinished(30000));
    CHECK(p.exitStatus() == QProcess::CrashExit);
    REQUIRE(acked.size() >= 500);
    const qint64 rows = inventory::StocktakeRepository(s.db()).countRows(*take).value();
    CHECK(rows >= acked.size());
    CHECK(rows < 60000);
    for (qint64 id : acked)
        REQUIRE(
            test::scalar(s.db(), QStringLiteral("SELECT count(*) FROM stocktake_counts WHERE id = %1").arg(id)).toInt()
            == 1);
    CHECK(s.db().integrityCheck().value().isEmpty());
}
