#pragma once

#include "shopdesk/inventory/StockListRepository.h"
#include "shopdesk/inventory/StockService.h"

#include <shopdesk/core/PanelContract.h>

#include <QDate>

class QLabel;
class QLineEdit;
class QTableView;

namespace shopdesk::core {
class WindowedTableModel;
}

namespace shopdesk::inventory {

/// Stock on hand per SKU (库存), searchable, with the reorder warning before the store's next
/// promotion; Enter or a double-click on a SKU asks for its movement history.
class StockView : public core::View {
    Q_OBJECT
public:
    StockView(const core::PanelContext &context, StockService &stock, QWidget *parent = nullptr);

    void reload() override;
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    QTableView *stockTable() const { return mTable; }
    /// The day the reorder warning looks at (today unless a test says otherwise).
    void setToday(QDate day);
    void focusSearch();

Q_SIGNALS:
    /// The user asked for the movements of the SKU with this barcode.
    void skuActivated(const QString &barcode);

protected:
    void retranslateUi() override;

private:
    void updateCount();
    void updateReorder();

    core::PanelContext mContext;
    StockService &mStock;
    StockListRepository mList;
    core::WindowedTableModel *mModel;
    QLineEdit *mSearch;
    QTableView *mTable;
    QLabel *mCount;
    QLabel *mReorder;
    QDate mToday;
    bool mColumnsSized = false;
};

} // namespace shopdesk::inventory
