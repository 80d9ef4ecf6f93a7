#pragma once

#include <shopdesk/core/PanelContract.h>

#include <memory>
#include <vector>

namespace shopdesk::app {

/// The six workbenches, registered explicitly (static libraries drop self-registering globals).
std::vector<std::unique_ptr<core::PanelFactory>> panelFactories();

} // namespace shopdesk::app
