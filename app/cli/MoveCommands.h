#pragma once

#include <shopdesk/core/CliCommand.h>

#include <QCoreApplication>

namespace shopdesk::cli {

/// Moving a shop between a shop file and a shop server (core::ShopCopy):
/// `--db FILE export-to-server URL` copies the file's shop into an empty server database (or
/// schema); `--server URL export-to-file OUT` writes the server's shop into a new shop file. Each
/// copy is one transaction, checked by its row counts and ledger sums before it is kept.
class MoveCommands {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::cli::MoveCommands)
public:
    static core::CliCommand toServer();
    static core::CliCommand toFile();
    static core::CliOutcome exportToServer(const core::CliInvocation &in);
    static core::CliOutcome exportToFile(const core::CliInvocation &in);
};

} // namespace shopdesk::cli
