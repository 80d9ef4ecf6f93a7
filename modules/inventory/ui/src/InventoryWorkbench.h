#pragma once

#include "shopdesk/inventory/StockService.h"
#include "shopdesk/inventory/StocktakeService.h"

#include <shopdesk/core/PanelContract.h>

#include <QDate>

namespace shopdesk::inventory {

class MovementsView;
class QualityView;
class ReceivingView;
class StockView;
class StocktakeView;

/// The inventory workbench (仓库): stock on hand (docked first), receiving (收货入库), the
/// stock-take (盘点), movements (出入库流水) and quality and returns (质检/次品), each in its own
/// dock, with one undo stack. A view that changed stock has the others re-read it.
class InventoryWorkbench : public core::Workbench {
    Q_OBJECT
public:
    InventoryWorkbench(const core::PanelContext &context, QWidget *window);

    StockView *stock() const { return mStock; }
    ReceivingView *receiving() const { return mReceiving; }
    StocktakeView *stocktake() const { return mStocktake; }
    MovementsView *movements() const { return mMovements; }
    QualityView *quality() const { return mQuality; }
    /// The day reminders and reorder warnings look at (today unless a test says otherwise).
    void setToday(QDate day);
    /// Shows the dock of `viewId` in front and gives its view the focus.
    void raise(const QString &viewId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *newAction(const QString &objectName, const QKeySequence &shortcut, std::function<void()> slot);
    void retranslateActions();
    QString focusedView() const;

    core::PanelContext mContext;
    StockService mStockService;
    StocktakeService mStocktakeService;
    StockView *mStock;
    ReceivingView *mReceiving;
    StocktakeView *mStocktake;
    MovementsView *mMovements;
    QualityView *mQuality;
    QAction *mReload, *mFind, *mImport, *mExport, *mPrint;
};

} // namespace shopdesk::inventory
