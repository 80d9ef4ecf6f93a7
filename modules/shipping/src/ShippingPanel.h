#pragma once

#include <shopdesk/core/RecordTable.h>

namespace shopdesk::shipping {

/// Orders with their recipient, goods, status, courier and tracking number.
class ShippingPanel : public core::RecordTablePanel {
    Q_OBJECT
public:
    ShippingPanel(const core::PanelContext &context, QWidget *parent = nullptr);

protected:
    core::Result<QList<QVariantList>> loadRows() override;
    bool reloadsOn(core::Topic topic) const override { return topic == core::Topic::Orders; }
};

} // namespace shopdesk::shipping
