#include "InventoryWorkbench.h"

#include "MovementsView.h"
#include "OpeningStockDialog.h"
#include "PurchaseOrdersView.h"
#include "QualityView.h"
#include "ReceivingView.h"
#include "ReorderView.h"
#include "StockReportView.h"
#include "StockView.h"
#include "StocktakeView.h"
#include "SuppliersView.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QLineEdit>

namespace shopdesk::inventory {

namespace {
const QString kStock = QStringLiteral("stock");
const QString kReceiving = QStringLiteral("receiving");
const QString kStocktake = QStringLiteral("stocktake");
const QString kMovements = QStringLiteral("movements");
const QString kQuality = QStringLiteral("quality");
const QString kSuppliers = QStringLiteral("suppliers");
const QString kReorder = QStringLiteral("reorder");
const QString kPurchaseOrders = QStringLiteral("purchaseOrders");
const QString kStockReport = QStringLiteral("stockReport");
} // namespace

InventoryWorkbench::InventoryWorkbench(const core::PanelContext &context, QWidget *window)
    : core::Workbench(QStringLiteral("inventory"), window)
    , mContext(context)
    , mStockService(context.db)
    , mStocktakeService(context.db)
    , mReceivingService(context.db)
    , mQualityService(context.db)
    , mSupplierService(context.db)
    , mPurchaseService(context.db)
{
    mStock = new StockView(mContext, mStockService);
    mReceiving = new ReceivingView(mContext, mReceivingService, undoStack());
    mStocktake = new StocktakeView(mContext, mStocktakeService, undoStack());
    mMovements = new MovementsView(mContext, mStockService, undoStack());
    mQuality = new QualityView(mContext, mQualityService, undoStack());
    mSuppliers = new SuppliersView(mContext, mSupplierService, undoStack());
    mReorder = new ReorderView(mContext, mPurchaseService, undoStack());
    mPurchaseOrders = new PurchaseOrdersView(mContext, mPurchaseService, undoStack());
    mStockReport = new StockReportView(mContext, mStockService);
    addView(
        kStock, [] { return tr("Stock"); }, mStock);
    addView(
        kReceiving, [] { return tr("Receiving"); }, mReceiving);
    addView(
        kStocktake, [] { return tr("Stock-take"); }, mStocktake);
    addView(
        kMovements, [] { return tr("Movements"); }, mMovements);
    addView(
        kQuality, [] { return tr("Quality and returns"); }, mQuality);
    addView(
        kSuppliers, [] { return tr("Suppliers"); }, mSuppliers);
    addView(
        kReorder, [] { return tr("Reorder"); }, mReorder);
    addView(
        kPurchaseOrders, [] { return tr("Purchase orders"); }, mPurchaseOrders);
    addView(
        kStockReport, [] { return tr("Stock report"); }, mStockReport);

    // A double-click on a SKU: its movement history.
    connect(mStock, &StockView::skuActivated, this, [this](const QString &barcode) {
        mMovements->showSku(barcode);
        raiseView(kMovements);
    });
    // Whoever changed stock, the others show it.
    connect(mStocktake, &StocktakeView::stockChanged, this, [this] {
        mStock->reload();
        mMovements->reload();
    });
    auto restock = [this] {
        mStock->reload();
        mMovements->reload();
        mStocktake->reload();
        mReorder->reload();
        mPurchaseOrders->reload();
        mStockReport->reload();
    };
    // A purchase order made, received or taken back: the planning views and receiving re-read.
    connect(mReorder, &ReorderView::ordersChanged, this, [this] {
        mPurchaseOrders->reload();
        mReceiving->reload();
    });
    connect(mPurchaseOrders, &PurchaseOrdersView::stockChanged, this, [this, restock] {
        restock();
        mReceiving->reload();
    });
    connect(mQuality, &QualityView::stockChanged, this, restock);
    connect(mReceiving, &ReceivingView::stockChanged, this, [this, restock] {
        restock();
        mSuppliers->reload(); // a note names the items its supplier supplies, or a new supplier
    });
    // A supplier added or changed: the views that choose one re-read the list.
    connect(mSuppliers, &SuppliersView::suppliersChanged, this, [this] {
        mReceiving->reload();
        mQuality->reload();
    });
    // Stock changed elsewhere (shipping booked out, a receiving in the CLI): every view re-reads it
    // (the stock view listens itself).
    connect(&mContext.events, &core::ShopEvents::changed, this, [this](core::Topic topic) {
        if (topic == core::Topic::Stock || topic == core::Topic::Items || topic == core::Topic::Everything)
            for (core::View *v : { static_cast<core::View *>(mReceiving), static_cast<core::View *>(mStocktake),
                     static_cast<core::View *>(mMovements), static_cast<core::View *>(mQuality),
                     static_cast<core::View *>(mSuppliers), static_cast<core::View *>(mReorder),
                     static_cast<core::View *>(mPurchaseOrders), static_cast<core::View *>(mStockReport) })
                v->reload();
    });
    connect(mMovements, &MovementsView::stockChanged, this, [this] {
        mStock->reload();
        mStocktake->reload();
    });

    mReload = newAction(QStringLiteral("inventoryReload"), QKeySequence::Refresh, [this] { reload(); });
    mFind = newAction(QStringLiteral("inventoryFind"), QKeySequence::Find, [this] {
        if (focusedView() == kMovements) {
            mMovements->focusSku();
            return;
        }
        raiseView(kStock);
        mStock->focusSearch();
    });
    mImport = newAction(QStringLiteral("inventoryImportCounts"), QKeySequence(Qt::CTRL | Qt::Key_I), [this] {
        raiseView(kStocktake);
        mStocktake->importCountsDialog();
    });
    mExport = newAction(QStringLiteral("inventoryExportReport"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] {
        raiseView(kStocktake);
        mStocktake->exportReportDialog(QStringLiteral("xlsx"));
    });
    mPrint = newAction(QStringLiteral("inventoryPrintReport"), QKeySequence::Print, [this] {
        raiseView(kStocktake);
        mStocktake->exportReportDialog(QStringLiteral("pdf"));
    });
    mOpening = newAction(QStringLiteral("inventoryOpeningStock"), QKeySequence(), [this] { showOpeningStock(); });
    addGoToShortcuts(QStringLiteral("inventoryGoTo")); // Alt+1, Alt+2 … in the order of the docks
    retranslateActions();
    dock(kStock)->installEventFilter(this); // for LanguageChange
}

void InventoryWorkbench::retranslateActions()
{
    mReload->setText(tr("&Reload"));
    mReload->setIconText(tr("Reload")); // the toolbar's short name; the menu has the full one
    mFind->setText(tr("&Find a SKU"));
    mFind->setIconText(tr("Find"));
    mImport->setText(tr("&Import counts…"));
    mImport->setIconText(tr("Import counts"));
    mExport->setText(tr("&Export the stock-take report…"));
    mExport->setIconText(tr("Export report"));
    mPrint->setText(tr("&Print the stock-take report…"));
    mPrint->setIconText(tr("Print report"));
    mOpening->setText(tr("&Opening stock…"));
    mOpening->setIconText(tr("Opening stock"));
}

bool InventoryWorkbench::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateActions();
    return core::Workbench::eventFilter(watched, event);
}

void InventoryWorkbench::showOpeningStock()
{
    auto *dialog = new OpeningStockDialog(mContext, mPurchaseService, mStock->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    raiseView(kStock);
    dialog->open();
}

void InventoryWorkbench::setToday(QDate day)
{
    mStock->setToday(day);
    mReorder->setToday(day);
    mStocktake->setToday(day);
}

} // namespace shopdesk::inventory
