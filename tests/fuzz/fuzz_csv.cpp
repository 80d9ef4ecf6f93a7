// The CSV reader: the whole-file parser in both shapes, the field-count check and the streaming
// reader over the same bytes. They must never crash, and they must agree on whether the file reads.

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
    const QString name = QStringLiteral("fuzz.csv");
    auto table = core::CsvFile::parse(bytes, name, core::CsvFile::Shape::Table);
    if (table) {
        for (const core::CsvRecord &r : table->records)
            for (int i = 0; i < r.fields.size(); ++i)
                (void)core::CsvFile::field(r, i);
        (void)table->column({ QStringLiteral("订单编号"), QStringLiteral("order") });
    } else if (table.error().message.isEmpty()) {
        std::abort(); // a refusal always says why
    }
    auto titled = core::CsvFile::parse(bytes, name, core::CsvFile::Shape::TitleLinesFirst);
    if (titled)
        (void)titled->checkFieldCounts();

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
        // The streaming reader and the whole-file parser read the same files the same way.
        if (table && (*reader)->status().ok() && count != table->records.size())
            std::abort();
    }
    return 0;
}
