#include "shopdesk/listings/ListingsModule.h"

#include "ListingsWorkbench.h"

#include <QCoreApplication>

namespace shopdesk::listings {

namespace {
class Factory final : public core::PanelFactory {
    Q_DECLARE_TR_FUNCTIONS(shopdesk::listings::Factory)
public:
    QString id() const override { return QStringLiteral("listings"); }
    QString title() const override { return tr("Listings"); }
    Qt::DockWidgetArea defaultArea() const override { return Qt::LeftDockWidgetArea; }
    std::unique_ptr<core::Workbench> createWorkbench(const core::PanelContext &context, QWidget *window) const override
    {
        return std::make_unique<ListingsWorkbench>(context, window);
    }
};
} // namespace

std::unique_ptr<core::PanelFactory> makePanelFactory() { return std::make_unique<Factory>(); }

} // namespace shopdesk::listings
