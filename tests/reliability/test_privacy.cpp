// No buyer's personal data in logs: with every Qt message let through (SHOPDESK_VERBOSE=1), an
// order import, tracking numbers and waybills log nothing at all beside their own output.

#include "Processes.h"
#include "TestShop.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;

TEST_CASE("an order import and its waybills log nothing, so no buyer's name, phone or address")
{
    test::TestShop shop;
    const QString path = shop.path();
    shop.close();
    QTemporaryDir runtime; // Qt's offscreen platform would otherwise warn about XDG_RUNTIME_DIR
    QFile::setPermissions(runtime.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    qputenv("SHOPDESK_VERBOSE", "1");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    const QString data = QStringLiteral(SHOPDESK_SOURCE_DIR "/tests/shipping/data/");
    // The catalogue the export's orders are of (the lines of 3012345678901234567 match its SKUs, so
    // its waybill prints).
    const QString items = QDir(runtime.path()).filePath(QStringLiteral("items.csv"));
    test::writeFile(items,
        QString::fromUtf8("货号,标题,类目,价格,成本,颜色,尺码,条码\r\n"
                          "NZK001,男士直筒牛仔裤 修身弹力,jeans,129.00,58.50,深蓝,30,6901234500011\r\n"
                          "TX002,纯棉圆领T恤,tshirt,64.50,25.00,白色,L,\r\n")
            .toUtf8());
    const QList<QStringList> runs = {
        { QStringLiteral("items"), QStringLiteral("import"), items },
        { QStringLiteral("orders"), QStringLiteral("import"), data + QStringLiteral("ExportOrderList-utf8.csv"),
            data + QStringLiteral("ExportOrderDetailList-utf8.csv") },
        { QStringLiteral("tracking"), QStringLiteral("--range"), QStringLiteral("773000000001"),
            QStringLiteral("773000000009"), QStringLiteral("--courier"), QStringLiteral("STO") },
        { QStringLiteral("tracking"), QStringLiteral("--assign"), QStringLiteral("--courier"), QStringLiteral("STO") },
        { QStringLiteral("waybills"), QStringLiteral("--order"), QStringLiteral("3012345678901234567"),
            QStringLiteral("--out"), QDir(runtime.path()).filePath(QStringLiteral("w.pdf")) },
    };
    for (const QStringList &args : runs) {
        CAPTURE(args.join(QLatin1Char(' ')));
        const test::CliRun r = test::runCli(path, args);
        CHECK(r.exitCode == 0);
        CHECK(r.err == QByteArray());
    }
    qunsetenv("SHOPDESK_VERBOSE");
    qunsetenv("XDG_RUNTIME_DIR");
}
