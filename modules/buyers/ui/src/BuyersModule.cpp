#include "shopdesk/buyers/BuyersModule.h"

#include "BuyersWorkbench.h"

#include <QCoreApplication>

namespace shopdesk::buyers {

namespace {
class Factory final : public core::PanelFactory {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::buyers::Factory)
public:
    QString id() const override { return QStringLiteral("buyers"); }
    QString title() const override { return tr("Buyers"); }
    Qt::DockWidgetArea defaultArea() const override { return Qt::RightDockWidgetArea; }
    std::unique_ptr<core::Workbench> createWorkbench(const core::PanelContext &context, QWidget *window) const override
    {
        return std::make_unique<BuyersWorkbench>(context, window);
    }
};
} // namespace

std::unique_ptr<core::PanelFactory> makePanelFactory() { return std::make_unique<Factory>(); }

} // namespace shopdesk::buyers
