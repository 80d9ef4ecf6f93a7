#pragma once

#include <shopdesk/core/CliCommand.h>

#include <QList>

#include <functional>

namespace shopdesk::shipping {

/// The verbs of `orders` that make parcels: merge, unmerge, split, unsplit.
QList<std::pair<QString, std::function<core::CliOutcome(const core::CliInvocation &)>>> parcelVerbs();
/// `picklist --out F.pdf [--unprinted|--order NO …]`.
core::CliCommand picklistCommand();

} // namespace shopdesk::shipping
