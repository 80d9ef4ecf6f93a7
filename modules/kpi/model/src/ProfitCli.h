#pragma once

#include <shopdesk/core/CliCommand.h>

#include <QCoreApplication>

namespace shopdesk::kpi {

/// shopdesk-cli profit --month YYYY-MM [--by item|category|day|month]: the month's profit (毛利 / 利润)
/// beside the month before, and the stock value at cost.
class ProfitCli {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::kpi::ProfitCli)
public:
    static core::CliCommand command();
    static core::CliOutcome run(const core::CliInvocation &in);
};

} // namespace shopdesk::kpi
