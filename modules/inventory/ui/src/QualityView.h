#pragma once

#include "shopdesk/inventory/FaultyGoodsRepository.h"

#include <shopdesk/core/PanelContract.h>

#include <QWidget>

class QCheckBox;
class QComboBox;
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

/// Quality check and returns (质检 / 退货): faulty pieces scanned onto a supplier-exchange list,
/// booked out and printed in two copies; replacements scanned back in; closing puts what was not
/// replaced on the faulty-goods account. Buyers' returns: intact back into stock against the
/// order, damaged onto the same separate account, shown below.
class QualityView : public core::View {
    Q_OBJECT
public:
    QualityView(const core::PanelContext &context, QUndoStack *undoStack, QWidget *parent = nullptr);

    void reload() override;
    void retranslateUi() override;
    /// The tables' columns.
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    bool addFaulty(const QString &code, int quantity);
    /// Books the new list out of stock and, when `pdfPath` is given, prints it (two copies).
    core::Status bookOutExchange(const QString &pdfPath = {});
    /// Books the return typed in the returns form (undoable).
    /// Books one scanned replacement into the selected list.
    core::Status bookReplacement(const QString &code, int quantity = 1);
    core::Status closeSelectedExchange();
    core::Status bookReturn();

    QLineEdit *faultyScan() const { return mFaultyScan; }
    QLineEdit *replacementScan() const { return mReplacementScan; }

Q_SIGNALS:
    void stockChanged();

private:
    void showNewList();
    qint64 selectedExchange() const;
    void changed(const core::Status &s);

    core::PanelContext mContext;
    QUndoStack *mUndo;
    core::Status mLastReturn;
    QList<ExchangeLine> mNew;
    QList<SupplierExchange> mExchanges;
    QLabel *mExchangeTitle, *mSupplierLabel, *mScanLabel, *mReasonLabel, *mListsTitle, *mReplaceLabel, *mReturnTitle,
        *mOrderLabel, *mReturnSkuLabel, *mReturnQtyLabel, *mFaultyTitle;
    QComboBox *mSupplier;
    QLineEdit *mFaultyScan, *mReason, *mReplacementScan, *mOrderNo, *mReturnSku;
    QSpinBox *mReturnQty;
    QCheckBox *mIntact;
    QPushButton *mBookOut, *mClose, *mPrint, *mReturn;
    core::RecordTableModel *mNewModel, *mListsModel, *mFaultyModel;
    QTableView *mNewView, *mListsView, *mFaultyView;
};

} // namespace shopdesk::inventory
