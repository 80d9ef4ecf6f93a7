#include "shopdesk/core/Xlsx.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <cmath>
#include <optional>
#include <zlib.h>

namespace shopdesk::core {

namespace {

struct Part {
    QByteArray bytes;
    std::optional<Error> error;
};

quint32 le32(const uchar *p) { return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24; }
quint16 le16(const uchar *p) { return quint16(p[0] | p[1] << 8); }

/// An open workbook: its zip's central directory, read from the bytes in memory, and the
/// messages that name the file. A small reader of its own over zlib (stored and deflated parts,
/// the CRC checked): QuaZip's copy of minizip exports the same symbols as the system minizip that
/// libxlsxwriter writes through, and one process cannot hold both.
class Book {
public:
    Book(const QByteArray &bytes, const QString &fileName)
        : mBytes(bytes)
        , mName(fileName)
    {
    }

    std::optional<Error> open()
    {
        const auto *d = reinterpret_cast<const uchar *>(mBytes.constData());
        const qsizetype n = mBytes.size();
        // The end of central directory record: 22 bytes and a comment of up to 65,535 at the end.
        qsizetype eocd = -1;
        for (qsizetype i = n - 22; i >= 0 && i >= n - 22 - 65535; --i)
            if (le32(d + i) == 0x06054b50u) {
                eocd = i;
                break;
            }
        if (eocd < 0)
            return damagedZip();
        const quint16 count = le16(d + eocd + 10);
        const quint32 size = le32(d + eocd + 12), offset = le32(d + eocd + 16);
        if (count == 0xFFFF || size == 0xFFFFFFFFu || offset == 0xFFFFFFFFu)
            return tooBig(QStringLiteral("zip64"));
        if (qint64(offset) + size > eocd)
            return damagedZip();
        qsizetype at = offset;
        for (int i = 0; i < count; ++i) {
            if (at + 46 > eocd || le32(d + at) != 0x02014b50u)
                return damagedZip();
            Entry e;
            e.flags = le16(d + at + 8);
            e.method = le16(d + at + 10);
            e.crc = le32(d + at + 16);
            e.packed = le32(d + at + 20);
            e.size = le32(d + at + 24);
            const int nameLength = le16(d + at + 28), extra = le16(d + at + 30), comment = le16(d + at + 32);
            e.local = le32(d + at + 42);
            if (at + 46 + nameLength > eocd)
                return damagedZip();
            const QString name = QString::fromUtf8(reinterpret_cast<const char *>(d + at + 46), nameLength);
            mEntries.insert(name.toLower(), e);
            mNames << name;
            at += 46 + nameLength + extra + comment;
        }
        return std::nullopt;
    }

    Error damagedZip() const
    {
        return Error { Xlsx::tr("%1 looks like an .xlsx file but cannot be unpacked: it may be cut short or damaged. "
                                "Open it in Excel or WPS and save it again.")
                           .arg(mName) };
    }
    Error missing(const QString &part) const
    {
        return Error { Xlsx::tr("%1 is damaged: its part %2 is missing. Open it in Excel or WPS and save it again.")
                           .arg(mName, part) };
    }
    Error badXml(const QString &part, const QXmlStreamReader &xml) const
    {
        return Error { Xlsx::tr("%1 is damaged: its part %2 is not well-formed XML (line %3). Open it in Excel or "
                                "WPS and save it again.")
                           .arg(mName, part)
                           .arg(xml.lineNumber()) };
    }
    Error tooBig(const QString &part) const
    {
        return Error { Xlsx::tr("%1: its part %2 unpacks to more than %3 MB, more than ShopDesk reads from a "
                                "workbook. Save the sheet as CSV and import that.")
                           .arg(mName, part)
                           .arg(Xlsx::kMaxPartBytes / (1024 * 1024)) };
    }

    bool has(const QString &part) const { return mEntries.contains(part.toLower()); }
    const QStringList &names() const { return mNames; }

    /// The unpacked part, at most kMaxPartBytes (whatever its header claims: a zip bomb's does lie).
    Part read(const QString &part, bool required = true)
    {
        const auto it = mEntries.constFind(part.toLower());
        if (it == mEntries.cend()) {
            if (required)
                return { {}, missing(part) };
            return {};
        }
        const Entry &e = *it;
        const auto *d = reinterpret_cast<const uchar *>(mBytes.constData());
        const qsizetype n = mBytes.size();
        if (qint64(e.local) + 30 > n || le32(d + e.local) != 0x04034b50u || (e.flags & 1) != 0)
            return { {}, damagedZip() };
        const qint64 start = qint64(e.local) + 30 + le16(d + e.local + 26) + le16(d + e.local + 28);
        if (start + qint64(e.packed) > n)
            return { {}, damagedZip() };
        const QByteArrayView packed(mBytes.constData() + start, qsizetype(e.packed));
        QByteArray out;
        if (e.method == 0) {
            if (e.packed > Xlsx::kMaxPartBytes)
                return { {}, tooBig(part) };
            out = packed.toByteArray();
        } else if (e.method == 8) {
            // XML packs ten to a hundred times; a part that unpacks to five hundred times its size, and
            // to more than a few megabytes, is a zip bomb.
            const qint64 bombAt = std::max<qint64>(16LL * 1024 * 1024, qint64(e.packed) * 500);
            z_stream z {};
            if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
                return { {}, damagedZip() };
            z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(packed.data()));
            z.avail_in = uInt(packed.size());
            char chunk[64 * 1024];
            int rc = Z_OK;
            while (rc != Z_STREAM_END) {
                z.next_out = reinterpret_cast<Bytef *>(chunk);
                z.avail_out = sizeof chunk;
                rc = inflate(&z, Z_NO_FLUSH);
                if (rc != Z_OK && rc != Z_STREAM_END) {
                    inflateEnd(&z);
                    return { {}, damagedZip() };
                }
                const qsizetype got = qsizetype(sizeof chunk - z.avail_out);
                if (got == 0 && rc == Z_OK && z.avail_in == 0) {
                    inflateEnd(&z);
                    return { {}, damagedZip() }; // the stream stops short
                }
                out.append(chunk, got);
                if (out.size() > Xlsx::kMaxPartBytes) {
                    inflateEnd(&z);
                    return { {}, tooBig(part) };
                }
                if (out.size() > bombAt) {
                    inflateEnd(&z);
                    return { {},
                        Error { Xlsx::tr("%1: its part %2 unpacks to more than five hundred times its packed size, as "
                                         "a zip bomb does; it is not a workbook ShopDesk reads.")
                                    .arg(mName, part) } };
                }
            }
            inflateEnd(&z);
        } else {
            return { {}, damagedZip() };
        }
        if (crc32(0L, reinterpret_cast<const Bytef *>(out.constData()), uInt(out.size())) != e.crc)
            return { {}, damagedZip() }; // the part is damaged
        return { out, std::nullopt };
    }

    const QString &name() const { return mName; }

private:
    struct Entry {
        quint16 flags = 0, method = 0;
        quint32 crc = 0, packed = 0, size = 0, local = 0;
    };
    QByteArray mBytes;
    QString mName;
    QHash<QString, Entry> mEntries; ///< by lower-case name
    QStringList mNames;
};

/// The id attribute of a relationship reference (r:id), whatever the namespace prefix.
QString relId(const QXmlStreamAttributes &attrs)
{
    for (const QXmlStreamAttribute &a : attrs)
        if (a.name() == QLatin1String("id") && !a.namespaceUri().isEmpty())
            return a.value().toString();
    return {};
}

/// Relationships of a part: id → target path inside the zip (resolved against `base`, the
/// part's folder).
std::optional<Error> readRels(Book &book, const QString &relsPart, const QString &base,
    QHash<QString, QString> &targets, QHash<QString, QString> &types)
{
    Part p = book.read(relsPart, false);
    if (p.error)
        return p.error;
    QXmlStreamReader xml(p.bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("Relationship"))
            continue;
        const QString id = xml.attributes().value(QLatin1String("Id")).toString();
        QString target = xml.attributes().value(QLatin1String("Target")).toString();
        const QString type = xml.attributes().value(QLatin1String("Type")).toString();
        if (target.startsWith(QLatin1Char('/')))
            target = target.mid(1);
        else
            target = base + target;
        // "worksheets/../x.xml" forms are rare; resolve each "..".
        while (target.contains(QLatin1String("/../"))) {
            const qsizetype at = target.indexOf(QLatin1String("/../"));
            const qsizetype before = target.lastIndexOf(QLatin1Char('/'), at - 1);
            target = target.left(before + 1) + target.mid(at + 4);
        }
        targets.insert(id, target);
        types.insert(id, type);
    }
    if (xml.hasError())
        return book.badXml(relsPart, xml);
    return std::nullopt;
}

/// The text of an <si> or <is> element: its <t> and its rich-text runs' <t>, without the
/// phonetic guide (<rPh>) that East Asian Excel adds.
QString stringItem(QXmlStreamReader &xml)
{
    const QString end = xml.name().toString();
    QString out;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                out += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return out;
}

/// Whether an Excel number format shows a date or a time (and whether it shows the time of day),
/// or a percentage.
struct DateFormat {
    bool date = false, time = false, percent = false;
};

DateFormat builtInFormat(int id)
{
    // ECMA-376 §18.8.30, plus the ids East Asian Excel uses for its 年月日 forms.
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 54)
        || (id >= 57 && id <= 58))
        return { true, false };
    if (id == 22)
        return { true, true };
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47) || id == 32 || id == 33 || id == 55 || id == 56)
        return { false, true };
    if (id == 9 || id == 10)
        return { false, false, true };
    return {};
}

DateFormat customFormat(const QString &code)
{
    // Quoted text, escaped characters and [..] sections (colours, locales) say nothing of dates;
    // [h] and [mm] are elapsed times.
    QString c;
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar ch = code.at(i);
        if (quoted) {
            if (ch == u'"')
                quoted = false;
            continue;
        }
        if (ch == u'"') {
            quoted = true;
        } else if (ch == u'\\' || ch == u'_' || ch == u'*') {
            ++i;
        } else if (ch == u'[') {
            const qsizetype close = code.indexOf(u']', i);
            if (close < 0)
                break;
            const QString inner = code.mid(i + 1, close - i - 1).toLower();
            if (inner == QLatin1String("h") || inner == QLatin1String("hh") || inner == QLatin1String("mm")
                || inner == QLatin1String("ss"))
                c += u'h';
            i = close;
        } else {
            c += ch.toLower();
        }
    }
    DateFormat f;
    if (c.contains(QLatin1String("general")))
        return {};
    f.date = c.contains(u'y') || c.contains(u'd');
    f.time = c.contains(u'h') || c.contains(u's');
    f.percent = !f.date && !f.time && c.contains(u'%');
    return f;
}

/// A number as Excel would show it in General format, without float noise.
QString numberText(const QString &raw, bool *ok)
{
    static const QRegularExpression plain(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    *ok = true;
    if (plain.match(raw).hasMatch()) {
        // Integers as written (a 13-digit barcode stays whole); decimals of few digits too.
        if (!raw.contains(u'.') || raw.size() <= 16)
            return raw;
    }
    bool parsed = false;
    const double d = raw.toDouble(&parsed);
    if (!parsed || !std::isfinite(d)) {
        *ok = false;
        return raw;
    }
    if (d == std::floor(d) && std::fabs(d) < 1e15)
        return QString::number(qint64(d));
    QString s = QString::number(d, 'g', 15);
    return s;
}

QString serialText(double serial, const DateFormat &format, bool date1904)
{
    qint64 days = qint64(std::floor(serial));
    qint64 seconds = qint64(std::llround((serial - double(days)) * 86400.0));
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    const QTime time = QTime(0, 0).addSecs(int(seconds));
    if (!format.date && days == 0)
        return time.toString(QStringLiteral("HH:mm:ss"));
    QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    if (!date1904 && days < 61)
        base = QDate(1899, 12, 31); // Lotus's 1900-02-29, which Excel keeps
    const QDate day = base.addDays(days);
    if (format.time || seconds != 0)
        return day.toString(QStringLiteral("yyyy-MM-dd")) + u' ' + time.toString(QStringLiteral("HH:mm:ss"));
    return day.toString(QStringLiteral("yyyy-MM-dd"));
}

/// "B12" → column 1 (0-based) and row 12; false when it is no cell reference inside Excel's grid.
bool parseRef(QStringView ref, int &column, int &row)
{
    qsizetype i = 0;
    qint64 col = 0;
    while (i < ref.size() && ref[i].isLetter() && ref[i].unicode() < 128) {
        col = col * 26 + (ref[i].toUpper().unicode() - 'A' + 1);
        if (col > Xlsx::kMaxColumns)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    qint64 r = 0;
    for (; i < ref.size(); ++i) {
        if (!ref[i].isDigit() || ref[i].unicode() >= 128)
            return false;
        r = r * 10 + (ref[i].unicode() - '0');
        if (r > Xlsx::kMaxRows)
            return false;
    }
    if (r < 1)
        return false;
    column = int(col - 1);
    row = int(r);
    return true;
}

struct Workbook {
    QStringList names;
    QStringList parts; ///< each sheet's part in the zip ("" for a chart sheet)
    QString sharedStrings, styles;
    bool date1904 = false;
};

Result<Workbook> readWorkbook(Book &book)
{
    QHash<QString, QString> targets, types;
    if (auto e = readRels(book, QStringLiteral("xl/_rels/workbook.xml.rels"), QStringLiteral("xl/"), targets, types))
        return *e;
    Part p = book.read(QStringLiteral("xl/workbook.xml"));
    if (p.error)
        return *p.error;
    Workbook wb;
    QXmlStreamReader xml(p.bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("workbookPr")) {
            const auto v = xml.attributes().value(QLatin1String("date1904"));
            wb.date1904 = v == QLatin1String("1") || v == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            wb.names << xml.attributes().value(QLatin1String("name")).toString();
            const QString id = relId(xml.attributes());
            const bool worksheet = types.value(id).endsWith(QLatin1String("/worksheet"));
            wb.parts << (worksheet ? targets.value(id) : QString());
        }
    }
    if (xml.hasError())
        return book.badXml(QStringLiteral("xl/workbook.xml"), xml);
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        if (it.value().endsWith(QLatin1String("/sharedStrings")))
            wb.sharedStrings = targets.value(it.key());
        else if (it.value().endsWith(QLatin1String("/styles")))
            wb.styles = targets.value(it.key());
    }
    if (wb.sharedStrings.isEmpty() && book.has(QStringLiteral("xl/sharedStrings.xml")))
        wb.sharedStrings = QStringLiteral("xl/sharedStrings.xml");
    if (wb.styles.isEmpty() && book.has(QStringLiteral("xl/styles.xml")))
        wb.styles = QStringLiteral("xl/styles.xml");
    return wb;
}

Error noSheet(const QString &fileName)
{
    return Error { Xlsx::tr("%1 is a workbook without a worksheet: there is nothing to import.").arg(fileName) };
}

} // namespace

QString Xlsx::cellName(int column, int row)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row);
}

bool Xlsx::isWorkbook(const QByteArray &bytes)
{
    if (!bytes.startsWith("PK"))
        return false;
    Book book(bytes, QString());
    if (book.open())
        return false;
    return book.has(QStringLiteral("xl/workbook.xml"));
}

std::optional<Error> Xlsx::refuseZip(const QByteArray &bytes, const QString &fileName)
{
    // The first entry's name, from its local header: an Office Open XML file starts with its
    // content types or a part folder, an OpenDocument file with "mimetype".
    QString first;
    if (bytes.size() >= 30) {
        const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
        const int length = b[26] | (b[27] << 8);
        first = QString::fromUtf8(bytes.mid(30, length));
    }
    Book book(bytes, fileName);
    const bool opened = !book.open();
    const bool ooxml = first.startsWith(QLatin1String("[Content_Types].xml")) || first.startsWith(QLatin1String("xl/"))
        || first.startsWith(QLatin1String("_rels/")) || first.startsWith(QLatin1String("docProps/"));
    if (opened && book.has(QStringLiteral("xl/workbook.xml")))
        return std::nullopt;
    if (opened && (book.has(QStringLiteral("word/document.xml")) || book.has(QStringLiteral("ppt/presentation.xml"))))
        return Error { tr("%1 is a Word or PowerPoint file, not a spreadsheet: put the table in Excel or WPS and save "
                          "it as .xlsx or CSV.")
                           .arg(fileName) };
    if (first == QLatin1String("mimetype") || (opened && book.has(QStringLiteral("mimetype")))) {
        if (bytes.mid(30, 200).contains("opendocument.spreadsheet"))
            return Error { tr("%1 is an OpenDocument spreadsheet (.ods): open it in LibreOffice or WPS and save it as "
                              ".xlsx or CSV.")
                               .arg(fileName) };
        return Error { tr(
            "%1 is an OpenDocument file, not a spreadsheet ShopDesk reads: save the table as .xlsx or CSV.")
                           .arg(fileName) };
    }
    if (first.startsWith(QLatin1String("Index/")) || (opened && book.has(QStringLiteral("Index/Document.iwa"))))
        return Error { tr(
            "%1 is a Numbers spreadsheet: in Numbers choose File → Export To → Excel or CSV, and import that.")
                           .arg(fileName) };
    if (!opened || ooxml || fileName.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return opened ? book.missing(QStringLiteral("xl/workbook.xml")) : book.damagedZip();
    return Error {
        tr("%1 is a zip archive, not a spreadsheet: unpack it and import the .xlsx or CSV file inside.").arg(fileName)
    };
}

Result<QByteArray> Xlsx::part(const QByteArray &bytes, const QString &fileName, const QString &partName)
{
    Book book(bytes, fileName);
    if (auto e = book.open())
        return *e;
    Part p = book.read(partName);
    if (p.error)
        return *p.error;
    return p.bytes;
}

Result<QStringList> Xlsx::sheetNames(const QByteArray &bytes, const QString &fileName)
{
    Book book(bytes, fileName);
    if (auto e = book.open())
        return *e;
    auto wb = readWorkbook(book);
    if (!wb)
        return wb.error();
    return wb->names;
}

Result<XlsxSheet> Xlsx::readSheet(const QByteArray &bytes, const QString &fileName, const QString &wanted)
{
    Book book(bytes, fileName);
    if (auto e = book.open())
        return *e;
    auto wb = readWorkbook(book);
    if (!wb)
        return wb.error();
    if (wb->names.isEmpty())
        return noSheet(fileName);
    qsizetype index = -1;
    if (wanted.isEmpty()) {
        for (qsizetype i = 0; i < wb->parts.size() && index < 0; ++i)
            if (!wb->parts.at(i).isEmpty())
                index = i;
        if (index < 0)
            return noSheet(fileName);
    } else {
        for (qsizetype i = 0; i < wb->names.size() && index < 0; ++i)
            if (wb->names.at(i).compare(wanted.trimmed(), Qt::CaseInsensitive) == 0)
                index = i;
        if (index < 0)
            return Error { tr("%1 has no sheet called “%2”; its sheets are %3.")
                               .arg(fileName, wanted, wb->names.join(QStringLiteral("、"))) };
        if (wb->parts.at(index).isEmpty())
            return Error { tr("%1: the sheet “%2” is a chart, not a table.").arg(fileName, wanted) };
    }
    XlsxSheet sheet;
    sheet.name = wb->names.at(index);
    const QString sheetPart = wb->parts.at(index);

    // Shared strings.
    QStringList shared;
    if (!wb->sharedStrings.isEmpty()) {
        Part p = book.read(wb->sharedStrings, false);
        if (p.error)
            return *p.error;
        QXmlStreamReader xml(p.bytes);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si"))
                shared << stringItem(xml);
        }
        if (xml.hasError())
            return book.badXml(wb->sharedStrings, xml);
    }

    // Styles: which cell formats show dates.
    QList<DateFormat> cellFormats;
    if (!wb->styles.isEmpty()) {
        Part p = book.read(wb->styles, false);
        if (p.error)
            return *p.error;
        QHash<int, DateFormat> custom;
        QXmlStreamReader xml(p.bytes);
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("numFmt"))
                    custom.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                        customFormat(xml.attributes().value(QLatin1String("formatCode")).toString()));
                else if (xml.name() == QLatin1String("cellXfs"))
                    inCellXfs = true;
                else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                    const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                    cellFormats << (custom.contains(id) ? custom.value(id) : builtInFormat(id));
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = false;
            }
        }
        if (xml.hasError())
            return book.badXml(wb->styles, xml);
    }

    Part p = book.read(sheetPart);
    if (p.error)
        return *p.error;
    QXmlStreamReader xml(p.bytes);
    struct Cell {
        int column;
        QString text;
    };
    QList<std::pair<int, QList<Cell>>> rows;
    struct Merge {
        int top, bottom, left, right;
    };
    QList<Merge> merges;
    int width = 0, lastRow = 0, lastCell = -1, lastRowNumber = 0;
    QList<Cell> cells;
    int rowNumber = 0;
    const auto where = [&](int row) { return tr("%1, sheet %2, row %3").arg(fileName, sheet.name).arg(row); };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            if (!cells.isEmpty())
                rows.append({ rowNumber, std::move(cells) });
            cells = {};
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("row")) {
            const auto r = xml.attributes().value(QLatin1String("r"));
            if (r.isEmpty()) {
                rowNumber = lastRowNumber + 1;
            } else {
                bool ok = false;
                rowNumber = r.toInt(&ok);
                if (!ok || rowNumber < 1 || rowNumber > kMaxRows || rowNumber <= lastRowNumber)
                    return Error { tr("%1: the row number “%2” is not a row of an Excel sheet after row %3; the "
                                      "file is damaged.")
                                       .arg(where(lastRowNumber + 1), r.toString())
                                       .arg(lastRowNumber) };
            }
            if (rowNumber > kMaxRows)
                return Error { tr("%1: the sheet has more rows than Excel's 1,048,576; the file is damaged.")
                                   .arg(where(lastRowNumber)) };
            lastRowNumber = rowNumber;
            lastCell = -1;
        } else if (name == QLatin1String("c")) {
            const QXmlStreamAttributes attrs = xml.attributes();
            const auto ref = attrs.value(QLatin1String("r"));
            int column = lastCell + 1, row = rowNumber;
            if (!ref.isEmpty()) {
                if (!parseRef(ref, column, row) || row != rowNumber)
                    return Error { tr("%1: the cell reference “%2” is not a cell of this row inside Excel's grid "
                                      "(columns A to XFD, rows 1 to 1,048,576); the file is damaged.")
                                       .arg(where(rowNumber), ref.toString()) };
            } else if (column >= kMaxColumns) {
                return Error { tr("%1: the row has more cells than Excel's 16,384 columns; the file is damaged.")
                                   .arg(where(rowNumber)) };
            }
            lastCell = column;
            const QString type = attrs.value(QLatin1String("t")).toString();
            const int style = attrs.value(QLatin1String("s")).toInt();
            QString value;
            bool hasValue = false, inlineText = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement()) {
                    if (xml.name() == QLatin1String("v")) {
                        value = xml.readElementText();
                        hasValue = true;
                    } else if (xml.name() == QLatin1String("is")) {
                        value = stringItem(xml);
                        hasValue = inlineText = true;
                    } else {
                        xml.skipCurrentElement();
                    }
                } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
                    break;
                }
            }
            if (xml.hasError())
                break;
            if (!hasValue)
                continue;
            QString text;
            const QString at = cellName(column, rowNumber);
            if (type == QLatin1String("s")) {
                bool ok = false;
                const qlonglong i = value.trimmed().toLongLong(&ok);
                if (!ok || i < 0 || i >= shared.size())
                    return Error { tr("%1: the cell %2 refers to shared text number %3, but the workbook has %4; the "
                                      "file is damaged.")
                                       .arg(where(rowNumber), at, value.trimmed())
                                       .arg(shared.size()) };
                text = shared.at(qsizetype(i));
            } else if (type == QLatin1String("inlineStr") || inlineText || type == QLatin1String("str")
                || type == QLatin1String("e")) {
                text = value;
            } else if (type == QLatin1String("b")) {
                text = value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type == QLatin1String("d")) {
                // An ISO 8601 date (strict OOXML): 2026-11-20T14:05:00 → 2026-11-20 14:05:00.
                text = value.trimmed();
                text.replace(u'T', u' ');
                if (text.endsWith(u'Z'))
                    text.chop(1);
            } else {
                bool ok = false;
                const QString trimmed = value.trimmed();
                const DateFormat df = style >= 0 && style < cellFormats.size() ? cellFormats.at(style) : DateFormat {};
                if (trimmed.isEmpty())
                    continue;
                if (df.date || df.time) {
                    const double serial = trimmed.toDouble(&ok);
                    if (ok && std::isfinite(serial) && serial >= 0 && serial < 2958466) // up to 9999-12-31
                        text = serialText(serial, df, wb->date1904);
                    else
                        ok = false;
                } else if (df.percent) {
                    // As Excel shows it (45.2%), which every rate column reads like its fraction.
                    const double v = trimmed.toDouble(&ok);
                    ok = ok && std::isfinite(v);
                    if (ok)
                        text = numberText(QString::number(v * 100.0, 'g', 12), &ok) + u'%';
                } else {
                    text = numberText(trimmed, &ok);
                }
                if (!ok)
                    return Error { tr("%1: the cell %2 holds “%3”, which is not a number; the file is damaged.")
                                       .arg(where(rowNumber), at, trimmed.left(40)) };
            }
            if (text.isEmpty())
                continue;
            width = std::max(width, column + 1);
            lastRow = rowNumber;
            if ((qint64(width) * lastRow) > kMaxCells)
                return Error { tr("%1, sheet %2: the sheet reaches the cell %3, more than the %L4 cells ShopDesk reads "
                                  "from one sheet. Delete the empty rows and columns, or save it as CSV.")
                                   .arg(fileName, sheet.name, at)
                                   .arg(kMaxCells) };
            cells.append({ column, std::move(text) });
        } else if (name == QLatin1String("mergeCell")) {
            const QString ref = xml.attributes().value(QLatin1String("ref")).toString();
            const qsizetype colon = ref.indexOf(u':');
            int c1 = 0, r1 = 0, c2 = 0, r2 = 0;
            if (colon > 0 && parseRef(QStringView(ref).left(colon), c1, r1)
                && parseRef(QStringView(ref).mid(colon + 1), c2, r2)) {
                merges.append({ std::min(r1, r2), std::max(r1, r2), std::min(c1, c2), std::max(c1, c2) });
            }
        }
    }
    if (xml.hasError())
        return book.badXml(sheetPart, xml);

    sheet.rows.reserve(rows.size());
    for (auto &[number, rowCells] : rows) {
        CsvRecord rec;
        rec.line = number;
        rec.fields.resize(width);
        for (Cell &c : rowCells)
            rec.fields[c.column] = std::move(c.text);
        // A title row: its values all inside one merged range of two or more columns.
        bool title = !rowCells.isEmpty();
        for (const Cell &c : rowCells) {
            bool inside = false;
            for (const Merge &m : merges)
                if (m.top <= number && number <= m.bottom && m.left <= c.column && c.column <= m.right
                    && m.right > m.left && m.left == c.column)
                    inside = true;
            title = title && inside && rowCells.size() == 1;
        }
        if (title)
            sheet.titleRows << number;
        sheet.rows.append(std::move(rec));
    }
    return sheet;
}

} // namespace shopdesk::core
