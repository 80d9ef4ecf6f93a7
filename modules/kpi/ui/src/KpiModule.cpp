#include "shopdesk/kpi/KpiModule.h"

#include "KpiWorkbench.h"

#include <QCoreApplication>

namespace shopdesk::kpi {

namespace {
class Factory final : public core::PanelFactory {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::kpi::Factory)
public:
    QString id() const override { return QStringLiteral("kpi"); }
    QString title() const override { return tr("KPIs"); }
    Qt::DockWidgetArea defaultArea() const override { return Qt::RightDockWidgetArea; }
    std::unique_ptr<core::Workbench> createWorkbench(const core::PanelContext &context, QWidget *window) const override
    {
        return std::make_unique<KpiWorkbench>(context, window);
    }
};
} // namespace

std::unique_ptr<core::PanelFactory> makePanelFactory() { return std::make_unique<Factory>(); }

} // namespace shopdesk::kpi
