#include "shopdesk/service/ServiceModule.h"

#include "ServiceCli.h"
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

QList<core::CliCommand> cliCommands()
{
    return {
        { QStringLiteral("replies"),
            QStringLiteral(
                "replies list [--group G] | render CODE… [--order ORDERNO | --buyer NICK] | lint [--patterns FILE] | "
                "patterns [FILE] | import FILE.csv | export FILE.csv|FILE.xlsx"),
            [] {
                return Factory::tr(
                    "The reply library: list, fill a reply from an order, check the house style, import, export.");
            },
            &ServiceCli::replies },
        { QStringLiteral("waitlist"), QStringLiteral("waitlist [add BUYER BARCODE]"),
            [] {
                return Factory::tr(
                    "Buyers to call now: their out-of-stock SKU was booked in (with the filled 到货通知).");
            },
            &ServiceCli::waitlist },
    };
}

} // namespace shopdesk::service
