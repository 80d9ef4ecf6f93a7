#include "shopdesk/aftersale/AftersaleModule.h"

#include "AftersaleWorkbench.h"

#include <QCoreApplication>

namespace shopdesk::aftersale {

namespace {
class Factory final : public core::PanelFactory {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::aftersale::Factory)
public:
    QString id() const override { return QStringLiteral("aftersale"); }
    QString title() const override { return tr("After-sale"); }
    Qt::DockWidgetArea defaultArea() const override { return Qt::RightDockWidgetArea; }
    std::unique_ptr<core::Workbench> createWorkbench(const core::PanelContext &context, QWidget *window) const override
    {
        return std::make_unique<AftersaleWorkbench>(context, window);
    }
};
} // namespace

std::unique_ptr<core::PanelFactory> makePanelFactory() { return std::make_unique<Factory>(); }

} // namespace shopdesk::aftersale
