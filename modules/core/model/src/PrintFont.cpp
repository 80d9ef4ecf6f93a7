#include "shopdesk/core/PrintFont.h"

#include <QFile>
#include <QFontDatabase>
#include <QHash>
#include <QList>
#include <QLoggingCategory>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <optional>
#include <tuple>

Q_LOGGING_CATEGORY(lcPrintFont, "shopdesk.core.printfont", QtWarningMsg)

namespace shopdesk::core {

namespace {

/// Big-endian reads that never run past the end: a read out of range gives 0 and clears `ok`.
struct Bytes {
    const QByteArray &data;
    bool ok = true;

    quint32 u(qint64 at, int size)
    {
        if (at < 0 || at + size > data.size()) {
            ok = false;
            return 0;
        }
        quint32 v = 0;
        for (int i = 0; i < size; ++i)
            v = (v << 8) | quint8(data[at + i]);
        return v;
    }
    quint16 u16(qint64 at) { return quint16(u(at, 2)); }
    quint32 u32(qint64 at) { return u(at, 4); }
};

void put16(QByteArray &out, quint32 v)
{
    out.append(char((v >> 8) & 0xff));
    out.append(char(v & 0xff));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, v >> 16);
    put16(out, v & 0xffff);
}

constexpr quint32 tag(const char (&t)[5])
{
    return quint32(quint8(t[0])) << 24 | quint32(quint8(t[1])) << 16 | quint32(quint8(t[2])) << 8 | quint8(t[3]);
}

struct Table {
    quint32 tag = 0;
    QByteArray data;
};

/// The tables of the face whose table directory starts at `at`, or none when it is malformed.
std::optional<QList<Table>> tablesAt(const QByteArray &font, qint64 at)
{
    Bytes b { font };
    const quint16 count = b.u16(at + 4);
    QList<Table> out;
    for (int i = 0; i < count; ++i) {
        const qint64 rec = at + 12 + 16 * qint64(i);
        const quint32 t = b.u32(rec), offset = b.u32(rec + 8), length = b.u32(rec + 12);
        if (!b.ok || qint64(offset) + qint64(length) > font.size())
            return std::nullopt;
        // A view into `font`, not a copy (the CJK outlines alone are 17 MB): withoutDuplicateMappings
        // keeps `font` alive until the new face is written.
        out.append({ t, QByteArray::fromRawData(font.constData() + offset, qsizetype(length)) });
    }
    if (!b.ok || out.isEmpty())
        return std::nullopt;
    return out;
}

QByteArray tableOf(const QList<Table> &tables, quint32 t)
{
    for (const Table &x : tables)
        if (x.tag == t)
            return x.data;
    return {};
}

/// Name `id` of a 'name' table, from its Windows Unicode record (or its Mac Roman one).
QString nameOf(const QByteArray &name, quint16 id)
{
    Bytes b { name };
    const quint16 count = b.u16(2), strings = b.u16(4);
    QString mac;
    for (int i = 0; i < count && b.ok; ++i) {
        const qint64 rec = 6 + 12 * qint64(i);
        const quint16 platform = b.u16(rec), nameId = b.u16(rec + 6), length = b.u16(rec + 8), offset = b.u16(rec + 10);
        if (nameId != id || qint64(strings) + offset + length > name.size())
            continue;
        const QByteArray raw = name.mid(strings + offset, length);
        if (platform == 3 || platform == 0) {
            QString s;
            for (qsizetype k = 0; k + 1 < raw.size(); k += 2)
                s.append(QChar(quint16(quint8(raw[k]) << 8 | quint8(raw[k + 1]))));
            return s;
        }
        if (platform == 1 && mac.isEmpty())
            mac = QString::fromLatin1(raw);
    }
    return mac;
}

/// A 'name' table of just the names a font loader reads: family, style, full and PostScript name.
QByteArray nameTable(const QString &family, const QString &style)
{
    QString postscript = family + QLatin1Char('-') + style;
    postscript.remove(QLatin1Char(' '));
    const QList<std::pair<quint16, QString>> names
        = { { 1, family }, { 2, style }, { 4, family + QLatin1Char(' ') + style }, { 6, postscript } };
    QByteArray strings, out;
    put16(out, 0);
    put16(out, quint32(names.size()));
    put16(out, quint32(6 + 12 * names.size()));
    for (const auto &[id, text] : names) {
        QByteArray utf16;
        for (QChar c : text)
            put16(utf16, c.unicode());
        put16(out, 3); // Windows
        put16(out, 1); // Unicode BMP
        put16(out, 0x409); // en-US
        put16(out, id);
        put16(out, quint32(utf16.size()));
        put16(out, quint32(strings.size()));
        strings += utf16;
    }
    return out + strings;
}

/// The character map's full-repertoire (format 12) mapping, code point → glyph.
std::optional<QMap<quint32, quint32>> unicodeMap(const QByteArray &cmap)
{
    Bytes b { cmap };
    const quint16 count = b.u16(2);
    for (int i = 0; i < count && b.ok; ++i) {
        const quint16 platform = b.u16(4 + 8 * i), encoding = b.u16(6 + 8 * i);
        const quint32 offset = b.u32(8 + 8 * i);
        if (!((platform == 3 && encoding == 10) || (platform == 0 && (encoding == 4 || encoding == 6))))
            continue;
        if (b.u16(offset) != 12)
            continue;
        const quint32 groups = b.u32(offset + 12);
        if (!b.ok || qint64(offset) + 16 + 12 * qint64(groups) > cmap.size())
            return std::nullopt;
        QMap<quint32, quint32> out;
        for (quint32 g = 0; g < groups; ++g) {
            const qint64 at = offset + 16 + 12 * qint64(g);
            const quint32 first = b.u32(at), last = b.u32(at + 4), glyph = b.u32(at + 8);
            if (last < first || last > 0x10FFFF)
                return std::nullopt;
            for (quint32 cp = first; cp <= last; ++cp)
                out.insert(cp, glyph + (cp - first));
        }
        return out;
    }
    return std::nullopt;
}

/// A format-4 subtable (the Basic Multilingual Plane, which every font loader reads) of `map`.
QByteArray format4(const QMap<quint32, quint32> &map)
{
    struct Segment {
        quint32 first, last;
        bool delta; ///< glyphs consecutive: glyph = code + delta; otherwise one glyph each in the array
        qsizetype arrayAt;
    };
    QList<Segment> segments;
    QList<quint16> array;
    auto it = map.cbegin();
    while (it != map.cend() && it.key() < 0xFFFF) {
        Segment seg { it.key(), it.key(), true, -1 };
        QList<quint16> glyphs { quint16(it.value()) };
        for (++it; it != map.cend() && it.key() < 0xFFFF && it.key() == seg.last + 1; ++it) {
            seg.delta = seg.delta && it.value() == glyphs.last() + 1u;
            glyphs << quint16(it.value());
            seg.last = it.key();
        }
        if (!seg.delta) {
            seg.arrayAt = array.size();
            array += glyphs;
        }
        segments.append(seg);
    }
    segments.append({ 0xFFFF, 0xFFFF, true, -1 });
    const int n = int(segments.size());
    int selector = 0;
    while ((2 << selector) <= n)
        ++selector;
    const int range = 2 * (1 << selector);
    const qsizetype length = 16 + 8 * qsizetype(n) + 2 * array.size();
    if (length > 0xFFFF)
        return {};
    QByteArray out;
    put16(out, 4);
    put16(out, quint32(length));
    put16(out, 0);
    put16(out, quint32(2 * n));
    put16(out, quint32(range));
    put16(out, quint32(selector));
    put16(out, quint32(2 * n - range));
    for (const Segment &g : std::as_const(segments))
        put16(out, g.last);
    put16(out, 0);
    for (const Segment &g : std::as_const(segments))
        put16(out, g.first);
    for (const Segment &g : std::as_const(segments))
        put16(out, g.first == 0xFFFF ? 1 : g.delta ? quint16(map.value(g.first) - g.first) : 0);
    for (int i = 0; i < n; ++i)
        put16(out, segments[i].arrayAt < 0 ? 0 : quint32(2 * (n - i) + 2 * segments[i].arrayAt));
    for (quint16 glyph : std::as_const(array))
        put16(out, glyph);
    return out;
}

/// A format-12 subtable (the whole of Unicode) of `map`.
QByteArray format12(const QMap<quint32, quint32> &map)
{
    struct Group {
        quint32 first, last, glyph;
    };
    QList<Group> groups;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!groups.isEmpty() && groups.last().last + 1 == it.key()
            && groups.last().glyph + (it.key() - groups.last().first) == it.value())
            groups.last().last = it.key();
        else
            groups.append({ it.key(), it.key(), it.value() });
    }
    QByteArray out;
    put16(out, 12);
    put16(out, 0);
    put32(out, quint32(16 + 12 * groups.size()));
    put32(out, 0);
    put32(out, quint32(groups.size()));
    for (const Group &g : std::as_const(groups)) {
        put32(out, g.first);
        put32(out, g.last);
        put32(out, g.glyph);
    }
    return out;
}

/// A 'cmap' table of `map`: a format-4 subtable for the BMP and a format-12 one for all of Unicode,
/// each under the Unicode and the Windows platform (as the fonts it is made from have them).
QByteArray cmapTable(const QMap<quint32, quint32> &map)
{
    const QByteArray bmp = format4(map), full = format12(map);
    if (bmp.isEmpty())
        return {};
    QByteArray out;
    put16(out, 0);
    put16(out, 4);
    const quint32 bmpAt = 4 + 4 * 8, fullAt = bmpAt + quint32(bmp.size());
    for (const auto &[platform, encoding, at] : { std::tuple { 0, 3, bmpAt }, std::tuple { 0, 4, fullAt },
             std::tuple { 3, 1, bmpAt }, std::tuple { 3, 10, fullAt } }) {
        put16(out, quint32(platform));
        put16(out, quint32(encoding));
        put32(out, at);
    }
    return out + bmp + full;
}

/// The sum of the table as big-endian 32-bit words, the last one padded with zeros (read in
/// place: a table may be the font's 17 MB of outlines).
quint32 checksum(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const uchar *>(data.constData());
    const qsizetype n = data.size();
    quint32 sum = 0;
    qsizetype i = 0;
    for (; i + 4 <= n; i += 4)
        sum += quint32(p[i]) << 24 | quint32(p[i + 1]) << 16 | quint32(p[i + 2]) << 8 | quint32(p[i + 3]);
    quint32 last = 0;
    for (int k = 0; k < 4; ++k)
        last = last << 8 | (i + k < n ? quint32(p[i + k]) : 0u);
    return n % 4 ? sum + last : sum;
}

QByteArray sfnt(quint32 version, QList<Table> tables)
{
    std::sort(tables.begin(), tables.end(), [](const Table &a, const Table &b) { return a.tag < b.tag; });
    const int n = int(tables.size());
    int selector = 0;
    while ((2 << selector) <= n)
        ++selector;
    const int range = (1 << selector) * 16;
    const auto padded = [](qint64 size) { return (size + 3) / 4 * 4; };
    qint64 total = 12 + 16 * qint64(n);
    for (const Table &t : std::as_const(tables))
        total += padded(t.data.size());
    // Written once into a buffer of its final size: the face is tens of MB, and each copy of it
    // would stay in the process's peak memory.
    QByteArray out;
    out.reserve(total);
    put32(out, version);
    put16(out, quint32(n));
    put16(out, quint32(range));
    put16(out, quint32(selector));
    put16(out, quint32(n * 16 - range));
    qint64 offset = 12 + 16 * qint64(n);
    qint64 headAt = -1;
    for (Table &t : tables) {
        if (t.tag == tag("head") && t.data.size() >= 12) {
            t.data.replace(8, 4, QByteArray(4, '\0')); // checkSumAdjustment, set below
            headAt = offset;
        }
        put32(out, t.tag);
        put32(out, checksum(t.data));
        put32(out, quint32(offset));
        put32(out, quint32(t.data.size()));
        offset += padded(t.data.size());
    }
    for (const Table &t : std::as_const(tables)) {
        out += t.data;
        out.append(int(padded(t.data.size()) - t.data.size()), '\0');
    }
    if (headAt >= 0) {
        QByteArray adjust;
        put32(adjust, 0xB1B0AFBAu - checksum(out));
        out.replace(headAt + 8, 4, adjust);
    }
    return out;
}

} // namespace

QByteArray PrintFont::withoutDuplicateMappings(
    const QByteArray &font, const QString &faceFamily, const QString &newFamily)
{
    Bytes b { font };
    QList<qint64> faces;
    if (b.u32(0) == tag("ttcf")) {
        const quint32 count = b.u32(8);
        for (quint32 i = 0; i < count && i < 64 && b.ok; ++i)
            faces << b.u32(12 + 4 * qint64(i));
    } else {
        faces << 0;
    }
    if (!b.ok)
        return {};
    for (qint64 at : std::as_const(faces)) {
        auto tables = tablesAt(font, at);
        if (!tables)
            continue;
        const QByteArray name = tableOf(*tables, tag("name"));
        const QString family = nameOf(name, 16).isEmpty() ? nameOf(name, 1) : nameOf(name, 16);
        if (family != faceFamily)
            continue;
        auto map = unicodeMap(tableOf(*tables, tag("cmap")));
        if (!map)
            return {};
        QSet<quint32> ideographGlyphs;
        for (auto it = map->lowerBound(0x4E00); it != map->cend() && it.key() <= 0x9FFF; ++it)
            ideographGlyphs.insert(it.value());
        for (auto it = map->begin(); it != map->end() && it.key() < 0x4E00;)
            it = ideographGlyphs.contains(it.value()) ? map->erase(it) : std::next(it);
        QString style = nameOf(name, 17).isEmpty() ? nameOf(name, 2) : nameOf(name, 17);
        if (style.isEmpty())
            style = QStringLiteral("Regular");
        const QByteArray cmap = cmapTable(*map);
        if (cmap.isEmpty())
            return {};
        QList<Table> out;
        for (const Table &t : std::as_const(*tables)) {
            if (t.tag == tag("cmap"))
                out.append({ t.tag, cmap });
            else if (t.tag == tag("name"))
                out.append({ t.tag, nameTable(newFamily, style) });
            else if (t.tag != tag("DSIG")) // a signature of the old font would be wrong
                out.append(t);
        }
        return sfnt(b.u32(at), out);
    }
    return {};
}

QFont PrintFont::font(QFont base)
{
    if (const QString f = family(); !f.isEmpty())
        base.setFamily(f);
    // Latin runs ("WY-3001/灰色/XL×1") drawn through HarfBuzz took the CJK font's alternate digit
    // glyphs, which no character maps to, so the PDF's text layer lost them. Unshaped, a run draws
    // the glyphs its characters map to; Chinese needs no shaping either.
    base.setStyleStrategy(QFont::StyleStrategy(base.styleStrategy() | QFont::PreferNoShaping));
    base.setKerning(false);
    return base;
}

QString PrintFont::family()
{
    static const QString family = [] {
        const QString mine = QStringLiteral("ShopDesk Print CJK");
        bool registered = false;
        for (const char *file : { "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
                 "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc" }) {
            QFile f(QString::fromLatin1(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            // The collection is read where it lies (mapped), not into memory: 20 MB or more each.
            const uchar *mapped = f.map(0, f.size());
            const QByteArray bytes = mapped
                ? QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), qsizetype(f.size()))
                : f.readAll();
            const QByteArray fixed = withoutDuplicateMappings(bytes, QStringLiteral("Noto Sans CJK SC"), mine);
            if (fixed.isEmpty() || QFontDatabase::addApplicationFontFromData(fixed) < 0)
                qCWarning(lcPrintFont) << "could not make the print font from" << file;
            else
                registered = true;
        }
        if (registered && QFontDatabase::families().contains(mine))
            return mine;
        const QStringList families = QFontDatabase::families();
        for (const char *name : { "Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Zen Hei", "Droid Sans Fallback" })
            if (families.contains(QString::fromLatin1(name)))
                return QString::fromLatin1(name);
        return QString();
    }();
    return family;
}

} // namespace shopdesk::core
