#pragma once

#include "LabelSheet.h"

#include <shopdesk/core/Result.h>

#include <QCoreApplication>
#include <QList>
#include <QSizeF>
#include <QString>

class QPagedPaintDevice;

namespace shopdesk::listings {

/// A thermal label stock (热敏标签): one label per page of a roll.
struct LabelStock {
    QString name; ///< "40x30"
    QSizeF sizeMm;
    /// 40x30, 50x30, 60x40 (mm, width × height).
    static QStringList names();
    static core::Result<LabelStock> byName(const QString &name);
};

/// SKU labels on a thermal roll, one label per page: item code and price, colour / size and
/// title, the barcode (EAN-13 when the SKU's code is one, else Code 128) with its standard
/// human-readable line (EAN-13: the first digit before the bars, two groups of six under them,
/// the guard bars longer). Every bar is a whole number of the device's dots wide and starts on a
/// dot, so a 203 or 300 dpi printer prints each module the same width.
class LabelRoll {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::listings::LabelRoll)
public:
    /// Paints each label on its own page of `device`, in the device's page (a printer's chosen
    /// label size is honoured; a PDF gets the stock's), at the device's resolution.
    static core::Status paint(QPagedPaintDevice &device, const QList<Label> &labels);
    /// A PDF of `stock`-sized pages at `dpi` (203 or 300: the printer's dots).
    static core::Status writePdf(const QString &path, const QList<Label> &labels, const LabelStock &stock, int dpi);
};

} // namespace shopdesk::listings
