// The replacement parcel at the real packing station (三查) of the shipping workbench: scanned,
// checked item by item, confirmed with Enter, booked out; the order itself stays as it was.

#include "AftersaleFixture.h"
#include "ScanStation.h"
#include "ShippingWorkbench.h"

#include <shopdesk/aftersale/AftersaleService.h>

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QTest>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using aftersale::AftersaleService;
using test::AftersaleShop;

namespace {
void scan(QLineEdit *field, const QString &code)
{
    QTest::keyClicks(field, code);
    QTest::keyClick(field, Qt::Key_Return);
}
} // namespace

TEST_CASE("the packing station checks and ships an exchange's replacement parcel")
{
    AftersaleShop shop;
    AftersaleService service(shop.db());
    AftersaleService::OpenRequest r;
    r.orderNo = AftersaleShop::kOrder;
    r.kind = aftersale::kinds::kExchange;
    r.reason = QString::fromUtf8("尺码不合适");
    r.lines = { { AftersaleShop::kTeeWhiteM, 1 } };
    auto no = service.open(r, {});
    REQUIRE(no.ok());
    REQUIRE(service.receive(*no, {}, {}).ok());
    REQUIRE(service.resend(*no, { { { AftersaleShop::kTeeWhiteL, 1 } }, {}, QStringLiteral("773000000202") }, {}).ok());

    core::ShopEvents events;
    QMainWindow window;
    {
        shipping::ShippingWorkbench bench({ shop.db(), events, QString::fromUtf8("仓管小王") }, &window);
        for (QDockWidget *d : bench.dockWidgets())
            window.addDockWidget(Qt::RightDockWidgetArea, d);
        window.resize(1366, 768);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        bench.dock(QStringLiteral("scan"))->raise();
        QApplication::setActiveWindow(&window);
        shipping::ScanStation *station = bench.station();
        QLineEdit *field = station->scanField();
        auto *status = station->findChild<QLabel *>(QStringLiteral("scanStatus"));
        REQUIRE(status);
        field->setFocus();

        scan(field, QStringLiteral("773000000202"));
        CHECK(status->text()
            == QString::fromUtf8("Replacement parcel of order %1 for 林小姐: scan each item.")
                   .arg(AftersaleShop::kOrder));
        scan(field, AftersaleShop::kTeeWhiteL);
        CHECK(station->check().complete());
        QTest::keyClick(field, Qt::Key_Return); // Enter on the empty field confirms
        CHECK(status->text()
            == QStringLiteral("Replacement parcel of order %1 shipped. Scan the next waybill.")
                   .arg(AftersaleShop::kOrder));
    }
    CHECK(shop.onHand(AftersaleShop::kTeeWhiteL) == 9);
    CHECK(
        test::scalar(shop.db(), QStringLiteral("SELECT status || ':' || packer FROM shipping_extra_parcels")).toString()
        == QString::fromUtf8("shipped:仓管小王")); // the packer field starts with the one working
    CHECK(test::scalar(shop.db(),
              QStringLiteral("SELECT status || ':' || tracking_no FROM orders WHERE order_no = '3100000000000000001'"))
              .toString()
        == QStringLiteral("shipped:773000000101"));
}
