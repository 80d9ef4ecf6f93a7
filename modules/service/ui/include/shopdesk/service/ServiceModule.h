#pragma once

#include <shopdesk/core/PanelContract.h>

#include <memory>

namespace shopdesk::service {

/// The customer-service workbench (客服): the reply library, the buyer lists and the agents' KPIs, each in
/// its own dock.
std::unique_ptr<core::PanelFactory> makePanelFactory();

} // namespace shopdesk::service
