#include "shopdesk/core/Colours.h"

#include <QGuiApplication>

#include <cmath>

namespace shopdesk::core::colours {

namespace {

struct Variants {
    Role role;
    QRgb lightText, lightBackground, darkText, darkBackground; ///< a background 0: the palette's Base
};

// Light: the pale tints the panels always had, with a dark text of the same hue. Dark: a deep
// tint of the hue with a pale text. Every pair has a contrast of at least 4.5 (the test checks).
constexpr Variants kVariants[] = {
    { Role::Shortage, 0x842029, 0xf8d7da, 0xf8d7da, 0x6a1a21 },
    { Role::Surplus, 0x0f5132, 0xd1e7dd, 0xd1e7dd, 0x0f4a2e },
    { Role::Warning, 0x664d03, 0xfff3cd, 0xffe69c, 0x4d3a00 },
    { Role::Highlight, 0x3d3000, 0xfff3d6, 0xfff3d6, 0x45390f },
    { Role::GoodText, 0x146c43, 0, 0x75d6a0, 0 },
    { Role::BadText, 0xb02a37, 0, 0xff8a94, 0 },
    { Role::CautionText, 0x8a4600, 0, 0xffb74d, 0 },
    { Role::MutedText, 0x595959, 0, 0xb4b4b4, 0 },
    { Role::FlagRed, 0x000000, 0xffcdd2, 0xffffff, 0x7a1f28 },
    { Role::FlagGreen, 0x000000, 0xc8e6c9, 0xffffff, 0x1e5b24 },
    { Role::FlagYellow, 0x000000, 0xfff59d, 0xffffff, 0x5c5000 },
    { Role::FlagBlue, 0x000000, 0xbbdefb, 0xffffff, 0x0d4a7a },
    { Role::FlagPurple, 0x000000, 0xe1bee7, 0xffffff, 0x5a2366 },
};

const Variants &variants(Role role)
{
    for (const Variants &v : kVariants)
        if (v.role == role)
            return v;
    return kVariants[0];
}

double channel(double c)
{
    c /= 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

} // namespace

QList<Role> roles()
{
    QList<Role> out;
    for (const Variants &v : kVariants)
        out << v.role;
    return out;
}

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window)) < luminance(palette.color(QPalette::WindowText));
}

Pair pair(Role role, const QPalette &palette)
{
    const Variants &v = variants(role);
    const bool dark = isDark(palette);
    const QRgb background = dark ? v.darkBackground : v.lightBackground;
    return { QColor(dark ? v.darkText : v.lightText),
        background == 0 ? palette.color(QPalette::Base) : QColor(background) };
}

Pair pair(Role role) { return pair(role, QGuiApplication::palette()); }

QString styleSheet(Role role)
{
    const Pair p = pair(role);
    if (variants(role).lightBackground == 0)
        return QStringLiteral("color: %1;").arg(p.text.name());
    return QStringLiteral("color: %1; background: %2;").arg(p.text.name(), p.background.name());
}

Role flagRole(const QString &code)
{
    if (code == QLatin1String("red"))
        return Role::FlagRed;
    if (code == QLatin1String("green"))
        return Role::FlagGreen;
    if (code == QLatin1String("blue"))
        return Role::FlagBlue;
    if (code == QLatin1String("purple"))
        return Role::FlagPurple;
    return Role::FlagYellow;
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace shopdesk::core::colours
