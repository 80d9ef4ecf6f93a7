#include "shopdesk/inventory/InventoryModule.h"

#include "InventoryWorkbench.h"

#include <QCoreApplication>

namespace shopdesk::inventory {

namespace {
class Factory final : public core::PanelFactory {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::inventory::Factory)
public:
    QString id() const override { return QStringLiteral("inventory"); }
    QString title() const override { return tr("Inventory"); }
    Qt::DockWidgetArea defaultArea() const override { return Qt::LeftDockWidgetArea; }
    std::unique_ptr<core::Workbench> createWorkbench(const core::PanelContext &context, QWidget *window) const override
    {
        return std::make_unique<InventoryWorkbench>(context, window);
    }
};
} // namespace

std::unique_ptr<core::PanelFactory> makePanelFactory() { return std::make_unique<Factory>(); }

} // namespace shopdesk::inventory
