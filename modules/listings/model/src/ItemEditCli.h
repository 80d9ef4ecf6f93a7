#pragma once

#include <shopdesk/core/CliCommand.h>

namespace shopdesk::listings {

/// `edit-item CODE [--price YUAN] [--title TEXT] [--seen VERSION]`: the item's price or title
/// edited as the items table does it, refused when `--seen` (the version a reading run printed)
/// is stale; without a change, prints the item's version and price.
core::CliCommand editItemCommand();

} // namespace shopdesk::listings
