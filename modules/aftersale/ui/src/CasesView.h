#pragma once

#include "shopdesk/aftersale/AftersaleService.h"

#include <shopdesk/core/PanelContract.h>
#include <shopdesk/core/RecordTable.h>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace shopdesk::aftersale {

/// The after-sale cases (售后单): the list (open ones only, or all), and the steps of the chosen
/// case — open a new one on an order, receive and inspect its goods, refund, send a replacement,
/// close (asked first) — each an undoable command making one service call.
class CasesView : public core::View {
    Q_OBJECT
public:
    CasesView(
        const core::PanelContext &context, AftersaleService &service, QUndoStack *undo, QWidget *parent = nullptr);

    void reload() override;
    QTableView *table() const { return mTable; }
    /// The case chosen in the list, if any.
    std::optional<Case> current() const;
    void select(const QString &caseNo);

    // The steps, as the buttons make them (tests call them directly with their answers).
    void openCase(const AftersaleService::OpenRequest &request);
    void receive(const QList<AftersaleService::Inspected> &pieces);
    void refund(core::Money amount);
    void resend(const AftersaleService::ResendRequest &request);
    /// Closes the chosen case; `ask`: ask first (the button does).
    void close(bool ask = true);
    /// Replaces the store's list of reasons (undoable).
    void editReasons(const QStringList &reasons);

    void openDialog();
    void receiveDialog();
    void refundDialog();
    void resendDialog();
    void reasonsDialog();

Q_SIGNALS:
    void casesChanged();

protected:
    void retranslateUi() override;

private:
    void push(class CaseCommand *command);
    void updateButtons();

    core::PanelContext mContext;
    AftersaleService &mService;
    QUndoStack *mUndo;
    QList<Case> mCases;
    core::RecordTableModel *mModel;
    QTableView *mTable;
    QCheckBox *mOpenOnly;
    QLabel *mSummary, *mDetail;
    QPushButton *mNew, *mReceive, *mRefund, *mResend, *mClose, *mReasons;
};

} // namespace shopdesk::aftersale
