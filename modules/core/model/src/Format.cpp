#include "shopdesk/core/Format.h"

#include "shopdesk/core/Language.h"
#include "shopdesk/core/Locale.h"
#include "shopdesk/core/Vocabulary.h"

#include <QLocale>
#include <QStringList>

namespace shopdesk::core::format {

QString money(Money amount) { return amount.toDisplayString(); }

QString moneyKpi(Money amount)
{
    const qint64 fen = amount.fen() < 0 ? -amount.fen() : amount.fen();
    const QString sign = amount.fen() < 0 ? QStringLiteral("-") : QString();
    if (language::current() == QLatin1String("zh_CN") && fen >= 1000000) {
        // 万 with two decimals, rounded half up in integer arithmetic: 398,749 → 39.87万.
        const qint64 hundredthsOfWan = (fen + 5000) / 10000; // 1 万 = 1,000,000 fen
        return QStringLiteral("%1¥%2.%3万")
            .arg(sign)
            .arg(hundredthsOfWan / 100)
            .arg(hundredthsOfWan % 100, 2, 10, QLatin1Char('0'));
    }
    return sign + QStringLiteral("¥") + number((fen + 50) / 100);
}

QString number(qint64 value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::DefaultNumberOptions); // with group separators
    return locale.toString(value);
}

QString date(const QDate &day) { return day.isValid() ? day.toString(QStringLiteral("yyyy-MM-dd")) : QString(); }

QString dateTime(const QDateTime &at)
{
    return at.isValid() ? at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString messageItemName(const QString &shortName, const QString &categoryCode, const QString &color,
    const QString &size, const QString &lastResort)
{
    QStringList parts;
    QString name = shortName.simplified();
    if (name.isEmpty() && !categoryCode.trimmed().isEmpty())
        name = language::chinese("shopdesk::core::Vocabulary", Vocabulary::category(categoryCode.trimmed()));
    parts << (name.isEmpty() ? lastResort.simplified() : name);
    if (!color.trimmed().isEmpty())
        parts << color.trimmed();
    if (const QString s = size.trimmed(); !s.isEmpty())
        parts << (s.endsWith(QString::fromUtf8("码")) ? s : s + QString::fromUtf8("码"));
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

} // namespace shopdesk::core::format
