#pragma once

#include "shopdesk/core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace shopdesk::core {

/// One record of a CSV file, with the line it starts on (1-based, the header is line 1).
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

/// A table file as the platforms, Excel and WPS write them, the format found from its content:
/// CSV in UTF-8 with or without BOM, GBK/GB18030 or UTF-16 (Excel's "Unicode text"), its fields
/// separated by commas, tabs or semicolons (detected from the header line), RFC 4180 quoting
/// (fields may hold delimiters, quotes and line breaks), CRLF or LF; or an .xlsx workbook (first
/// sheet or the chosen one, see Xlsx; line numbers are then sheet row numbers, and merged title
/// rows above the header are skipped for a Table). Anything else (an old .xls, .ods, .numbers,
/// PDF, a picture, another archive) is refused with a message saying what it is and what to do.
/// The first record is the header; columns are found by name, in Chinese or English.
///
/// Every row must have as many fields as the header (a download cut after a row's middle comma,
/// or a row of extra fields, is refused with its line); a row of nothing but commas is a blank
/// line and passes. A file whose encoding changes part-way is refused at the line it changes.
class CsvFile {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::core::CsvFile)
public:
    /// Table: the first record is the header and every row is checked against it. TitleLinesFirst:
    /// the file may open with title lines before its header (platform KPI exports); the caller
    /// finds the header and then calls checkFieldCounts().
    enum class Shape { Table, TitleLinesFirst };

    static Result<CsvFile> read(const QString &path, Shape shape = Shape::Table);
    static Result<CsvFile> parse(const QByteArray &bytes, const QString &fileName, Shape shape = Shape::Table);

    /// Refuses the first row (other than a blank one) whose field count differs from the header's.
    Status checkFieldCounts() const;
    /// "f.csv, line 7: the text changes encoding here …" (CsvFile::parse and CsvReader).
    static Error encodingChanged(const QString &fileName, int line, const QString &before);
    /// "f.csv, line 7: this row has 3 fields, but the header line has 8; …"
    static Error widthMismatch(const QString &fileName, int line, qsizetype fields, qsizetype width);

    /// The sheet read from an .xlsx file: the one set with setSheetChoice() (shopdesk-cli --sheet),
    /// or the first when none is set. Process-wide, as the command line that sets it.
    static void setSheetChoice(const QString &sheet);
    static QString sheetChoice();

    QString fileName; ///< as shown in messages
    QString encoding; ///< "UTF-8", "GB18030", "UTF-16LE", "UTF-16BE" or "xlsx"
    QString sheet; ///< the sheet read from an .xlsx file
    QChar delimiter = u','; ///< between fields of a CSV file: comma, tab or semicolon (detected)
    QStringList header;
    QList<CsvRecord> records;

    /// Index of the first column whose header equals one of `names` (trimmed, case-insensitive), or -1.
    int column(const QStringList &names) const;
    /// The record's field `index` cleaned of platform export guards, or empty when out of range.
    static QString field(const CsvRecord &r, int index);
    /// Removes the guards platforms put around long numbers: ="123…" → 123…, a leading
    /// apostrophe ('138…) → 138…, a trailing tab; trims spaces.
    static QString clean(const QString &raw);

    /// "orders.csv, line 7, field 订单编号: <problem>"
    Error error(int line, const QString &field, const QString &problem) const;
    /// A required column missing from the header.
    Error missingColumn(const QString &name) const;
};

/// The whole of a file a user gave to import: refused (naming it) when it cannot be read, or when
/// it is the shop file this process has open (see Database::isOpenInThisProcess).
Result<QByteArray> readImportFile(const QString &path);

/// Writes a CSV file the way Excel opens it correctly: UTF-8 with BOM, CRLF, quoted where needed.
/// A cell that Excel would run as a formula (one beginning with = + - @, a tab or a carriage
/// return, other than a plain number such as -4 or -3.20) is written with a leading apostrophe,
/// which Excel shows as text and CsvFile::clean removes on import.
/// Written atomically (a failure leaves any older file as it was).
Status writeCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows);
/// A cell as writeCsv writes it: a formula-like cell neutralised with a leading apostrophe.
QString csvSafeCell(const QString &cell);

/// What a column of an .xlsx export holds, for its cell format.
enum class XlsxColumn {
    Auto, ///< numbers (int, qint64, double) as numbers, QDate/QDateTime as dates, the rest as text
    Text, ///< always text, even when it looks like a number (order numbers, barcodes, phones)
    Money, ///< yuan as a number shown ¥#,##0.00
    Percent, ///< a fraction (0.452) shown 45.2%
    Date, ///< a QDate, QDateTime or its text (2026-11-24, 2026-11-24 09:05:00) as an Excel date
    Int, ///< a whole number shown without decimals
};

/// Writes one sheet as .xlsx (libxlsxwriter), as a person would keep it: a bold header row that
/// stays in view (frozen) with an autofilter, columns as wide as their content (Chinese
/// characters counted double), and each column formatted by its kind in `kinds` (Auto where
/// `kinds` is shorter than the header). Text that is a long number (12 digits or more) is always
/// written as text, so Excel neither rounds it nor shows it as 6.90123E+12.
/// Written atomically (a failure leaves any older file as it was).
Status writeXlsx(const QString &path, const QString &sheetName, const QStringList &header,
    const QList<QVariantList> &rows, const QList<XlsxColumn> &kinds = {});

/// writeXlsx a row at a time, for an export too long to hold: each row goes to a temporary file
/// as it is added (libxlsxwriter's constant memory mode), so memory stays flat whatever the
/// length. The same workbook as writeXlsx; nothing appears under `path` until finish() succeeds,
/// and a writer dropped unfinished leaves nothing behind.
class XlsxWriter {
public:
    XlsxWriter(
        const QString &path, const QString &sheetName, const QStringList &header, const QList<XlsxColumn> &kinds = {});
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    /// Why the workbook could not be begun (an open shop's name, an unwritable folder); ok otherwise.
    const Status &status() const { return mStatus; }
    void add(const QVariantList &row);
    /// Closes the workbook and puts it under `path` (replacing an older file only now).
    Status finish();

private:
    struct Book;
    std::unique_ptr<Book> mBook;
    Status mStatus;
};

} // namespace shopdesk::core
