#pragma once

#include <shopdesk/core/CliCommand.h>

#include <QList>

namespace shopdesk::service {

/// This workbench's shopdesk-cli subcommands. They live in the model library (no widgets), so
/// shopdesk-cli runs them under a QCoreApplication.
QList<core::CliCommand> cliCommands();
/// `revisits [--days N] [--today YYYY-MM-DD]`: the revisit list (回访) with its replies (RevisitCli.cpp).
core::CliCommand revisitCommand();

} // namespace shopdesk::service
