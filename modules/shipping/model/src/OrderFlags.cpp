#include "shopdesk/shipping/OrderFlags.h"

#include <array>

namespace shopdesk::shipping::OrderFlags {

namespace {
struct Flag {
    const char *code;
    QRgb colour;
};
constexpr std::array kFlags { Flag { "red", 0xffcdd2 }, Flag { "green", 0xc8e6c9 }, Flag { "yellow", 0xfff59d },
    Flag { "blue", 0xbbdefb }, Flag { "purple", 0xe1bee7 } };
} // namespace

const QStringList &codes()
{
    static const QStringList list = [] {
        QStringList out;
        for (const Flag &f : kFlags)
            out << QLatin1String(f.code);
        return out;
    }();
    return list;
}

bool isFlag(const QString &code) { return code.isEmpty() || codes().contains(code); }

QColor colour(const QString &code)
{
    for (const Flag &f : kFlags)
        if (code == QLatin1String(f.code))
            return QColor(f.colour);
    return {};
}

} // namespace shopdesk::shipping::OrderFlags
