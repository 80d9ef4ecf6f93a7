#include "PurchaseOrdersView.h"

#include "ReportError.h"
#include "TableState.h"
#include "commands/ReceivePurchaseOrderCommand.h"

#include <shopdesk/core/RecordTable.h>

#include <QCheckBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace shopdesk::inventory {

using core::ColumnKind;

PurchaseOrdersView::PurchaseOrdersView(
    const core::PanelContext &context, PurchaseService &service, QUndoStack *undoStack, QWidget *parent)
    : core::View(parent)
    , mContext(context)
    , mService(service)
    , mUndo(undoStack)
    , mTitle(new QLabel(this))
    , mDetail(new QLabel(this))
    , mOpenOnly(new QCheckBox(this))
    , mReceive(new QPushButton(this))
    , mRemove(new QPushButton(this))
{
    setObjectName(QStringLiteral("purchaseOrders"));
    mDetail->setObjectName(QStringLiteral("purchaseOrderDetail"));
    mDetail->setWordWrap(true);
    mOpenOnly->setObjectName(QStringLiteral("purchaseOrdersOpenOnly"));
    mReceive->setObjectName(QStringLiteral("receivePurchaseOrder"));
    mRemove->setObjectName(QStringLiteral("removePurchaseOrder"));
    mModel = new core::RecordTableModel(
        { { [] { return tr("Order no."); } }, { [] { return tr("Supplier"); } }, { [] { return tr("Ordered on"); } },
            { [] { return tr("Expected"); } }, { [] { return tr("Status"); } },
            { [] { return tr("Ordered"); }, ColumnKind::Integer },
            { [] { return tr("Received"); }, ColumnKind::Integer },
            { [] { return tr("Still owed"); }, ColumnKind::Integer },
            { [] { return tr("Value"); }, ColumnKind::Money } },
        this);
    mView
        = core::newRecordView(mModel, QStringLiteral("purchaseOrdersTable"), this, QAbstractItemView::SingleSelection);
    mLinesModel = new core::RecordTableModel(
        { { [] { return tr("Item code"); } }, { [] { return tr("Title"); } }, { [] { return tr("Colour"); } },
            { [] { return tr("Size"); } }, { [] { return tr("Barcode"); } },
            { [] { return tr("Ordered"); }, ColumnKind::Integer },
            { [] { return tr("Received"); }, ColumnKind::Integer },
            { [] { return tr("Still owed"); }, ColumnKind::Integer },
            { [] { return tr("Unit cost"); }, ColumnKind::Money } },
        this);
    mLinesView = core::newRecordView(mLinesModel, QStringLiteral("purchaseOrderLines"), this);
    auto *head = new QHBoxLayout;
    head->addWidget(mTitle, 1);
    head->addWidget(mOpenOnly);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mDetail, 1);
    buttons->addWidget(mRemove);
    buttons->addWidget(mReceive);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(mView, 2);
    layout->addLayout(buttons);
    layout->addWidget(mLinesView, 1);
    connect(mView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { select(current.row()); });
    connect(mOpenOnly, &QCheckBox::toggled, this, &PurchaseOrdersView::reload);
    connect(mReceive, &QPushButton::clicked, this, [this] {
        if (core::Status s = receiveOwed(); !s)
            reportError(mContext, s.errorMessage());
    });
    connect(mRemove, &QPushButton::clicked, this, [this] {
        if (core::Status s = removeSelected(); !s)
            reportError(mContext, s.errorMessage());
    });
    retranslateUi();
}

void PurchaseOrdersView::retranslateUi()
{
    mTitle->setText(tr("Purchase orders (采购单)"));
    mOpenOnly->setText(tr("Only those still owed"));
    mReceive->setText(tr("&Receive what is owed"));
    mRemove->setText(tr("&Delete order"));
    mModel->retranslate();
    mLinesModel->retranslate();
    reload();
}

void PurchaseOrdersView::reload()
{
    auto orders = mService.orders(mOpenOnly->isChecked());
    if (!orders) {
        reportError(mContext, orders.errorMessage());
        return;
    }
    mOrders = *orders;
    QList<QVariantList> rows;
    int selectedRow = -1;
    for (const PurchaseOrderState &o : mOrders) {
        if (o.order.id == mSelected)
            selectedRow = int(rows.size());
        rows.append({ o.order.poNo, o.supplierName, o.order.orderedOn.toString(Qt::ISODate),
            o.order.expectedOn.isValid() ? o.order.expectedOn.toString(Qt::ISODate) : QString(),
            PurchaseOrderState::statusText(o.status()), o.ordered(), o.received(), o.owed(), o.value().fen() });
    }
    mModel->setRows(rows);
    if (selectedRow < 0 && !mOrders.isEmpty())
        selectedRow = 0;
    if (selectedRow >= 0) {
        const QSignalBlocker block(mView->selectionModel());
        mView->setCurrentIndex(mModel->index(selectedRow, 0));
    }
    select(selectedRow);
}

void PurchaseOrdersView::select(int row)
{
    mSelected = row >= 0 && row < mOrders.size() ? mOrders.at(row).order.id : 0;
    showLines();
}

void PurchaseOrdersView::showLines()
{
    QList<QVariantList> rows;
    const PurchaseOrderState *order = nullptr;
    for (const PurchaseOrderState &o : std::as_const(mOrders))
        if (o.order.id == mSelected)
            order = &o;
    if (order)
        for (const PurchaseOrderLineState &l : order->lines)
            rows.append({ l.itemCode, l.itemTitle, l.color, l.size, l.barcode, l.line.quantity, l.received, l.owed(),
                l.line.unitCost.fen() });
    mLinesModel->setRows(rows);
    mDetail->setText(!order ? tr("No purchase order yet: make one from the reorder list.")
            : order->receivingNotes.isEmpty()
            ? tr("%1 from %2: nothing received yet; the supplier owes %3 piece(s).")
                  .arg(order->order.poNo, order->supplierName)
                  .arg(order->owed())
            : tr("%1 from %2: received in %3; the supplier still owes %4 piece(s).")
                  .arg(order->order.poNo, order->supplierName, order->receivingNotes.join(QStringLiteral(", ")))
                  .arg(order->owed()));
    mReceive->setEnabled(order && order->owed() > 0);
    mRemove->setEnabled(order && order->receivingNotes.isEmpty());
}

core::Status PurchaseOrdersView::pushed(QUndoCommand *command)
{
    mLast = {};
    mPushing = true;
    mUndo->push(command);
    mPushing = false;
    return mLast;
}

core::Status PurchaseOrdersView::receiveOwed()
{
    if (mSelected == 0)
        return core::Error { tr("Select a purchase order first.") };
    auto note = mService.owedNote(mSelected, QDate::currentDate());
    if (!note)
        return note.status();
    QString number;
    for (const PurchaseOrderState &o : std::as_const(mOrders))
        if (o.order.id == mSelected)
            number = o.order.poNo;
    return pushed(
        new ReceivePurchaseOrderCommand(mContext, mService, mSelected, number, *note, [this](const core::Status &s) {
            mLast = s;
            if (!mPushing && !s && !s.errorMessage().isEmpty())
                reportError(mContext, s.errorMessage());
            reload();
            Q_EMIT stockChanged();
        }));
}

core::Status PurchaseOrdersView::removeSelected()
{
    if (mSelected == 0)
        return core::Error { tr("Select a purchase order first.") };
    auto order = mService.order(mSelected);
    if (!order)
        return order.status();
    // Undo brings the same order back under its number.
    PurchaseOrder copy = order->order;
    copy.id = 0;
    for (const PurchaseOrderLineState &l : order->lines)
        copy.lines << l.line;
    auto id = std::make_shared<qint64>(mSelected);
    auto *command = new core::CallCommand([poNo = copy.poNo] { return tr("Delete purchase order %1").arg(poNo); },
        mContext.events, core::Topic::Stock, [this, id] { return mService.remove(*id); },
        [this, id, copy] {
            auto again = mService.create(copy);
            if (again)
                *id = *again;
            return again.status();
        });
    command->setDone([this](const core::Status &s) {
        mLast = s;
        if (!mPushing && !s && !s.errorMessage().isEmpty())
            reportError(mContext, s.errorMessage());
        reload();
        Q_EMIT stockChanged();
    });
    return pushed(command);
}

QByteArray PurchaseOrdersView::saveState() const { return saveTables({ mView, mLinesView }); }

void PurchaseOrdersView::restoreState(const QByteArray &state) { restoreTables(state, { mView, mLinesView }); }

} // namespace shopdesk::inventory
