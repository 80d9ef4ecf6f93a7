#pragma once

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>

/// The few colours ShopDesk's panels give meaning to (盘亏 red, 盘盈 green, a warning banner, the
/// order flags …), each as a text colour on a background, in a variant for a light and one for a
/// dark palette (a dark desktop theme, QT_QPA_PLATFORMTHEME, or a dark QPalette): the one that
/// fits the palette in use is picked, so the text stays readable (contrast ≥ 4.5, WCAG AA).
namespace shopdesk::core::colours {

enum class Role {
    Shortage, ///< 盘亏, a negative variance: a cell's background and its text
    Surplus, ///< 盘盈, a positive variance
    Warning, ///< a banner that asks for attention (the reorder reminder, an uncounted-SKU warning)
    Highlight, ///< a row set apart without alarm (the Pareto head, a buyer already told)
    GoodText, ///< a line of text that says all is well, on the panel's own background
    BadText, ///< a line of text that says something is wrong, on the panel's own background
    CautionText, ///< a note to read before going on, on the panel's own background
    MutedText, ///< a record set aside (an item off shelf), on the panel's own background
    FlagRed, ///< the order flags, as the platforms show them
    FlagGreen,
    FlagYellow,
    FlagBlue,
    FlagPurple,
};

/// Every role, for the tests and for whoever lists them.
QList<Role> roles();

struct Pair {
    QColor text, background;
};

/// A palette whose window is dark (its text light): the dark variants are taken.
bool isDark(const QPalette &palette);
/// The role's colours in `palette` (for a …Text role, the background is the palette's Base).
Pair pair(Role role, const QPalette &palette);
/// As pair(role, the application's palette now).
Pair pair(Role role);
/// "color: …; background: …;" for a widget's style sheet (a …Text role sets the colour only).
QString styleSheet(Role role);
/// An order flag's role ("red" → FlagRed), or FlagYellow for a code it does not know.
Role flagRole(const QString &code);

/// The contrast ratio of two colours as WCAG 2 defines it: 1 (the same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace shopdesk::core::colours
