#pragma once

#include <shopdesk/core/CliCommand.h>

#include <QCoreApplication>

namespace shopdesk::cli {

/// `restore COPY`: a backup back in place of the shop file, the current file kept first (as
/// File → Restore from backup… does in the window).
class RestoreCommand {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::cli::RestoreCommand)
public:
    static core::CliCommand command();
    static core::CliOutcome restore(const core::CliInvocation &in);
};

} // namespace shopdesk::cli
