// Files as the staff have them: every fixture of tests/data/formats (written by make_formats.py)
// reads as the same table whatever its format (CSV in UTF-8, GBK, UTF-16 tab text, semicolons,
// .xlsx), through CsvFile::read and the streaming CsvReader alike; the xlsx reader's own cases
// (numbers, dates, booleans, gaps, named sheets) give exactly the text Excel would show; files
// that are no table are refused, naming what they are.

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/CsvReader.h>
#include <shopdesk/core/Xlsx.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk::core;

namespace {
QString fixture(const QString &name) { return QStringLiteral(SHOPDESK_TEST_DATA_DIR "/formats/") + name; }

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/// A table as text, with its line numbers: what an importer sees. An .xlsx numbers its rows, a
/// text file its lines (a field with a line break in it takes two), so for the comparison of the
/// two the line numbers can be left out.
bool gLines = true;
QString dump(const QStringList &header, const QList<CsvRecord> &records)
{
    QString out = header.join(QLatin1Char('|')) + u'\n';
    for (const CsvRecord &r : records) {
        QStringList cleaned;
        for (int i = 0; i < r.fields.size(); ++i)
            cleaned << CsvFile::field(r, i);
        out += (gLines ? QString::number(r.line) + u':' : QString()) + cleaned.join(QLatin1Char('|')) + u'\n';
    }
    return out;
}

QString readWhole(const QString &path, CsvFile::Shape shape)
{
    auto csv = CsvFile::read(path, shape);
    if (!csv)
        return QStringLiteral("error: ") + csv.errorMessage();
    return dump(csv->header, csv->records);
}

QString readStreamed(const QString &path)
{
    auto reader = CsvReader::open(path);
    if (!reader)
        return QStringLiteral("error: ") + reader.errorMessage();
    QList<CsvRecord> records;
    CsvRecord r;
    while ((*reader)->next(r))
        records << r;
    if (!(*reader)->status())
        return QStringLiteral("error: ") + (*reader)->status().errorMessage();
    return dump((*reader)->file().header, records);
}

} // namespace

TEST_CASE("every format of a fixture reads as the same table, whole and streamed")
{
    const QStringList tables = { QStringLiteral("items"), QStringLiteral("orders"), QStringLiteral("orders-items"),
        QStringLiteral("receive"), QStringLiteral("counts"), QStringLiteral("kpi"), QStringLiteral("replies"),
        QStringLiteral("tracking"), QStringLiteral("bill"), QStringLiteral("merge"), QStringLiteral("suppliers"),
        QStringLiteral("agents") };
    const QStringList variants = { QStringLiteral("-gbk.csv"), QStringLiteral("-utf16.txt"),
        QStringLiteral("-semicolon.csv"), QStringLiteral(".xlsx") };
    for (const QString &t : tables) {
        const auto shape = t == QLatin1String("kpi") ? CsvFile::Shape::TitleLinesFirst : CsvFile::Shape::Table;
        const QString reference = readWhole(fixture(t + QStringLiteral(".csv")), shape);
        CAPTURE(t.toStdString(), reference.toStdString());
        REQUIRE_FALSE(reference.startsWith(QLatin1String("error")));
        if (shape == CsvFile::Shape::Table)
            CHECK(readStreamed(fixture(t + QStringLiteral(".csv"))) == reference);
        for (const QString &v : variants) {
            CAPTURE(v.toStdString());
            gLines = !v.endsWith(QLatin1String(".xlsx"));
            const QString expected = readWhole(fixture(t + QStringLiteral(".csv")), shape);
            CHECK(readWhole(fixture(t + v), shape).toStdString() == expected.toStdString());
            if (shape == CsvFile::Shape::Table)
                CHECK(readStreamed(fixture(t + v)).toStdString() == expected.toStdString());
            gLines = true;
        }
    }
}

TEST_CASE("the fixtures hold what Excel shows: numbers without float noise, dates as text, long numbers whole")
{
    auto items = CsvFile::read(fixture(QStringLiteral("items.xlsx")));
    REQUIRE(items.ok());
    CHECK(items->encoding == QStringLiteral("xlsx"));
    CHECK(items->sheet == QString::fromUtf8("宝贝"));
    REQUIRE(items->records.size() == 3);
    CHECK(items->records.at(0).line == 2);
    CHECK(items->records.at(0).fields
        == QStringList { QStringLiteral("FMT-1"), QString::fromUtf8("格式 测试卫衣, 加绒"), QString::fromUtf8("卫衣"),
            QStringLiteral("129"), QStringLiteral("60.5"), QString::fromUtf8("黑色"), QStringLiteral("M"),
            QStringLiteral("6901234567892"), QStringLiteral("3") });
    CHECK(items->records.at(2).fields.at(3) == QStringLiteral("0.1"));
    CHECK(items->records.at(2).fields.at(4).isEmpty()); // a gap between cells

    auto orders = CsvFile::read(fixture(QStringLiteral("orders.xlsx")));
    REQUIRE(orders.ok());
    CHECK(orders->records.at(0).fields.at(0) == QStringLiteral("3099000000000000101"));
    CHECK(orders->records.at(0).fields.at(6) == QStringLiteral("2026-11-24 09:00:00"));
    CHECK(orders->records.at(0).fields.at(7) == QStringLiteral("2026-11-24 09:05:30"));
    CHECK(orders->records.at(1).fields.at(8) == QStringLiteral("59.9"));

    auto kpi = CsvFile::read(fixture(QStringLiteral("kpi.xlsx")));
    REQUIRE(kpi.ok()); // a Table skips the merged title rows
    CHECK(kpi->header.first() == QString::fromUtf8("统计日期"));
    CHECK(kpi->records.at(0).line == 4);
    CHECK(kpi->records.at(0).fields.at(0) == QStringLiteral("2025-10-01"));
    CHECK(kpi->records.at(0).fields.at(6) == QStringLiteral("45.2%")); // a fraction under a % format

    auto replies = CsvFile::read(fixture(QStringLiteral("replies.xlsx")));
    REQUIRE(replies.ok());
    CHECK(replies->records.at(1).line == 3); // sheet rows, where the CSV has line 4 after a line break

    auto utf16 = CsvFile::read(fixture(QStringLiteral("replies-utf16.txt")));
    REQUIRE(utf16.ok());
    CHECK(utf16->encoding == QStringLiteral("UTF-16LE"));
    CHECK(utf16->delimiter == u'\t');
    CHECK(utf16->records.at(0).fields.at(3) == QString::fromUtf8("亲，在的哦～\n有什么可以帮您？"));
    CHECK(utf16->records.at(0).line == 2);
    CHECK(utf16->records.at(1).line == 4);

    auto semicolon = CsvFile::read(fixture(QStringLiteral("orders-items-semicolon.csv")));
    REQUIRE(semicolon.ok());
    CHECK(semicolon->delimiter == u';');
    CHECK(semicolon->records.at(0).fields.at(4) == QString::fromUtf8("颜色分类：深蓝;尺码：30"));
}

TEST_CASE("a named sheet is read when one is chosen, and a missing one is refused with the sheets there are")
{
    const QByteArray bytes = bytesOf(fixture(QStringLiteral("items.xlsx")));
    auto names = Xlsx::sheetNames(bytes, QStringLiteral("items.xlsx"));
    REQUIRE(names.ok());
    CHECK(*names == QStringList { QString::fromUtf8("宝贝"), QString::fromUtf8("说明") });
    auto notes = Xlsx::readSheet(bytes, QStringLiteral("items.xlsx"), QString::fromUtf8("说明"));
    REQUIRE(notes.ok());
    REQUIRE(notes->rows.size() == 1);
    CHECK(notes->rows.at(0).fields == QStringList { QString::fromUtf8("这一页是说明，不导入。") });
    auto missing = Xlsx::readSheet(bytes, QStringLiteral("items.xlsx"), QStringLiteral("Sheet9"));
    CHECK(missing.errorMessage()
        == QString::fromUtf8("items.xlsx has no sheet called “Sheet9”; its sheets are 宝贝、说明."));

    CsvFile::setSheetChoice(QString::fromUtf8("说明"));
    auto chosen = CsvFile::read(fixture(QStringLiteral("items.xlsx")));
    CsvFile::setSheetChoice(QString());
    REQUIRE(chosen.ok());
    CHECK(chosen->header == QStringList { QString::fromUtf8("这一页是说明，不导入。") });
}

TEST_CASE("ShopDesk's own xlsx export reads back as written")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.xlsx"));
    const QStringList header = { QString::fromUtf8("货号"), QString::fromUtf8("价格"), QString::fromUtf8("条码"),
        QString::fromUtf8("日期"), QString::fromUtf8("比率") };
    const QList<QVariantList> rows = {
        { QStringLiteral("=SUM(A1)"), 129.0, QStringLiteral("6901234567892"), QDate(2026, 11, 24), 0.452 },
        { QStringLiteral("TX-2"), 0.1 + 0.2, QStringLiteral("3261123000023526251"),
            QDateTime(QDate(2026, 1, 5), QTime(9, 5)), QVariant() },
    };
    REQUIRE(writeXlsx(path, QStringLiteral("Sheet"), header, rows));
    auto back = CsvFile::read(path);
    REQUIRE(back.ok());
    CHECK(back->header == header);
    REQUIRE(back->records.size() == 2);
    CHECK(back->records.at(0).fields
        == QStringList { QStringLiteral("=SUM(A1)"), QStringLiteral("129"), QStringLiteral("6901234567892"),
            QStringLiteral("2026-11-24"), QStringLiteral("0.452") });
    CHECK(back->records.at(1).fields
        == QStringList { QStringLiteral("TX-2"), QStringLiteral("0.3"), QStringLiteral("3261123000023526251"),
            QStringLiteral("2026-01-05 09:05:00"), QString() });
}

TEST_CASE("files that are no table are refused, saying what they are and what to do")
{
    QTemporaryDir dir;
    auto refusal = [&](const QString &name, const QByteArray &bytes) {
        const QString path = dir.filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        auto whole = CsvFile::read(path);
        auto streamed = CsvReader::open(path);
        REQUIRE_FALSE(whole.ok());
        REQUIRE_FALSE(streamed.ok());
        CHECK(streamed.errorMessage() == whole.errorMessage());
        return whole.errorMessage().toStdString();
    };
    CHECK(refusal(QStringLiteral("old.xls"), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, '\0'))
        == "old.xls is an old Excel .xls file (or a workbook protected with a password), which ShopDesk cannot read: "
           "open it in Excel or WPS and save it as .xlsx or CSV, without a password.");
    CHECK(refusal(QStringLiteral("bill.pdf"), QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj"))
        == "bill.pdf is a PDF document, not a table: import the CSV or .xlsx file the figures came from.");
    CHECK(refusal(QStringLiteral("shot.png"), QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16))
        == "shot.png is a picture, not a table: import a CSV or .xlsx file.");
    CHECK(refusal(QStringLiteral("empty.csv"), QByteArray()) == "empty.csv is empty: it has no header line.");
    CHECK(refusal(QStringLiteral("odd.txt"),
              QByteArray("\xFF\xFE"
                         "a\0b\0c",
                  7))
        == "odd.txt is UTF-16 text, but it ends in the middle of a character: the file is cut short or damaged.");
}

TEST_CASE("the xlsx reader gives each kind of cell as Excel shows it")
{
    auto sheet = CsvFile::read(fixture(QStringLiteral("special.xlsx")));
    REQUIRE(sheet.ok());
    CHECK(sheet->sheet == QString::fromUtf8("特别"));
    CHECK(sheet->header == QStringList { QString::fromUtf8("名称"), QString::fromUtf8("值") }); // cells out of order
    QStringList rows;
    for (const CsvRecord &r : sheet->records)
        rows << QString::number(r.line) + u':' + r.fields.join(QLatin1Char('|'));
    CHECK(rows
        == QStringList {
            QString::fromUtf8("2:rich|加绒 卫衣"), // rich text runs, without the phonetic guide
            QStringLiteral("3:true|TRUE"),
            QStringLiteral("4:error|#N/A"),
            QStringLiteral("5:noise|0.3"),
            QStringLiteral("6:time|12:00:00"),
            QStringLiteral("7:cn date|2026-11-27"), // 年月日 format, 1904 date system
            QStringLiteral("8:no r|formula text"), // the row after row 7, its cells in order
            QStringLiteral("10:big|1.5e+20"),
            QStringLiteral("11:negative|-3.2"),
        });
}

TEST_CASE("UTF-16 text streams across read blocks exactly as it reads whole, pairs and line feeds split or not")
{
    QTemporaryDir dir;
    // 上 is 0A 4E in UTF-16LE: a line-feed byte inside a character; 𠀀 is a surrogate pair.
    QString text = QString::fromUtf8("货号\t标题\t数量\r\n");
    for (int i = 0; i < 30000; ++i)
        text += QStringLiteral("SJ-%1\t").arg(i) + QString::fromUtf8("上衣 𠀀 \"引号\"\t") + QString::number(i % 97)
            + QStringLiteral("\r\n");
    for (const bool le : { true, false }) {
        CAPTURE(le);
        QByteArray bytes = le ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
        for (const QChar c : std::as_const(text)) {
            const char16_t u = c.unicode();
            const char lo = char(u & 0xFF), hi = char(u >> 8);
            bytes.append(le ? lo : hi).append(le ? hi : lo);
        }
        REQUIRE(bytes.size() > 3 * 256 * 1024);
        const QString path = dir.filePath(QStringLiteral("big.txt"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        const QString whole = readWhole(path, CsvFile::Shape::Table);
        REQUIRE(whole.startsWith(QString::fromUtf8("货号|标题|数量\n2:SJ-0|上衣 𠀀 \"引号\"|0\n")));
        CHECK(whole.endsWith(QString::fromUtf8("30001:SJ-29999|上衣 𠀀 \"引号\"|26\n")));
        CHECK(readStreamed(path) == whole);
        auto reader = CsvReader::open(path);
        REQUIRE(reader.ok());
        CHECK((*reader)->expectedRecords() == 30000);
        CHECK((*reader)->file().encoding == (le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE")));
    }
}

TEST_CASE("an xlsx export keeps its header in view, filters, fits its columns and formats money, rates and dates")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kinds.xlsx"));
    using K = XlsxColumn;
    REQUIRE(writeXlsx(path, QStringLiteral("Sheet"),
        { QString::fromUtf8("订单编号"), QString::fromUtf8("金额"), QString::fromUtf8("跳失率"),
            QString::fromUtf8("日期"), QString::fromUtf8("件数"), QString::fromUtf8("类目") },
        { { QStringLiteral("3261123000023526251"), 1234.5, 0.452, QStringLiteral("2026-11-24"), 3,
            QString::fromUtf8("卫衣卫衣卫衣卫衣卫衣") } },
        { K::Text, K::Money, K::Percent, K::Date, K::Int, K::Text }));
    const QByteArray bytes = bytesOf(path);
    auto sheet = Xlsx::part(bytes, QStringLiteral("kinds.xlsx"), QStringLiteral("xl/worksheets/sheet1.xml"));
    REQUIRE(sheet.ok());
    const QString xml = QString::fromUtf8(*sheet);
    CHECK(xml.contains(
        QStringLiteral("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")));
    CHECK(xml.contains(QStringLiteral("<autoFilter ref=\"A1:F2\"/>")));
    // Widths with one character to spare: 19 digits (wider than 订单编号, 8 + 2 for the filter
    // button) make 20; 卫衣×5 counts 20, so 21.
    CHECK(xml.contains(QStringLiteral("<col min=\"1\" max=\"1\" width=\"20.7109375\" customWidth=\"1\"/>")));
    CHECK(xml.contains(QStringLiteral("<col min=\"6\" max=\"6\" width=\"21.7109375\" customWidth=\"1\"/>")));
    auto styles = Xlsx::part(bytes, QStringLiteral("kinds.xlsx"), QStringLiteral("xl/styles.xml"));
    REQUIRE(styles.ok());
    const QString st = QString::fromUtf8(*styles);
    CHECK(st.contains(QString::fromUtf8("formatCode=\"&quot;¥&quot;#,##0.00\"")));
    CHECK(st.contains(QStringLiteral("formatCode=\"0.0%\"")));
    CHECK(st.contains(QStringLiteral("formatCode=\"yyyy-mm-dd\"")));
    // Read back: the order number whole, the money a number, the rate as Excel shows it, the date a date.
    auto back = CsvFile::read(path);
    REQUIRE(back.ok());
    CHECK(back->records.at(0).fields
        == QStringList { QStringLiteral("3261123000023526251"), QStringLiteral("1234.5"), QStringLiteral("45.2%"),
            QStringLiteral("2026-11-24"), QStringLiteral("3"), QString::fromUtf8("卫衣卫衣卫衣卫衣卫衣") });
}
