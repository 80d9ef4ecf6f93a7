#include "PlatformExport.h"

#include <QFile>
#include <QStringEncoder>

#include <catch2/catch_test_macros.hpp>

namespace shopdesk::test {

namespace {
QString quoted(const QString &field)
{
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')))
        return QLatin1Char('"') + QString(field).replace(QStringLiteral("\""), QStringLiteral("\"\""))
            + QLatin1Char('"');
    return field;
}

void writeGbk(const QString &path, const QStringList &rows)
{
    QStringEncoder gbk("GB18030");
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(gbk.encode(rows.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")));
}
} // namespace

std::pair<QString, QString> writeExport(
    const QString &dir, const QString &stamp, const QList<ExportOrder> &orders, const QList<ExportLine> &lines)
{
    const QStringList header = QString::fromUtf8(
        "订单编号,买家会员名,买家支付宝账号,买家应付货款,买家应付邮费,买家支付积分,总金额,返点积分,买家实际支付金额,"
        "买家实际支付积分,订单状态,买家留言,收货人姓名,收货地址,运送方式,联系电话,联系手机,订单创建时间,订单付款时间,"
        "宝贝标题,宝贝种类,物流单号,物流公司,订单备注,宝贝总数量,店铺Id,店铺名称,订单关闭原因,卖家服务费,买家服务费,"
        "发票抬头,是否手机订单")
                                   .split(QLatin1Char(','));
    QStringList rows { header.join(QLatin1Char(',')) };
    for (const ExportOrder &o : orders) {
        QStringList f(header.size());
        f[0] = QStringLiteral("=\"%1\"").arg(o.orderNo);
        f[1] = o.nick.isEmpty() ? QStringLiteral("buyer_") + o.orderNo.right(4) : o.nick;
        f[3] = f[6] = f[8] = QStringLiteral("99.00");
        f[4] = QStringLiteral("0.00");
        f[10] = o.status;
        f[12] = o.recipient;
        f[13] = quoted(o.address);
        f[14] = QString::fromUtf8("快递");
        f[16] = QLatin1Char('\'') + o.mobile;
        f[17] = o.created.isEmpty() ? o.paid : o.created;
        f[18] = o.paid;
        f[20] = QStringLiteral("1");
        f[24] = QString::number(o.units);
        f[25] = QStringLiteral("123456");
        f[26] = o.shop;
        f[31] = QString::fromUtf8("手机订单");
        rows << f.join(QLatin1Char(','));
    }
    QStringList items { QString::fromUtf8(
        "订单编号,标题,价格,购买数量,外部系统编号,商品属性,套餐信息,备注,订单状态,商家编码") };
    for (const ExportLine &l : lines)
        items << QStringList { QStringLiteral("=\"%1\"").arg(l.orderNo), quoted(l.title), l.price,
            QString::number(l.quantity), QString(), quoted(l.attributes), QString(), QString(), QString(),
            l.merchantCode }
                     .join(QLatin1Char(','));
    const QString ordersPath = dir + QStringLiteral("/ExportOrderList%1.csv").arg(stamp);
    const QString itemsPath = dir + QStringLiteral("/ExportOrderDetailList%1.csv").arg(stamp);
    writeGbk(ordersPath, rows);
    writeGbk(itemsPath, items);
    return { ordersPath, itemsPath };
}

} // namespace shopdesk::test
