#pragma once

#include <shopdesk/core/RecordTable.h>

namespace shopdesk::service {

/// The reply library, searchable by code, title and text.
class ServicePanel : public core::RecordTablePanel {
    Q_OBJECT
public:
    ServicePanel(const core::PanelContext &context, QWidget *parent = nullptr);

protected:
    core::Result<QList<QVariantList>> loadRows() override;
    bool reloadsOn(core::Topic topic) const override { return topic == core::Topic::Replies; }
};

} // namespace shopdesk::service
