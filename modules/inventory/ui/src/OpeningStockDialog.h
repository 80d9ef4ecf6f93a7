#pragma once

#include "shopdesk/inventory/PurchaseService.h"

#include <shopdesk/core/PanelContract.h>

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace shopdesk::inventory {

/// Opening stock (期初库存), as `shopdesk-cli stock opening` books it: what the shelves held when
/// the shop started its ledger in ShopDesk, from a count file (CSV or .xlsx: 条码, 数量) or from
/// the open stock-take, booked as opening entries in one transaction. SKUs that have moved in the
/// ledger already are refused unless the box "beside the movements already booked" is ticked.
/// A booking is not undoable (as an import): the dialog says what it will do before it does it.
class OpeningStockDialog : public QDialog {
    Q_OBJECT
public:
    OpeningStockDialog(const core::PanelContext &context, PurchaseService &service, QWidget *parent = nullptr);

    /// Books the opening stock as chosen; false (with the reason shown in the dialog) when refused.
    bool book();
    /// What the dialog says it booked, or why it refused.
    QLabel *outcome() const { return mOutcome; }

Q_SIGNALS:
    void stockChanged();

private:
    void chooseFile();
    void updateButtons();

    core::PanelContext mContext;
    PurchaseService &mService;
    qint64 mOpenCount = 0; ///< the open stock-take (0: none)
    QLabel *mIntro, *mOutcome;
    QRadioButton *mFromFile, *mFromCount;
    QLineEdit *mFile;
    QPushButton *mBrowse, *mBook;
    QCheckBox *mAlongside;
    QDialogButtonBox *mButtons;
};

} // namespace shopdesk::inventory
