#pragma once

#include "shopdesk/inventory/PurchaseService.h"

#include <shopdesk/core/PanelContract.h>

#include <QDate>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QUndoStack;

namespace shopdesk::core {
class FrontGate;
class RecordTableModel;
class UndoCommand;
} // namespace shopdesk::core

namespace shopdesk::inventory {

/// The reorder list (补货) per supplier: each SKU with on hand, available (可用库存), in transit
/// (在途), its minimum (安全库存), daily sales (日均销量), days of cover (可售天数) and the
/// suggested quantity that covers the lead time and the next promotion, with the day the decision
/// is due; a purchase order (采购单) for the selected line's supplier in one undoable step. Below
/// it, the items on shelf with sold-out sizes (断码).
class ReorderView : public core::View {
    Q_OBJECT
public:
    ReorderView(
        const core::PanelContext &context, PurchaseService &service, QUndoStack *undoStack, QWidget *parent = nullptr);

    void reload() override;
    void retranslateUi() override;
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;
    /// The list on `day`, worked out now (the view reads nothing until it first comes to the front
    /// or a day is set).
    void setToday(QDate day);
    /// The list has been worked out (the view came to the front, or a day was set).
    bool computed() const;

    /// Makes the suggested purchase order for the supplier of list row `row` (undoable).
    core::Status orderForRow(int row);
    /// Sets the minimum (安全库存) of the SKU of list row `row` (undoable; consecutive changes merge).
    core::Status setMinimumForRow(int row, int minimum);
    /// Sets the lead time of the supplier of list row `row` (undoable).
    core::Status setLeadDaysForRow(int row, int days);

Q_SIGNALS:
    /// A purchase order was made or taken back: the purchase-order and receiving views re-read.
    void ordersChanged();

private:
    core::PanelContext mContext;
    PurchaseService &mService;
    core::FrontGate *mGate;
    QUndoStack *mUndo;
    QDate mToday;
    core::Status mLast; ///< the last command's result
    bool mPushing = false; ///< a push reports to its caller; undo and redo report here
    QList<qint64> mRowSupplier; ///< per row of the list: its supplier (0: none)
    QList<QString> mRowSupplierName;
    QList<qint64> mRowSku;
    QStringList mRowSkuText;
    QList<int> mRowMinimum, mRowLeadDays;
    core::Status pushed(core::UndoCommand *command);
    QLabel *mSummary, *mSizesTitle, *mMinimumLabel, *mLeadLabel;
    QPushButton *mOrder, *mSetMinimum, *mSetLead;
    QSpinBox *mMinimum, *mLead;
    core::RecordTableModel *mModel, *mSizesModel;
    QTableView *mView, *mSizesView;
};

} // namespace shopdesk::inventory
