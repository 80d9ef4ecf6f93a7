#include "InventoryPanel.h"

#include <shopdesk/core/StockLedger.h>
#include <shopdesk/core/Vocabulary.h>

namespace shopdesk::inventory {

using core::ColumnKind;

InventoryPanel::InventoryPanel(const core::PanelContext &context, QWidget *parent)
    : core::RecordTablePanel(context,
                             {
                                 {[] { return tr("Item code"); }, ColumnKind::Text},
                                 {[] { return tr("Title"); }, ColumnKind::Text},
                                 {[] { return tr("Category"); }, ColumnKind::Text},
                                 {[] { return tr("Colour"); }, ColumnKind::Text},
                                 {[] { return tr("Size"); }, ColumnKind::Text},
                                 {[] { return tr("Barcode"); }, ColumnKind::Text},
                                 {[] { return tr("On hand"); }, ColumnKind::Integer},
                             },
                             parent)
{
    setObjectName(QStringLiteral("InventoryPanel"));
    reload();
}

core::Result<QList<QVariantList>> InventoryPanel::loadRows()
{
    auto stock = core::StockLedger(context().db).stock();
    if (!stock)
        return stock.error();
    QList<QVariantList> rows;
    rows.reserve(stock->size());
    for (const core::StockRow &r : *stock)
        rows.append({r.itemCode, r.itemTitle, core::Vocabulary::category(r.category), r.color, r.size, r.barcode,
                     r.onHand});
    return rows;
}

} // namespace shopdesk::inventory
