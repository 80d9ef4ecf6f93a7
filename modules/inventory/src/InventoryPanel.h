#pragma once

#include <shopdesk/core/RecordTable.h>

namespace shopdesk::inventory {

/// Stock on hand per SKU, as the ledger sums it.
class InventoryPanel : public core::RecordTablePanel {
    Q_OBJECT
public:
    InventoryPanel(const core::PanelContext &context, QWidget *parent = nullptr);

protected:
    core::Result<QList<QVariantList>> loadRows() override;
    bool reloadsOn(core::Topic topic) const override
    {
        return topic == core::Topic::Stock || topic == core::Topic::Items;
    }
};

} // namespace shopdesk::inventory
