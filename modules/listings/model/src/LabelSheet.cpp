#include "LabelSheet.h"

#include <shopdesk/core/Barcode.h>
#include <shopdesk/core/Ean13.h>
#include <shopdesk/core/PrintFont.h>

#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace shopdesk::listings {

core::Status LabelSheet::paint(QPagedPaintDevice &device, const QList<Label> &labels)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    QPainter p;
    if (!p.begin(&device))
        return core::Error { tr("The label sheet could not be started.") };
    const double mm = device.logicalDpiX() / 25.4;
    const double labelW = 70 * mm, labelH = 37 * mm, top = (297 - kRows * 37) / 2.0 * mm;
    QFont font = core::PrintFont::font(QFont(QStringLiteral("Noto Sans CJK SC")));
    font.setPixelSize(int(3 * mm));
    QFont small = font;
    small.setPixelSize(int(2.6 * mm));
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const int onPage = int(i % (kColumns * kRows));
        if (i > 0 && onPage == 0)
            device.newPage();
        const Label &l = labels[i];
        const QRectF cell((onPage % kColumns) * labelW, top + (onPage / kColumns) * labelH, labelW, labelH);
        const QRectF inner = cell.adjusted(4 * mm, 2.5 * mm, -4 * mm, -2.5 * mm);
        p.setPen(Qt::black);
        p.setFont(font);
        const QString head = QStringLiteral("%1  %2").arg(l.itemCode, l.price.toDisplayString());
        p.drawText(QRectF(inner.left(), inner.top(), inner.width(), 4 * mm), Qt::AlignLeft | Qt::AlignVCenter, head);
        p.setFont(small);
        const QString line2 = tr("%1 / %2").arg(l.color, l.size);
        p.drawText(QRectF(inner.left(), inner.top() + 4 * mm, inner.width(), 3.5 * mm),
            Qt::AlignLeft | Qt::AlignVCenter,
            p.fontMetrics().elidedText(line2 + QStringLiteral("  ") + l.title, Qt::ElideRight, int(inner.width())));
        const bool ean = l.barcode.size() == 13 && core::ean13::isValid(l.barcode);
        auto code = core::Barcode::encode(
            ean ? core::Barcode::Symbology::Ean13 : core::Barcode::Symbology::Code128, l.barcode);
        if (!code) {
            p.end();
            return core::Error {
                tr("Label %1 (%2 %3/%4): %5").arg(i + 1).arg(l.itemCode, l.color, l.size, code.errorMessage())
            };
        }
        // Bars with a quiet zone either side, the readable digits underneath.
        const double barsTop = inner.top() + 8 * mm;
        const double barsH = inner.bottom() - barsTop;
        const double width = std::min(inner.width() - 6 * mm, code->modules().width() * 0.33 * mm * 1.5);
        const QRectF bars(inner.center().x() - width / 2, barsTop, width, barsH);
        code->paint(p, bars, true);
    }
    p.end();
    return {};
}

core::Status LabelSheet::writePdf(const QString &path, const QList<Label> &labels)
{
    QPdfWriter pdf(path);
    pdf.setResolution(600);
    pdf.setTitle(tr("SKU labels"));
    pdf.setCreator(QStringLiteral("ShopDesk"));
    return paint(pdf, labels);
}

} // namespace shopdesk::listings
