#pragma once

#include <shopdesk/core/PanelContract.h>

#include <memory>

namespace shopdesk::kpi {

/// The KPI workbench (数据报表): daily report, charts, targets.
std::unique_ptr<core::PanelFactory> makePanelFactory();

} // namespace shopdesk::kpi
