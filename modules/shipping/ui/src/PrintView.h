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
class QTableWidget;

namespace shopdesk::shipping {

/// Printing the waybills (打印快递单): the layout (page size), copies, all unprinted orders or the
/// ones selected in the dispatch queue, and the reason for a reprint; to a preview, a printer or a
/// PDF. Every print is recorded on its orders. A batch prints what can print and lists the orders
/// it left out, with why (ShippingService::planJob); the queue's selection stays as it was. 从号段分配
/// numbers the selected orders only, after saying how many and which numbers it will use.
/// Replacement parcels (补发: an exchange's new goods, a lost parcel sent again) waiting to leave are
/// listed under the buttons with their order number; they print with the unprinted orders, or
/// when selected in that list, on the same waybill layout, and a reprint asks for its reason.
class PrintView : public core::View {
    Q_OBJECT
public:
    enum class Target { Preview, Printer, Pdf };
    /// `selection` gives the orders selected in the dispatch queue.
    PrintView(const ViewContext &context, std::function<QList<ShipmentOrder>()> selection, QWidget *parent = nullptr);

    /// Re-reads the replacement parcels waiting to leave.
    void reload() override;
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
    /// Asks the user for a text (title, question); empty when cancelled. An input dialog unless a
    /// test replaces it.
    using AskText = std::function<QString(const QString &, const QString &)>;
    void setAskText(AskText ask) { mAskText = std::move(ask); }
    /// The list of replacement parcels waiting to leave.
    QTableWidget *parcelList() const { return mParcels; }
    /// Selects the replacement parcels with these tracking numbers in the list, and those only.
    void selectParcels(const QStringList &trackingNos);

Q_SIGNALS:
    /// Waybills were printed (or written to a PDF): the queue's printed marks changed.
    void printed();

protected:
    void retranslateUi() override;

private:
    /// The orders to print: every unprinted one (and every replacement parcel never printed), or
    /// the queue's selection (and the parcels selected in the list).
    std::optional<QList<ShipmentOrder>> ordersToPrint();
    /// Fills the parcel list from mWaiting.
    void showParcels();
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
    QLabel *mLayoutLabel, *mCopiesLabel, *mReasonLabel, *mPrintHint, *mSkipped, *mParcelsLabel;
    QTableWidget *mParcels;
    QList<ShipmentOrder> mWaiting; ///< the replacement parcels in the list, in its order
    Ask mAsk;
    AskText mAskText;
};

} // namespace shopdesk::shipping
