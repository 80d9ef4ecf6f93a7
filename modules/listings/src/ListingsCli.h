#pragma once

#include <shopdesk/core/CliCommand.h>

#include <QCoreApplication>

namespace shopdesk::listings {

/// shopdesk-cli import-items / export-items / titles-check / relist-plan / advice / pareto.
/// (Label sheets are printed from the panel: shopdesk-cli has no GUI application to paint text with.)
class ListingsCli {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::listings::ListingsCli)
public:
    static QList<core::CliCommand> commands();

    static core::CliOutcome importItems(const core::CliInvocation &in);
    static core::CliOutcome exportItems(const core::CliInvocation &in);
    static core::CliOutcome titlesCheck(const core::CliInvocation &in);
    static core::CliOutcome relistPlan(const core::CliInvocation &in);
    static core::CliOutcome advice(const core::CliInvocation &in);
    static core::CliOutcome pareto(const core::CliInvocation &in);
};

} // namespace shopdesk::listings
