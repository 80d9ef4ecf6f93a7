#pragma once

#include "shopdesk/core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace shopdesk::core {

/// A barcode encoded by zint as vector shapes (bars as rectangles), drawn with QPainter at any
/// size: crisp on printers and in PDFs (no bitmap).
class Barcode {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::core::Barcode)
public:
    enum class Symbology { Code128, Ean13 };

    /// Encodes `data`; an EAN-13 takes 12 digits (the check digit is added) or 13 with a right check digit.
    static Result<Barcode> encode(Symbology symbology, const QString &data);

    QString data() const { return mData; }
    /// The human-readable text printed under the bars (e.g. the EAN-13 with its check digit).
    QString text() const { return mText; }
    /// The symbol's size in zint's modules (bar units), bars only.
    QSizeF modules() const { return mSize; }
    const QList<QRectF> &bars() const { return mBars; }

    /// Draws the bars filling `target` (quiet zones are the caller's margin); when `withText`,
    /// the bottom 22% of `target` holds the human-readable text.
    void paint(QPainter &painter, const QRectF &target, bool withText = true) const;

private:
    QString mData, mText;
    QSizeF mSize;
    QList<QRectF> mBars; ///< in modules, origin top-left
};

} // namespace shopdesk::core
