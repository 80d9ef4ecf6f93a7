#pragma once

#include <shopdesk/core/CliCommand.h>

namespace shopdesk::inventory {

/// shopdesk-cli `purchase suggest|create|list|receive|sizes`: the stock planning (补货, 采购单, 断码).
QList<core::CliCommand> planningCliCommands();
/// `stock opening FILE.csv | --stocktake [ID]` (期初库存).
core::CliOutcome stockOpening(const core::CliInvocation &in);

} // namespace shopdesk::inventory
