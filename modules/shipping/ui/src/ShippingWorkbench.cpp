#include "ShippingWorkbench.h"

#include "ClaimsView.h"
#include "CourierRulesView.h"
#include "ExportShippedDialog.h"
#include "FreightView.h"
#include "MappingsView.h"
#include "PickupView.h"
#include "PrintView.h"
#include "QueueView.h"
#include "ScanStation.h"
#include "ShippedOrdersView.h"
#include "shopdesk/shipping/BulkShipping.h"

#include <shopdesk/core/FileDialog.h>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QFileInfo>
#include <QLineEdit>

namespace shopdesk::shipping {

ShippingWorkbench::ShippingWorkbench(const core::PanelContext &context, QWidget *window)
    : core::Workbench(QStringLiteral("shipping"), window)
    , mWindow(window)
    , mDesk(std::make_unique<ShippingDesk>(context.db))
    , mEvents(context.events)
    , mActor(context.actor)
{
    const ViewContext views { *mDesk, context.events, context.actor, undoStack() };
    mQueue = new QueueView(views);
    mPrint = new PrintView(views, [this] { return mQueue->selectedOrders(); });
    mStation = new ScanStation(views);
    mPickup = new PickupView(views);
    mClaims = new ClaimsView(views);
    mRules = new CourierRulesView(views);
    mMappings = new MappingsView(views);
    mFreight = new FreightView(views);
    // The queue first: it is in front when the window tabifies a workbench's later docks behind it.
    addView(
        QStringLiteral("queue"), [] { return tr("Orders to ship"); }, mQueue);
    addView(
        QStringLiteral("print"), [] { return tr("Print waybills"); }, mPrint);
    QDockWidget *scan = addView(
        QStringLiteral("scan"), [] { return tr("Scan check"); }, mStation);
    addView(
        QStringLiteral("pickup"), [] { return tr("Pickup"); }, mPickup);
    addView(
        QStringLiteral("claims"), [] { return tr("Claims"); }, mClaims);
    addView(
        QStringLiteral("couriers"), [] { return tr("Courier rules"); }, mRules);
    addView(
        QStringLiteral("mappings"), [] { return tr("Item mappings"); }, mMappings);
    addView(
        QStringLiteral("freight"), [] { return tr("Freight and numbers"); }, mFreight);
    addView(
        QStringLiteral("shipped"), [] { return tr("Shipped orders"); }, new ShippedOrdersView(views));
    connect(mPrint, &PrintView::printed, mQueue, &QueueView::reload);
    // Choosing the station's tab puts the focus in its scan field, ready for the scanner.
    connect(scan, &QDockWidget::visibilityChanged, mStation, [this](bool visible) {
        if (visible && mStation->window()->isActiveWindow())
            mStation->scanField()->setFocus(Qt::OtherFocusReason);
    });

    mReload = newAction(QStringLiteral("shippingReload"), QKeySequence::Refresh, [this] { reload(); });
    mImport = newAction(
        QStringLiteral("shippingImport"), QKeySequence(Qt::CTRL | Qt::Key_I), [this] { mQueue->chooseImportFiles(); });
    mTrackingList = newAction(QStringLiteral("shippingTrackingList"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
        [this] { mQueue->chooseTrackingList(); });
    mPrintAction = newAction(
        QStringLiteral("shippingPrint"), QKeySequence::Print, [this] { mPrint->print(PrintView::Target::Printer); });
    mPreview = newAction(QStringLiteral("shippingPreview"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
        [this] { mPrint->print(PrintView::Target::Preview); });
    mPdf = newAction(QStringLiteral("shippingPdf"), QKeySequence(Qt::CTRL | Qt::Key_E),
        [this] { mPrint->print(PrintView::Target::Pdf); });
    mScan = newAction(QStringLiteral("shippingScan"), QKeySequence(Qt::Key_F8), [this] { showStation(); });
    mBill = newAction(QStringLiteral("shippingBill"), {}, [this] { mQueue->checkFreightBill(); });
    mHandover = newAction(QStringLiteral("shippingHandover"), {}, [this] { mPickup->handoverSheet(); });
    mClaim = newAction(QStringLiteral("shippingClaim"), {}, [this] { mClaims->openClaim(); });
    mExportShipped = newAction(QStringLiteral("shippingExportShipped"), {}, [this] { exportShipped(); });
    if (mWindow)
        mWindow->installEventFilter(this); // the window hears LanguageChange: the actions' texts follow
    retranslateUi();
}

ShippingWorkbench::~ShippingWorkbench()
{
    if (mWindow)
        mWindow->removeEventFilter(this);
    // The views hold the desk (an import may still be running on it): they go before it, their
    // docks with the base class.
    for (QDockWidget *d : dockWidgets())
        delete d->widget();
}

void ShippingWorkbench::retranslateUi()
{
    mReload->setText(tr("&Reload orders"));
    mReload->setIconText(tr("Reload")); // the toolbar's short name; the menu has the full one
    mImport->setText(tr("&Import orders…"));
    mImport->setIconText(tr("Import"));
    mTrackingList->setText(tr("Import &tracking list…"));
    mTrackingList->setIconText(tr("Tracking list"));
    mPrintAction->setText(tr("&Print waybills…"));
    mPrintAction->setIconText(tr("Print"));
    mPreview->setText(tr("Print pre&view…"));
    mPreview->setIconText(tr("Preview"));
    mPdf->setText(tr("Save waybills as P&DF…"));
    mPdf->setIconText(tr("PDF"));
    mScan->setText(tr("&Scan check"));
    mScan->setIconText(tr("Scan check"));
    mBill->setText(tr("Check freight &bill…"));
    mBill->setIconText(tr("Freight bill"));
    mHandover->setText(tr("&Handover sheet (PDF)…"));
    mHandover->setIconText(tr("Handover"));
    mClaim->setText(tr("&Claim for a parcel…"));
    mClaim->setIconText(tr("Claim"));
    mExportShipped->setText(tr("E&xport shipped orders for the platform…"));
    mExportShipped->setIconText(tr("Export shipped"));
}

bool ShippingWorkbench::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mWindow && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return core::Workbench::eventFilter(watched, event);
}

void ShippingWorkbench::exportShipped()
{
    ExportShippedDialog ask(mWindow);
    if (ask.exec() != QDialog::Accepted)
        return;
    const std::optional<QDate> day = ask.day();
    const QString suggested
        = day ? tr("bulk-shipping-%1.csv").arg(day->toString(QStringLiteral("yyyy-MM-dd"))) : tr("bulk-shipping.csv");
    const QString path = core::FileDialog::getSaveFileName(
        mWindow, tr("Bulk-shipping file for the platform"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportShippedTo(path, day);
}

bool ShippingWorkbench::exportShippedTo(const QString &path, std::optional<QDate> day)
{
    auto written = BulkShipping(mDesk->db()).exportShipped(path, day, mActor);
    if (!written) {
        mEvents.reportError(written.errorMessage());
        return false;
    }
    mQueue->showMessage(tr(
        "%n shipped order(s) written to %1 for the platform's bulk shipping.", nullptr, int(written->orderNos.size()))
                            .arg(QFileInfo(path).fileName()));
    return true;
}

void ShippingWorkbench::showStation()
{
    QDockWidget *d = dock(QStringLiteral("scan"));
    d->show();
    d->raise();
    mStation->scanField()->setFocus(Qt::ShortcutFocusReason);
}

} // namespace shopdesk::shipping
