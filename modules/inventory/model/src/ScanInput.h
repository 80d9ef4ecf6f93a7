#pragma once

#include <QRegularExpression>
#include <QString>

namespace shopdesk::inventory {

/// What a scanner (or a counter at the keyboard) typed in one line:
///   "6901234567892"      one piece
///   "6901234567892*3"    three pieces (also "6901234567892×3")
///   "*3" or "×3"         the next scan counts three pieces (the quantity key)
struct ScanInput {
    enum class Kind { Empty, Code, Multiplier };
    Kind kind = Kind::Empty;
    QString code;
    int quantity = 1;

    static ScanInput parse(const QString &line)
    {
        ScanInput in;
        const QString text = line.trimmed();
        if (text.isEmpty())
            return in;
        static const QRegularExpression multiplier(QStringLiteral("^[*×]\\s*(\\d{1,6})$"));
        static const QRegularExpression suffix(QStringLiteral("^(.+?)\\s*[*×]\\s*(\\d{1,6})$"));
        if (const auto m = multiplier.match(text); m.hasMatch()) {
            in.kind = Kind::Multiplier;
            in.quantity = m.captured(1).toInt();
            return in;
        }
        in.kind = Kind::Code;
        if (const auto m = suffix.match(text); m.hasMatch()) {
            in.code = m.captured(1);
            in.quantity = m.captured(2).toInt();
        } else {
            in.code = text;
        }
        return in;
    }
};

} // namespace shopdesk::inventory
