#pragma once

#include "shopdesk/inventory/ReceivingService.h"

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
class FrontGate;
class RecordTableModel;
} // namespace shopdesk::core

namespace shopdesk::inventory {

/// Receiving (入库): a new note (supplier, date, lines by scan or search, quantity, unit cost,
/// freight, paid, owed), posted in one go (undo reverses it); the notes so far, printable to PDF;
/// the supplier's account with payments.
class ReceivingView : public core::View {
    Q_OBJECT
public:
    ReceivingView(
        const core::PanelContext &context, ReceivingService &service, QUndoStack *undoStack, QWidget *parent = nullptr);

    void reload() override;
    void retranslateUi() override;
    /// The tables' columns.
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    /// Adds `quantity` of the SKU with `code` to the new note (at `unitCost`, or the SKU's cost).
    bool addLine(const QString &code, int quantity, std::optional<core::Money> unitCost = {});
    /// Posts the new note. A supplier name typed that no supplier has yet is asked about first
    /// (inline, under the form): newSupplierQuestion() shows, and confirmNewSupplier() posts.
    void postNote();
    /// Creates the supplier asked about and posts the note from it (one undoable step).
    void confirmNewSupplier();
    /// The inline question "New supplier “X”: create it and post the note?"; hidden when none.
    QLabel *newSupplierQuestion() const { return mNewSupplierAsk; }
    core::Status printNote(qint64 noteId, const QString &path);
    /// Fills the new note from purchase order `id` (采购单): its supplier and every line still owed
    /// at its full quantity and the order's cost; the note is then received against the order.
    /// Lines may be removed or changed before posting, as for any note.
    core::Status fillFromPurchaseOrder(qint64 id);
    /// The order the new note receives (0: none).
    qint64 purchaseOrder() const { return mPurchaseOrder; }
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
    void pushNote(qint64 supplierId, const QString &newSupplier);
    void askNewSupplier(const QString &name);

    core::PanelContext mContext;
    ReceivingService &mService;
    QUndoStack *mUndo;
    QList<Line> mLines;
    QList<ReceivingNoteOverview> mNotes;
    bool mLastPostOk = false;
    QString mPendingSupplier; ///< the new supplier asked about
    qint64 mPurchaseOrder = 0; ///< the purchase order the new note receives
    std::optional<PurchaseOrderState> mOrderState;
    QComboBox *mFromOrder;
    QPushButton *mFill;
    QWidget *mNewSupplierBar;

    QLabel *mNewTitle, *mSupplierLabel, *mDateLabel, *mNoLabel, *mScanLabel, *mQtyLabel, *mCostLabel, *mFreightLabel,
        *mPaidLabel, *mTotals, *mNotesTitle, *mAccountTitle, *mAccount, *mPayLabel, *mNewSupplierAsk;
    QComboBox *mSupplier;
    QDateEdit *mDate;
    QLineEdit *mNoteNo, *mScan, *mCost, *mFreight, *mPaid, *mPayAmount;
    QSpinBox *mQty;
    QPushButton *mRemove, *mPost, *mPdf, *mReverse, *mPay, *mCreateSupplier, *mCancelSupplier;
    core::RecordTableModel *mLinesModel, *mNotesModel, *mAccountModel;
    /// The notes (a year's, with their lines added up) are read when the view first comes to the front.
    core::FrontGate *mNotesGate = nullptr;
    QTableView *mLinesView, *mNotesView, *mAccountView;
};

} // namespace shopdesk::inventory
