#pragma once

#include <shopdesk/core/PanelContract.h>

#include <QDate>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace shopdesk::core {
class RecordTableModel;
}

namespace shopdesk::inventory {

class MovementsView;
class QualityView;
class ReceivingView;
class StocktakeView;

/// The inventory workbench (进销存 / 盘点): stock on hand per SKU, the stock-take (count screen and
/// live variance), and each SKU's movement history.
class InventoryPanel : public core::ModulePanel {
    Q_OBJECT
public:
    enum Tab { StockTab, StocktakeTab, MovementsTab, ReceivingTab, QualityTab };

    InventoryPanel(const core::PanelContext &context, QWidget *parent = nullptr);

    void reload() override;
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    QTabWidget *tabs() const { return mTabs; }
    StocktakeView *stocktake() const { return mStocktake; }
    MovementsView *movements() const { return mMovements; }
    ReceivingView *receiving() const { return mReceiving; }
    QualityView *quality() const { return mQuality; }
    QTableView *stockTable() const { return mTable; }
    /// The day reminders and reorder warnings look at (today unless a test says otherwise).
    void setToday(QDate day);

protected:
    void retranslateUi() override;

private:
    void reloadStock();
    void updateCount();
    void updateReorder();

    core::PanelContext mContext;
    QTabWidget *mTabs;
    core::RecordTableModel *mModel;
    QSortFilterProxyModel *mProxy;
    QLineEdit *mSearch;
    QTableView *mTable;
    QLabel *mCount;
    QLabel *mReorder;
    QDate mToday;
    bool mColumnsSized = false;
    StocktakeView *mStocktake;
    MovementsView *mMovements;
    ReceivingView *mReceiving;
    QualityView *mQuality;
};

} // namespace shopdesk::inventory
