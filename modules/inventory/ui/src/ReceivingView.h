#pragma once

#include "shopdesk/inventory/ReceivingRepository.h"

#include <shopdesk/core/ItemRepository.h>
#include <shopdesk/core/PanelContract.h>

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QUndoStack;

namespace shopdesk::core {
class RecordTableModel;
}

namespace shopdesk::inventory {

/// Receiving (入库): a new note (supplier, date, lines by scan or search, quantity, unit cost,
/// freight, paid, owed), posted in one go (undo reverses it); the notes so far, printable to PDF;
/// the supplier's account with payments.
class ReceivingView : public core::View {
    Q_OBJECT
public:
    ReceivingView(const core::PanelContext &context, QUndoStack *undoStack, QWidget *parent = nullptr);

    void reload() override;
    void retranslateUi() override;
    /// The tables' columns.
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    /// Adds `quantity` of the SKU with `code` to the new note (at `unitCost`, or the SKU's cost).
    bool addLine(const QString &code, int quantity, std::optional<core::Money> unitCost = {});
    void postNote();
    core::Status printNote(qint64 noteId, const QString &path);
    void recordPayment();

    QLineEdit *scanField() const { return mScan; }

Q_SIGNALS:
    void stockChanged();

private:
    struct Line {
        core::SkuRef sku;
        int quantity = 0;
        core::Money unitCost;
    };
    void showLines();
    void showAccount();
    std::optional<core::Money> money(QLineEdit *field) const;

    core::PanelContext mContext;
    QUndoStack *mUndo;
    QList<Line> mLines;
    QList<ReceivingNoteOverview> mNotes;
    bool mLastPostOk = false;

    QLabel *mNewTitle, *mSupplierLabel, *mDateLabel, *mNoLabel, *mScanLabel, *mQtyLabel, *mCostLabel, *mFreightLabel,
        *mPaidLabel, *mTotals, *mNotesTitle, *mAccountTitle, *mAccount, *mPayLabel;
    QComboBox *mSupplier;
    QDateEdit *mDate;
    QLineEdit *mNoteNo, *mScan, *mCost, *mFreight, *mPaid, *mPayAmount;
    QSpinBox *mQty;
    QPushButton *mRemove, *mPost, *mPdf, *mReverse, *mPay;
    core::RecordTableModel *mLinesModel, *mNotesModel, *mAccountModel;
    QTableView *mLinesView, *mNotesView, *mAccountView;
};

} // namespace shopdesk::inventory
