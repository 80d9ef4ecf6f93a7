#pragma once

#include "shopdesk/inventory/FaultyGoodsRepository.h"
#include "shopdesk/inventory/ReceivingRepository.h"

#include <QCoreApplication>

namespace shopdesk::inventory {

/// A printed line of a receiving note: the SKU in words.
struct PrintedLine {
    QString itemCode, itemTitle, color, size, barcode;
    int quantity = 0;
    core::Money unitCost;
};

/// Paper for the warehouse, drawn with QPainter into a PDF (needs a QGuiApplication for fonts).
class Printouts {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::Printouts)
public:
    /// The receiving note (入库单) to check with the buyer: lines, goods value, freight, paid, owed.
    static core::Status receivingNotePdf(const QString &path, const ReceivingNote &note, const QString &supplierName,
        const QList<PrintedLine> &lines, const QString &shopName = {});
    /// The supplier-exchange list (退换货单) in two copies, one page each: the buyer's and the warehouse's.
    static core::Status exchangeListPdf(
        const QString &path, const SupplierExchange &exchange, const QString &shopName = {});
};

} // namespace shopdesk::inventory
