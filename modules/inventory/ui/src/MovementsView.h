#pragma once

#include "shopdesk/inventory/StockService.h"

#include <shopdesk/core/PanelContract.h>
#include <shopdesk/core/Records.h>

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QUndoStack;

namespace shopdesk::core {
class RecordTableModel;
}

namespace shopdesk::inventory {

/// One SKU's movement history (出入库明细): every ledger row with the running balance, filtered by
/// kind and date; a selected movement can be reversed (a compensating row; undo reverses that).
class MovementsView : public core::View {
    Q_OBJECT
public:
    MovementsView(
        const core::PanelContext &context, StockService &stock, QUndoStack *undoStack, QWidget *parent = nullptr);

    void showSku(const QString &barcode);
    void reload() override;
    void retranslateUi() override;
    void reverseSelected();
    /// Puts the cursor in the SKU field.
    void focusSku();
    /// The kind filter and the table's columns.
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    QTableView *table() const { return mTable; }
    QComboBox *kindFilter() const { return mKind; }
    QDateEdit *fromDate() const { return mFrom; }
    QDateEdit *toDate() const { return mTo; }

Q_SIGNALS:
    void stockChanged();

private:
    core::PanelContext mContext;
    StockService &mStock;
    QUndoStack *mUndo;
    QList<core::StockMove> mShownMoves;
    QLabel *mSkuLabel, *mKindLabel, *mFromLabel, *mToLabel, *mSummary;
    QLineEdit *mSku;
    QComboBox *mKind;
    QDateEdit *mFrom, *mTo;
    QPushButton *mReverse;
    core::RecordTableModel *mModel;
    QTableView *mTable;
};

} // namespace shopdesk::inventory
