#pragma once

#include <shopdesk/core/PanelContract.h>

#include <memory>

namespace shopdesk::aftersale {

/// The after-sale workbench (售后): cases, the report, and the open cases with their replies.
std::unique_ptr<core::PanelFactory> makePanelFactory();

} // namespace shopdesk::aftersale
