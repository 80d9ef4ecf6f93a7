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
/// PDF. Every print is recorded on its orders. A batch prints what can print and lists the orders
/// it left out, with why (ShippingService::planJob); the queue's selection stays as it was. 从号段分配
/// numbers the selected orders only, after saying how many and which numbers it will use.
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
    /// Prints the batch to a PDF at `path` (what print(Target::Pdf) does once the file is chosen).
    void savePdf(const QString &path);
    /// Numbers the orders selected in the queue from their couriers' ranges (从号段分配), after
    /// asking; one undoable edit.
    void assignFromRange();
    /// Asks the user a yes/no question (title, text); a message box unless a test replaces it.
    using Ask = std::function<bool(const QString &, const QString &)>;
    void setAsk(Ask ask) { mAsk = std::move(ask); }

Q_SIGNALS:
    /// Waybills were printed (or written to a PDF): the queue's printed marks changed.
    void printed();

protected:
    void retranslateUi() override;

private:
    /// The orders to print: every unprinted one, or the queue's selection.
    std::optional<QList<ShipmentOrder>> ordersToPrint();
    /// The batch as it will print (the skipped orders shown), or nothing (reported) when none can.
    std::optional<ShippingService::PrintPlan> plan(bool record);
    /// Shows the orders a batch left out (or clears the list).
    void showSkipped(const QList<ShippingService::Skipped> &skipped);

    ViewContext mContext;
    std::function<QList<ShipmentOrder>()> mSelection;
    QComboBox *mLayout;
    QSpinBox *mCopies;
    QCheckBox *mUnprintedOnly;
    QLineEdit *mReprintReason;
    QPushButton *mPreview, *mPrint, *mPdf, *mAssign;
    QLabel *mLayoutLabel, *mCopiesLabel, *mReasonLabel, *mPrintHint, *mSkipped;
    Ask mAsk;
};

} // namespace shopdesk::shipping
