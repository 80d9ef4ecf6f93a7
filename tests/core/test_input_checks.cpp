// The strict readings every importer shares (core::Parse, CsvFile): impossible dates and
// absurd numbers refused, full-width input normalised, rows of the wrong width and files whose
// encoding changes part-way refused at their line, formula-like cells neutralised on export.

#include "TestShop.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/CsvReader.h>
#include <shopdesk/core/Money.h>
#include <shopdesk/core/Parse.h>

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk::core;

TEST_CASE("dates and times are read strictly, in the forms the exports use")
{
    CHECK(Parse::dateTime(QStringLiteral("2026-11-20 14:05:00")) == QDateTime(QDate(2026, 11, 20), QTime(14, 5)));
    CHECK(Parse::dateTime(QStringLiteral("2026/11/20 9:05")) == QDateTime(QDate(2026, 11, 20), QTime(9, 5)));
    CHECK(Parse::dateTime(QStringLiteral("2026-1-5 09:05:07")) == QDateTime(QDate(2026, 1, 5), QTime(9, 5, 7)));
    CHECK(Parse::dateTime(QString::fromUtf8("２０２６-１１-２０ １４：０５"))
        == QDateTime(QDate(2026, 11, 20), QTime(14, 5)));
    CHECK(Parse::dateTime(QString::fromUtf8("２０２６-１１-２０ １４:０５:００"))
        == QDateTime(QDate(2026, 11, 20), QTime(14, 5)));
    CHECK(Parse::date(QStringLiteral("2026-11-20")) == QDate(2026, 11, 20));
    CHECK(Parse::date(QStringLiteral("2026/1/5")) == QDate(2026, 1, 5));
    CHECK(Parse::date(QStringLiteral("2026.11.20")) == QDate(2026, 11, 20));
    CHECK(Parse::date(QStringLiteral("20261120")) == QDate(2026, 11, 20));
    CHECK(Parse::date(QStringLiteral("2028-02-29")) == QDate(2028, 2, 29));
    for (const char *bad : { "2026-13-04", "2026-02-30", "2026-02-29", "2026-11-31", "2026-00-10", "26-11-20",
             "2026-11", "2026-11-20-1", "yesterday", "", "2026-11-2x", "20261340" })
        CHECK_FALSE(Parse::date(QString::fromLatin1(bad)).has_value());
    for (const char *bad : { "2026-11-20 25:61:00", "2026-11-20 25:00", "2026-11-20 24:00:00", "2026-11-20 12:60",
             "2026-11-20 12:30:61", "2026-11-20", "2026-13-04 10:00:00", "2026-02-30 10:00:00", "garbage",
             "2026-11-20 1:2", "2026-11-20 12:30:00:00" })
        CHECK_FALSE(Parse::dateTime(QString::fromLatin1(bad)).has_value());
}

TEST_CASE("numbers: full-width digits read, NaN, infinity, exponents and twenty digits refused")
{
    CHECK(Parse::whole(QString::fromUtf8("１２"), 9999) == 12);
    CHECK(Parse::whole(QStringLiteral("9999"), 9999) == 9999);
    CHECK(Parse::whole(QStringLiteral("1,200"), 9999) == 1200);
    CHECK_FALSE(Parse::whole(QStringLiteral("10000"), 9999).has_value());
    CHECK_FALSE(Parse::whole(QStringLiteral("2147483647"), 9999).has_value());
    CHECK_FALSE(Parse::whole(QStringLiteral("12345678901234567890"), 9999).has_value());
    CHECK_FALSE(Parse::whole(QStringLiteral("-1"), 9999).has_value());
    CHECK_FALSE(Parse::whole(QStringLiteral("1.5"), 9999).has_value());
    CHECK(Parse::decimal(QStringLiteral("1.25"), 1000) == 1.25);
    CHECK(Parse::decimal(QString::fromUtf8("４．８"), 5) == 4.8);
    for (const char *bad :
        { "NaN", "nan", "inf", "-inf", "1e20", "1E3", "12345678901234567890", "-1.2", "", ".5", "5.", "0x10", "6" })
        CHECK_FALSE(Parse::decimal(QString::fromLatin1(bad), 5).has_value());
}

TEST_CASE("money: full-width digits and the full-width yuan sign are normalised, not refused")
{
    CHECK(Money::parse(QString::fromUtf8("１２")).value().fen() == 1200);
    CHECK(Money::parse(QString::fromUtf8("￥１２９．５０")).value().fen() == 12950);
    CHECK(Money::parse(QString::fromUtf8("￥1,299.00")).value().fen() == 129900);
    CHECK_FALSE(Money::parse(QStringLiteral("1e20")).ok());
    CHECK_FALSE(Money::parse(QStringLiteral("NaN")).ok());
    CHECK_FALSE(Money::parse(QStringLiteral("12345678901234567890")).ok());
}

TEST_CASE("a row with fewer or more fields than the header is refused with its line")
{
    auto cut = CsvFile::parse(QByteArray("code,qty,cost\r\nA,1,2.00\r\nB,35,\r\nC,3\r\n"), QStringLiteral("note.csv"));
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.errorMessage().toStdString()
        == "note.csv, line 4: this row has 2 fields, but the header line has 3; the file may be cut short or damaged.");
    auto extra = CsvFile::parse(QByteArray("code,qty\nA,1\nB,2") + QByteArray(1000000, ','), QStringLiteral("x.csv"));
    REQUIRE_FALSE(extra.ok());
    CHECK(extra.errorMessage().toStdString()
        == "x.csv, line 3: this row has 1000002 fields, but the header line has 2; the file may be cut short or "
           "damaged.");
    // A line of nothing but commas is a blank line, as Excel writes them at the end of a sheet.
    auto blank = CsvFile::parse(QByteArray("code,qty,cost\nA,1,2\n,,,,\n"), QStringLiteral("ok.csv"));
    REQUIRE(blank.ok());
    CHECK(blank->records.size() == 2);
    // A quoted field with a line break in it is one field: the count is per record, not per line.
    auto quoted = CsvFile::parse(QByteArray("a,b\n\"x\ny\",2\n"), QStringLiteral("q.csv"));
    REQUIRE(quoted.ok());
    CHECK(quoted->records.first().fields == QStringList { QStringLiteral("x\ny"), QStringLiteral("2") });
    // Title lines before the header: the caller checks once it has found the header.
    auto titled = CsvFile::parse(
        QByteArray("Report\nday,uv\n2026-11-01,5\n"), QStringLiteral("kpi.csv"), CsvFile::Shape::TitleLinesFirst);
    REQUIRE(titled.ok());
}

TEST_CASE("a file whose encoding changes part-way is refused at the line where it changes")
{
    QStringEncoder gbk("GB18030");
    const QByteArray utf8Start = QString::fromUtf8("货号,标题\nA,纯棉T恤\nB,牛仔裤\n").toUtf8();
    const QByteArray gbkLine = gbk.encode(QString::fromUtf8("C,休闲裤\n"));
    auto mixed = CsvFile::parse(utf8Start + gbkLine, QStringLiteral("items.csv"));
    REQUIRE_FALSE(mixed.ok());
    CHECK(mixed.errorMessage().toStdString()
        == "items.csv, line 4: the text changes encoding here (the lines before are UTF-8, this one is not). Save "
           "the whole file in one encoding, UTF-8 or GBK.");
    auto bom = CsvFile::parse(QByteArray("\xEF\xBB\xBF") + utf8Start + gbkLine, QStringLiteral("bom.csv"));
    REQUIRE_FALSE(bom.ok());
    CHECK(bom.errorMessage().toStdString()
        == "bom.csv, line 4: the text changes encoding here (the lines before are UTF-8, this one is not). Save the "
           "whole file in one encoding, UTF-8 or GBK.");
    const QByteArray gbkStart = gbk.encode(QString::fromUtf8("货号,标题\nA,纯棉T恤\n"));
    auto back = CsvFile::parse(gbkStart + QString::fromUtf8("B,牛仔裤\n").toUtf8(), QStringLiteral("gbk.csv"));
    REQUIRE_FALSE(back.ok());
    CHECK(back.errorMessage().toStdString()
        == "gbk.csv, line 3: the text changes encoding here (the lines before are GBK, this one is not). Save the "
           "whole file in one encoding, UTF-8 or GBK.");
    // All GBK, or all UTF-8: read as before.
    REQUIRE(CsvFile::parse(gbkStart, QStringLiteral("a.csv")).ok());
    REQUIRE(CsvFile::parse(utf8Start, QStringLiteral("b.csv")).ok());
}

TEST_CASE("an exported CSV cell beginning with = + - @ is neutralised; plain numbers stay numbers")
{
    CHECK(csvSafeCell(QStringLiteral("=HYPERLINK(\"http://x\")")) == QStringLiteral("'=HYPERLINK(\"http://x\")"));
    CHECK(csvSafeCell(QStringLiteral("+1+cmd")) == QStringLiteral("'+1+cmd"));
    CHECK(csvSafeCell(QStringLiteral("-2+3")) == QStringLiteral("'-2+3"));
    CHECK(csvSafeCell(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(csvSafeCell(QStringLiteral("\tx")) == QStringLiteral("'\tx"));
    CHECK(csvSafeCell(QStringLiteral("-4")) == QStringLiteral("-4"));
    CHECK(csvSafeCell(QStringLiteral("-3.20")) == QStringLiteral("-3.20"));
    CHECK(csvSafeCell(QStringLiteral("+5%")) == QStringLiteral("+5%"));
    CHECK(csvSafeCell(QString::fromUtf8("纯棉T恤")) == QString::fromUtf8("纯棉T恤"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    REQUIRE(writeCsv(path, { QStringLiteral("title"), QStringLiteral("variance") },
        { { QStringLiteral("=1+1"), QStringLiteral("-4") }, { QStringLiteral("@cmd"), QStringLiteral("+2") } }));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArray("\xEF\xBB\xBFtitle,variance\r\n'=1+1,-4\r\n'@cmd,+2\r\n"));
    // Read back by ShopDesk, the guard is taken off again.
    auto back = CsvFile::read(path);
    REQUIRE(back.ok());
    CHECK(CsvFile::field(back->records.at(0), 0) == QStringLiteral("=1+1"));
}

TEST_CASE("the streaming reader refuses the same rows and encodings as CsvFile")
{
    QTemporaryDir dir;
    const QString cut = dir.filePath(QStringLiteral("cut.csv"));
    {
        QFile f(cut);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("code,qty,cost\r\nA,1,2.00\r\n,,\r\nB,35\r\n");
    }
    auto reader = CsvReader::open(cut);
    REQUIRE(reader.ok());
    CsvRecord r;
    REQUIRE((*reader)->next(r));
    CHECK(r.fields == QStringList { QStringLiteral("A"), QStringLiteral("1"), QStringLiteral("2.00") });
    REQUIRE((*reader)->next(r)); // a row of commas only is a blank line
    CHECK_FALSE((*reader)->next(r));
    CHECK((*reader)->status().errorMessage().toStdString()
        == "cut.csv, line 4: this row has 2 fields, but the header line has 3; the file may be cut short or damaged.");

    const QString mixed = dir.filePath(QStringLiteral("mixed.csv"));
    {
        QStringEncoder gbk("GB18030");
        QFile f(mixed);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QString::fromUtf8("货号,标题\nA,纯棉T恤\n").toUtf8()
            + QByteArray(gbk.encode(QString::fromUtf8("B,牛仔裤\n"))));
    }
    auto refused = CsvReader::open(mixed);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().toStdString()
        == "mixed.csv, line 3: the text changes encoding here (the lines before are UTF-8, this one is not). Save "
           "the whole file in one encoding, UTF-8 or GBK.");
}
