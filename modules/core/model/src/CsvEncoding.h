#pragma once

#include "shopdesk/core/Result.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace shopdesk::core::detail {

/// Watches a CSV file's bytes, whole lines at a time, for a change of encoding part-way (UTF-8
/// lines, then GBK ones, or the other way): the line where the text stops being what the lines
/// before it were. Lines of ASCII only, or short GBK lines that happen to be UTF-8, are no
/// evidence either way. Shared by CsvFile::parse and CsvReader (both in Csv.cpp's terms).
class EncodingWatch {
public:
    explicit EncodingWatch(bool utf8FromStart);
    /// Feeds [data, data + n): whole lines, the last one possibly without its line feed at the end
    /// of the file. Stops looking after the first change.
    void feed(const char *data, qsizetype n);
    /// The 1-based line where the encoding changes, or 0.
    int changedAt() const { return mChangedAt; }
    /// "UTF-8" or "GBK": what the lines before the change were.
    QString before() const;

private:
    int mFirst = 0; ///< 0 none yet, 1 UTF-8, 2 other
    int mLine = 1;
    int mChangedAt = 0;
};

/// What a file to import is, from its first bytes.
enum class FileKind {
    Text, ///< UTF-8 or GBK text (decided later, over the whole file)
    Utf16LE, ///< with a BOM (Excel's "Unicode text") or without one (zero bytes at odd offsets)
    Utf16BE,
    Zip, ///< an .xlsx workbook, or another zip archive (see Xlsx::refuseZip)
    Empty,
    Other, ///< something that is no table: see refuseKind()
};

/// The kind of a file whose first bytes (at least the first 4 KB, or all of a shorter file) are `head`.
/// `bomSize` is set to the length of a UTF-16 byte order mark (0 or 2).
FileKind sniff(const QByteArray &head, int *bomSize);
/// For FileKind::Other: the message saying what the file is (an old .xls, a PDF, an image, a
/// binary file) and what to do.
Error refuseKind(const QByteArray &head, const QString &fileName);
/// Whether decoded UTF-16 text pairs every surrogate (Qt's decoder lets a lone one through).
bool surrogatesPaired(QStringView text);
/// The message for a UTF-16 file of an odd number of bytes, or with broken surrogates.
Error badUtf16(const QString &fileName, bool oddLength);
/// The field delimiter of a CSV text: comma, tab or semicolon, whichever one line of the first ten
/// (outside quotes) holds most often; a comma on a tie or when none does. The header line decides
/// in practice: it holds one delimiter fewer than it has columns, more than a title line above it
/// or the trailing-tab guards platforms put after long numbers.
QChar delimiterOf(QStringView text);

} // namespace shopdesk::core::detail
