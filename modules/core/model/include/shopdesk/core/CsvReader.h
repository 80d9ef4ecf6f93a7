#pragma once

#include "shopdesk/core/Csv.h"
#include "shopdesk/core/Result.h"

#include <QFile>
#include <QString>
#include <QStringDecoder>

#include <memory>
#include <optional>

namespace shopdesk::core {

/// A CSV file read one record at a time, in the memory of a few blocks whatever its size: the
/// same files, encodings, delimiters, quoting and line numbers as CsvFile::read (which holds every
/// record). UTF-16 text streams too; an .xlsx sheet (bounded by Xlsx) is read whole first.
/// The encoding is decided over the whole file first (a quick pass that also counts its lines,
/// and refuses a file whose encoding changes part-way); a row whose field count is not the
/// header's ends the reading with an error naming its line.
class CsvReader {
public:
    /// Opens the file (refused when it is the shop file open here), decides its encoding and reads
    /// the header.
    static Result<std::unique_ptr<CsvReader>> open(const QString &path);

    /// The file's name, encoding and header, for CsvFile::column, error and missingColumn (its
    /// records stay empty).
    const CsvFile &file() const { return mFile; }
    /// Records (after the header) the file holds about: its line count, for progress.
    qint64 expectedRecords() const { return mExpected; }

    /// The next record; false at the end of the file or on an error (see status()).
    bool next(CsvRecord &record);
    /// An error met while reading (the file's name and line in it); ok at a clean end.
    const Status &status() const { return mStatus; }

private:
    CsvReader() = default;
    bool ensure(qsizetype ahead);
    /// False (with status() set) for a row whose field count is not the header's.
    bool widthOk(const CsvRecord &record);
    bool refill();

    CsvFile mFile;
    QFile mIn;
    /// Made in place: a moved QStringDecoder stops reporting errors (Qt 6.4).
    std::optional<QStringDecoder> mDecoder;
    QByteArray mCarry; ///< read past the last line feed
    QString mText;
    qsizetype mPos = 0;
    int mLine = 1;
    qint64 mExpected = 0;
    bool mEof = false, mDone = false;
    bool mStrict = true; ///< a decoding error ends the reading (not after a UTF-8 BOM)
    bool mUtf16 = false;
    bool mPendingHigh = false; ///< the last UTF-16 block ended with the first half of a pair
    QChar mDelimiter = u',';
    /// An .xlsx sheet's records, read whole (CSV and UTF-16 text stream instead).
    QList<CsvRecord> mMemory;
    qsizetype mIndex = 0;
    Status mStatus;
};

} // namespace shopdesk::core
