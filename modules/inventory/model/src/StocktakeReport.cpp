#include "StocktakeReport.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Database.h>
#include <shopdesk/core/PrintFont.h>
#include <shopdesk/core/Vocabulary.h>

#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace shopdesk::inventory {

QStringList StocktakeReport::header()
{
    return { tr("Item code"), tr("Title"), tr("Colour"), tr("Size"), tr("Barcode"), tr("System"),
        tr("Moved during count"), tr("Expected"), tr("Counted"), tr("Surplus / shortage"), tr("Unit cost"),
        tr("Value") };
}

QList<QVariantList> StocktakeReport::rows(const QList<VarianceRow> &lines)
{
    QList<QVariantList> out;
    for (const VarianceRow &r : lines)
        out.append({ r.itemCode, r.itemTitle, r.color, r.size, r.barcode, r.systemQty, r.moved, r.expected(), r.counted,
            r.variance(), double(r.unitCost.fen()) / 100.0, double(r.varianceValue().fen()) / 100.0 });
    return out;
}

core::Status StocktakeReport::writeCsv(const QString &path, const QList<VarianceRow> &lines)
{
    QList<QStringList> text;
    for (const VarianceRow &r : lines)
        text.append({ r.itemCode, r.itemTitle, r.color, r.size, r.barcode, QString::number(r.systemQty),
            QString::number(r.moved), QString::number(r.expected()), QString::number(r.counted),
            QString::number(r.variance()), r.unitCost.toPlainString(), r.varianceValue().toPlainString() });
    return core::writeCsv(path, header(), text);
}

core::Status StocktakeReport::writeXlsx(const QString &path, const QList<VarianceRow> &lines)
{
    using K = core::XlsxColumn;
    return core::writeXlsx(path, tr("Stock-take"), header(), rows(lines),
        { K::Text, K::Text, K::Text, K::Text, K::Text, K::Int, K::Int, K::Int, K::Int, K::Int, K::Money, K::Money });
}

core::Status StocktakeReport::writePdf(
    const QString &path, const Stocktake &count, const QList<VarianceRow> &lines, const QString &shopName)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setResolution(150);
    pdf.setTitle(tr("Stock-take %1").arg(count.number()));
    QPainter p;
    if (!p.begin(&pdf))
        return core::Error { tr("%1 cannot be written.").arg(QFileInfo(path).fileName()) };
    const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
    const int w = page.width();
    QFont title = core::PrintFont::font(p.font());
    title.setPointSize(14);
    title.setBold(true);
    QFont body = core::PrintFont::font(p.font());
    body.setPointSize(8);
    const int lineH = 26;
    const QList<double> widths = { 0.09, 0.2, 0.07, 0.05, 0.12, 0.06, 0.07, 0.06, 0.06, 0.07, 0.07, 0.08 };
    const QStringList head = header();
    const VarianceTotals totals = VarianceTotals::of(lines);
    int y = 0;
    auto row = [&](const QStringList &cells, bool bold) {
        QFont f = body;
        f.setBold(bold);
        p.setFont(f);
        double x = 0;
        for (int i = 0; i < cells.size() && i < widths.size(); ++i) {
            const int cw = int(widths[i] * w);
            const Qt::Alignment align
                = i >= 5 ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter);
            p.drawText(QRect(int(x) + 4, y, cw - 8, lineH), int(align),
                p.fontMetrics().elidedText(cells[i], Qt::ElideRight, cw - 8));
            x += cw;
        }
        y += lineH;
        p.drawLine(0, y, w, y);
    };
    auto pageHead = [&]() {
        y = 0;
        p.setFont(title);
        p.drawText(
            QRect(0, y, w, 50), Qt::AlignLeft | Qt::AlignVCenter, tr("Stock-take %1 %2").arg(count.number(), shopName));
        y += 50;
        p.setFont(body);
        const QString scope = count.scope.isEmpty() ? tr("whole store") : core::Vocabulary::category(count.scope);
        p.drawText(QRect(0, y, w, 30), Qt::AlignLeft | Qt::AlignVCenter,
            tr("Scope: %1. Started %2 by %3. Expected %4, counted %5; surplus %6 pieces (%7), shortage %8 pieces (%9).")
                .arg(scope, count.startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), count.startedBy)
                .arg(totals.expected)
                .arg(totals.counted)
                .arg(totals.surplus)
                .arg(totals.surplusValue.toDisplayString())
                .arg(totals.shortage)
                .arg(totals.shortageValue.toDisplayString()));
        y += 40;
        row(head, true);
    };
    pageHead();
    for (const VarianceRow &r : lines) {
        if (r.counted == 0 && r.expected() == 0)
            continue;
        if (y + lineH > page.height()) {
            pdf.newPage();
            pageHead();
        }
        row({ r.itemCode, r.itemTitle, r.color, r.size, r.barcode, QString::number(r.systemQty),
                QString::number(r.moved), QString::number(r.expected()), QString::number(r.counted),
                QString::number(r.variance()), r.unitCost.toPlainString(), r.varianceValue().toPlainString() },
            false);
    }
    if (y + 3 * lineH > page.height()) {
        pdf.newPage();
        y = 0;
    }
    y += lineH;
    p.setFont(body);
    p.drawText(QRect(0, y, w, lineH), Qt::AlignLeft | Qt::AlignVCenter,
        tr("Counted by: ____________    Checked by: ____________    Date: ____________"));
    if (!p.end())
        return core::Error { tr("%1 cannot be written.").arg(QFileInfo(path).fileName()) };
    core::Database::makeOwnerOnly(path);
    return {};
}

} // namespace shopdesk::inventory
