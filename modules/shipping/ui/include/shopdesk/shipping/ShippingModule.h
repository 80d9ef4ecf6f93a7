#pragma once

#include <shopdesk/core/PanelContract.h>

#include <memory>

namespace shopdesk::shipping {

/// The shipping workbench (发货): orders, waybills, scan-check, pickup.
std::unique_ptr<core::PanelFactory> makePanelFactory();

} // namespace shopdesk::shipping
