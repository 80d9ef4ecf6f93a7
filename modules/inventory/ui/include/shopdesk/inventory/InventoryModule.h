#pragma once

#include <shopdesk/core/PanelContract.h>

#include <memory>

namespace shopdesk::inventory {

/// The inventory workbench (进销存 / 盘点): stock, receiving, stock-take.
std::unique_ptr<core::PanelFactory> makePanelFactory();

} // namespace shopdesk::inventory
