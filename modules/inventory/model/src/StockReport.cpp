#include "shopdesk/inventory/StockReport.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Database.h>
#include <shopdesk/core/Records.h>
#include <shopdesk/core/Vocabulary.h>

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace shopdesk::inventory {

using core::Money;
using core::Status;

qint64 StockReportRow::inTotal() const
{
    qint64 n = 0;
    for (qint64 v : in)
        n += v;
    return n;
}

qint64 StockReportRow::outTotal() const
{
    qint64 n = 0;
    for (qint64 v : out)
        n += v;
    return n;
}

void StockReportRow::add(const StockReportRow &o)
{
    opening += o.opening;
    closing += o.closing;
    for (int i = 0; i < int(in.size()); ++i)
        in[i] += o.in[i];
    for (int i = 0; i < int(out.size()); ++i)
        out[i] += o.out[i];
    openingValue += o.openingValue;
    inValue += o.inValue;
    outValue += o.outValue;
    closingValue += o.closingValue;
}

QString StockReport::inName(StockIn kind)
{
    switch (kind) {
    case StockIn::Receive:
        return tr("Received");
    case StockIn::Return:
        return tr("Buyer returns");
    case StockIn::ExchangeIn:
        return tr("Supplier replacements");
    case StockIn::CountGain:
        return tr("Count gains");
    case StockIn::Opening:
        return tr("Opening stock booked");
    case StockIn::Other:
    case StockIn::Count:
        break;
    }
    return tr("Other in");
}

QString StockReport::outName(StockOut kind)
{
    switch (kind) {
    case StockOut::Ship:
        return tr("Shipped");
    case StockOut::ExchangeOut:
        return tr("Faulty to supplier");
    case StockOut::CountLoss:
        return tr("Count losses");
    case StockOut::Other:
    case StockOut::Count:
        break;
    }
    return tr("Other out");
}

QString StockReport::inCode(StockIn kind)
{
    static const char *codes[] = { "receive", "return", "exchange_in", "count_gain", "opening", "other" };
    return QString::fromLatin1(codes[int(kind)]);
}

QString StockReport::outCode(StockOut kind)
{
    static const char *codes[] = { "ship", "exchange_out", "count_loss", "other" };
    return QString::fromLatin1(codes[int(kind)]);
}

QString StockReport::groupingName(StockReportGrouping by)
{
    switch (by) {
    case StockReportGrouping::Sku:
        return tr("SKU");
    case StockReportGrouping::Item:
        return tr("Item");
    case StockReportGrouping::Category:
        return tr("Category");
    }
    return {};
}

bool StockReport::parseGrouping(const QString &text, StockReportGrouping *by)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("sku"))
        *by = StockReportGrouping::Sku;
    else if (t == QLatin1String("item"))
        *by = StockReportGrouping::Item;
    else if (t == QLatin1String("category"))
        *by = StockReportGrouping::Category;
    else
        return false;
    return true;
}

// ---------------------------------------------------------------------------------------------

QStringList StockReport::sheetHeader() const
{
    QStringList h;
    switch (by) {
    case StockReportGrouping::Sku:
        h << tr("Item code") << tr("Title") << tr("Colour") << tr("Size") << tr("Barcode");
        break;
    case StockReportGrouping::Item:
        h << tr("Item code") << tr("Title") << tr("Category");
        break;
    case StockReportGrouping::Category:
        h << tr("Category");
        break;
    }
    h << tr("Opening");
    for (int i = 0; i < int(StockIn::Count); ++i)
        h << inName(StockIn(i));
    h << tr("In");
    for (int i = 0; i < int(StockOut::Count); ++i)
        h << outName(StockOut(i));
    h << tr("Out") << tr("Closing") << tr("Opening value") << tr("In at cost") << tr("Out at cost") << tr("Cost change")
      << tr("Closing value");
    return h;
}

QList<QVariantList> StockReport::sheetRows() const
{
    auto yuan = [](Money m) { return double(m.fen()) / 100.0; };
    QList<QVariantList> out;
    auto add = [&](const StockReportRow &r, bool isTotal) {
        QVariantList v;
        switch (by) {
        case StockReportGrouping::Sku:
            v << (isTotal ? tr("Total") : r.itemCode) << r.title << r.color << r.size << r.barcode;
            break;
        case StockReportGrouping::Item:
            v << (isTotal ? tr("Total") : r.itemCode) << r.title << core::Vocabulary::category(r.category);
            break;
        case StockReportGrouping::Category:
            v << (isTotal ? tr("Total") : core::Vocabulary::category(r.category));
            break;
        }
        v << r.opening;
        for (qint64 n : r.in)
            v << n;
        v << r.inTotal();
        for (qint64 n : r.out)
            v << n;
        v << r.outTotal() << r.closing << yuan(r.openingValue) << yuan(r.inValue) << yuan(r.outValue)
          << yuan(r.costChange()) << yuan(r.closingValue);
        out << v;
    };
    for (const StockReportRow &r : rows)
        add(r, false);
    StockReportRow t = total;
    if (by != StockReportGrouping::Sku) {
        t.title.clear();
        t.category.clear();
    }
    t.title.clear();
    t.color.clear();
    t.size.clear();
    t.barcode.clear();
    add(t, true);
    return out;
}

Status StockReport::write(const QString &path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return core::writeXlsx(
            path, tr("Stock %1 to %2").arg(core::toDbDate(from), core::toDbDate(to)), sheetHeader(), sheetRows());
    if (suffix == QLatin1String("pdf"))
        return writePdf(path);
    return core::Error {
        tr("“%1”: the stock report is written as .xlsx or .pdf.").arg(QDir::toNativeSeparators(path))
    };
}

Status StockReport::writePdf(const QString &path) const
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setPageMargins(QMarginsF(8, 8, 8, 8), QPageLayout::Millimeter);
    pdf.setResolution(150);
    const QString title = tr("Stock report (进销存) %1 to %2").arg(core::toDbDate(from), core::toDbDate(to));
    pdf.setTitle(title);
    QPainter p;
    if (!p.begin(&pdf))
        return core::Error { tr("“%1” cannot be written.").arg(QDir::toNativeSeparators(path)) };
    const QRect page = p.viewport();
    const QStringList header = sheetHeader();
    const QList<QVariantList> data = sheetRows();
    const int textColumns = by == StockReportGrouping::Sku ? 5 : (by == StockReportGrouping::Item ? 3 : 1);
    QFont big = p.font();
    big.setPointSizeF(13);
    big.setBold(true);
    QFont body = p.font();
    body.setPointSizeF(6);
    QFont bold = body;
    bold.setBold(true);
    const int cols = int(header.size());
    // Text columns share some of the width (the title twice as wide), numbers the rest.
    QList<double> widths;
    const double textShare = page.width() * (by == StockReportGrouping::Category ? 0.08 : 0.26);
    const double textUnits = by == StockReportGrouping::Sku ? 6.0 : (by == StockReportGrouping::Item ? 4.0 : 1.0);
    // The five amounts at the end are wider than the piece counts (1.8 : 1).
    const double numberUnits = double(cols - textColumns - 5) + 5 * 1.8;
    for (int c = 0; c < cols; ++c) {
        if (c < textColumns)
            widths << textShare * ((c == 1 && textColumns > 1) ? 2.0 : 1.0) / textUnits;
        else
            widths << (page.width() - textShare) * (c >= cols - 5 ? 1.8 : 1.0) / numberUnits;
    }
    const int rowHeight = int(QFontMetrics(body, &pdf).height() * 1.6);
    const QLocale c = QLocale::c();
    int y = 0;
    auto drawHead = [&] {
        p.setFont(big);
        const int h = int(QFontMetrics(big, &pdf).height() * 1.5);
        p.drawText(QRect(0, 0, page.width(), h), Qt::AlignLeft | Qt::AlignVCenter, title);
        y = h;
        p.setFont(bold);
        const int hh = rowHeight * 3;
        double x = 0;
        for (int i = 0; i < cols; ++i) {
            const QRectF cell(x, y, widths[i], hh);
            p.fillRect(cell, QColor(0xEE, 0xEE, 0xEE));
            p.drawRect(cell);
            p.drawText(cell.adjusted(2, 0, -2, 0), Qt::AlignCenter | Qt::TextWordWrap, header.at(i));
            x += widths[i];
        }
        y += hh;
    };
    drawHead();
    for (qsizetype r = 0; r < data.size(); ++r) {
        if (y + rowHeight > page.height()) {
            pdf.newPage();
            drawHead();
        }
        const bool isTotal = r == data.size() - 1;
        p.setFont(isTotal ? bold : body);
        double x = 0;
        for (int i = 0; i < cols; ++i) {
            const QRectF cell(x, y, widths[i], rowHeight);
            if (isTotal)
                p.fillRect(cell, QColor(0xF6, 0xF6, 0xF6));
            p.drawRect(cell);
            const QVariant &v = data.at(r).value(i);
            QString text;
            if (i < textColumns)
                text = v.toString();
            else if (i >= cols - 5)
                text = c.toString(v.toDouble(), 'f', 2);
            else
                text = c.toString(v.toLongLong());
            p.drawText(cell.adjusted(3, 0, -3, 0),
                (i < textColumns ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                p.fontMetrics().elidedText(text, Qt::ElideRight, int(widths[i]) - 6));
            x += widths[i];
        }
        y += rowHeight;
    }
    if (!p.end())
        return core::Error { tr("“%1” cannot be written.").arg(QDir::toNativeSeparators(path)) };
    core::Database::makeOwnerOnly(path);
    return {};
}

} // namespace shopdesk::inventory
