#pragma once

#include <shopdesk/core/RecordTable.h>

namespace shopdesk::kpi {

/// The daily report: one row per day, newest first, with conversion, AOV and visit depth derived.
class KpiPanel : public core::RecordTablePanel {
    Q_OBJECT
public:
    KpiPanel(const core::PanelContext &context, QWidget *parent = nullptr);

protected:
    core::Result<QList<QVariantList>> loadRows() override;
    bool reloadsOn(core::Topic topic) const override { return topic == core::Topic::Kpi; }
};

} // namespace shopdesk::kpi
