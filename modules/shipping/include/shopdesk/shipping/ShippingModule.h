#pragma once

#include <shopdesk/core/CliCommand.h>
#include <shopdesk/core/PanelContract.h>

#include <QList>

#include <memory>

namespace shopdesk::shipping {

/// The shipping workbench (发货): orders, waybills, scan-check, pickup.
std::unique_ptr<core::PanelFactory> makePanelFactory();

/// This workbench's shopdesk-cli subcommands.
QList<core::CliCommand> cliCommands();

} // namespace shopdesk::shipping
