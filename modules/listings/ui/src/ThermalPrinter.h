#pragma once

#include "LabelRoll.h"

class QPrinter;

namespace shopdesk::listings {

/// Thermal labels (热敏标签) on a label printer (Qt Print Support, a widgets library): the printer
/// set to the roll's label as its page, and the labels painted through LabelRoll at whatever page
/// and resolution the printer ends with (a page size chosen in the print dialog is honoured).
class ThermalPrinter {
public:
    /// Sets a printer to the roll: its label size exactly (a custom QPageSize), portrait, no
    /// margins, the whole page printable.
    static void setUp(QPrinter &printer, const LabelStock &stock);
    /// Paints each label on its own page of the printer.
    static core::Status print(QPrinter &printer, const QList<Label> &labels);
};

} // namespace shopdesk::listings
