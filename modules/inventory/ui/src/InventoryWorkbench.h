#pragma once

#include "shopdesk/inventory/PurchaseService.h"
#include "shopdesk/inventory/QualityService.h"
#include "shopdesk/inventory/ReceivingService.h"
#include "shopdesk/inventory/StockService.h"
#include "shopdesk/inventory/StocktakeService.h"
#include "shopdesk/inventory/SupplierService.h"

#include <shopdesk/core/PanelContract.h>

#include <QDate>

namespace shopdesk::inventory {

class MovementsView;
class PurchaseOrdersView;
class QualityView;
class ReceivingView;
class ReorderView;
class StockReportView;
class StockView;
class StocktakeView;
class SuppliersView;

/// The inventory workbench (仓库): stock on hand (docked first), receiving (收货入库), the
/// stock-take (盘点), movements (出入库流水), quality and returns (质检/次品) and the suppliers
/// (供应商), the reorder list (补货) and the purchase orders (采购单), each in its own dock, with one undo stack. A
/// view that changed stock has the others re-read it.
class InventoryWorkbench : public core::Workbench {
    Q_OBJECT
public:
    InventoryWorkbench(const core::PanelContext &context, QWidget *window);

    StockView *stock() const { return mStock; }
    ReceivingView *receiving() const { return mReceiving; }
    StocktakeView *stocktake() const { return mStocktake; }
    MovementsView *movements() const { return mMovements; }
    QualityView *quality() const { return mQuality; }
    SuppliersView *suppliers() const { return mSuppliers; }
    ReorderView *reorder() const { return mReorder; }
    PurchaseOrdersView *purchaseOrders() const { return mPurchaseOrders; }
    StockReportView *stockReport() const { return mStockReport; }
    /// Opens the opening-stock dialog (期初库存), not modal to the rest of the window.
    void showOpeningStock();

    /// The day reminders and reorder warnings look at (today unless a test says otherwise).
    void setToday(QDate day);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateActions();

    core::PanelContext mContext;
    StockService mStockService;
    StocktakeService mStocktakeService;
    ReceivingService mReceivingService;
    QualityService mQualityService;
    SupplierService mSupplierService;
    PurchaseService mPurchaseService;
    StockView *mStock;
    ReceivingView *mReceiving;
    StocktakeView *mStocktake;
    MovementsView *mMovements;
    QualityView *mQuality;
    SuppliersView *mSuppliers;
    ReorderView *mReorder;
    PurchaseOrdersView *mPurchaseOrders;
    StockReportView *mStockReport;
    QAction *mReload, *mFind, *mImport, *mExport, *mPrint, *mOpening;
};

} // namespace shopdesk::inventory
