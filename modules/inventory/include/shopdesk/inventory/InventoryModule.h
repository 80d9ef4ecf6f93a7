#pragma once

#include <shopdesk/core/CliCommand.h>
#include <shopdesk/core/PanelContract.h>

#include <QList>

#include <memory>

namespace shopdesk::inventory {

/// The inventory workbench (进销存 / 盘点): stock, receiving, stock-take.
std::unique_ptr<core::PanelFactory> makePanelFactory();

/// This workbench's shopdesk-cli subcommands.
QList<core::CliCommand> cliCommands();

} // namespace shopdesk::inventory
