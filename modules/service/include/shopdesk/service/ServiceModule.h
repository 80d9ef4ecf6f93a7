#pragma once

#include <shopdesk/core/CliCommand.h>
#include <shopdesk/core/PanelContract.h>

#include <QList>

#include <memory>

namespace shopdesk::service {

/// The customer-service workbench (客服): the reply library and buyer lists.
std::unique_ptr<core::PanelFactory> makePanelFactory();

/// This workbench's shopdesk-cli subcommands.
QList<core::CliCommand> cliCommands();

} // namespace shopdesk::service
