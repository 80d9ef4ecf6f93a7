#pragma once

#include <shopdesk/core/RecordTable.h>

namespace shopdesk::listings {

/// Items on offer with their roles, prices and stock (read from the shop's item records).
class ListingsPanel : public core::RecordTablePanel {
    Q_OBJECT
public:
    ListingsPanel(const core::PanelContext &context, QWidget *parent = nullptr);

protected:
    core::Result<QList<QVariantList>> loadRows() override;
    bool reloadsOn(core::Topic topic) const override;
};

} // namespace shopdesk::listings
