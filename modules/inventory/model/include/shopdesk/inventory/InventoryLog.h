#pragma once

#include <QLoggingCategory>

namespace shopdesk::inventory {

/// The inventory module's log ("shopdesk.inventory"): every error a view reports is logged here too.
Q_DECLARE_LOGGING_CATEGORY(lcInventory)

} // namespace shopdesk::inventory
