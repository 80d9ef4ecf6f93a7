#include "shopdesk/service/ReplyFiller.h"

#include <QRegularExpression>

namespace shopdesk::service {

namespace {
/// The fact that names each line with its colour and size ("牛仔裤 深蓝色 30码", see
/// FactsRepository): {宝贝} takes it when the reply does not name the colour and size itself.
const QString kItemLineKey = QStringLiteral("item_line");

QString u8(const char *s) { return QString::fromUtf8(s); }

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([^{}\\n]{1,24})\\}"));
    return re;
}
} // namespace

const QList<PlaceholderSpec> &ReplyFiller::placeholders()
{
    static const QList<PlaceholderSpec> specs = {
        { QStringLiteral("buyer"), u8("买家"), { QStringLiteral("buyer"), QStringLiteral("nick") } },
        { QStringLiteral("order"), u8("订单号"), { QStringLiteral("order"), QStringLiteral("order_no") } },
        { QStringLiteral("item"), u8("宝贝"), { QStringLiteral("item"), QStringLiteral("goods") } },
        { QStringLiteral("color"), u8("颜色"), { QStringLiteral("color"), QStringLiteral("colour") } },
        { QStringLiteral("size"), u8("尺码"), { QStringLiteral("size") } },
        { QStringLiteral("available"), u8("可用库存"), { QStringLiteral("available"), QStringLiteral("stock") } },
        { QStringLiteral("courier"), u8("快递"), { QStringLiteral("courier") } },
        { QStringLiteral("tracking"), u8("运单号"), { QStringLiteral("tracking"), QStringLiteral("tracking_no") } },
        { QStringLiteral("shipped"), u8("发货日期"),
            { QStringLiteral("shipped"), QStringLiteral("ship_date"), QStringLiteral("dispatch_date") } },
        { QStringLiteral("paid"), u8("付款时间"),
            { QStringLiteral("paid"), QStringLiteral("paid_at"), QStringLiteral("pay_time") } },
        { QStringLiteral("return_address"), u8("退货地址"), { QStringLiteral("return_address") } },
        { QStringLiteral("bank_account"), u8("银行账号"), { QStringLiteral("bank_account"), QStringLiteral("bank") } },
        { QStringLiteral("shop"), u8("店铺"), { QStringLiteral("shop"), QStringLiteral("shop_name") } },
        { QStringLiteral("promotion"), u8("促销"), { QStringLiteral("promotion"), QStringLiteral("promo") } },
    };
    return specs;
}

QString ReplyFiller::keyFor(const QString &name)
{
    const QString n = name.trimmed();
    for (const PlaceholderSpec &p : placeholders()) {
        if (n == p.chineseName || p.aliases.contains(n, Qt::CaseInsensitive))
            return p.key;
    }
    return {};
}

QString ReplyFiller::braced(const QString &key)
{
    for (const PlaceholderSpec &p : placeholders()) {
        if (p.key == key)
            return QLatin1Char('{') + p.chineseName + QLatin1Char('}');
    }
    return QLatin1Char('{') + key + QLatin1Char('}');
}

QString ReplyFiller::label(const QString &key)
{
    if (key == QLatin1String("buyer"))
        return tr("buyer");
    if (key == QLatin1String("order"))
        return tr("order number");
    if (key == QLatin1String("item"))
        return tr("item");
    if (key == QLatin1String("color"))
        return tr("colour");
    if (key == QLatin1String("size"))
        return tr("size");
    if (key == QLatin1String("available"))
        return tr("available stock");
    if (key == QLatin1String("courier"))
        return tr("courier");
    if (key == QLatin1String("tracking"))
        return tr("tracking number");
    if (key == QLatin1String("shipped"))
        return tr("dispatch date");
    if (key == QLatin1String("paid"))
        return tr("payment time");
    if (key == QLatin1String("return_address"))
        return tr("return address");
    if (key == QLatin1String("bank_account"))
        return tr("bank account");
    if (key == QLatin1String("shop"))
        return tr("shop name");
    if (key == QLatin1String("promotion"))
        return tr("promotion");
    return key;
}

QStringList ReplyFiller::keysIn(const QString &text)
{
    QStringList keys;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString key = keyFor(it.next().captured(1));
        if (!key.isEmpty() && !keys.contains(key))
            keys.append(key);
    }
    return keys;
}

QStringList ReplyFiller::unknownIn(const QString &text)
{
    QStringList names;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (keyFor(name).isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names;
}

FillResult ReplyFiller::fill(const QString &text, const Facts &facts)
{
    FillResult r;
    QString out;
    out.reserve(text.size() + 64);
    qsizetype last = 0;
    // Literal text between placeholders must hold no brace: a stray one is a mistyped
    // placeholder, never sent raw. (Fact values may hold anything.)
    auto literal = [&](QStringView part) {
        for (QChar c : part) {
            if (c == QLatin1Char('{') || c == QLatin1Char('}')) {
                const qsizetype at = part.indexOf(c);
                const QString stray = part.mid(at, 8).toString();
                if (!r.unknown.contains(stray))
                    r.unknown.append(stray);
                break;
            }
        }
        out += part;
    };
    const QStringList used = keysIn(text);
    const bool namesVariant = used.contains(QLatin1String("color")) || used.contains(QLatin1String("size"));
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        literal(QStringView(text).mid(last, m.capturedStart() - last));
        last = m.capturedEnd();
        const QString key = keyFor(m.captured(1));
        if (key.isEmpty()) {
            if (!r.unknown.contains(m.captured(1)))
                r.unknown.append(m.captured(1));
            continue;
        }
        QString value = facts.value(key).trimmed();
        if (key == QLatin1String("item") && !namesVariant && !facts.value(kItemLineKey).trimmed().isEmpty())
            value = facts.value(kItemLineKey).trimmed();
        if (value.isEmpty()) {
            if (!r.missing.contains(key))
                r.missing.append(key);
            continue;
        }
        out += value;
    }
    literal(QStringView(text).mid(last));
    if (r.complete())
        r.text = out;
    return r;
}

namespace {
/// A reply without its opening address ("亲，" "亲爱的，" "亲爱的小王，"), for all but the first
/// reply of a message: the buyer is addressed once.
QString withoutAddress(const QString &text)
{
    static const QRegularExpression opening(QString::fromUtf8(R"(^\s*(亲爱的[^，,！!～~\s]{0,12}|亲)[，,！!～~]\s*)"));
    const auto m = opening.match(text);
    return m.hasMatch() && m.capturedLength() < text.size() ? text.mid(m.capturedLength()) : text;
}
} // namespace

// The buyer is addressed once: a later reply's opening 亲 (亲，/ 亲爱的…，) is left out.
FillResult ReplyFiller::stack(const QStringList &texts, const Facts &facts)
{
    FillResult all;
    QStringList parts;
    for (const QString &t : texts) {
        FillResult one = fill(t, facts);
        for (const QString &k : std::as_const(one.missing))
            if (!all.missing.contains(k))
                all.missing.append(k);
        for (const QString &u : std::as_const(one.unknown))
            if (!all.unknown.contains(u))
                all.unknown.append(u);
        parts.append(parts.isEmpty() ? one.text : withoutAddress(one.text));
    }
    if (all.complete())
        all.text = parts.join(QLatin1Char('\n'));
    return all;
}

QString ReplyFiller::refusal(const FillResult &result)
{
    QStringList names;
    for (const QString &k : result.missing)
        names.append(tr("%1 %2").arg(braced(k), label(k)));
    QStringList problems;
    if (!names.isEmpty())
        problems.append(tr("no value for %1").arg(names.join(tr(", "))));
    if (!result.unknown.isEmpty()) {
        QStringList u;
        for (const QString &n : result.unknown)
            u.append(n.contains(QLatin1Char('{')) || n.contains(QLatin1Char('}'))
                    ? tr("“%1”").arg(n)
                    : QLatin1Char('{') + n + QLatin1Char('}'));
        problems.append(tr("unknown placeholder %1").arg(u.join(tr(", "))));
    }
    return tr("The reply cannot be sent yet: %1.").arg(problems.join(tr("; ")));
}

} // namespace shopdesk::service
