// The streaming CSV reader gives exactly what CsvFile::parse gives (records, fields, line numbers,
// encoding, errors), a record at a time, also where records cross its read blocks.

#include "TestShop.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/CsvReader.h>

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk::core;

namespace {
QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

struct Read {
    QString error;
    QString encoding;
    QStringList header;
    QList<CsvRecord> records;
};

Read streamed(const QString &path)
{
    Read out;
    auto reader = CsvReader::open(path);
    if (!reader) {
        out.error = reader.errorMessage();
        return out;
    }
    out.encoding = (*reader)->file().encoding;
    out.header = (*reader)->file().header;
    CsvRecord r;
    while ((*reader)->next(r))
        out.records << r;
    if (!(*reader)->status())
        out.error = (*reader)->status().errorMessage();
    return out;
}

void sameAsParse(const QString &path, const QByteArray &bytes)
{
    const Read s = streamed(path);
    auto whole = CsvFile::parse(bytes, QFileInfo(path).fileName());
    if (!whole) {
        CHECK(s.error == whole.errorMessage());
        return;
    }
    REQUIRE(s.error.isEmpty());
    CHECK(s.encoding == whole->encoding);
    CHECK(s.header == whole->header);
    REQUIRE(s.records.size() == whole->records.size());
    for (qsizetype i = 0; i < s.records.size(); ++i) {
        INFO(i);
        CHECK(s.records.at(i).line == whole->records.at(i).line);
        CHECK(s.records.at(i).fields == whole->records.at(i).fields);
    }
}
} // namespace

TEST_CASE("the CSV reader streams the same records, fields and line numbers as the whole-file parser")
{
    QTemporaryDir dir;
    const QByteArray tricky = QString::fromUtf8("订单编号,收货地址,备注\r\n"
                                                "=\"3001\",\"浙江省 杭州市, 西湖区\",\"第一行\r\n第二行\"\r\n"
                                                "\r\n"
                                                "'3002,\"她说\"\"好\"\"\",\n"
                                                "3003,lone CR\rnext,x\n"
                                                "3004,\"no line break at the end\",")
                                  .toUtf8();
    sameAsParse(write(dir, QStringLiteral("utf8.csv"), tricky), tricky);
    const QByteArray bom = QByteArray("\xEF\xBB\xBF") + tricky;
    sameAsParse(write(dir, QStringLiteral("bom.csv"), bom), bom);
    QStringEncoder gbk("GB18030");
    const QByteArray gbkBytes = gbk.encode(QString::fromUtf8(tricky));
    sameAsParse(write(dir, QStringLiteral("gbk.csv"), gbkBytes), gbkBytes);
    CHECK(streamed(dir.filePath(QStringLiteral("gbk.csv"))).encoding == QStringLiteral("GB18030"));

    // Records, quoted line breaks and GBK characters across the reader's 256 KiB blocks.
    QString big = QStringLiteral("no,text\r\n");
    for (int i = 0; i < 50000; ++i)
        big += QStringLiteral("%1,\"%2\r\n行%3\"\r\n").arg(i).arg(QString::fromUtf8("深蓝色牛仔裤")).arg(i);
    const QByteArray bigGbk = gbk.encode(big);
    REQUIRE(bigGbk.size() > 3 * 256 * 1024);
    sameAsParse(write(dir, QStringLiteral("big.csv"), bigGbk), bigGbk);
    const Read r = streamed(dir.filePath(QStringLiteral("big.csv")));
    REQUIRE(r.records.size() == 50000);
    CHECK(r.records.last().line == 2 + 2 * 49999);
    CHECK(r.records.last().fields.at(1) == QString::fromUtf8("深蓝色牛仔裤\n行49999"));
}

TEST_CASE("the CSV reader names the file and line of what it cannot read")
{
    QTemporaryDir dir;
    for (const QByteArray &bytes : { QByteArray("a,b\n1,\"never closed\n2,3\n"), QByteArray(""), QByteArray("\n\n"),
             QByteArray("a,b\n\xFF\xFF\xFF,\x81\n") }) {
        INFO(bytes.toStdString());
        sameAsParse(write(dir, QStringLiteral("bad.csv"), bytes), bytes);
        CHECK_FALSE(streamed(dir.filePath(QStringLiteral("bad.csv"))).error.isEmpty());
    }
    CHECK(streamed(dir.filePath(QStringLiteral("missing.csv"))).error.contains(QStringLiteral("missing.csv")));
}

// Found by fuzzing the xlsx target: a byte-order mark inside a file (two exports pasted together,
// the second with its own BOM) read as a record by one reader and as nothing by the other.
TEST_CASE("a byte-order mark inside a file reads the same in the streaming reader and the whole-file parser")
{
    QTemporaryDir dir;
    const QByteArray found("1\n\n\n\xEF\xBB\xBF\r\n\xEF\xBB\xBF", 12);
    sameAsParse(write(dir, QStringLiteral("found.csv"), found), found);
    const QByteArray pasted = QByteArray("\xEF\xBB\xBF")
        + QString::fromUtf8("条码,数量\r\n6901234567892,3\r\n").toUtf8() + QByteArray("\xEF\xBB\xBF")
        + QString::fromUtf8("6901234567908,2\r\n").toUtf8();
    sameAsParse(write(dir, QStringLiteral("pasted.csv"), pasted), pasted);
}
