#include "WaybillPrinter.h"

#include <QPrinter>

#include <algorithm>

namespace shopdesk::shipping {

void WaybillPrinter::setUp(QPrinter &printer, const WaybillLayout &layout, int copies)
{
    printer.setPageLayout(layout.pageLayout());
    printer.setFullPage(true);
    printer.setCopyCount(copies);
}

core::Status WaybillPrinter::paint(const ShippingService &service, QPrinter &printer,
    const ShippingService::PrintJob &job, const WaybillLayout &layout)
{
    // A printer driver makes the copies itself.
    const int copies = printer.supportsMultipleCopies() ? 1 : std::max(1, printer.copyCount());
    return service.paintJob(printer, job, layout, copies, printer.printerName());
}

} // namespace shopdesk::shipping
