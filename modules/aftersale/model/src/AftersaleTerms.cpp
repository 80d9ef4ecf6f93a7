#include "shopdesk/aftersale/AftersaleTerms.h"

#include "shopdesk/aftersale/AftersaleRecords.h"

namespace shopdesk::aftersale {

QStringList kinds::all() { return { kReturn, kExchange, kRefundOnly, kLost, kDamaged, kUndeliverable, kRefused }; }

bool kinds::isParcel(const QString &kind)
{
    return kind == kLost || kind == kDamaged || kind == kUndeliverable || kind == kRefused;
}

QStringList states::all() { return { kOpen, kReceived, kRefunded, kResent, kClosed }; }

QString Case::goods() const
{
    QStringList parts;
    for (const CaseLine &l : lines)
        parts << QStringLiteral("%1/%2/%3").arg(l.itemCode, l.color, l.size) + QChar(0x00D7)
                + QString::number(l.quantity);
    return parts.join(QStringLiteral("; "));
}

QString AftersaleTerms::kind(const QString &code)
{
    if (code == kinds::kReturn)
        return tr("Return");
    if (code == kinds::kExchange)
        return tr("Exchange");
    if (code == kinds::kRefundOnly)
        return tr("Refund only");
    if (code == kinds::kLost)
        return tr("Lost parcel");
    if (code == kinds::kDamaged)
        return tr("Damaged parcel");
    if (code == kinds::kUndeliverable)
        return tr("Undeliverable parcel");
    if (code == kinds::kRefused)
        return tr("Refused parcel");
    return tr("Other");
}

QString AftersaleTerms::state(const QString &code)
{
    if (code == states::kOpen)
        return tr("Open");
    if (code == states::kReceived)
        return tr("Goods received");
    if (code == states::kRefunded)
        return tr("Refunded");
    if (code == states::kResent)
        return tr("Replacement sent");
    if (code == states::kClosed)
        return tr("Closed");
    return tr("Other");
}

QString AftersaleTerms::action(const QString &code)
{
    if (code == actions::kOpen)
        return tr("Opened");
    if (code == actions::kReceive)
        return tr("Goods received");
    if (code == actions::kRefund)
        return tr("Refunded");
    if (code == actions::kResend)
        return tr("Replacement sent");
    if (code == actions::kClose)
        return tr("Closed");
    return tr("Other");
}

QString AftersaleTerms::kindCode(const QString &text)
{
    const QString t = text.trimmed();
    static const QList<std::pair<QString, QStringList>> names = {
        { kinds::kReturn, { QString::fromUtf8("退货"), QStringLiteral("Return") } },
        { kinds::kExchange, { QString::fromUtf8("换货"), QStringLiteral("Exchange") } },
        { kinds::kRefundOnly,
            { QString::fromUtf8("仅退款"), QStringLiteral("refund-only"), QStringLiteral("Refund only") } },
        { kinds::kLost, { QString::fromUtf8("丢件"), QStringLiteral("Lost parcel") } },
        { kinds::kDamaged, { QString::fromUtf8("破损"), QStringLiteral("Damaged parcel") } },
        { kinds::kUndeliverable, { QString::fromUtf8("无法派送"), QStringLiteral("Undeliverable parcel") } },
        { kinds::kRefused, { QString::fromUtf8("拒收"), QStringLiteral("Refused parcel") } },
    };
    for (const auto &[code, aliases] : names) {
        if (t.compare(code, Qt::CaseInsensitive) == 0 || t == kind(code))
            return code;
        for (const QString &a : aliases)
            if (t.compare(a, Qt::CaseInsensitive) == 0)
                return code;
    }
    return {};
}

} // namespace shopdesk::aftersale
