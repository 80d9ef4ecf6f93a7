#include "ThermalPrinter.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>

namespace shopdesk::listings {

void ThermalPrinter::setUp(QPrinter &printer, const LabelStock &stock)
{
    printer.setPageLayout(QPageLayout(QPageSize(stock.sizeMm, QPageSize::Millimeter, stock.name, QPageSize::ExactMatch),
        QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    printer.setFullPage(true); // after the layout, which would take it back
    printer.setDocName(LabelRoll::tr("SKU labels"));
}

core::Status ThermalPrinter::print(QPrinter &printer, const QList<Label> &labels)
{
    return LabelRoll::paint(printer, labels);
}

} // namespace shopdesk::listings
