// Links every object of the model libraries without Qt Widgets (see app/CMakeLists.txt) and
// prints what it linked; `ldd` on it shows no libQt6Widgets.

#include <shopdesk/inventory/InventoryCommands.h>
#include <shopdesk/kpi/KpiCommands.h>
#include <shopdesk/listings/ListingsCommands.h>
#include <shopdesk/service/ServiceCommands.h>
#include <shopdesk/shipping/ShippingCommands.h>

#include <QCoreApplication>

#include <cstdio>

using namespace shopdesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qsizetype commands = listings::cliCommands().size() + inventory::cliCommands().size()
        + shipping::cliCommands().size() + service::cliCommands().size() + kpi::cliCommands().size();
    std::printf("model libraries linked without Qt Widgets: %lld commands\n", static_cast<long long>(commands));
    return 0;
}
