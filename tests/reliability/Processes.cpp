#include "Processes.h"

#include <QFile>

#include <catch2/catch_test_macros.hpp>

namespace shopdesk::test {

void startCli(QProcess &p, const QString &shop, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("USER"), QStringLiteral("clerk"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SHOPDESK_BIN_DIR "/shopdesk-cli"),
        QStringList {
            QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), shop, QStringLiteral("--json") }
            + args);
    REQUIRE(p.waitForStarted());
}

CliRun finish(QProcess &p)
{
    REQUIRE(p.waitForFinished(120000));
    return { p.exitCode(), p.exitStatus(), p.readAllStandardOutput(), p.readAllStandardError() };
}

CliRun runCli(const QString &shop, const QStringList &args, const QByteArray &input)
{
    QProcess p;
    startCli(p, shop, args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    return finish(p);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray itemsCsv(const QString &prefix, int items, int skus)
{
    QByteArray out = QString::fromUtf8("货号,标题,类目,角色,主推,价格,成本,颜色,尺码,条码\r\n").toUtf8();
    for (int i = 1; i <= items; ++i) {
        for (int s = 0; s < skus; ++s)
            out += QStringLiteral("%1-%2,牛仔裤 男 修身 直筒 %2,jeans,利润款,否,129.00,58.50,蓝色,%3,\r\n")
                       .arg(prefix)
                       .arg(i, 4, 10, QLatin1Char('0'))
                       .arg(28 + s)
                       .toUtf8();
    }
    return out;
}

QByteArray orderCatalogueCsv(const QString &merchantCode)
{
    return QString::fromUtf8("货号,标题,类目,角色,主推,价格,成本,颜色,尺码,条码\r\n"
                             "%1,牛仔裤 直筒,jeans,利润款,否,129.00,58.50,深蓝,30,\r\n")
        .arg(merchantCode)
        .toUtf8();
}

/// The two Taobao export files (订单报表, 宝贝报表) for `n` paid orders numbered from `first`.
void writeOrderExport(const QString &orders, const QString &lines, qint64 first, int n, const QString &merchantCode)
{
    QString o = QString::fromUtf8(
        "订单编号,买家会员名,买家支付宝账号,买家应付货款,买家应付邮费,买家支付积分,总金额,返点积分,买家实际支付金额,"
        "买家实际支付积分,订单状态,买家留言,收货人姓名,收货地址,运送方式,联系电话,联系手机,订单创建时间,"
        "订单付款时间,宝贝标题,宝贝种类,物流单号,物流公司,订单备注,宝贝总数量,店铺Id,店铺名称,订单关闭原因\r\n");
    QString l
        = QString::fromUtf8("订单编号,标题,价格,购买数量,外部系统编号,商品属性,套餐信息,备注,订单状态,商家编码\r\n");
    const QString paid = QString::fromUtf8("买家已付款，等待卖家发货");
    for (int i = 0; i < n; ++i) {
        const QString no = QString::number(first + i);
        o += QString::fromUtf8("=\"%1\",buyer%2,b%2@example.com,129.00,0.00,0,129.00,0,129.00,0,%3,,收件人,浙江省 "
                               "杭州市 西湖区 文三路%2号(310012),快递,,'138%4,2026-11-20 10:00:00,2026-11-20 "
                               "10:01:00,,1,,,,1,123,小店,\r\n")
                 .arg(no)
                 .arg(i % 500)
                 .arg(paid)
                 .arg(i % 100000000, 8, 10, QLatin1Char('0'));
        l += QString::fromUtf8("=\"%1\",牛仔裤 直筒,129.00,1,,颜色分类：深蓝;尺码：30,,,,%2\r\n").arg(no, merchantCode);
    }
    writeFile(orders, o.toUtf8());
    writeFile(lines, l.toUtf8());
}
} // namespace shopdesk::test
