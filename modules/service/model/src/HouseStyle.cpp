#include "shopdesk/service/HouseStyle.h"

#include "shopdesk/service/ReplyFiller.h"

#include <shopdesk/core/OrderRepository.h>

#include <QFile>

namespace shopdesk::service {

HouseStyle::HouseStyle()
{
    QFile f(QStringLiteral(":/service/delivery_promises.txt"));
    if (f.open(QIODevice::ReadOnly))
        addPatterns(QString::fromUtf8(f.readAll()));
}

HouseStyle HouseStyle::forShop(const core::Database &db)
{
    HouseStyle style;
    style.addPatterns(core::ShopSettings(db).value(kExtraPatternsSetting));
    return style;
}

QStringList HouseStyle::addPatterns(const QString &lines)
{
    QStringList problems;
    const QStringList all = lines.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString line = all.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QRegularExpression re(line, QRegularExpression::UseUnicodePropertiesOption);
        if (!re.isValid()) {
            problems.append(tr("line %1: “%2” is not a valid pattern (%3)").arg(i + 1).arg(line, re.errorString()));
            continue;
        }
        mPatterns.append(re);
    }
    return problems;
}

QStringList HouseStyle::patterns() const
{
    QStringList out;
    for (const QRegularExpression &re : mPatterns)
        out.append(re.pattern());
    return out;
}

QString HouseStyle::softEndings() { return QString::fromUtf8("呢哦哈啊"); }

QList<StyleViolation> HouseStyle::check(const QString &text) const
{
    QList<StyleViolation> out;
    const QString t = text.trimmed();
    if (!t.startsWith(QString::fromUtf8("亲")))
        out.append({ QStringLiteral("greeting"), tr("does not open with 亲"), t.left(6) });

    // The ending: drop trailing emoticons ([微笑], /:-), ^_^, emoji) and punctuation, then look
    // at the last word character.
    QString end = t;
    static const QRegularExpression trailingCode(QStringLiteral("(\\[[^\\[\\]]{1,8}\\]|/:[^\\s/]{1,6})\\s*$"));
    for (;;) {
        const qsizetype before = end.size();
        end.remove(trailingCode);
        while (!end.isEmpty() && !end.back().isLetterOrNumber())
            end.chop(1);
        // A kaomoji such as (^▽^) or ^_^ may hold a letter-like part; only a few are common.
        if (end.size() == before)
            break;
    }
    if (end.isEmpty() || !softEndings().contains(end.back()))
        out.append({ QStringLiteral("ending"), tr("does not end softly with 呢, 哦, 哈 or 啊"), t.right(6) });

    // Each promise once, even when several patterns catch the same words.
    QList<QPair<qsizetype, qsizetype>> caught;
    for (const QRegularExpression &re : mPatterns) {
        const auto m = re.match(t);
        if (!m.hasMatch())
            continue;
        const bool overlaps = std::any_of(caught.cbegin(), caught.cend(),
            [&](const auto &r) { return m.capturedStart() < r.second && r.first < m.capturedEnd(); });
        if (overlaps)
            continue;
        caught.append({ m.capturedStart(), m.capturedEnd() });
        out.append({ QStringLiteral("delivery_promise"),
            tr("promises a delivery time (“%1”): only the dispatch time may be promised, "
               "e.g. 付款后24小时内发货")
                .arg(m.captured(0)),
            m.captured(0) });
    }

    for (const QString &name : ReplyFiller::fill(t, {}).unknown) {
        if (name.contains(QLatin1Char('{')) || name.contains(QLatin1Char('}')))
            out.append({ QStringLiteral("placeholder"),
                tr("a stray brace at “%1”: a placeholder is written {名称}").arg(name), name });
        else
            out.append({ QStringLiteral("placeholder"), tr("{%1} is not a known placeholder").arg(name),
                QLatin1Char('{') + name + QLatin1Char('}') });
    }
    return out;
}

} // namespace shopdesk::service
