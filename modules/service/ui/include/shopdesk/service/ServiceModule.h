#pragma once

#include <shopdesk/core/PanelContract.h>

#include <memory>

namespace shopdesk::service {

/// The customer-service workbench (客服): the reply library and buyer lists.
std::unique_ptr<core::PanelFactory> makePanelFactory();

} // namespace shopdesk::service
