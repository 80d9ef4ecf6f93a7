// The xlsx reader: a workbook's zip directory, its deflated parts (CRC checked), the shared
// strings, the first sheet's cells and their number formats, read by the whole-file parser and by
// the streaming reader. They must never crash, a refusal always says why, and both readers must
// agree on the rows of a workbook that reads.

#include "FuzzTarget.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/CsvReader.h>

#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

using namespace shopdesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString name = QStringLiteral("fuzz.xlsx");
    auto table = core::CsvFile::parse(bytes, name, core::CsvFile::Shape::Table);
    if (table) {
        for (const core::CsvRecord &r : table->records)
            for (int i = 0; i < r.fields.size(); ++i)
                (void)core::CsvFile::field(r, i);
        (void)table->checkFieldCounts();
    } else if (table.error().message.isEmpty()) {
        std::abort();
    }

    static QTemporaryDir dir;
    const QString path = dir.filePath(name);
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        f.write(bytes);
    }
    auto reader = core::CsvReader::open(path);
    if (reader) {
        core::CsvRecord record;
        qsizetype count = 0;
        while ((*reader)->next(record))
            ++count;
        if (table && (*reader)->status().ok() && count != table->records.size())
            std::abort();
    } else if (reader.error().message.isEmpty()) {
        std::abort();
    }
    return 0;
}
