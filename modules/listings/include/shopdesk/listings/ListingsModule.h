#pragma once

#include <shopdesk/core/CliCommand.h>
#include <shopdesk/core/PanelContract.h>

#include <QList>

#include <memory>

namespace shopdesk::listings {

/// The listings workbench (宝贝管理): items and SKUs.
std::unique_ptr<core::PanelFactory> makePanelFactory();

/// This workbench's shopdesk-cli subcommands.
QList<core::CliCommand> cliCommands();

} // namespace shopdesk::listings
