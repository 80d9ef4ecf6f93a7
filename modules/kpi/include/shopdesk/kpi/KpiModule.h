#pragma once

#include <shopdesk/core/CliCommand.h>
#include <shopdesk/core/PanelContract.h>

#include <QList>

#include <memory>

namespace shopdesk::kpi {

/// The KPI workbench (数据报表): daily report, charts, targets.
std::unique_ptr<core::PanelFactory> makePanelFactory();

/// This workbench's shopdesk-cli subcommands.
QList<core::CliCommand> cliCommands();

} // namespace shopdesk::kpi
