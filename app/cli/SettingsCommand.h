#pragma once

#include <shopdesk/core/CliCommand.h>

#include <QCoreApplication>

namespace shopdesk::cli {

/// `settings list|get|set`: the shop's own data and rules (the same values as File → Shop
/// settings… in the window), each key declared once by its module, checked before it is written.
class SettingsCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::cli::SettingsCommand)
public:
    static core::CliCommand command();

    static core::CliOutcome list(const core::CliInvocation &in);
    static core::CliOutcome get(const core::CliInvocation &in);
    static core::CliOutcome set(const core::CliInvocation &in);
};

} // namespace shopdesk::cli
