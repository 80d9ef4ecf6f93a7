#include "shopdesk/service/ServiceModule.h"

#include "ServiceWorkbench.h"

#include <QCoreApplication>

namespace shopdesk::service {

namespace {
class Factory final : public core::PanelFactory {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::service::Factory)
public:
    QString id() const override { return QStringLiteral("service"); }
    QString title() const override { return tr("Customer service"); }
    Qt::DockWidgetArea defaultArea() const override { return Qt::RightDockWidgetArea; }
    std::unique_ptr<core::Workbench> createWorkbench(const core::PanelContext &context, QWidget *window) const override
    {
        return std::make_unique<ServiceWorkbench>(context, window);
    }
};
} // namespace

std::unique_ptr<core::PanelFactory> makePanelFactory() { return std::make_unique<Factory>(); }

} // namespace shopdesk::service
