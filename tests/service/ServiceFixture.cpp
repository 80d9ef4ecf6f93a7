#include "ServiceFixture.h"

#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/OrderRepository.h>

#include <catch2/catch_test_macros.hpp>

namespace shopdesk::test {

ServiceShop::ServiceShop()
{
    core::ItemRepository items(db());
    core::Item jeans;
    jeans.code = QStringLiteral("NZK-1001");
    jeans.title = QString::fromUtf8("高腰直筒牛仔裤");
    jeans.price = core::Money::fromYuan(129);
    auto id = items.addItem(jeans,
        { { 0, 0, QString::fromUtf8("黑色"), QStringLiteral("L"), kBarcodeBlackL, {}, {} },
            { 0, 0, QString::fromUtf8("黑色"), QStringLiteral("XL"), kBarcodeBlackXL, {}, {} } });
    REQUIRE(id.ok());
    skuBlackL = items.skuByBarcode(kBarcodeBlackL).value()->sku.id;
    skuBlackXL = items.skuByBarcode(kBarcodeBlackXL).value()->sku.id;

    auto buyerId = core::BuyerRepository(db()).ensure(
        { 0, buyer(), QString::fromUtf8("李小鱼"), QStringLiteral("13900001111"), {} });
    REQUIRE(buyerId.ok());
    core::Order o;
    o.orderNo = kOrderNo;
    o.buyerId = *buyerId;
    o.status = core::codes::kOrderShipped;
    o.receiverName = QString::fromUtf8("李小鱼");
    o.createdAt = QDateTime(QDate(2026, 11, 20), QTime(9, 58));
    o.paidAt = QDateTime(QDate(2026, 11, 20), QTime(10, 2));
    o.shippedAt = QDateTime(QDate(2026, 11, 20), QTime(15, 30));
    o.courier = QStringLiteral("STO");
    o.trackingNo = QStringLiteral("773012345678");
    o.total = core::Money::fromYuan(129);
    o.lines = { { 0, 0, skuBlackL, jeans.title, {}, jeans.code, 1, jeans.price } };
    REQUIRE(core::OrderRepository(db()).addOrder(o).ok());

    core::ShopSettings s(db());
    REQUIRE(s.setValue(core::ShopSettings::kShopName, QString::fromUtf8("衣橱小铺")).ok());
    REQUIRE(s.setValue(core::ShopSettings::kReturnAddress, QString::fromUtf8("杭州市余杭区物流园路18号 衣橱小铺售后"))
                .ok());
    REQUIRE(s.setValue(core::ShopSettings::kBankAccount, QString::fromUtf8("工商银行 6222 0212 0800 1234 567")).ok());
    REQUIRE(s.setValue(core::ShopSettings::kPromotion, QString::fromUtf8("双12满199减30")).ok());
}

void ServiceShop::addUnpaidOrder(const QString &orderNo, const QDateTime &created)
{
    auto buyerId = core::BuyerRepository(db()).ensure({ 0, buyer(), {}, {}, {} });
    REQUIRE(buyerId.ok());
    core::Order o;
    o.orderNo = orderNo;
    o.buyerId = *buyerId;
    o.status = core::codes::kOrderUnpaid;
    o.createdAt = created;
    o.total = core::Money::fromYuan(129);
    o.lines = { { 0, 0, skuBlackXL, QString::fromUtf8("高腰直筒牛仔裤"), {}, QStringLiteral("NZK-1001"), 1,
        core::Money::fromYuan(129) } };
    REQUIRE(core::OrderRepository(db()).addOrder(o).ok());
}

} // namespace shopdesk::test
