#pragma once

#include "shopdesk/aftersale/AftersaleService.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace shopdesk::aftersale {

/// Opening an after-sale case: the order, the kind and reason, and the lines the case is about —
/// each of the order's lines with the pieces concerned (all of them at first; 0 leaves the line
/// out), as `aftersale open --sku` takes them.
class OpenCaseDialog : public QDialog {
    Q_OBJECT
public:
    OpenCaseDialog(AftersaleService &service, QWidget *parent = nullptr);

    /// Shows the order's lines (as typing its number and leaving the field does).
    void setOrderNo(const QString &orderNo);
    QTableWidget *lines() const { return mLines; }
    /// The pieces chosen on line `row` (0 leaves it out).
    void setPieces(int row, int pieces);
    /// The request as the user filled it in; an error for a claim that is no amount or no line chosen.
    core::Result<AftersaleService::OpenRequest> request() const;

private:
    void loadLines();

    AftersaleService &mService;
    QLineEdit *mOrder, *mClaim, *mNote;
    QComboBox *mKind, *mReason;
    QTableWidget *mLines;
    QLabel *mLinesNote;
    std::optional<OrderForCase> mOrderFound;
};

} // namespace shopdesk::aftersale
