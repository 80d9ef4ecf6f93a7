#pragma once

#include <shopdesk/core/Money.h>
#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace shopdesk::listings {

/// One SKU label: item code and title, colour / size, price and the barcode.
struct Label {
    QString itemCode, title, color, size, barcode;
    core::Money price;
};

/// A sheet of SKU barcode labels (A4, 3 × 8 labels of 70 × 37 mm), drawn as vectors with
/// core::Barcode (EAN-13 when the code is one, else Code 128): to a PDF or a printer.
class LabelSheet {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::listings::LabelSheet)
public:
    static constexpr int kColumns = 3;
    static constexpr int kRows = 8;

    /// Paints the labels on `device` (a QPdfWriter or a QPrinter), starting new pages as needed.
    static core::Status paint(QPagedPaintDevice &device, const QList<Label> &labels);
    static core::Status writePdf(const QString &path, const QList<Label> &labels);
};

} // namespace shopdesk::listings
