#include "shopdesk/core/Money.h"

#include <QCoreApplication>

namespace shopdesk::core {

Result<Money> Money::parse(const QString &input)
{
    // The plain form an export writes (129.00, -5, 0.5), read in place: an import parses a few
    // hundred thousand of them. Anything else takes the general path below.
    {
        const QStringView v = QStringView(input).trimmed();
        qsizetype i = 0;
        const bool negative = !v.isEmpty() && v.front() == u'-';
        i += negative ? 1 : 0;
        const auto digit = [&](qsizetype at) { return at < v.size() && v[at] >= u'0' && v[at] <= u'9'; };
        qint64 whole = 0;
        int digits = 0;
        for (; digit(i) && digits < 15; ++i, ++digits)
            whole = whole * 10 + (v[i].unicode() - u'0');
        qint64 frac = 0;
        int fracDigits = -1; // no point
        if (digits > 0 && i < v.size() && v[i] == u'.') {
            fracDigits = 0;
            for (++i; digit(i) && fracDigits < 2; ++i, ++fracDigits)
                frac = frac * 10 + (v[i].unicode() - u'0');
        }
        if (digits > 0 && i == v.size() && fracDigits != 0) {
            const qint64 fen = whole * 100 + (fracDigits == 1 ? frac * 10 : frac);
            return Money(negative ? -fen : fen);
        }
    }
    // Full-width digits, point and ￥ typed with a Chinese input method read as ASCII (NFKC).
    QString text = input.trimmed();
    for (QChar c : std::as_const(text))
        if (c.unicode() >= 0x80) {
            text = text.normalized(QString::NormalizationForm_KC);
            break;
        }
    text.remove(QLatin1Char(','));
    text.remove(QChar(0x00A5)); // ¥
    text.remove(QChar(0xFFE5)); // fullwidth ￥
    text = text.trimmed();
    const auto bad = [&] {
        return Error { QCoreApplication::translate(
            "shopdesk::core::Money", "“%1” is not an amount of money (use a form like 129.50).")
                           .arg(input) };
    };
    if (text.isEmpty())
        return bad();
    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text.remove(0, 1);
    }
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    QString frac = dot < 0 ? QString() : text.mid(dot + 1);
    if (whole.isEmpty() || frac.size() > 2 || (dot >= 0 && frac.isEmpty()))
        return bad();
    for (QChar c : QString(whole + frac))
        if (!c.isDigit() || c.unicode() > '9')
            return bad();
    if (whole.size() > 15)
        return bad();
    while (frac.size() < 2)
        frac += QLatin1Char('0');
    const qint64 fen = whole.toLongLong() * 100 + frac.toLongLong();
    return Money(negative ? -fen : fen);
}

QString Money::toPlainString() const
{
    const qint64 a = mFen < 0 ? -mFen : mFen;
    return QStringLiteral("%1%2.%3")
        .arg(mFen < 0 ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toDisplayString() const
{
    const qint64 a = mFen < 0 ? -mFen : mFen;
    QString whole = QString::number(a / 100);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(',')); // 1,299
    return QStringLiteral("%1¥%2.%3")
        .arg(mFen < 0 ? QStringLiteral("-") : QString(), whole)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

} // namespace shopdesk::core
