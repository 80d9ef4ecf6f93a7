#include "shopdesk/service/ServiceModule.h"

#include "ServicePanel.h"

#include <QCoreApplication>

namespace shopdesk::service {

namespace {
class Factory final : public core::PanelFactory {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::service::Factory)
public:
    QString id() const override { return QStringLiteral("service"); }
    QString title() const override { return tr("Customer service"); }
    Qt::DockWidgetArea defaultArea() const override { return Qt::RightDockWidgetArea; }
    core::ModulePanel *create(const core::PanelContext &context, QWidget *parent) const override
    {
        return new ServicePanel(context, parent);
    }
};
} // namespace

std::unique_ptr<core::PanelFactory> makePanelFactory() { return std::make_unique<Factory>(); }

} // namespace shopdesk::service
