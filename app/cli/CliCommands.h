#pragma once

#include <shopdesk/core/CliCommand.h>

#include <QCoreApplication>
#include <QList>

namespace shopdesk::cli {

/// The shop-file subcommands of shopdesk-cli (init, demo, check, backup).
class Commands {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::cli::Commands)
public:
    static QList<core::CliCommand> foundation();
    /// Every subcommand: the foundation's, then each workbench's, in a fixed order.
    static QList<core::CliCommand> all();

    static core::CliOutcome init(const core::CliInvocation &in);
    static core::CliOutcome demo(const core::CliInvocation &in);
    static core::CliOutcome check(const core::CliInvocation &in);
    static core::CliOutcome backup(const core::CliInvocation &in);
};

} // namespace shopdesk::cli
