// Checking a courier's monthly bill keeps what it charged per shipped parcel: profit takes the
// billed fee in place of the price table's estimate.

#include "TestShop.h"

#include <shopdesk/core/Language.h>
#include <shopdesk/shipping/ShippingService.h>

#include <QFile>
#include <QSqlQuery>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;

namespace {
void writeBill(const QString &path, const QByteArray &rows)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("tracking,weight,fee\r\n" + rows);
}
} // namespace

TEST_CASE("a checked bill keeps the fee of each parcel a shipped order has; a later bill replaces it")
{
    core::language::install(QStringLiteral("en"));
    test::TestShop shop;
    QSqlQuery q(shop.db().connection());
    REQUIRE(q.exec(QString::fromUtf8(
        "INSERT INTO orders (order_no, status, province, created_at, paid_at, courier, tracking_no) VALUES "
        "('A', 'shipped', '浙江省', '2026-11-01 10:00:00', '2026-11-01 10:00:00', 'STO', '773000000001'), "
        "('B', 'finished', '浙江省', '2026-11-01 10:00:00', '2026-11-01 10:00:00', 'STO', '773000000002')")));
    const QString bill = shop.file(QStringLiteral("sto.csv"));
    writeBill(bill, "773000000001,0.8,5.00\r\n773000000002,2.3,9.00\r\n999999999999,1,5\r\n");
    shipping::ShippingService service(shop.db());
    auto mismatches = service.checkBill(QStringLiteral("STO"), bill);
    REQUIRE(mismatches.ok());
    CHECK(mismatches->size() == 2); // 002 billed above the table, 999… no order
    auto fee = [&](const char *tracking) {
        return test::scalar(shop.db(),
            QStringLiteral("SELECT fee_fen FROM shipping_bill_fees WHERE courier = 'STO' AND tracking_no = '%1'")
                .arg(QLatin1String(tracking)));
    };
    CHECK(fee("773000000001").toLongLong() == 500);
    CHECK(fee("773000000002").toLongLong() == 900);
    CHECK_FALSE(fee("999999999999").isValid());

    writeBill(bill, "773000000002,2.3,7.00\r\n");
    REQUIRE(service.checkBill(QStringLiteral("STO"), bill).ok());
    CHECK(fee("773000000002").toLongLong() == 700);
    CHECK(test::scalar(shop.db(), QStringLiteral("SELECT count(*) FROM shipping_bill_fees")).toInt() == 2);
}
