#include "Modules.h"

#include <shopdesk/aftersale/AftersaleModule.h>
#include <shopdesk/buyers/BuyersModule.h>
#include <shopdesk/inventory/InventoryModule.h>
#include <shopdesk/kpi/KpiModule.h>
#include <shopdesk/listings/ListingsModule.h>
#include <shopdesk/service/ServiceModule.h>
#include <shopdesk/shipping/ShippingModule.h>

namespace shopdesk::app {

std::vector<std::unique_ptr<core::PanelFactory>> panelFactories()
{
    std::vector<std::unique_ptr<core::PanelFactory>> f;
    f.push_back(listings::makePanelFactory());
    f.push_back(inventory::makePanelFactory());
    f.push_back(shipping::makePanelFactory());
    f.push_back(service::makePanelFactory());
    f.push_back(kpi::makePanelFactory());
    f.push_back(buyers::makePanelFactory());
    f.push_back(aftersale::makePanelFactory());
    return f;
}

} // namespace shopdesk::app
