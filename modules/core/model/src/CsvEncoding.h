#pragma once

#include <QString>
#include <QtGlobal>

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

} // namespace shopdesk::core::detail
