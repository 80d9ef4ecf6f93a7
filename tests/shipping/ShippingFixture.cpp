#include "ShippingFixture.h"

#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/shipping/ShippingService.h>

#include <QProcess>

#include <catch2/catch_test_macros.hpp>

namespace shopdesk::test {

QString shippingData(const QString &name) { return QStringLiteral(SHIPPING_TEST_DATA "/") + name; }

void addFixtureCatalog(const core::Database &db)
{
    core::ItemRepository items(db);
    core::Item jeans;
    jeans.code = QStringLiteral("NZK001");
    jeans.title = QString::fromUtf8("男士直筒牛仔裤 修身弹力");
    jeans.price = core::Money::fromYuan(129);
    core::Item tee;
    tee.code = QStringLiteral("TX002");
    tee.title = QString::fromUtf8("纯棉圆领T恤");
    tee.price = core::Money::fromYuan(59);
    auto sku = [](const char *color, const char *size, const char *barcode) {
        core::Sku s;
        s.color = QString::fromUtf8(color);
        s.size = QString::fromUtf8(size);
        s.barcode = QString::fromLatin1(barcode);
        return s;
    };
    REQUIRE(items.addItem(jeans, { sku("深蓝", "30", "6901234500011"), sku("深蓝", "32", "6901234500028") }).ok());
    REQUIRE(items
                .addItem(tee,
                    { sku("白色", "M", "6901234500035"), sku("白色", "L", "6901234500042"),
                        sku("黑色", "M", "6901234500059") })
                .ok());
    core::StockLedger ledger(db);
    QList<core::StockMove> moves;
    for (const char *barcode :
        { "6901234500011", "6901234500028", "6901234500035", "6901234500042", "6901234500059" }) {
        auto ref = items.skuByBarcode(QString::fromLatin1(barcode));
        REQUIRE(ref.ok());
        REQUIRE(ref->has_value());
        core::StockMove m;
        m.skuId = (*ref)->sku.id;
        m.kind = core::codes::kMoveReceive;
        m.quantity = 10;
        m.reference = QStringLiteral("RK-TEST");
        moves << m;
    }
    REQUIRE(ledger.bookAll(moves).ok());
}

void importFixtures(const core::Database &db)
{
    auto summary
        = shipping::ShippingService(db).importFiles(shippingData(QStringLiteral("ExportOrderList202611201530.csv")),
            shippingData(QStringLiteral("ExportOrderDetailList202611201530.csv")));
    INFO(summary.errorMessage().toStdString());
    REQUIRE(summary.ok());
}

QByteArray runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(program.toStdString() << ": " << p.readAllStandardError().toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

} // namespace shopdesk::test
