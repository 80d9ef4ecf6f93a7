#include "shopdesk/core/Barcode.h"

#include <QFont>
#include <QPainter>

#include <memory>
#include <zint.h>

namespace shopdesk::core {

Result<Barcode> Barcode::encode(Symbology symbology, const QString &data)
{
    const QString trimmed = data.trimmed();
    if (trimmed.isEmpty())
        return Error { tr("There is nothing to put in the barcode.") };
    std::unique_ptr<zint_symbol, void (*)(zint_symbol *)> symbol(ZBarcode_Create(), &ZBarcode_Delete);
    if (!symbol)
        return Error { tr("The barcode library could not start.") };
    symbol->symbology = symbology == Symbology::Code128 ? BARCODE_CODE128 : BARCODE_EANX;
    symbol->show_hrt = 0; // we print the text ourselves, in our own font
    symbol->height = 50.0f;
    const QByteArray bytes = trimmed.toUtf8();
    const int rc = ZBarcode_Encode_and_Buffer_Vector(
        symbol.get(), reinterpret_cast<const unsigned char *>(bytes.constData()), int(bytes.size()), 0);
    if (rc >= ZINT_ERROR)
        return Error {
            tr("“%1” cannot be encoded as a barcode: %2").arg(trimmed, QString::fromLatin1(symbol->errtxt))
        };
    Barcode b;
    b.mData = trimmed;
    b.mText = QString::fromUtf8(reinterpret_cast<const char *>(symbol->text));
    if (b.mText.isEmpty())
        b.mText = trimmed;
    const zint_vector *v = symbol->vector;
    if (!v)
        return Error { tr("The barcode library gave no drawing for “%1”.").arg(trimmed) };
    qreal minX = 1e9, minY = 1e9, maxX = 0, maxY = 0;
    for (const zint_vector_rect *r = v->rectangles; r; r = r->next) {
        b.mBars << QRectF(r->x, r->y, r->width, r->height);
        minX = std::min<qreal>(minX, r->x);
        minY = std::min<qreal>(minY, r->y);
        maxX = std::max<qreal>(maxX, r->x + r->width);
        maxY = std::max<qreal>(maxY, r->y + r->height);
    }
    if (b.mBars.isEmpty())
        return Error { tr("The barcode library gave no bars for “%1”.").arg(trimmed) };
    for (QRectF &r : b.mBars)
        r.translate(-minX, -minY);
    b.mSize = QSizeF(maxX - minX, maxY - minY);
    return b;
}

void Barcode::paint(QPainter &painter, const QRectF &target, bool withText) const
{
    if (mBars.isEmpty() || target.isEmpty())
        return;
    const QRectF barArea
        = withText ? QRectF(target.left(), target.top(), target.width(), target.height() * 0.78) : target;
    const qreal sx = barArea.width() / mSize.width();
    const qreal sy = barArea.height() / mSize.height();
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (const QRectF &r : mBars)
        painter.drawRect(
            QRectF(barArea.left() + r.x() * sx, barArea.top() + r.y() * sy, r.width() * sx, r.height() * sy));
    if (withText) {
        QFont font = painter.font();
        font.setPixelSize(std::max(1, int(target.height() * 0.18)));
        font.setStyleHint(QFont::Monospace);
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(target.left(), barArea.bottom(), target.width(), target.bottom() - barArea.bottom()),
            Qt::AlignHCenter | Qt::AlignVCenter, mText);
    }
    painter.restore();
}

} // namespace shopdesk::core
