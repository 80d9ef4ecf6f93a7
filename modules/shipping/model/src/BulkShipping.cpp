#include "shopdesk/shipping/BulkShipping.h"

#include "shopdesk/shipping/CourierRepository.h"

#include <shopdesk/core/Database.h>
#include <shopdesk/core/Transaction.h>

#include <QFileInfo>
#include <QSaveFile>
#include <QStringEncoder>

namespace shopdesk::shipping {

using core::Error;
using core::Result;
using core::Status;

QString BulkShipping::builtInPlatformName(const QString &courier)
{
    // The names the seller centre's 物流公司 list gives (its own words, not translated).
    struct Name {
        const char *code, *name;
    };
    static const Name names[] = { { "STO", "申通快递" }, { "YTO", "圆通速递" }, { "ZTO", "中通快递" },
        { "YD", "韵达快递" }, { "SF", "顺丰速运" }, { "EMS", "邮政EMS" }, { "JT", "极兔速递" }, { "JD", "京东快递" },
        { "DBL", "德邦快递" }, { "YZPY", "邮政快递包裹" } };
    for (const Name &n : names)
        if (courier == QLatin1String(n.code))
            return QString::fromUtf8(n.name);
    return {};
}

QString BulkShipping::platformName(const QString &courier) const
{
    const QString builtIn = builtInPlatformName(courier);
    if (!builtIn.isEmpty())
        return builtIn;
    auto own = CourierRepository(mDb).shopCourier(courier);
    return own && own->has_value() ? (*own)->platformName : QString();
}

QStringList BulkShipping::header()
{
    return { QString::fromUtf8("订单编号"), QString::fromUtf8("物流公司"), QString::fromUtf8("运单号") };
}

namespace {
/// A long number kept as text when Excel opens the file: ="…", as the platform's own export writes it.
QString asText(const QString &number) { return QStringLiteral("=\"%1\"").arg(number); }

/// A field as CSV writes it: quoted when it holds a comma, a quote or a line break.
QString csvField(const QString &f)
{
    if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n'))
        || f.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + QString(f).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
    return f;
}
} // namespace

Result<BulkShippingSummary> BulkShipping::exportShipped(
    const QString &path, std::optional<QDate> day, const QString &actor)
{
    BulkShippingRepository repo(mDb);
    auto orders = repo.shipped(day);
    if (!orders)
        return orders.error();
    QStringList lines { header().join(QLatin1Char(',')) };
    BulkShippingSummary summary;
    summary.file = path;
    QList<qint64> ids;
    for (const ShippedForPlatform &o : std::as_const(*orders)) {
        const QString courier = platformName(o.courier);
        if (courier.isEmpty())
            return Error { tr("The order %1 went by a courier the platform's list does not name; give the courier "
                              "its platform name in the courier rules first. Nothing was written.")
                               .arg(o.orderNo) };
        // Order numbers and tracking numbers are long numbers: guarded as text; a tracking number
        // with letters (YT…, SF…) needs no guard. The guard goes outside the CSV quoting.
        const bool digits
            = std::all_of(o.trackingNo.cbegin(), o.trackingNo.cend(), [](QChar c) { return c.isDigit(); });
        lines << QStringList { asText(o.orderNo), csvField(courier),
            digits ? asText(o.trackingNo) : csvField(o.trackingNo) }
                     .join(QLatin1Char(','));
        summary.orderNos << o.orderNo;
        ids << o.orderId;
    }
    QStringEncoder gbk("GB18030");
    const QByteArray bytes = gbk.encode(lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"));
    if (gbk.hasError())
        return Error { tr("The bulk-shipping file cannot be written in GBK.") };
    // The file and the record of what it holds go together: the record is written in a
    // transaction that commits only once the file is in place.
    core::Transaction tx(mDb);
    if (!tx.isActive())
        return tx.beginStatus().error();
    if (Status s = repo.markExported(ids, QFileInfo(path).fileName(), actor); !s)
        return s.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error { tr("“%1” cannot be written.").arg(QFileInfo(path).fileName()) };
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace shopdesk::shipping
