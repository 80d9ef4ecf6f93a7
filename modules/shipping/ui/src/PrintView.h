#pragma once

#include "ViewContext.h"

#include <shopdesk/core/PanelContract.h>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace shopdesk::shipping {

/// Printing the waybills (打印快递单): the layout (page size), copies, all unprinted orders or the
/// ones selected in the dispatch queue, and the reason for a reprint; to a preview, a printer or a
/// PDF. Every print is recorded on its orders.
class PrintView : public core::View {
    Q_OBJECT
public:
    enum class Target { Preview, Printer, Pdf };
    /// `selection` gives the orders selected in the dispatch queue.
    PrintView(const ViewContext &context, std::function<QList<ShipmentOrder>()> selection, QWidget *parent = nullptr);

    void reload() override { }
    QByteArray saveState() const override;
    void restoreState(const QByteArray &state) override;

    void print(Target target);

Q_SIGNALS:
    /// Waybills were printed (or written to a PDF): the queue's printed marks changed.
    void printed();

protected:
    void retranslateUi() override;

private:
    /// The orders to print: every unprinted one, or the queue's selection.
    std::optional<QList<ShipmentOrder>> ordersToPrint();

    ViewContext mContext;
    std::function<QList<ShipmentOrder>()> mSelection;
    QComboBox *mLayout;
    QSpinBox *mCopies;
    QCheckBox *mUnprintedOnly;
    QLineEdit *mReprintReason;
    QPushButton *mPreview, *mPrint, *mPdf;
    QLabel *mLayoutLabel, *mCopiesLabel, *mReasonLabel, *mPrintHint;
};

} // namespace shopdesk::shipping
