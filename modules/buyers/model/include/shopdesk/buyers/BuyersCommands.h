#pragma once

#include <shopdesk/core/CliCommand.h>

#include <QList>

namespace shopdesk::buyers {

/// This workbench's shopdesk-cli subcommands (buyers, members), in the model library (no widgets).
QList<core::CliCommand> cliCommands();

} // namespace shopdesk::buyers
