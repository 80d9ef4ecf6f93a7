#include "shopdesk/kpi/KpiModule.h"

#include "KpiCli.h"
#include "KpiPanel.h"

#include <QCoreApplication>

namespace shopdesk::kpi {

namespace {
class Factory final : public core::PanelFactory {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::kpi::Factory)
public:
    QString id() const override { return QStringLiteral("kpi"); }
    QString title() const override { return tr("KPIs"); }
    Qt::DockWidgetArea defaultArea() const override { return Qt::RightDockWidgetArea; }
    core::ModulePanel *create(const core::PanelContext &context, QWidget *parent) const override
    {
        return new KpiPanel(context, parent);
    }
};
} // namespace

std::unique_ptr<core::PanelFactory> makePanelFactory() { return std::make_unique<Factory>(); }

QList<core::CliCommand> cliCommands()
{
    return { { QStringLiteral("kpi"),
        QStringLiteral(
            "kpi import FILE.csv | report --month YYYY-MM [--out SHEET.xlsx|csv|pdf] | "
            "decompose --from A --to B | chart trend|decompose|pareto|health --month YYYY-MM --out FILE.png|pdf"),
        [] {
            return KpiCli::tr("KPIs: import the platform's daily export, the month report and appraisal sheet, "
                              "why sales moved between two periods, charts as PNG or PDF.");
        },
        &KpiCli::run } };
}

} // namespace shopdesk::kpi
