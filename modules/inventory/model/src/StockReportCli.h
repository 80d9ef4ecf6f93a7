#pragma once

#include <shopdesk/core/CliCommand.h>

#include <QCoreApplication>

namespace shopdesk::inventory {

/// shopdesk-cli stock-report --from DATE --to DATE [--by sku|item|category] [--out F.xlsx|F.pdf]:
/// the period stock report (进销存报表).
class StockReportCli {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::StockReportCli)
public:
    static core::CliCommand command();
    static core::CliOutcome run(const core::CliInvocation &in);
};

} // namespace shopdesk::inventory
