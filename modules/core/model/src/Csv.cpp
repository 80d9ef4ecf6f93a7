#include "shopdesk/core/Csv.h"

#include "CsvEncoding.h"
#include "shopdesk/core/Database.h"
#include "shopdesk/core/Xlsx.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStorageInfo>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <xlsxwriter.h>

namespace shopdesk::core {

namespace {
QString shownName(const QString &path) { return QFileInfo(path).fileName(); }
} // namespace

Result<QByteArray> readImportFile(const QString &path)
{
    if (Status s = Database::refuseOpenShop(path); !s)
        return s.error();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error { CsvFile::tr("“%1” cannot be read: %2").arg(QDir::toNativeSeparators(path), f.errorString()) };
    return f.readAll();
}

Result<CsvFile> CsvFile::read(const QString &path, Shape shape)
{
    auto bytes = readImportFile(path);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, shownName(path), shape);
}

namespace {
enum class LineText { Ascii, Utf8, Unsure, NotUtf8 };

/// What bytes [from, to) are: plain ASCII; UTF-8 whose every other character is Chinese text or
/// its punctuation (what a UTF-8 export holds); well-formed UTF-8 of other characters, which a
/// short GBK line can be by chance (GBK 谢谢 is D0 BB D0 BB, Cyrillic лл in UTF-8); or not UTF-8.
LineText classify(const char *data, qsizetype from, qsizetype to)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    bool ascii = true, chinese = true;
    for (qsizetype i = from; i < to;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        ascii = false;
        int more = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            more = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            more = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3;
            cp = c & 0x07;
        } else {
            return LineText::NotUtf8;
        }
        for (int k = 1; k <= more; ++k) {
            if (i + k >= to || (p[i + k] & 0xC0) != 0x80)
                return LineText::NotUtf8;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // CJK and its punctuation, full-width forms, general punctuation (“ ” …), ¥ and ×
        const bool han = (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x2E80 && cp <= 0x9FFF)
            || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFFEF) || cp >= 0x20000 || cp == 0xA5
            || cp == 0xD7 || cp == 0xB7;
        chinese = chinese && han;
        i += more + 1;
    }
    if (ascii)
        return LineText::Ascii;
    return chinese ? LineText::Utf8 : LineText::Unsure;
}

} // namespace

namespace detail {
EncodingWatch::EncodingWatch(bool utf8FromStart)
    : mFirst(utf8FromStart ? 1 : 0)
{
}

void EncodingWatch::feed(const char *d, qsizetype n)
{
    for (qsizetype from = 0; from < n && mChangedAt == 0; ++mLine) {
        const void *lf = std::memchr(d + from, '\n', size_t(n - from));
        const qsizetype to = lf ? static_cast<const char *>(lf) - d : n;
        const LineText t = classify(d, from, to);
        from = to + 1;
        if (t == LineText::Ascii || t == LineText::Unsure)
            continue; // no evidence either way
        const int k = t == LineText::Utf8 ? 1 : 2;
        if (mFirst == 0)
            mFirst = k;
        else if (k != mFirst)
            mChangedAt = mLine;
    }
}

QString EncodingWatch::before() const { return mFirst == 1 ? QStringLiteral("UTF-8") : QStringLiteral("GBK"); }
} // namespace detail

Error CsvFile::encodingChanged(const QString &fileName, int line, const QString &before)
{
    return Error { tr("%1, line %2: the text changes encoding here (the lines before are %3, this one is not). "
                      "Save the whole file in one encoding, UTF-8 or GBK.")
                       .arg(fileName)
                       .arg(line)
                       .arg(before) };
}

Error CsvFile::widthMismatch(const QString &fileName, int line, qsizetype fields, qsizetype width)
{
    return Error { tr("%1, line %2: this row has %n field(s), but the header line has %3; the file may be cut "
                      "short or damaged.",
        nullptr, int(std::min<qsizetype>(fields, std::numeric_limits<int>::max())))
                       .arg(fileName)
                       .arg(line)
                       .arg(width) };
}

namespace detail {
FileKind sniff(const QByteArray &head, int *bomSize)
{
    *bomSize = 0;
    if (head.isEmpty())
        return FileKind::Empty;
    if (head.startsWith("\xFF\xFE")) {
        *bomSize = 2;
        return FileKind::Utf16LE;
    }
    if (head.startsWith("\xFE\xFF")) {
        *bomSize = 2;
        return FileKind::Utf16BE;
    }
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return FileKind::Zip;
    if (head.startsWith("\xEF\xBB\xBF"))
        return FileKind::Text;
    // UTF-16 without a mark: text of mostly ASCII has a zero in every other byte.
    qsizetype zeroEven = 0, zeroOdd = 0;
    const qsizetype n = std::min<qsizetype>(head.size(), 4096);
    for (qsizetype i = 0; i < n; ++i)
        if (head.at(i) == '\0')
            ++(i % 2 ? zeroOdd : zeroEven);
    if (n >= 4 && zeroOdd * 3 >= n && zeroEven * 20 < n)
        return FileKind::Utf16LE;
    if (n >= 4 && zeroEven * 3 >= n && zeroOdd * 20 < n)
        return FileKind::Utf16BE;
    if (zeroEven + zeroOdd > 0 || head.startsWith("%PDF") || head.startsWith("\xD0\xCF\x11\xE0")
        || head.startsWith("\x89PNG") || head.startsWith("\xFF\xD8\xFF") || head.startsWith("GIF8")
        || head.startsWith("\x1F\x8B") || head.startsWith("7z\xBC\xAF") || head.startsWith("Rar!"))
        return FileKind::Other;
    return FileKind::Text;
}

Error refuseKind(const QByteArray &head, const QString &fileName)
{
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return Error { CsvFile::tr("%1 is an old Excel .xls file (or a workbook protected with a password), which "
                                   "ShopDesk cannot read: open it in Excel or WPS and save it as .xlsx or CSV, "
                                   "without a password.")
                           .arg(fileName) };
    if (head.startsWith("%PDF"))
        return Error { CsvFile::tr(
            "%1 is a PDF document, not a table: import the CSV or .xlsx file the figures came from.")
                           .arg(fileName) };
    if (head.startsWith("\x89PNG") || head.startsWith("\xFF\xD8\xFF") || head.startsWith("GIF8"))
        return Error { CsvFile::tr("%1 is a picture, not a table: import a CSV or .xlsx file.").arg(fileName) };
    if (head.startsWith("\x1F\x8B") || head.startsWith("7z\xBC\xAF") || head.startsWith("Rar!"))
        return Error { CsvFile::tr(
            "%1 is a compressed archive, not a table: unpack it and import the CSV or .xlsx file inside.")
                           .arg(fileName) };
    return Error {
        CsvFile::tr("%1 is not a text or spreadsheet file that ShopDesk reads: save it as .xlsx or CSV.").arg(fileName)
    };
}

bool surrogatesPaired(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate()) {
            if (i + 1 >= text.size() || !text[i + 1].isLowSurrogate())
                return false;
            ++i;
        } else if (text[i].isLowSurrogate()) {
            return false;
        }
    }
    return true;
}

Error badUtf16(const QString &fileName, bool oddLength)
{
    if (oddLength)
        return Error { CsvFile::tr("%1 is UTF-16 text, but it ends in the middle of a character: the file is cut "
                                   "short or damaged.")
                           .arg(fileName) };
    return Error { CsvFile::tr("%1 is marked as UTF-16 text but is not UTF-16 text.").arg(fileName) };
}

QChar delimiterOf(QStringView text)
{
    const QChar candidates[] = { u',', u'\t', u';' };
    qsizetype best[3] = { 0, 0, 0 }, count[3] = { 0, 0, 0 };
    bool quoted = false;
    int lines = 0;
    for (qsizetype i = 0; i <= text.size() && lines < 10; ++i) {
        const QChar c = i < text.size() ? text[i] : QChar(u'\n');
        if (c == u'"') {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        if (c == u'\n' || c == u'\r') {
            for (int k = 0; k < 3; ++k) {
                best[k] = std::max(best[k], count[k]);
                count[k] = 0;
            }
            if (c == u'\n')
                ++lines;
            continue;
        }
        for (int k = 0; k < 3; ++k)
            if (c == candidates[k])
                ++count[k];
    }
    int pick = 0;
    for (int k = 1; k < 3; ++k)
        if (best[k] > best[pick])
            pick = k;
    return candidates[pick];
}
} // namespace detail

namespace {
/// The records of a decoded CSV text (RFC 4180, `delimiter` between fields), counting physical
/// lines so messages name the line a user sees.
std::optional<Error> parseText(const QString &text, QChar delimiter, const QString &fileName, QList<CsvRecord> &records)
{
    CsvRecord current;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;
    const qsizetype n = text.size();
    const QChar *p = text.constData();
    auto endField = [&] {
        current.fields << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        if (!(current.fields.size() == 1 && current.fields.first().isEmpty()))
            records << current;
        current = CsvRecord { line + 1, {} };
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = p[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && p[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == u'\r' && i + 1 < n && p[i + 1] == u'\n') {
                // a CRLF inside a quoted field is one line break
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == u'\r') {
            // CRLF or a lone CR: the line ends at the LF (or here)
            if (!(i + 1 < n && p[i + 1] == u'\n')) {
                endRecord();
                ++line;
            }
        } else if (c == u'\n') {
            endRecord();
            ++line;
        } else {
            // The rest of an unquoted field up to the next delimiter or line end, appended in one
            // piece (a quote inside it is a plain character).
            qsizetype end = i + 1;
            while (end < n && p[end] != delimiter && p[end] != u'\r' && p[end] != u'\n')
                ++end;
            field.append(p + i, end - i);
            fieldStarted = true;
            i = end - 1;
        }
    }
    if (quoted)
        return Error { CsvFile::tr("%1, line %2: a quoted field is never closed.").arg(fileName).arg(current.line) };
    if (fieldStarted || !field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    return std::nullopt;
}

QString gSheetChoice;
} // namespace

void CsvFile::setSheetChoice(const QString &sheet) { gSheetChoice = sheet; }
QString CsvFile::sheetChoice() { return gSheetChoice; }

Result<CsvFile> CsvFile::parse(const QByteArray &bytes, const QString &fileName, Shape shape)
{
    CsvFile csv;
    csv.fileName = fileName;
    QString text;
    int bom = 0;
    const detail::FileKind kind = detail::sniff(bytes.left(4096), &bom);
    if (kind == detail::FileKind::Empty)
        return Error { tr("%1 is empty: it has no header line.").arg(fileName) };
    if (kind == detail::FileKind::Other)
        return detail::refuseKind(bytes.left(64), fileName);
    if (kind == detail::FileKind::Zip) {
        if (auto refused = Xlsx::refuseZip(bytes, fileName))
            return *refused;
        auto sheet = Xlsx::readSheet(bytes, fileName, gSheetChoice);
        if (!sheet)
            return sheet.error();
        csv.encoding = QStringLiteral("xlsx");
        csv.sheet = sheet->name;
        csv.delimiter = QChar();
        QList<CsvRecord> rows = std::move(sheet->rows);
        if (shape == Shape::Table) {
            // Merged title rows above the header (a platform's report name and time span).
            qsizetype skip = 0;
            while (skip < rows.size() && sheet->titleRows.contains(rows.at(skip).line))
                ++skip;
            rows.remove(0, skip);
        }
        if (rows.isEmpty())
            return Error { tr("%1 is empty: it has no header line.").arg(fileName) };
        csv.header = rows.takeFirst().fields;
        for (QString &h : csv.header)
            h = clean(h);
        csv.records = std::move(rows);
        return csv;
    }
    const auto mixed = [&](bool utf8FromStart) -> std::optional<Error> {
        detail::EncodingWatch watch(utf8FromStart);
        const qsizetype start = utf8FromStart ? 3 : 0;
        watch.feed(bytes.constData() + start, bytes.size() - start);
        if (watch.changedAt() == 0)
            return std::nullopt;
        return encodingChanged(fileName, watch.changedAt(), watch.before());
    };
    if (kind == detail::FileKind::Utf16LE || kind == detail::FileKind::Utf16BE) {
        const bool le = kind == detail::FileKind::Utf16LE;
        csv.encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        if ((bytes.size() - bom) % 2 != 0)
            return detail::badUtf16(fileName, true);
        QStringDecoder utf16(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless);
        text = utf16.decode(QByteArrayView(bytes.constData() + bom, bytes.size() - bom));
        if (utf16.hasError() || !detail::surrogatesPaired(text))
            return detail::badUtf16(fileName, false);
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
    } else if (bytes.startsWith("\xEF\xBB\xBF")) {
        csv.encoding = QStringLiteral("UTF-8");
        QStringDecoder utf8(
            QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        text = utf8.decode(QByteArrayView(bytes.constData() + 3, bytes.size() - 3));
        if (utf8.hasError()) {
            if (auto e = mixed(true))
                return *e;
            return Error { tr("%1 is marked as UTF-8 but is not UTF-8 text.").arg(fileName) };
        }
    } else {
        QStringDecoder utf8(
            QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        text = utf8.decode(bytes);
        csv.encoding = QStringLiteral("UTF-8");
        if (utf8.hasError()) {
            if (auto e = mixed(false))
                return *e;
            QStringDecoder gbk("GB18030");
            if (!gbk.isValid())
                return Error { tr("%1 is not UTF-8, and this system cannot read GBK text.").arg(fileName) };
            text = gbk.decode(bytes);
            csv.encoding = QStringLiteral("GB18030");
            if (gbk.hasError())
                return Error { tr("%1 is neither UTF-8 nor GBK text.").arg(fileName) };
        }
    }

    csv.delimiter = detail::delimiterOf(QStringView(text).left(256 * 1024));
    QList<CsvRecord> records;
    if (auto e = parseText(text, csv.delimiter, fileName, records))
        return *e;
    if (records.isEmpty())
        return Error { tr("%1 is empty: it has no header line.").arg(fileName) };
    csv.header = records.takeFirst().fields;
    for (QString &h : csv.header)
        h = clean(h);
    csv.records = std::move(records);
    if (shape == Shape::Table)
        if (Status s = csv.checkFieldCounts(); !s)
            return s.error();
    return csv;
}

Status CsvFile::checkFieldCounts() const
{
    const qsizetype width = header.size();
    for (const CsvRecord &r : records) {
        if (r.fields.size() == width)
            continue;
        const bool blank
            = std::all_of(r.fields.cbegin(), r.fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); });
        if (blank)
            continue;
        return widthMismatch(fileName, r.line, r.fields.size(), width);
    }
    return {};
}

int CsvFile::column(const QStringList &names) const
{
    for (const QString &name : names)
        for (qsizetype i = 0; i < header.size(); ++i)
            if (header.at(i).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                return int(i);
    return -1;
}

QString CsvFile::field(const CsvRecord &r, int index)
{
    return index >= 0 && index < r.fields.size() ? clean(r.fields.at(index)) : QString();
}

QString CsvFile::clean(const QString &raw)
{
    // Most fields need no cleaning: hand them back shared, without copying or comparing.
    if (raw.isEmpty())
        return raw;
    const QChar first = raw.front(), last = raw.back();
    if (!first.isSpace() && !last.isSpace() && first != QLatin1Char('=') && first != QLatin1Char('\''))
        return raw;
    QString s = raw.trimmed();
    if (s.startsWith(QLatin1String("=\"")) && s.endsWith(QLatin1Char('"')) && s.size() >= 3)
        s = s.mid(2, s.size() - 3);
    if (s.startsWith(QLatin1Char('\'')))
        s.remove(0, 1);
    return s.trimmed();
}

Error CsvFile::error(int line, const QString &fieldName, const QString &problem) const
{
    return Error { tr("%1, line %2, field %3: %4").arg(fileName).arg(line).arg(fieldName, problem) };
}

Error CsvFile::missingColumn(const QString &name) const
{
    return Error { tr("%1, line 1: the column %2 is missing.").arg(fileName, name) };
}

QString csvSafeCell(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar c = cell.front();
    if (c != u'=' && c != u'+' && c != u'-' && c != u'@' && c != u'\t' && c != u'\r')
        return cell;
    // A plain number (a variance of -4, a refund of -3.20, +5%) is no formula: it stays a number.
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?%?$"));
    if (number.match(cell).hasMatch())
        return cell;
    return QLatin1Char('\'') + cell;
}

namespace {
/// Why `path` could not be written, as the user should read it: a full disk and a folder that
/// cannot be written are said so (the shop itself is not at fault); otherwise `detail`.
Error writeFailure(const QString &path, const QString &detail)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const QString folder = QFileInfo(path).absolutePath();
    const QStorageInfo disk(folder);
    if (disk.isValid() && disk.bytesAvailable() < 64 * 1024)
        return Error {
            CsvFile::tr("“%1” cannot be written: the disk is full. Free some space and try again.").arg(shown)
        };
    if (!QFileInfo(folder).isWritable())
        return Error {
            CsvFile::tr("“%1” cannot be written: its folder cannot be written. Choose another folder.").arg(shown)
        };
    return Error { detail.isEmpty() ? CsvFile::tr("“%1” cannot be written.").arg(shown)
                                    : CsvFile::tr("“%1” cannot be written: %2").arg(shown, detail) };
}
} // namespace

Status writeCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows)
{
    if (Status s = Database::refuseOpenShop(path); !s)
        return s;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return writeFailure(path, f.errorString());
    auto line = [](const QStringList &fields) {
        QString out;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i)
                out += QLatin1Char(',');
            QString v = csvSafeCell(fields.at(i));
            if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
                || v.contains(QLatin1Char('\r'))) {
                v.replace(QLatin1String("\""), QLatin1String("\"\""));
                v = QLatin1Char('"') + v + QLatin1Char('"');
            }
            out += v;
        }
        out += QLatin1String("\r\n");
        return out;
    };
    f.write("\xEF\xBB\xBF");
    f.write(line(header).toUtf8());
    for (const QStringList &r : rows)
        f.write(line(r).toUtf8());
    if (!f.commit())
        return writeFailure(path, f.errorString());
    Database::makeOwnerOnly(path); // exports hold buyers' and the shop's data
    return {};
}

namespace {
/// How wide a cell's text shows in Excel's character units: CJK and full-width characters
/// count double.
int displayWidth(const QString &text)
{
    int widest = 0, current = 0;
    for (const QChar c : text) {
        if (c == u'\n') {
            widest = std::max(widest, current);
            current = 0;
            continue;
        }
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
            || (u >= 0xFFE0 && u <= 0xFFE6) || c.isHighSurrogate();
        if (!c.isLowSurrogate())
            current += wide ? 2 : 1;
    }
    return std::max(widest, current);
}

bool longNumber(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{12,}$"));
    return digits.match(text).hasMatch();
}

std::optional<QDateTime> dateValue(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().isValid() ? std::optional<QDateTime>(QDateTime(v.toDate(), QTime(0, 0))) : std::nullopt;
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().isValid() ? std::optional<QDateTime>(v.toDateTime()) : std::nullopt;
    const QString t = v.toString().trimmed();
    for (const char *f : { "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd" }) {
        const QDateTime d = QDateTime::fromString(t, QString::fromLatin1(f));
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}
} // namespace

struct XlsxWriter::Book {
    QString path, temp;
    lxw_workbook *book = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *money = nullptr, *percent = nullptr, *day = nullptr, *stamp = nullptr, *whole = nullptr,
               *text = nullptr;
    QList<XlsxColumn> kinds;
    QList<int> widths; ///< per column, grown as rows come
    lxw_row_t next = 1; ///< the sheet row the next add() writes (row 0 is the header)

    ~Book()
    {
        if (book) { // never finished: nothing is left under any name
            workbook_close(book);
            QFile::remove(temp);
        }
    }

    void write(lxw_row_t at, qsizetype c, const QVariant &v)
    {
        if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty()))
            return;
        const XlsxColumn kind = c < kinds.size() ? kinds.at(c) : XlsxColumn::Auto;
        const auto col = lxw_col_t(c);
        const auto type = v.typeId();
        const bool number = type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::Double
            || type == QMetaType::UInt || type == QMetaType::ULongLong;
        int width = 0;
        std::optional<QDateTime> date;
        if (kind == XlsxColumn::Date
            || (kind == XlsxColumn::Auto && (type == QMetaType::QDate || type == QMetaType::QDateTime)))
            date = dateValue(v);
        bool ok = false;
        const double value = v.toDouble(&ok);
        if (date) {
            const QDate d = date->date();
            const QTime t = date->time();
            lxw_datetime dt { d.year(), d.month(), d.day(), t.hour(), t.minute(), double(t.second()) };
            const bool withTime = type == QMetaType::QDateTime || t != QTime(0, 0);
            worksheet_write_datetime(sheet, at, col, &dt, withTime ? stamp : day);
            width = withTime ? 19 : 10;
        } else if (kind != XlsxColumn::Text && kind != XlsxColumn::Auto && kind != XlsxColumn::Date && ok
            && std::isfinite(value) && !longNumber(v.toString())) {
            lxw_format *f = kind == XlsxColumn::Money ? money : kind == XlsxColumn::Percent ? percent : whole;
            worksheet_write_number(sheet, at, col, value, f);
            width = kind == XlsxColumn::Money
                ? int(QLocale::c().toString(value, 'f', 2).size()) + int(std::fabs(value) >= 1000) + 2
                : int(QString::number(value, 'g', 12).size()) + 1;
        } else if (kind == XlsxColumn::Auto && number) {
            worksheet_write_number(sheet, at, col, value, nullptr);
            width = int(QString::number(value, 'g', 12).size());
        } else {
            const QString str = v.toString();
            worksheet_write_string(
                sheet, at, col, str.toUtf8().constData(), kind == XlsxColumn::Text || longNumber(str) ? text : nullptr);
            width = displayWidth(str);
        }
        if (c >= widths.size())
            widths.resize(c + 1, 0);
        widths[c] = std::max(widths[c], width);
    }
};

XlsxWriter::XlsxWriter(
    const QString &path, const QString &sheetName, const QStringList &header, const QList<XlsxColumn> &kinds)
{
    if (Status s = Database::refuseOpenShop(path); !s) {
        mStatus = s;
        return;
    }
    auto b = std::make_unique<Book>();
    b->path = path;
    // libxlsxwriter writes the final file itself: write next to it, then replace, so a failure
    // never leaves a half-written workbook under the user's name. Rows go to a temporary file as
    // they come (constant memory): a segment of 200,000 buyers needs no more memory than ten.
    b->temp = path + QStringLiteral(".part");
    QFile::remove(b->temp);
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    b->book = workbook_new_opt(QFile::encodeName(b->temp).constData(), &options);
    if (!b->book) {
        mStatus = writeFailure(path, QString());
        return;
    }
    b->sheet = workbook_add_worksheet(b->book, sheetName.left(31).toUtf8().constData());
    lxw_format *bold = workbook_add_format(b->book);
    format_set_bold(bold);
    const auto shown = [book = b->book](const char *numberFormat) {
        lxw_format *f = workbook_add_format(book);
        format_set_num_format(f, numberFormat);
        return f;
    };
    b->money = shown("\"\xC2\xA5\"#,##0.00");
    b->percent = shown("0.0%");
    b->day = shown("yyyy-mm-dd");
    b->stamp = shown("yyyy-mm-dd hh:mm:ss");
    b->whole = shown("0");
    b->text = shown("@");
    b->kinds = kinds;
    b->widths = QList<int>(header.size(), 0);
    for (qsizetype c = 0; c < header.size(); ++c) {
        worksheet_write_string(b->sheet, 0, lxw_col_t(c), header.at(c).toUtf8().constData(), bold);
        b->widths[c] = displayWidth(header.at(c)) + 2; // room for the filter button
    }
    mBook = std::move(b);
}

XlsxWriter::~XlsxWriter() = default;

void XlsxWriter::add(const QVariantList &row)
{
    if (!mBook)
        return;
    for (qsizetype c = 0; c < row.size(); ++c)
        mBook->write(mBook->next, c, row.at(c));
    ++mBook->next;
}

Status XlsxWriter::finish()
{
    if (!mBook)
        return mStatus.ok() ? Status(Error { CsvFile::tr("The workbook was written already.") }) : mStatus;
    const std::unique_ptr<Book> b = std::move(mBook);
    const qsizetype columns = b->widths.size();
    for (qsizetype c = 0; c < columns; ++c)
        worksheet_set_column(b->sheet, lxw_col_t(c), lxw_col_t(c), std::clamp(b->widths[c] + 1, 6, 60), nullptr);
    worksheet_freeze_panes(b->sheet, 1, 0);
    if (columns > 0)
        worksheet_autofilter(b->sheet, 0, 0, b->next - 1, lxw_col_t(columns - 1));
    const lxw_error err = workbook_close(b->book);
    b->book = nullptr;
    if (err != LXW_NO_ERROR) {
        QFile::remove(b->temp);
        return writeFailure(b->path, QString::fromUtf8(lxw_strerror(err)));
    }
    QFile::remove(b->path);
    if (!QFile::rename(b->temp, b->path)) {
        QFile::remove(b->temp);
        return Error { CsvFile::tr("“%1” cannot be written.").arg(QDir::toNativeSeparators(b->path)) };
    }
    Database::makeOwnerOnly(b->path);
    return {};
}

Status writeXlsx(const QString &path, const QString &sheetName, const QStringList &header,
    const QList<QVariantList> &rows, const QList<XlsxColumn> &kinds)
{
    XlsxWriter out(path, sheetName, header, kinds);
    if (!out.status())
        return out.status();
    for (const QVariantList &row : rows)
        out.add(row);
    return out.finish();
}

} // namespace shopdesk::core
