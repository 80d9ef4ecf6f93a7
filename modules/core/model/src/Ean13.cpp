#include "shopdesk/core/Ean13.h"

namespace shopdesk::core::ean13 {

int checkDigit(QStringView digits)
{
    int sum = 0;
    for (qsizetype i = 0; i < 12 && i < digits.size(); ++i) {
        const int d = digits[i].unicode() - '0';
        sum += (i % 2 == 0) ? d : 3 * d;
    }
    return (10 - sum % 10) % 10;
}

bool isValid(QStringView code)
{
    if (code.size() != 13)
        return false;
    for (QChar c : code)
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    return checkDigit(code.left(12)) == code[12].unicode() - '0';
}

QString inStore(int prefix, qint64 serial)
{
    Q_ASSERT(prefix >= 20 && prefix <= 29);
    const QString twelve = QStringLiteral("%1%2").arg(prefix).arg(serial, 10, 10, QLatin1Char('0'));
    return twelve + QString::number(checkDigit(twelve));
}

} // namespace shopdesk::core::ean13
