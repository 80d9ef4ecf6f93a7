#pragma once

#include <QList>
#include <QString>

namespace shopdesk::test {

/// A Taobao seller-center export written as the platform writes it (GBK, CRLF, the order report's
/// many columns, order numbers guarded as ="…", phones with an apostrophe), for tests that need
/// exports of their own shape.
struct ExportOrder {
    QString orderNo, nick, status = QString::fromUtf8("买家已付款，等待卖家发货");
    QString recipient = QString::fromUtf8("王小明");
    QString address = QString::fromUtf8("浙江省 杭州市 西湖区 文三路100号(310012)");
    QString mobile = QStringLiteral("13812345678");
    QString created, paid; ///< "yyyy-MM-dd HH:mm:ss"
    QString shop = QString::fromUtf8("小店"); ///< 店铺名称
    int units = 1;
};
struct ExportLine {
    QString orderNo, title, price, attributes, merchantCode;
    int quantity = 1;
};

/// Writes the order report and the item report into `dir`; gives their paths.
std::pair<QString, QString> writeExport(
    const QString &dir, const QString &stamp, const QList<ExportOrder> &orders, const QList<ExportLine> &lines);

} // namespace shopdesk::test
