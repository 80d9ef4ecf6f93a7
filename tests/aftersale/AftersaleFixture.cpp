#include "AftersaleFixture.h"

#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/OrderRepository.h>
#include <shopdesk/core/ShopSettings.h>
#include <shopdesk/core/StockLedger.h>
#include <shopdesk/service/ReplyLibrary.h>
#include <shopdesk/shipping/ShippingService.h>

#include <catch2/catch_test_macros.hpp>

namespace shopdesk::test {

AftersaleShop::AftersaleShop()
{
    core::ItemRepository items(db());
    core::Item tee;
    tee.code = QStringLiteral("TX002");
    tee.title = QString::fromUtf8("纯棉圆领T恤");
    tee.price = core::Money::fromFen(7900);
    tee.cost = core::Money::fromFen(3000);
    REQUIRE(items
                .addItem(tee,
                    { { 0, 0, QString::fromUtf8("白色"), QStringLiteral("M"), kTeeWhiteM, {}, {} },
                        { 0, 0, QString::fromUtf8("白色"), QStringLiteral("L"), kTeeWhiteL, {}, {} } })
                .ok());
    core::Item jeans;
    jeans.code = QStringLiteral("NZK001");
    jeans.title = QString::fromUtf8("男士直筒牛仔裤");
    jeans.price = core::Money::fromFen(10000);
    jeans.cost = core::Money::fromFen(4500);
    REQUIRE(items.addItem(jeans, { { 0, 0, QString::fromUtf8("深蓝"), QStringLiteral("30"), kJeans30, {}, {} } }).ok());
    core::StockLedger ledger(db());
    for (const QString &b : { kTeeWhiteM, kTeeWhiteL, kJeans30 })
        REQUIRE(
            ledger.book({ 0, skuId(b), core::codes::kMoveReceive, 10, QStringLiteral("RK-1"), {}, {}, {}, {} }).ok());
    REQUIRE(service::ReplyLibrary::installStarter(db()).ok());
    REQUIRE(core::ShopSettings(db())
                .set(core::ShopSettings::kReturnAddress, QString::fromUtf8("广州市白云区石井镇 售后部 020-12345678"))
                .ok());

    core::Order o;
    o.orderNo = kOrder;
    o.status = core::codes::kOrderPaid;
    o.receiverName = QString::fromUtf8("林小姐");
    o.receiverPhone = QStringLiteral("13800001111");
    o.province = QString::fromUtf8("广东省");
    o.city = QString::fromUtf8("广州市");
    o.address = QString::fromUtf8("天河路1号");
    o.total = core::Money::fromFen(25800);
    o.createdAt = QDateTime::currentDateTime().addDays(-3);
    o.paidAt = o.createdAt;
    o.courier = QStringLiteral("STO");
    core::OrderLine tee2 { 0, 0, skuId(kTeeWhiteM), tee.title, QString::fromUtf8("颜色:白色;尺码:M"), tee.code, 2,
        core::Money::fromFen(7900) };
    core::OrderLine jeans1 { 0, 0, skuId(kJeans30), jeans.title, QString::fromUtf8("颜色:深蓝;尺码:30"), jeans.code, 1,
        core::Money::fromFen(10000) };
    o.lines = { tee2, jeans1 };
    auto buyer
        = core::BuyerRepository(db()).ensure({ 0, QString::fromUtf8("小林"), o.receiverName, o.receiverPhone, {} });
    REQUIRE(buyer.ok());
    o.buyerId = *buyer;
    REQUIRE(core::OrderRepository(db()).addOrder(o).ok());
    const core::Status shipped
        = shipping::ShippingService(db()).shipOrder(kOrder, kTracking, QStringLiteral("STO"), 800, {}, {});
    INFO(shipped.errorMessage().toStdString());
    REQUIRE(shipped.ok());
}

qint64 AftersaleShop::skuId(const QString &barcode) const
{
    auto s = core::ItemRepository(db()).skuByBarcode(barcode);
    REQUIRE(s.ok());
    REQUIRE(s->has_value());
    return (*s)->sku.id;
}

qint64 AftersaleShop::onHand(const QString &barcode) const
{
    auto n = core::StockLedger(db()).onHand(skuId(barcode));
    REQUIRE(n.ok());
    return *n;
}

} // namespace shopdesk::test
