#pragma once

#include <shopdesk/core/CliCommand.h>

#include <QList>

namespace shopdesk::aftersale {

/// shopdesk-cli aftersale open|receive|refund|resend|close|list|report. They live in the model
/// library (no widgets), so shopdesk-cli runs them under a QCoreApplication.
QList<core::CliCommand> cliCommands();

} // namespace shopdesk::aftersale
