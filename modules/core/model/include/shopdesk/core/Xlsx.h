#pragma once

#include "shopdesk/core/Csv.h"
#include "shopdesk/core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shopdesk::core {

/// One worksheet of an .xlsx workbook as text, the way Excel would save it as CSV: every row as
/// wide as the sheet's used columns, empty cells as empty text, numbers without float noise
/// (129.00 is "129", 0.1 is "0.1"), dates as "yyyy-MM-dd" or "yyyy-MM-dd HH:mm:ss", booleans as
/// TRUE/FALSE. Rows keep their sheet row numbers (CsvRecord::line), so messages name the row a
/// user sees in Excel.
struct XlsxSheet {
    QString name;
    QList<CsvRecord> rows; ///< non-empty rows only, in order
    /// Sheet rows that lie in a merged range of two or more columns holding one value: the
    /// title rows platform exports put above the header.
    QList<int> titleRows;
};

/// Reads .xlsx workbooks (Office Open XML: a zip of XML parts) with zlib and QXmlStreamReader:
/// the workbook's sheet list and relationships, shared strings (rich text and phonetic runs
/// handled), inline strings, numbers, dates stored as serials under a date format (1900 and 1904
/// date systems), booleans, errors, gaps between cells and merged title rows. Bounded: a part
/// that unpacks to more than kMaxPartBytes, a cell outside Excel's grid or a sheet of more than
/// kMaxCells cells is refused with a message saying so.
class Xlsx {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::core::Xlsx)
public:
    static constexpr qint64 kMaxPartBytes = 256LL * 1024 * 1024;
    static constexpr qint64 kMaxCells = 10'000'000;
    static constexpr int kMaxColumns = 16384; ///< XFD, Excel's last column
    static constexpr int kMaxRows = 1048576;

    /// True for a zip archive that holds xl/workbook.xml.
    static bool isWorkbook(const QByteArray &bytes);
    /// For a zip archive that is not an .xlsx workbook, what it is and what to do (an .ods or
    /// .numbers spreadsheet, a Word file, another archive, or an .xlsx cut short); nothing for a
    /// workbook.
    static std::optional<Error> refuseZip(const QByteArray &bytes, const QString &fileName);
    /// The names of the workbook's sheets, in the workbook's order.
    static Result<QStringList> sheetNames(const QByteArray &bytes, const QString &fileName);
    /// The sheet called `sheet` (case-insensitive), or the first one when `sheet` is empty.
    static Result<XlsxSheet> readSheet(const QByteArray &bytes, const QString &fileName, const QString &sheet = {});

    /// One part of the workbook unpacked (xl/worksheets/sheet1.xml …), with the same bounds.
    static Result<QByteArray> part(const QByteArray &bytes, const QString &fileName, const QString &partName);

    /// "A1"-style reference of a 0-based column and a 1-based row.
    static QString cellName(int column, int row);
};

} // namespace shopdesk::core
