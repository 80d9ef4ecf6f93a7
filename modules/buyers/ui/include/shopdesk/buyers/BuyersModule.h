#pragma once

#include <shopdesk/core/PanelContract.h>

#include <memory>

namespace shopdesk::buyers {

/// The buyers workbench (买家 / 会员): the buyer list with each buyer's page, the member tiers.
std::unique_ptr<core::PanelFactory> makePanelFactory();

} // namespace shopdesk::buyers
