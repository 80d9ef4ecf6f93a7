#pragma once

#include <shopdesk/core/CliCommand.h>

#include <QCoreApplication>

namespace shopdesk::listings {

/// shopdesk-cli import-items / export-items / titles-check / relist-plan / advice / pareto.
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
    static core::CliOutcome printLabels(const core::CliInvocation &in);
};

} // namespace shopdesk::listings
