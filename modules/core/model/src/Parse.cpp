#include "shopdesk/core/Parse.h"

#include "shopdesk/core/Money.h"

#include <QLocale>

#include <cmath>

namespace shopdesk::core {

namespace {
bool isAsciiDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }

/// The value of `s` if it is 1 to `maxDigits` ASCII digits, else -1.
int digits(QStringView s, int minDigits, int maxDigits)
{
    if (s.size() < minDigits || s.size() > maxDigits)
        return -1;
    int v = 0;
    for (QChar c : s) {
        if (!isAsciiDigit(c))
            return -1;
        v = v * 10 + (c.unicode() - u'0');
    }
    return v;
}

bool plainAscii(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}
} // namespace

QString Parse::normalized(const QString &text)
{
    // Most text is plain ASCII already: no normalisation to pay for.
    if (plainAscii(text))
        return text.trimmed();
    return text.normalized(QString::NormalizationForm_KC).trimmed();
}

std::optional<QDate> Parse::date(const QString &text)
{
    const QString t = normalized(text);
    int y = -1, m = -1, d = -1;
    QChar sep;
    for (QChar c : t)
        if (c == u'-' || c == u'/' || c == u'.') {
            sep = c;
            break;
        }
    if (sep.isNull()) {
        if (t.size() != 8) // 20261120
            return std::nullopt;
        y = digits(QStringView(t).left(4), 4, 4);
        m = digits(QStringView(t).mid(4, 2), 2, 2);
        d = digits(QStringView(t).mid(6, 2), 2, 2);
    } else {
        const QList<QStringView> parts = QStringView(t).split(sep);
        if (parts.size() != 3)
            return std::nullopt;
        y = digits(parts[0], 4, 4);
        m = digits(parts[1], 1, 2);
        d = digits(parts[2], 1, 2);
    }
    if (y < 0 || m < 0 || d < 0 || !QDate::isValid(y, m, d))
        return std::nullopt;
    return QDate(y, m, d);
}

std::optional<QDateTime> Parse::dateTime(const QString &text)
{
    // The exports' own form, 2026-11-20 14:05:00, read in place (an order import reads 200,000).
    if (text.size() == 19 && text[4] == u'-' && text[7] == u'-' && text[10] == u' ' && text[13] == u':'
        && text[16] == u':') {
        const QStringView v(text);
        const int y = digits(v.mid(0, 4), 4, 4), m = digits(v.mid(5, 2), 2, 2), d = digits(v.mid(8, 2), 2, 2);
        const int h = digits(v.mid(11, 2), 2, 2), min = digits(v.mid(14, 2), 2, 2), s = digits(v.mid(17, 2), 2, 2);
        if (y >= 0 && m >= 0 && d >= 0 && h >= 0 && min >= 0 && s >= 0) {
            if (!QDate::isValid(y, m, d) || !QTime::isValid(h, min, s))
                return std::nullopt;
            return QDateTime(QDate(y, m, d), QTime(h, min, s));
        }
        // not ASCII digits (full-width ones, say): read below, after normalising
    }
    const QString t = normalized(text);
    const qsizetype space = t.indexOf(u' ');
    if (space < 0)
        return std::nullopt;
    const auto day = date(t.left(space));
    if (!day)
        return std::nullopt;
    const QList<QStringView> parts = QStringView(t).mid(space + 1).trimmed().split(u':');
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    const int h = digits(parts[0], 1, 2), min = digits(parts[1], 2, 2);
    const int s = parts.size() == 3 ? digits(parts[2], 2, 2) : 0;
    if (h < 0 || min < 0 || s < 0 || !QTime::isValid(h, min, s))
        return std::nullopt;
    return QDateTime(*day, QTime(h, min, s));
}

std::optional<qint64> Parse::whole(const QString &text, qint64 max)
{
    QString t = normalized(text);
    t.remove(u',');
    if (t.isEmpty() || t.size() > 18)
        return std::nullopt;
    qint64 v = 0;
    for (QChar c : t) {
        if (!isAsciiDigit(c))
            return std::nullopt;
        v = v * 10 + (c.unicode() - u'0');
    }
    if (v > max)
        return std::nullopt;
    return v;
}

std::optional<double> Parse::decimal(const QString &text, double max)
{
    QString t = normalized(text);
    t.remove(u',');
    const qsizetype dot = t.indexOf(u'.');
    const QStringView whole = dot < 0 ? QStringView(t) : QStringView(t).left(dot);
    const QStringView frac = dot < 0 ? QStringView() : QStringView(t).mid(dot + 1);
    if (whole.isEmpty() || whole.size() > 12 || (dot >= 0 && (frac.isEmpty() || frac.size() > 6)))
        return std::nullopt;
    for (QStringView part : { whole, frac })
        for (QChar c : part)
            if (!isAsciiDigit(c))
                return std::nullopt;
    bool ok = false;
    const double v = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(v) || v < 0 || v > max)
        return std::nullopt;
    return v;
}

QString Parse::notADate(const QString &text) { return tr("“%1” is not a date like 2026-11-20.").arg(text); }

QString Parse::notATime(const QString &text)
{
    return tr("“%1” is not a time (use a form like 2026-11-20 14:05:00).").arg(text);
}

QString Parse::notAQuantity(const QString &text)
{
    return tr("“%1” is not a number of pieces from 1 to 9,999.").arg(text);
}

QString Parse::tooMuchMoney(const QString &text, qint64 limitFen)
{
    return tr("“%1” is more than %2, the most one line may hold (a shop that sells more raises it in "
              "File → Shop settings).")
        .arg(text, Money::fromFen(limitFen).toDisplayString());
}

} // namespace shopdesk::core
