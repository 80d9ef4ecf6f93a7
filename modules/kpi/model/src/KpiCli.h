#pragma once

#include <shopdesk/core/CliCommand.h>

#include <QCoreApplication>

namespace shopdesk::kpi {

/// shopdesk-cli kpi import | report | decompose | chart.
class KpiCli {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::kpi::KpiCli)
public:
    static core::CliOutcome run(const core::CliInvocation &in);
};

} // namespace shopdesk::kpi
