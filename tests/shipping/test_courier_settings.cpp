// The couriers and number ranges (号段) as the shop's settings: a courier the shop adds is offered
// by every courier drop-down of the shipping workbench at once, without reopening the shop; a
// number range is deleted from 运费与单号 after a question that says what it affects, undoably.

#include "CourierRulesView.h"
#include "FreightView.h"
#include "PickupView.h"
#include "QueueView.h"
#include "ShippingBench.h"
#include "ShippingFixture.h"

#include <shopdesk/shipping/ShippingService.h>

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;
using shopdesk::test::scalar;

namespace {
QString courierName(const QComboBox *box, const QString &code)
{
    const int at = box->findData(code);
    return at < 0 ? QString() : box->itemText(at);
}
} // namespace

TEST_CASE("a courier the shop adds is offered at once by every courier drop-down, and gone again on undo")
{
    test::TestShop shop;
    test::ShippingBench bench(shop.db(), QStringLiteral("clerk"));
    REQUIRE(bench.show());
    const QComboBox *queue = bench.bench->queue()->findChild<QComboBox *>(QStringLiteral("trackingCourier"));
    const QComboBox *pickup = bench.bench->pickup()->findChild<QComboBox *>(QStringLiteral("pickupCourier"));
    const QComboBox *rules = bench.bench->courierRules()->findChild<QComboBox *>(QStringLiteral("defaultCourier"));
    const QComboBox *freight = bench.bench->freight()->courier();
    for (const QComboBox *box : { queue, pickup, rules, freight }) {
        REQUIRE(box);
        CHECK(box->count() == 10);
        CHECK(box->findData(QStringLiteral("KYE")) == -1);
    }

    bench.bench->freight()->addCourier({ QStringLiteral("KYE"), QString::fromUtf8("跨越速运"),
        QString::fromUtf8("跨越速运"), QStringLiteral("^KY\\d{12}$") });
    for (const QComboBox *box : { queue, pickup, rules, freight }) {
        CHECK(box->count() == 11);
        CHECK(courierName(box, QStringLiteral("KYE")) == QString::fromUtf8("跨越速运"));
    }

    bench.bench->undoStack()->undo();
    for (const QComboBox *box : { queue, pickup, rules, freight }) {
        CHECK(box->count() == 10);
        CHECK(box->findData(QStringLiteral("KYE")) == -1);
    }
}

TEST_CASE("a number range is deleted from the freight view after a question that says what it affects")
{
    test::TestShop shop;
    shipping::ShippingService service(shop.db());
    REQUIRE(
        service.addTrackingRange(QStringLiteral("STO"), QStringLiteral("773000000001"), QStringLiteral("773000000010"))
            .ok());
    REQUIRE(service
                .addTrackingRange(
                    QStringLiteral("YTO"), QStringLiteral("YT0000000000001"), QStringLiteral("YT0000000000005"))
                .ok());
    test::ShippingBench bench(shop.db(), QStringLiteral("clerk"));
    shipping::FreightView &view = *bench.bench->freight();
    QListWidget *ranges = view.ranges();
    REQUIRE(ranges->count() == 2);
    auto *remove = view.findChild<QPushButton *>(QStringLiteral("removeRange"));
    REQUIRE(remove);
    CHECK_FALSE(remove->isEnabled()); // nothing chosen yet
    ranges->setCurrentRow(1);
    CHECK(remove->isEnabled());
    CHECK(ranges->currentItem()->text() == QStringLiteral("YTO Express: YT0000000000001 … YT0000000000005 (5 left)"));

    QString asked;
    bool answer = false;
    view.setQuestion([&](const QString &, const QString &text) {
        asked = text;
        return answer;
    });
    remove->click();
    CHECK(asked
        == QStringLiteral(
            "Delete this number range?\n\nYTO Express: YT0000000000001 … YT0000000000005. Its 5 numbers not "
            "given out yet can no longer be assigned from it; orders that already have numbers from it "
            "keep them."));
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM shipping_tracking_ranges")).toInt() == 2); // no

    answer = true;
    remove->click();
    CHECK(
        scalar(shop.db(), QStringLiteral("SELECT group_concat(courier, ',') FROM shipping_tracking_ranges")).toString()
        == QStringLiteral("STO"));
    REQUIRE(ranges->count() == 1);
    CHECK(ranges->item(0)->text() == QStringLiteral("STO Express: 773000000001 … 773000000010 (10 left)"));

    bench.bench->undoStack()->undo(); // the range is back as it was
    CHECK(scalar(shop.db(),
              QStringLiteral("SELECT group_concat(courier || ' ' || prefix || ' ' || next_no || '-' || last_no, ', ') "
                             "FROM (SELECT * FROM shipping_tracking_ranges ORDER BY id) AS t"))
              .toString()
        == QStringLiteral("STO  773000000001-773000000010, YTO YT 1-5"));
    CHECK(ranges->count() == 2);
    bench.bench->undoStack()->redo();
    CHECK(scalar(shop.db(), QStringLiteral("SELECT count(*) FROM shipping_tracking_ranges")).toInt() == 1);
}
