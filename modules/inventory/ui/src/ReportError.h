#pragma once

#include "shopdesk/inventory/InventoryLog.h"

#include <shopdesk/core/PanelContract.h>

namespace shopdesk::inventory {

/// Logs an error under shopdesk.inventory and hands it to the window's one error dialog (for the
/// views where no scan is under way: the stock-take shows its own beside the scan field).
inline void reportError(const core::PanelContext &context, const QString &message)
{
    qCWarning(lcInventory) << message;
    context.events.reportError(message);
}

} // namespace shopdesk::inventory
