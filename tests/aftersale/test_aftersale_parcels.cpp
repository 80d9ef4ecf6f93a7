// The courier's side of after-sale cases: an exchange's replacement goes through the packing
// station (三查) as a parcel of its own; an undeliverable parcel is deducted in the month's bill.

#include "AftersaleFixture.h"

#include <shopdesk/aftersale/AftersaleService.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/shipping/ScanCheck.h>
#include <shopdesk/shipping/ShippingDesk.h>
#include <shopdesk/shipping/ShippingService.h>

#include <QFile>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using aftersale::AftersaleService;
using test::AftersaleShop;

TEST_CASE("an exchange ships a replacement through the scan station; the order stays shipped")
{
    AftersaleShop shop;
    AftersaleService service(shop.db());
    AftersaleService::OpenRequest r;
    r.orderNo = AftersaleShop::kOrder;
    r.kind = aftersale::kinds::kExchange;
    r.reason = QString::fromUtf8("尺码不合适");
    r.lines = { { AftersaleShop::kTeeWhiteM, 1 } };
    auto no = service.open(r, QString::fromUtf8("客服小美"));
    REQUIRE(no.ok());
    // The replacement waits for the goods.
    CHECK(service.resend(*no, { { { AftersaleShop::kTeeWhiteL, 1 } }, {}, QStringLiteral("773000000202") }, {})
              .errorMessage()
        == QStringLiteral("Case %1: An exchange sends its replacement once the goods are received.").arg(*no));
    REQUIRE(service.receive(*no, {}, {}).ok());
    CHECK(shop.onHand(AftersaleShop::kTeeWhiteM) == 9);
    // The order's own tracking number cannot be the new parcel's.
    CHECK(service.resend(*no, { { { AftersaleShop::kTeeWhiteL, 1 } }, {}, AftersaleShop::kTracking }, {}).errorMessage()
        == QStringLiteral("The tracking number %1 is already used by another order or parcel.")
               .arg(AftersaleShop::kTracking));
    REQUIRE(service
                .resend(*no, { { { AftersaleShop::kTeeWhiteL, 1 } }, {}, QStringLiteral("773000000202") },
                    QString::fromUtf8("客服小美"))
                .ok());
    CHECK(shop.onHand(AftersaleShop::kTeeWhiteL) == 10); // booked out when it ships, not before

    // At the station: the new waybill brings up the replacement parcel, the wrong size blocks,
    // the right one completes it.
    shipping::ShippingDesk desk(shop.db());
    auto found = desk.byTrackingOrOrderNo(QStringLiteral("773000000202"));
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    shipping::ScanCheck check;
    CHECK(check.load(*found) == shipping::ScanCheck::Outcome::OrderLoaded);
    CHECK(check.message()
        == QString::fromUtf8("Replacement parcel of order %1 for 林小姐: scan each item.").arg(AftersaleShop::kOrder));
    CHECK(check.scanItem(AftersaleShop::kTeeWhiteM) == shipping::ScanCheck::Outcome::WrongItem);
    check.acknowledge();
    CHECK(check.scanItem(AftersaleShop::kTeeWhiteL) == shipping::ScanCheck::Outcome::Complete);
    REQUIRE(
        desk.service()
            .shipExtraParcel(check.order().extraParcelId, 300, QString::fromUtf8("小王"), QString::fromUtf8("仓管小王"))
            .ok());
    CHECK(shop.onHand(AftersaleShop::kTeeWhiteL) == 9);
    auto moves = core::StockLedger(shop.db()).history(shop.skuId(AftersaleShop::kTeeWhiteL));
    REQUIRE(moves.ok());
    CHECK(moves->last().kind == core::codes::kMoveShip);
    CHECK(moves->last().quantity == -1);
    CHECK(moves->last().reference == QStringLiteral("773000000202"));
    CHECK(moves->last().note == *no);

    // Scanned again, it has left; the original order keeps its status and its own number.
    auto again = desk.byTrackingOrOrderNo(QStringLiteral("773000000202"));
    REQUIRE(again.ok());
    CHECK(check.load(*again) == shipping::ScanCheck::Outcome::NotQueued);
    auto original = desk.byTrackingOrOrderNo(AftersaleShop::kOrder);
    REQUIRE(original.ok());
    CHECK((*original)->order.status == core::codes::kOrderShipped);
    CHECK((*original)->order.trackingNo == AftersaleShop::kTracking);
    auto c = service.caseByNo(*no);
    REQUIRE(c.ok());
    CHECK((*c)->state == aftersale::states::kResent);
    CHECK((*c)->parcelTracking == QStringLiteral("773000000202"));
    CHECK((*c)->parcelStatus == QStringLiteral("shipped"));
    // A parcel that has left cannot be taken back by undo.
    CHECK(service.undo(*no, aftersale::actions::kResend, {}).errorMessage()
        == QStringLiteral("Case %1: The parcel 773000000202 has already shipped.").arg(*no));
}

TEST_CASE("a replacement sent without a typed number takes the next one of the courier's range")
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
    // No range yet: the clerk is told to type the number, and nothing is sent.
    CHECK(service.resend(*no, { { { AftersaleShop::kTeeWhiteL, 1 } }, {}, {} }, {}).errorMessage()
        == QStringLiteral("Enter the tracking number of the parcel: the number ranges of STO Express are used up."));
    CHECK(test::scalar(shop.db(), QStringLiteral("SELECT count(*) FROM shipping_extra_parcels")).toInt() == 0);
    // The order's own number (…101) is in the range: passed over.
    shipping::ShippingService shipping(shop.db());
    REQUIRE(
        shipping.addTrackingRange(QStringLiteral("STO"), QStringLiteral("773000000101"), QStringLiteral("773000000199"))
            .ok());
    REQUIRE(service.resend(*no, { { { AftersaleShop::kTeeWhiteL, 1 } }, {}, {} }, {}).ok());
    CHECK(test::scalar(shop.db(), QStringLiteral("SELECT courier || ' ' || tracking_no FROM shipping_extra_parcels"))
              .toString()
        == QStringLiteral("STO 773000000102"));
    CHECK(*shipping::ShippingDesk(shop.db()).rangeLeft(QStringLiteral("STO")) == 97);
    auto c = service.caseByNo(*no);
    REQUIRE(c.ok());
    CHECK((*c)->parcelTracking == QStringLiteral("773000000102"));
}

TEST_CASE("an undeliverable parcel is deducted in the month's courier bill check")
{
    AftersaleShop shop;
    AftersaleService service(shop.db());
    AftersaleService::OpenRequest r;
    r.orderNo = AftersaleShop::kOrder;
    r.kind = aftersale::kinds::kUndeliverable;
    r.reason = QString::fromUtf8("其他");
    auto no = service.open(r, QString::fromUtf8("客服小美"));
    INFO(no.errorMessage().toStdString());
    REQUIRE(no.ok());
    // The claim keeps the stub's tracking number and the order together.
    shipping::ShippingDesk desk(shop.db());
    auto claims = desk.claims();
    REQUIRE(claims.ok());
    REQUIRE(claims->size() == 1);
    CHECK(claims->first().kind == QStringLiteral("undeliverable"));
    CHECK(claims->first().orderNo == AftersaleShop::kOrder);
    CHECK(claims->first().trackingNo == AftersaleShop::kTracking);
    CHECK(claims->first().note == *no);

    // The month's bill: our parcel (1 kg to 广东 at ¥10.00 by the price table) and one more line.
    const QString bill = shop.file(QStringLiteral("sto-2026-11.csv"));
    QFile f(bill);
    // What the price table gives for the parcel: the bill charges exactly that.
    auto table = shipping::PriceTable::forCourier(QStringLiteral("STO"));
    REQUIRE(table.ok());
    auto fee = table->estimate(QString::fromUtf8("广东省"), 800);
    REQUIRE(fee.ok());
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("tracking,weight,fee\n%1,0.8,%2\n773000000555,1.0,12.00\n")
                .arg(AftersaleShop::kTracking, fee->toPlainString())
                .toUtf8());
    f.close();
    auto check = desk.service().settleBill(QStringLiteral("STO"), bill);
    INFO(check.errorMessage().toStdString());
    REQUIRE(check.ok());
    REQUIRE(check->deductions.size() == 1);
    const shipping::BillDeduction &d = check->deductions.first();
    CHECK(d.line == 2);
    CHECK(d.trackingNo == AftersaleShop::kTracking);
    CHECK(d.orderNo == AftersaleShop::kOrder);
    CHECK(d.kind == QStringLiteral("undeliverable"));
    CHECK(d.fee == *fee);
    CHECK(d.claim == core::Money());
    CHECK(check->billed == *fee + core::Money::fromFen(1200));
    CHECK(check->deducted == *fee);
    CHECK(check->owed() == core::Money::fromFen(1200));
    // The other line is a parcel the shop never shipped: still reported as before.
    REQUIRE(check->mismatches.size() == 1);
    CHECK(check->mismatches.first().trackingNo == QStringLiteral("773000000555"));
    CHECK(check->mismatches.first().problem == QStringLiteral("no shipped order has this tracking number"));

    // Undoing the case withdraws the claim: nothing is deducted any more.
    REQUIRE(service.undo(*no, aftersale::actions::kOpen, {}).ok());
    auto after = desk.service().settleBill(QStringLiteral("STO"), bill);
    REQUIRE(after.ok());
    CHECK(after->deductions.isEmpty());
    CHECK(after->owed() == *fee + core::Money::fromFen(1200));
}

TEST_CASE("a lost parcel's claim for the goods is deducted with its freight")
{
    AftersaleShop shop;
    AftersaleService service(shop.db());
    AftersaleService::OpenRequest r;
    r.orderNo = AftersaleShop::kOrder;
    r.kind = aftersale::kinds::kLost;
    r.reason = QString::fromUtf8("其他");
    r.claim = core::Money::fromFen(15000);
    auto no = service.open(r, {});
    REQUIRE(no.ok());
    const QString bill = shop.file(QStringLiteral("bill.csv"));
    QFile f(bill);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QStringLiteral("tracking,weight,fee\n%1,0.8,9.00\n").arg(AftersaleShop::kTracking).toUtf8());
    f.close();
    auto check = shipping::ShippingService(shop.db()).settleBill(QStringLiteral("STO"), bill);
    REQUIRE(check.ok());
    REQUIRE(check->deductions.size() == 1);
    CHECK(check->deductions.first().total().toDisplayString() == QStringLiteral("¥159.00"));
    CHECK(check->owed().toDisplayString() == QStringLiteral("-¥150.00"));
    // A lost parcel sends the goods again without waiting for anything to come back.
    CHECK(service.receive(*no, {}, {}).errorMessage()
        == QStringLiteral("Case %1: This kind of case (Lost parcel) has no goods coming back.").arg(*no));
    CHECK(service.resend(*no, { {}, {}, QStringLiteral("773000000303") }, {}).ok());
}
