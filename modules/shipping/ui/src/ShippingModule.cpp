#include "shopdesk/shipping/ShippingModule.h"

#include "ShippingWorkbench.h"

#include <QCoreApplication>

namespace shopdesk::shipping {

namespace {
class Factory final : public core::PanelFactory {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::shipping::Factory)
public:
    QString id() const override { return QStringLiteral("shipping"); }
    QString title() const override { return tr("Shipping"); }
    Qt::DockWidgetArea defaultArea() const override { return Qt::RightDockWidgetArea; }
    std::unique_ptr<core::Workbench> createWorkbench(const core::PanelContext &context, QWidget *window) const override
    {
        return std::make_unique<ShippingWorkbench>(context, window);
    }
};
} // namespace

std::unique_ptr<core::PanelFactory> makePanelFactory() { return std::make_unique<Factory>(); }

} // namespace shopdesk::shipping
