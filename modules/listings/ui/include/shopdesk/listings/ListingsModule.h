#pragma once

#include <shopdesk/core/PanelContract.h>

#include <memory>

namespace shopdesk::listings {

/// The listings workbench (宝贝管理): items and SKUs.
std::unique_ptr<core::PanelFactory> makePanelFactory();

} // namespace shopdesk::listings
