#pragma once

#include "shopdesk/shipping/ShippingService.h"

class QPrinter;

namespace shopdesk::shipping {

/// Waybills on a system printer or a print preview (Qt Print Support, a widgets library): the
/// printer set to the layout's page, and the job painted through ShippingService::paintJob.
class WaybillPrinter {
public:
    /// Sets a printer (a system printer, or a print preview's) to the layout: its page size
    /// exactly, no margins, the job's copies.
    static void setUp(QPrinter &printer, const WaybillLayout &layout, int copies);
    /// Paints the job; the copies too when the printer cannot make them itself (PDF output and
    /// the preview, which shows one of each unless asked for more).
    static core::Status paint(const ShippingService &service, QPrinter &printer, const ShippingService::PrintJob &job,
        const WaybillLayout &layout);
};

} // namespace shopdesk::shipping
