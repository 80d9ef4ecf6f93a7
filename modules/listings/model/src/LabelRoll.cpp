#include "LabelRoll.h"

#include <shopdesk/core/Barcode.h>
#include <shopdesk/core/Ean13.h>
#include <shopdesk/core/PrintFont.h>

#include <QFont>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace shopdesk::listings {

using core::Error;
using core::Result;
using core::Status;

QStringList LabelStock::names()
{
    return { QStringLiteral("40x30"), QStringLiteral("50x30"), QStringLiteral("60x40") };
}

Result<LabelStock> LabelStock::byName(const QString &name)
{
    const QString n = name.trimmed().toLower().replace(QChar(0x00D7), QLatin1Char('x'));
    if (!names().contains(n))
        return Error { LabelRoll::tr("“%1” is not a label size; use one of %2 (mm) or a4.")
                           .arg(name, names().join(QStringLiteral(", "))) };
    const QStringList wh = n.split(QLatin1Char('x'));
    return LabelStock { n, QSizeF(wh[0].toDouble(), wh[1].toDouble()) };
}

namespace {
QString labelFont()
{
    static const QString family = [] {
        const QStringList families = QFontDatabase::families();
        for (const char *name : { "Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Zen Hei", "Droid Sans Fallback" })
            if (families.contains(QString::fromLatin1(name)))
                return QString::fromLatin1(name);
        return QFont().family();
    }();
    return family;
}

/// Draws one label into `page` (device units = printer dots).
Status paintLabel(QPainter &p, const QRect &page, double dpi, const Label &l, int index)
{
    const auto dots = [dpi](double mm) { return int(std::lround(mm * dpi / 25.4)); };
    const int margin = dots(1.5);
    const QRect inner = page.adjusted(margin, margin, -margin, -margin);
    QFont font = core::PrintFont::font(QFont(labelFont()));
    const auto setFont = [&](double mm, bool bold) {
        font.setPixelSize(std::max(1, dots(mm)));
        font.setBold(bold);
        p.setFont(font);
    };
    p.setPen(Qt::black);
    // Item code and price; colour / size and title.
    const int line1 = dots(3.4), line2 = dots(3.0);
    setFont(2.8, true);
    p.drawText(QRect(inner.left(), inner.top(), inner.width(), line1), Qt::AlignLeft | Qt::AlignVCenter, l.itemCode);
    p.drawText(QRect(inner.left(), inner.top(), inner.width(), line1), Qt::AlignRight | Qt::AlignVCenter,
        l.price.toDisplayString());
    setFont(2.4, false);
    const QString second = LabelRoll::tr("%1 / %2").arg(l.color, l.size) + QStringLiteral("  ") + l.title;
    p.drawText(QRect(inner.left(), inner.top() + line1, inner.width(), line2), Qt::AlignLeft | Qt::AlignVCenter,
        p.fontMetrics().elidedText(second, Qt::ElideRight, inner.width()));

    const bool ean = l.barcode.size() == 13 && core::ean13::isValid(l.barcode);
    auto code
        = core::Barcode::encode(ean ? core::Barcode::Symbology::Ean13 : core::Barcode::Symbology::Code128, l.barcode);
    if (!code)
        return Error { LabelRoll::tr("Label %1 (%2 %3/%4): %5")
                           .arg(index + 1)
                           .arg(l.itemCode, l.color, l.size, code.errorMessage()) };
    // The narrowest bar is one module: every bar a whole number of modules, each module whole dots.
    double unit = 1e9;
    for (const QRectF &b : code->bars())
        unit = std::min(unit, b.width());
    const int modules = int(std::lround(code->modules().width() / unit));
    const int quietLeft = ean ? 11 : 10, quietRight = ean ? 7 : 10;
    const int dpm = std::max(1, inner.width() / (modules + quietLeft + quietRight));
    const int symbolWidth = (modules + quietLeft + quietRight) * dpm;
    const int x0 = inner.left() + (inner.width() - symbolWidth) / 2 + quietLeft * dpm;
    const int top = inner.top() + line1 + line2 + dots(0.6);
    const int textH = dots(2.8);
    const int barsH = std::min(inner.bottom() + 1 - top - textH, dots(22));
    if (barsH < dots(5))
        return Error { LabelRoll::tr("Label %1 (%2 %3/%4): the label is too small for its barcode.")
                           .arg(index + 1)
                           .arg(l.itemCode, l.color, l.size) };
    p.setPen(Qt::NoPen);
    for (const QRectF &b : code->bars()) {
        const int m = int(std::lround(b.x() / unit));
        const int w = std::max(1, int(std::lround(b.width() / unit)));
        const bool guard = ean && (m < 3 || (m >= 45 && m < 50) || m >= 92);
        p.fillRect(QRect(x0 + m * dpm, top, w * dpm, barsH + (guard ? textH / 2 : 0)), Qt::black);
    }
    p.setPen(Qt::black);
    font.setPixelSize(std::max(1, int(textH * 0.85)));
    font.setBold(false);
    p.setFont(font);
    const int textTop = top + barsH;
    if (ean) {
        // 6 901234 500011: the first digit before the start guard, six under each half.
        const QString digits = code->text().size() == 13 ? code->text() : l.barcode;
        p.drawText(QRect(x0 - quietLeft * dpm, textTop, (quietLeft - 1) * dpm, textH),
            Qt::AlignRight | Qt::AlignVCenter, digits.left(1));
        p.drawText(
            QRect(x0 + 3 * dpm, textTop, 42 * dpm, textH), Qt::AlignHCenter | Qt::AlignVCenter, digits.mid(1, 6));
        p.drawText(
            QRect(x0 + 50 * dpm, textTop, 42 * dpm, textH), Qt::AlignHCenter | Qt::AlignVCenter, digits.mid(7, 6));
    } else {
        p.drawText(QRect(x0, textTop, modules * dpm, textH), Qt::AlignHCenter | Qt::AlignVCenter, code->text());
    }
    return {};
}
} // namespace

Status LabelRoll::paint(QPagedPaintDevice &device, const QList<Label> &labels)
{
    if (labels.isEmpty())
        return Error { tr("There are no labels to print.") };
    QPainter p;
    if (!p.begin(&device))
        return Error { tr("The label printer could not start printing.") };
    const QRect page(0, 0, device.width(), device.height());
    const double dpi = device.logicalDpiX();
    for (qsizetype i = 0; i < labels.size(); ++i) {
        if (i > 0 && !device.newPage()) {
            p.end();
            return Error { tr("The label printer could not start a new label.") };
        }
        if (Status s = paintLabel(p, page, dpi, labels[i], int(i)); !s) {
            p.end();
            return s;
        }
    }
    if (!p.end())
        return Error { tr("The label printer could not finish printing.") };
    return {};
}

Status LabelRoll::writePdf(const QString &path, const QList<Label> &labels, const LabelStock &stock, int dpi)
{
    QPdfWriter pdf(path);
    pdf.setResolution(dpi);
    pdf.setPageLayout(QPageLayout(QPageSize(stock.sizeMm, QPageSize::Millimeter, stock.name, QPageSize::ExactMatch),
        QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    pdf.setTitle(tr("SKU labels"));
    pdf.setCreator(QStringLiteral("ShopDesk"));
    return paint(pdf, labels);
}

} // namespace shopdesk::listings
