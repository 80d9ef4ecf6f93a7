#pragma once

#include <QByteArray>
#include <QFont>
#include <QString>

namespace shopdesk::core {

/// The font every printout (waybills, labels, pick lists, reports: PDF and printer alike) sets its
/// Chinese text in.
///
/// Qt's PDF writer builds each embedded font's ToUnicode map, the text layer that copying,
/// searching and pdftotext read, by giving each glyph the lowest code point that maps to it. CJK
/// fonts map the Kangxi radicals (U+2F00…) and other compatibility characters to the glyphs of the
/// ideographs themselves, so 牛 came out of a ShopDesk PDF as ⽜ (U+2F5C), 文 as ⽂, 色 as ⾊. The
/// print font is the system's Noto Sans CJK SC (Debian's fonts-noto-cjk) with those duplicate
/// mappings taken out of its character map and its own family name, registered once per process;
/// it draws exactly the same glyphs. Where that font is not installed, the first CJK family found
/// is used as it is.
class PrintFont {
public:
    /// The family to print with ("ShopDesk Print CJK", or a system family when Noto is missing).
    static QString family();
    /// `base` set in the print font (unchanged when there is none).
    static QFont font(QFont base);

    /// `font` (an OpenType font or a collection holding the face called `faceFamily`) as a
    /// standalone font whose character map no longer sends a code point below U+4E00 to a glyph
    /// that a CJK unified ideograph (U+4E00–U+9FFF) also uses, renamed `newFamily`. Empty when
    /// `font` is not such a font.
    static QByteArray withoutDuplicateMappings(
        const QByteArray &font, const QString &faceFamily, const QString &newFamily);
};

} // namespace shopdesk::core
