#include "shopdesk/inventory/InventoryLog.h"

namespace shopdesk::inventory {

Q_LOGGING_CATEGORY(lcInventory, "shopdesk.inventory")

} // namespace shopdesk::inventory
