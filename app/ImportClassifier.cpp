#include "ImportClassifier.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Database.h>
#include <shopdesk/core/Xlsx.h>

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace shopdesk::app {

namespace {
using Kind = ImportClassifier::Kind;

QStringList u(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out << QString::fromUtf8(n).toLower();
    return out;
}

// The header names of each importer (kept in step with their column lookups).
const QStringList &orderNo()
{
    static const QStringList n = u({ "订单编号", "order no", "order" });
    return n;
}
const QStringList &buyer()
{
    static const QStringList n = u({ "买家会员名", "buyer", "收货人姓名", "recipient" });
    return n;
}
const QStringList &address()
{
    static const QStringList n = u({ "收货地址", "address" });
    return n;
}
const QStringList &title()
{
    static const QStringList n = u({ "标题", "宝贝标题", "title" });
    return n;
}
const QStringList &lineQuantity()
{
    static const QStringList n = u({ "购买数量", "quantity" });
    return n;
}
const QStringList &itemCode()
{
    static const QStringList n = u({ "货号", "商品货号", "item code", "code" });
    return n;
}
const QStringList &price()
{
    static const QStringList n = u({ "价格", "一口价", "price" });
    return n;
}
const QStringList &barcode()
{
    static const QStringList n = u({ "条码", "条形码", "barcode" });
    return n;
}
const QStringList &quantity()
{
    static const QStringList n = u({ "数量", "盘点数量", "quantity", "counted" });
    return n;
}
const QStringList &supplier()
{
    static const QStringList n = u({ "供应商", "supplier" });
    return n;
}
const QStringList &kpiDay()
{
    static const QStringList n = u({ "统计日期", "日期", "date", "day" });
    return n;
}
const QStringList &visitors()
{
    static const QStringList n = u({ "访客数", "uv", "visitors" });
    return n;
}
const QStringList &replyCode()
{
    static const QStringList n = u({ "代码", "快捷编码", "code" });
    return n;
}
const QStringList &replyBody()
{
    static const QStringList n = u({ "内容", "回复", "text", "body" });
    return n;
}
const QStringList &tracking()
{
    static const QStringList n = u({ "物流单号", "运单号", "tracking", "tracking no" });
    return n;
}

struct Header {
    QStringList cells;
    bool has(const QStringList &names) const
    {
        return std::any_of(cells.cbegin(), cells.cend(), [&](const QString &c) { return names.contains(c); });
    }
};

Header header(const QStringList &row)
{
    Header h;
    for (const QString &cell : row)
        h.cells << core::CsvFile::clean(cell).toLower();
    return h;
}

QList<Kind> fromHeader(const Header &h)
{
    QList<Kind> out;
    const bool order = h.has(orderNo());
    if (order && h.has(buyer()) && h.has(address()))
        out << Kind::Orders;
    if (order && h.has(title()) && h.has(lineQuantity()) && !h.has(buyer()))
        out << Kind::OrderLines;
    if (order && h.has(tracking()) && !h.has(buyer()) && !h.has(title()))
        out << Kind::TrackingList;
    if (!order && h.has(itemCode()) && h.has(title()) && h.has(price()) && !h.has(replyBody()))
        out << Kind::Items;
    if (!order && h.has(supplier()) && h.has(barcode()) && h.has(quantity()))
        out << Kind::ReceivingNote;
    if (!order && !h.has(supplier()) && !h.has(title()) && h.has(barcode()) && h.has(quantity()))
        out << Kind::StockCount;
    if (!order && h.has(replyCode()) && h.has(replyBody()))
        out << Kind::Replies;
    return out;
}

bool startsAsZip(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(4) == QByteArrayLiteral("PK\x03\x04");
}

/// The first rows of one sheet as candidates() reads them: merged title rows above the header
/// left out, as the importers leave them out.
QList<QStringList> firstRows(const core::XlsxSheet &sheet)
{
    QList<QStringList> rows;
    qsizetype i = 0;
    while (i < sheet.rows.size() && sheet.titleRows.contains(sheet.rows.at(i).line))
        ++i;
    for (; i < sheet.rows.size() && rows.size() < 21; ++i)
        rows << sheet.rows.at(i).fields;
    return rows;
}
} // namespace

QList<ImportClassifier::Sheet> ImportClassifier::classifySheets(const QString &path)
{
    if (!startsAsZip(path) || core::Database::isOpenInThisProcess(path))
        return {};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    if (!core::Xlsx::isWorkbook(bytes))
        return {};
    const QString fileName = QFileInfo(path).fileName();
    auto names = core::Xlsx::sheetNames(bytes, fileName);
    if (!names)
        return {};
    QList<Sheet> out;
    for (const QString &name : std::as_const(*names)) {
        auto sheet = core::Xlsx::readSheet(bytes, fileName, name);
        out.append({ name, sheet ? candidates(firstRows(*sheet)) : QList<Kind>() });
    }
    return out;
}

QList<ImportClassifier::Kind> ImportClassifier::importable()
{
    return { Kind::Items, Kind::Orders, Kind::OrderLines, Kind::ReceivingNote, Kind::StockCount, Kind::Kpi,
        Kind::Replies, Kind::TrackingList };
}

QString ImportClassifier::title(Kind kind)
{
    switch (kind) {
    case Kind::Shop:
        return tr("Shop file");
    case Kind::Items:
        return tr("Items and SKUs (Listings → Import)");
    case Kind::Orders:
        return tr("Platform order export (Shipping → Import orders)");
    case Kind::OrderLines:
        return tr("Platform order items export (goes with the order export)");
    case Kind::ReceivingNote:
        return tr("Receiving note (posted into stock)");
    case Kind::StockCount:
        return tr("Counted quantities for the open stock-take");
    case Kind::Kpi:
        return tr("Daily KPI export (KPIs → Import)");
    case Kind::Replies:
        return tr("Quick-reply library (Customer service → Import)");
    case Kind::TrackingList:
        return tr("Tracking numbers for queued orders");
    }
    return {};
}

QList<ImportClassifier::Kind> ImportClassifier::candidates(const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return {};
    QList<Kind> out = fromHeader(header(rows.first()));
    // A KPI export may open with title lines (“生意参谋 … 统计时间 …”): its header is the first of
    // the first 20 rows that names the day, and it also names the visitors.
    for (qsizetype i = 0; i < std::min<qsizetype>(rows.size(), 20); ++i) {
        const Header h = header(rows.at(i));
        if (h.has(kpiDay()) && h.has(visitors()) && !h.has(orderNo())) {
            out << Kind::Kpi;
            break;
        }
    }
    return out;
}

QList<ImportClassifier::Kind> ImportClassifier::classifyFile(const QString &path)
{
    // The shop this process has open is never opened outside SQLite (closing a second descriptor
    // would drop this process's locks on it).
    if (core::Database::isOpenInThisProcess(path))
        return { Kind::Shop };
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    // The first lines are enough; the importer reads (and checks) the whole file.
    QByteArray head = f.read(64 * 1024);
    const bool whole = f.atEnd();
    f.close();
    if (head.startsWith(QByteArrayLiteral("SQLite format 3")))
        return { Kind::Shop };
    if (head.isEmpty())
        return {};
    if (head.startsWith(QByteArrayLiteral("PK\x03\x04"))) {
        // An .xlsx workbook: the sheet the importers read by default, the first.
        const QList<Sheet> sheets = classifySheets(path);
        return sheets.isEmpty() ? QList<Kind>() : sheets.first().kinds;
    }
    if (!whole) {
        const qsizetype end = head.lastIndexOf('\n');
        if (end <= 0)
            return {};
        head.truncate(end + 1);
    }
    auto csv = core::CsvFile::parse(head, QFileInfo(path).fileName(), core::CsvFile::Shape::TitleLinesFirst);
    if (!csv)
        return {};
    QList<QStringList> rows { csv->header };
    for (qsizetype i = 0; i < std::min<qsizetype>(csv->records.size(), 20); ++i)
        rows << csv->records.at(i).fields;
    return candidates(rows);
}

} // namespace shopdesk::app
