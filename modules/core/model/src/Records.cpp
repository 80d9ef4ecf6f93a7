#include "shopdesk/core/Records.h"

#include "shopdesk/core/LocalTime.h"
#include "shopdesk/core/StockLedger.h"

#include <QtGlobal>

#include <ctime>

namespace shopdesk::core {

namespace codes {
QStringList roles() { return { kRoleTraffic, kRoleProfit, kRoleImage }; }
QStringList orderStatuses() { return { kOrderUnpaid, kOrderPaid, kOrderShipped, kOrderFinished, kOrderClosed }; }
QStringList moveKinds()
{
    return { kMoveReceive, kMoveShip, kMoveReturn, kMoveExchangeOut, kMoveExchangeIn, kMoveStocktake, kMoveCorrection,
        kMoveOpening };
}
} // namespace codes

namespace {
const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
const QString kDateFormat = QStringLiteral("yyyy-MM-dd");

/// n (0 ≤ n < 10^width) as `width` digits at `out`.
void putDigits(char16_t *out, int n, int width)
{
    for (int i = width - 1; i >= 0; --i, n /= 10)
        out[i] = char16_t(u'0' + n % 10);
}

/// The digits text[from, from + width) as a number, or -1.
int digits(const QString &text, int from, int width)
{
    int v = 0;
    for (int i = from; i < from + width; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}
} // namespace

// Times are local wall-clock text, as they always were. Both directions go by hand: the date and
// time fields of a local QDateTime are read without any time-zone conversion, and parsing costs
// one conversion (the QDateTime's own, which readTimeZoneOnce() keeps from touching the disk)
// where QDateTime::fromString's parser made eight. Anything but the stored form goes the old way.
QString toDbTime(const QDateTime &t)
{
    if (!t.isValid())
        return QString();
    const QDate d = t.date();
    const QTime h = t.time();
    if (d.year() < 0 || d.year() > 9999)
        return t.toString(kTimeFormat);
    QString text(19, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    putDigits(out, d.year(), 4);
    out[4] = u'-';
    putDigits(out + 5, d.month(), 2);
    out[7] = u'-';
    putDigits(out + 8, d.day(), 2);
    out[10] = u' ';
    putDigits(out + 11, h.hour(), 2);
    out[13] = u':';
    putDigits(out + 14, h.minute(), 2);
    out[16] = u':';
    putDigits(out + 17, h.second(), 2);
    return text;
}

QDateTime fromDbTime(const QString &text)
{
    if (text.size() == 19 && text[4] == u'-' && text[7] == u'-' && text[10] == u' ' && text[13] == u':'
        && text[16] == u':') {
        const QDate d(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2));
        const QTime t(digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2));
        if (d.isValid() && t.isValid())
            return QDateTime(d, t);
    }
    return QDateTime::fromString(text, kTimeFormat);
}

void readTimeZoneOnce()
{
    if (qEnvironmentVariableIsSet("TZ"))
        return;
    qputenv("TZ", ":/etc/localtime");
    tzset();
}
QString toDbDate(QDate d) { return d.isValid() ? d.toString(kDateFormat) : QString(); }
QDate fromDbDate(const QString &text) { return QDate::fromString(text, kDateFormat); }

} // namespace shopdesk::core
