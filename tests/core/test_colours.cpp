// The panels' own colours (盘亏 red, 盘盈 green, warnings, banners, the order flags) come from one
// small palette with a light and a dark variant of each: under a light and under a dark desktop
// palette every text stays readable on its background (contrast ≥ 4.5, WCAG AA).

#include <shopdesk/core/Colours.h>

#include <QGuiApplication>
#include <QPalette>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk::core;

namespace {

/// A light desktop: Qt's own light palette.
QPalette lightPalette() { return QPalette(QColor(0xef, 0xef, 0xef)); }

/// A dark desktop, as a dark theme (or QT_QPA_PLATFORMTHEME with a dark scheme) gives it.
QPalette darkPalette()
{
    QPalette p(QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Base, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::Text, Qt::white);
    return p;
}

} // namespace

TEST_CASE("contrast ratios as WCAG 2 computes them")
{
    CHECK(colours::contrastRatio(Qt::black, Qt::white) == 21.0);
    CHECK(colours::contrastRatio(Qt::white, Qt::white) == 1.0);
    CHECK(colours::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5); // the AA grey on white
    CHECK(colours::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
}

TEST_CASE("every colour of the panels is readable on its background in a light and in a dark palette")
{
    REQUIRE_FALSE(colours::isDark(lightPalette()));
    REQUIRE(colours::isDark(darkPalette()));
    REQUIRE(colours::roles().size() == 13);
    for (const QPalette &palette : { lightPalette(), darkPalette() }) {
        const bool dark = colours::isDark(palette);
        for (colours::Role role : colours::roles()) {
            CAPTURE(dark, int(role));
            const colours::Pair p = colours::pair(role, palette);
            CAPTURE(p.text.name().toStdString(), p.background.name().toStdString());
            CHECK(colours::contrastRatio(p.text, p.background) >= 4.5);
            // The background of a cell or banner sits on the palette's own: it is of its lightness,
            // not a pale tint glaring out of a dark window (or a deep one out of a light window).
            CHECK(colours::isDark(palette) == (p.background.lightness() < 128));
        }
    }
    // The light variants are the tints the panels always had.
    CHECK(colours::pair(colours::Role::Shortage, lightPalette()).background == QColor(0xf8, 0xd7, 0xda));
    CHECK(colours::pair(colours::Role::Shortage, darkPalette()).background == QColor(0x6a, 0x1a, 0x21));
    CHECK(colours::pair(colours::Role::BadText, darkPalette()).background == QColor(0x2a, 0x2a, 0x2a));
}

TEST_CASE("a widget's style sheet takes the variant of the application's palette now")
{
    const QPalette before = QGuiApplication::palette();
    QGuiApplication::setPalette(darkPalette());
    CHECK(colours::styleSheet(colours::Role::Warning) == QStringLiteral("color: #ffe69c; background: #4d3a00;"));
    CHECK(colours::styleSheet(colours::Role::GoodText) == QStringLiteral("color: #75d6a0;"));
    QGuiApplication::setPalette(lightPalette());
    CHECK(colours::styleSheet(colours::Role::Warning) == QStringLiteral("color: #664d03; background: #fff3cd;"));
    CHECK(colours::styleSheet(colours::Role::GoodText) == QStringLiteral("color: #146c43;"));
    CHECK(colours::flagRole(QStringLiteral("red")) == colours::Role::FlagRed);
    CHECK(colours::flagRole(QStringLiteral("purple")) == colours::Role::FlagPurple);
    QGuiApplication::setPalette(before);
}
