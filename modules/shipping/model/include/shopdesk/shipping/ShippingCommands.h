#pragma once

#include <shopdesk/core/CliCommand.h>

#include <QList>

namespace shopdesk::shipping {

/// This workbench's shopdesk-cli subcommands. They live in the model library (no widgets), so
/// shopdesk-cli runs them under a QCoreApplication.
QList<core::CliCommand> cliCommands();

} // namespace shopdesk::shipping
