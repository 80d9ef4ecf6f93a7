#pragma once

// The shipping workbench's shopdesk-cli commands kept in files of their own; cliCommands()
// (ShippingCli.cpp) lists them.

#include <shopdesk/core/CliCommand.h>

namespace shopdesk::shipping::cliparts {

/// mappings list | add | remove (the shop's 商品对应关系).
core::CliCommand mappings();

/// couriers list | add | remove | prices | ranges (the shop's own courier data).
core::CliCommand couriers();

/// queue: the dispatch queue a window at a time (QueueRepository, as the window reads it).
core::CliCommand queueCommand();

/// orders export-shipped: the platform's bulk-shipping file.
extern const QString kExportShippedSynopsis;
core::CliOutcome exportShipped(const core::CliInvocation &in);

} // namespace shopdesk::shipping::cliparts
