#include "ReceivingView.h"

#include "Printouts.h"
#include "ReportError.h"
#include "ScanInput.h"
#include "TableState.h"
#include "commands/PostReceivingCommand.h"

#include <shopdesk/core/FileDialog.h>
#include <shopdesk/core/FrontGate.h>
#include <shopdesk/core/RecordTable.h>
#include <shopdesk/inventory/StockListRepository.h>

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStringListModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shopdesk::inventory {

using core::ColumnKind;

ReceivingView::ReceivingView(
    const core::PanelContext &context, ReceivingService &service, QUndoStack *undoStack, QWidget *parent)
    : core::View(parent)
    , mContext(context)
    , mService(service)
    , mUndo(undoStack)
{
    setObjectName(QStringLiteral("receiving"));
    for (QLabel **l :
        { &mNewTitle, &mSupplierLabel, &mDateLabel, &mNoLabel, &mScanLabel, &mQtyLabel, &mCostLabel, &mFreightLabel,
            &mPaidLabel, &mTotals, &mNotesTitle, &mAccountTitle, &mAccount, &mPayLabel, &mNewSupplierAsk })
        *l = new QLabel(this);
    mTotals->setObjectName(QStringLiteral("receivingTotals"));
    mAccount->setObjectName(QStringLiteral("supplierAccount"));
    mAccount->setWordWrap(true);
    QFont bold = mNewTitle->font();
    bold.setBold(true);
    for (QLabel *l : { mNewTitle, mNotesTitle, mAccountTitle })
        l->setFont(bold);
    mSupplier = new QComboBox(this);
    mSupplier->setObjectName(QStringLiteral("receivingSupplier"));
    // A supplier not in the list yet is typed in and made on the spot when the note is posted.
    mSupplier->setEditable(true);
    mSupplier->setInsertPolicy(QComboBox::NoInsert);
    mNewSupplierAsk->setObjectName(QStringLiteral("newSupplierQuestion"));
    mCreateSupplier = new QPushButton(this);
    mCreateSupplier->setObjectName(QStringLiteral("createSupplierAndPost"));
    mCancelSupplier = new QPushButton(this);
    mNewSupplierBar = new QWidget(this);
    auto *askRow = new QHBoxLayout(mNewSupplierBar);
    askRow->setContentsMargins(0, 0, 0, 0);
    askRow->addWidget(mNewSupplierAsk, 1);
    askRow->addWidget(mCreateSupplier);
    askRow->addWidget(mCancelSupplier);
    mNewSupplierBar->hide();
    mDate = new QDateEdit(QDate::currentDate(), this);
    mDate->setCalendarPopup(true);
    mDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    mNoteNo = new QLineEdit(this);
    mNoteNo->setObjectName(QStringLiteral("receivingNoteNo"));
    mScan = new QLineEdit(this);
    mScan->setObjectName(QStringLiteral("receivingScan"));
    mQty = new QSpinBox(this);
    mQty->setObjectName(QStringLiteral("receivingQty"));
    mQty->setRange(1, 100000);
    mCost = new QLineEdit(this);
    mCost->setObjectName(QStringLiteral("receivingCost"));
    mFreight = new QLineEdit(this);
    mFreight->setObjectName(QStringLiteral("receivingFreight"));
    mPaid = new QLineEdit(this);
    mPaid->setObjectName(QStringLiteral("receivingPaid"));
    mPayAmount = new QLineEdit(this);
    mPayAmount->setObjectName(QStringLiteral("paymentAmount"));
    mRemove = new QPushButton(this);
    mPost = new QPushButton(this);
    mFromOrder = new QComboBox(this);
    mFromOrder->setObjectName(QStringLiteral("receivingFromOrder"));
    mFill = new QPushButton(this);
    mFill->setObjectName(QStringLiteral("receivingFillFromOrder"));
    mPost->setObjectName(QStringLiteral("postNote"));
    mPdf = new QPushButton(this);
    mPdf->setObjectName(QStringLiteral("notePdf"));
    mReverse = new QPushButton(this);
    mPay = new QPushButton(this);
    mPay->setObjectName(QStringLiteral("recordPayment"));

    mLinesModel = new core::RecordTableModel(
        { { [] { return tr("Item code"); }, ColumnKind::Text }, { [] { return tr("Title"); }, ColumnKind::Text },
            { [] { return tr("Colour"); }, ColumnKind::Text }, { [] { return tr("Size"); }, ColumnKind::Text },
            { [] { return tr("Barcode"); }, ColumnKind::Text }, { [] { return tr("Quantity"); }, ColumnKind::Integer },
            { [] { return tr("Unit cost"); }, ColumnKind::Money }, { [] { return tr("Amount"); }, ColumnKind::Money } },
        this);
    mNotesModel = new core::RecordTableModel(
        { { [] { return tr("Note no."); }, ColumnKind::Text }, { [] { return tr("Supplier"); }, ColumnKind::Text },
            { [] { return tr("Date"); }, ColumnKind::Text }, { [] { return tr("Pieces"); }, ColumnKind::Integer },
            { [] { return tr("Goods"); }, ColumnKind::Money }, { [] { return tr("Freight"); }, ColumnKind::Money },
            { [] { return tr("Paid"); }, ColumnKind::Money }, { [] { return tr("Owed"); }, ColumnKind::Money },
            { [] { return tr("Status"); }, ColumnKind::Text } },
        this);
    mAccountModel = new core::RecordTableModel(
        { { [] { return tr("Date"); }, ColumnKind::Text }, { [] { return tr("Reference"); }, ColumnKind::Text },
            { [] { return tr("Purchase"); }, ColumnKind::Money }, { [] { return tr("Payment"); }, ColumnKind::Money },
            { [] { return tr("Owed"); }, ColumnKind::Money } },
        this);
    mLinesView
        = core::newRecordView(mLinesModel, QStringLiteral("receivingLines"), this, QAbstractItemView::SingleSelection);
    mNotesView
        = core::newRecordView(mNotesModel, QStringLiteral("receivingNotes"), this, QAbstractItemView::SingleSelection);
    mAccountView = core::newRecordView(
        mAccountModel, QStringLiteral("supplierAccountLines"), this, QAbstractItemView::SingleSelection);

    // A new note.
    auto *form = new QGridLayout;
    form->addWidget(mSupplierLabel, 0, 0);
    form->addWidget(mSupplier, 0, 1);
    form->addWidget(mDateLabel, 0, 2);
    form->addWidget(mDate, 0, 3);
    form->addWidget(mNoLabel, 0, 4);
    form->addWidget(mNoteNo, 0, 5);
    form->addWidget(mScanLabel, 1, 0);
    form->addWidget(mScan, 1, 1);
    form->addWidget(mQtyLabel, 1, 2);
    form->addWidget(mQty, 1, 3);
    form->addWidget(mCostLabel, 1, 4);
    form->addWidget(mCost, 1, 5);
    form->addWidget(mFromOrder, 2, 1, 1, 3);
    form->addWidget(mFill, 2, 4, 1, 2);
    form->setColumnStretch(1, 2);
    form->setColumnStretch(5, 1);
    auto *moneyRow = new QHBoxLayout;
    moneyRow->addWidget(mFreightLabel);
    moneyRow->addWidget(mFreight);
    moneyRow->addWidget(mPaidLabel);
    moneyRow->addWidget(mPaid);
    moneyRow->addWidget(mTotals, 1);
    moneyRow->addWidget(mRemove);
    moneyRow->addWidget(mPost);
    auto *newBox = new QWidget(this);
    auto *newLayout = new QVBoxLayout(newBox);
    newLayout->setContentsMargins(0, 0, 0, 0);
    newLayout->addWidget(mNewTitle);
    newLayout->addLayout(form);
    newLayout->addWidget(mNewSupplierBar);
    newLayout->addWidget(mLinesView, 1);
    newLayout->addLayout(moneyRow);

    auto *notesBox = new QWidget(this);
    auto *notesLayout = new QVBoxLayout(notesBox);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    auto *notesHead = new QHBoxLayout;
    notesHead->addWidget(mNotesTitle, 1);
    notesHead->addWidget(mPdf);
    notesHead->addWidget(mReverse);
    notesLayout->addLayout(notesHead);
    notesLayout->addWidget(mNotesView, 1);

    auto *accountBox = new QWidget(this);
    auto *accountLayout = new QVBoxLayout(accountBox);
    accountLayout->setContentsMargins(0, 0, 0, 0);
    accountLayout->addWidget(mAccountTitle);
    accountLayout->addWidget(mAccount);
    accountLayout->addWidget(mAccountView, 1);
    auto *pay = new QHBoxLayout;
    pay->addWidget(mPayLabel);
    pay->addWidget(mPayAmount, 1);
    pay->addWidget(mPay);
    accountLayout->addLayout(pay);

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(notesBox);
    bottom->addWidget(accountBox);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(newBox);
    split->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    // Search by item code, title, colour or size: the completion puts the barcode first.
    auto *completer = new QCompleter(new QStringListModel(this), this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    mScan->setCompleter(completer);
    // The SKUs offered are searched in SQL as the user types (a shop may hold 100,000 SKUs); the
    // completer then shows them (it completes after textEdited's slots ran).
    connect(mScan, &QLineEdit::textEdited, this, [this, completer](const QString &text) {
        QStringList entries;
        if (text.trimmed().size() >= 2) {
            core::RowWindow w;
            w.limit = 30;
            if (auto rows = StockListRepository(mContext.db).window(text, w))
                for (const QVariantList &r : *rows)
                    entries << QStringLiteral("%1 %2 %3 %4/%5")
                                   .arg(r.at(StockListRepository::Barcode).toString(),
                                       r.at(StockListRepository::Code).toString(),
                                       r.at(StockListRepository::Title).toString(),
                                       r.at(StockListRepository::Color).toString(),
                                       r.at(StockListRepository::Size).toString());
        }
        static_cast<QStringListModel *>(completer->model())->setStringList(entries);
    });

    connect(mScan, &QLineEdit::returnPressed, this, [this] {
        const ScanInput input = ScanInput::parse(mScan->text().section(QLatin1Char(' '), 0, 0));
        mScan->clear();
        if (input.kind == ScanInput::Kind::Multiplier)
            mQty->setValue(input.quantity);
        else if (input.kind == ScanInput::Kind::Code)
            addLine(input.code, input.quantity != 1 ? input.quantity : mQty->value(), money(mCost));
        mScan->setFocus();
    });
    connect(mRemove, &QPushButton::clicked, this, [this] {
        const int row = mLinesView->currentIndex().row();
        if (row >= 0 && row < mLines.size()) {
            mLines.removeAt(row);
            if (mLines.isEmpty()) { // an emptied note no longer receives the order
                mPurchaseOrder = 0;
                mOrderState.reset();
            }
            showLines();
        }
    });
    connect(mFreight, &QLineEdit::textChanged, this, &ReceivingView::showLines);
    connect(mPaid, &QLineEdit::textChanged, this, &ReceivingView::showLines);
    connect(mPost, &QPushButton::clicked, this, &ReceivingView::postNote);
    connect(mFill, &QPushButton::clicked, this, [this] {
        if (const qint64 id = mFromOrder->currentData().toLongLong(); id > 0)
            if (core::Status s = fillFromPurchaseOrder(id); !s)
                reportError(mContext, s.errorMessage());
    });
    connect(mPdf, &QPushButton::clicked, this, [this] {
        const int row = mNotesView->currentIndex().row();
        if (row < 0 || row >= mNotes.size())
            return;
        const QString path = core::FileDialog::getSaveFileName(
            this, tr("Save the receiving note"), mNotes[row].note.noteNo + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            if (core::Status s = printNote(mNotes[row].note.id, path); !s)
                reportError(mContext, s.errorMessage());
    });
    connect(mReverse, &QPushButton::clicked, this, [this] {
        const int row = mNotesView->currentIndex().row();
        if (row < 0 || row >= mNotes.size())
            return;
        if (core::Status s = mService.reverse(mNotes[row].note.id, mContext.actor); !s)
            reportError(mContext, s.errorMessage());
        reload();
        mContext.events.notifyChanged(core::Topic::Stock);
        Q_EMIT stockChanged();
    });
    connect(mSupplier, &QComboBox::currentIndexChanged, this, &ReceivingView::showAccount);
    connect(mSupplier, &QComboBox::editTextChanged, this, [this] {
        mNewSupplierBar->hide();
        mPendingSupplier.clear();
        showLines();
    });
    connect(mCreateSupplier, &QPushButton::clicked, this, &ReceivingView::confirmNewSupplier);
    connect(mCancelSupplier, &QPushButton::clicked, this, [this] {
        mNewSupplierBar->hide();
        mPendingSupplier.clear();
    });
    connect(mPay, &QPushButton::clicked, this, &ReceivingView::recordPayment);
    mNotesGate = new core::FrontGate(this, [this] { reload(); });
    retranslateUi();
}

void ReceivingView::retranslateUi()
{
    mNewTitle->setText(tr("New receiving note"));
    mSupplierLabel->setText(tr("Supplier:"));
    mDateLabel->setText(tr("Date:"));
    mNoLabel->setText(tr("Note number:"));
    mScanLabel->setText(tr("Scan or search:"));
    mScan->setPlaceholderText(tr("Barcode, or item code / title / colour / size, then Enter"));
    mQtyLabel->setText(tr("Quantity:"));
    mCostLabel->setText(tr("Unit cost:"));
    mCost->setPlaceholderText(tr("the item's cost"));
    mFreightLabel->setText(tr("Freight:"));
    mPaidLabel->setText(tr("Paid:"));
    mRemove->setText(tr("Remove &line"));
    mPost->setText(tr("&Post note"));
    mFill->setText(tr("&Fill from purchase order (采购单)"));
    mNotesTitle->setText(tr("Receiving notes"));
    mPdf->setText(tr("Print to P&DF…"));
    mReverse->setText(tr("Re&verse note"));
    mAccountTitle->setText(tr("Supplier account"));
    mPayLabel->setText(tr("Payment:"));
    mPay->setText(tr("Record pa&yment"));
    mCreateSupplier->setText(tr("Create &and post"));
    mCancelSupplier->setText(tr("&Cancel"));
    if (!mPendingSupplier.isEmpty())
        askNewSupplier(mPendingSupplier);
    for (core::RecordTableModel *m : { mLinesModel, mNotesModel, mAccountModel })
        m->retranslate();
    reload();
}

void ReceivingView::reload()
{
    const qint64 supplier = mSupplier->currentData().toLongLong();
    {
        const QSignalBlocker block(mSupplier);
        mSupplier->clear();
        if (auto suppliers = mService.suppliers())
            for (const core::Supplier &s : *suppliers)
                mSupplier->addItem(s.name, s.id);
        mSupplier->setCurrentIndex(qMax(0, mSupplier->findData(supplier)));
    }
    {
        const qint64 chosen = mFromOrder->currentData().toLongLong();
        const QSignalBlocker block(mFromOrder);
        mFromOrder->clear();
        if (auto open = mService.openPurchaseOrders())
            for (const PurchaseOrderState &o : *open)
                mFromOrder->addItem(
                    tr("%1 · %2 · still owed %3").arg(o.order.poNo, o.supplierName).arg(o.owed()), o.order.id);
        mFromOrder->setCurrentIndex(qMax(0, mFromOrder->findData(chosen)));
        mFill->setEnabled(mFromOrder->count() > 0);
    }
    if (mNoteNo->text().isEmpty())
        if (auto no = mService.nextNoteNo(mDate->date()))
            mNoteNo->setText(*no);
    // Behind another tab the notes wait: they are read when it comes to the front.
    if (mNotesGate && mNotesGate->isOpen()) {
        auto notes = mService.overview();
        if (!notes) {
            reportError(mContext, notes.errorMessage());
            return;
        }
        mNotes = *notes;
        QList<QVariantList> rows;
        for (const ReceivingNoteOverview &o : mNotes) {
            const QString status = o.note.status == QLatin1String("posted") ? tr("posted")
                : o.note.status == QLatin1String("reversed")                ? tr("reversed")
                                                                            : tr("draft");
            rows.append({ o.note.noteNo, o.supplierName, o.note.receivedOn.toString(QStringLiteral("yyyy-MM-dd")),
                o.pieces, o.goods.fen(), o.note.freight.fen(), o.note.paid.fen(), o.owed().fen(), status });
        }
        mNotesModel->setRows(rows);
    }
    showLines();
    showAccount();
}

std::optional<core::Money> ReceivingView::money(QLineEdit *field) const
{
    if (field->text().trimmed().isEmpty())
        return std::nullopt;
    auto m = core::Money::parse(field->text());
    return m ? std::optional<core::Money>(*m) : std::nullopt;
}

bool ReceivingView::addLine(const QString &code, int quantity, std::optional<core::Money> unitCost)
{
    auto sku = mService.sku(code.trimmed());
    if (!sku || !*sku) {
        reportError(mContext, sku ? tr("No SKU has the barcode “%1”.").arg(code.trimmed()) : sku.errorMessage());
        return false;
    }
    const core::Money cost = unitCost.value_or((*sku)->cost);
    for (Line &l : mLines)
        if (l.sku.sku.id == (*sku)->sku.id && l.unitCost == cost) {
            l.quantity += quantity;
            showLines();
            return true;
        }
    mLines.append({ **sku, quantity, cost });
    mQty->setValue(1);
    showLines();
    return true;
}

void ReceivingView::showLines()
{
    QList<QVariantList> rows;
    core::Money goods;
    for (const Line &l : mLines) {
        const core::Money amount = l.unitCost * l.quantity;
        goods += amount;
        rows.append({ l.sku.itemCode, l.sku.itemTitle, l.sku.sku.color, l.sku.sku.size, l.sku.sku.barcode, l.quantity,
            l.unitCost.fen(), amount.fen() });
    }
    mLinesModel->setRows(rows);
    const core::Money freight = money(mFreight).value_or(core::Money());
    const core::Money paid = money(mPaid).value_or(core::Money());
    QString totals = tr("Goods %1 + freight %2 = %3 · paid %4 · owed %5")
                         .arg(goods.toDisplayString(), freight.toDisplayString(), (goods + freight).toDisplayString(),
                             paid.toDisplayString(), (goods + freight - paid).toDisplayString());
    if (mPurchaseOrder && mOrderState) {
        qint64 receiving = 0;
        for (const Line &l : mLines)
            receiving += l.quantity;
        totals += QLatin1Char('\n')
            + tr("From purchase order %1: after this note the supplier still owes %2 piece(s).")
                  .arg(mOrderState->order.poNo)
                  .arg(std::max<qint64>(0, mOrderState->owed() - receiving));
    }
    mTotals->setText(totals);
    mPost->setEnabled(!mLines.isEmpty() && !mSupplier->currentText().trimmed().isEmpty());
}

void ReceivingView::postNote()
{
    if (mLines.isEmpty())
        return;
    const QString name = mSupplier->currentText().trimmed();
    if (name.isEmpty()) {
        reportError(mContext, tr("Choose the supplier or type the name of a new one."));
        return;
    }
    const int index = mSupplier->findText(name, Qt::MatchExactly);
    if (index < 0) {
        // An archived supplier is not offered, but it exists: say so rather than offer to create it.
        const auto archived = mService.isArchivedSupplier(name);
        if (!archived) {
            reportError(mContext, archived.errorMessage());
            return;
        }
        if (*archived) {
            reportError(mContext, ReceivingService::archivedMessage(name));
            return;
        }
        askNewSupplier(name);
        return;
    }
    pushNote(mSupplier->itemData(index).toLongLong(), {});
}

void ReceivingView::askNewSupplier(const QString &name)
{
    mPendingSupplier = name;
    mNewSupplierAsk->setText(tr("New supplier “%1”: create it and post the note?").arg(name));
    mNewSupplierBar->show();
    mCreateSupplier->setFocus();
}

void ReceivingView::confirmNewSupplier()
{
    if (mPendingSupplier.isEmpty())
        return;
    const QString name = mPendingSupplier;
    mPendingSupplier.clear();
    mNewSupplierBar->hide();
    pushNote(0, name);
    if (mLastPostOk) {
        const QSignalBlocker block(mSupplier);
        mSupplier->setCurrentIndex(qMax(0, mSupplier->findText(name, Qt::MatchExactly)));
        showAccount();
    }
}

void ReceivingView::pushNote(qint64 supplierId, const QString &newSupplier)
{
    ReceivingNote note;
    note.noteNo = mNoteNo->text().trimmed();
    note.supplierId = supplierId;
    note.receivedOn = mDate->date();
    note.freight = money(mFreight).value_or(core::Money());
    note.paid = money(mPaid).value_or(core::Money());
    note.actor = mContext.actor;
    for (const Line &l : mLines)
        note.lines.append({ l.sku.sku.id, l.quantity, l.unitCost });
    if (mPurchaseOrder)
        note.purchaseOrderId = mPurchaseOrder;
    mLastPostOk = false;
    mUndo->push(new PostReceivingCommand(
        mContext, mService, note, mContext.actor,
        [this](const core::Status &s) {
            mLastPostOk = s.ok();
            if (!s && !s.errorMessage().isEmpty())
                reportError(mContext, s.errorMessage());
            reload();
            mContext.events.notifyChanged(core::Topic::Stock);
            Q_EMIT stockChanged();
        },
        newSupplier));
    if (mLastPostOk) {
        mLines.clear();
        mPurchaseOrder = 0;
        mOrderState.reset();
        mNoteNo->clear();
        mFreight->clear();
        mPaid->clear();
        reload();
    }
}

core::Status ReceivingView::fillFromPurchaseOrder(qint64 id)
{
    auto order = mService.purchaseOrder(id);
    if (!order)
        return order.status();
    const int supplier = mSupplier->findData(order->order.supplierId);
    if (supplier < 0)
        return core::Error { ReceivingService::archivedMessage(order->supplierName) };
    QList<Line> lines;
    for (const PurchaseOrderLineState &l : order->lines) {
        if (l.owed() == 0)
            continue;
        auto sku = mService.sku(l.barcode);
        if (!sku)
            return sku.status();
        if (!*sku)
            return core::Error { tr("No SKU has the barcode “%1”.").arg(l.barcode) };
        lines.append({ **sku, int(l.owed()), l.line.unitCost });
    }
    if (lines.isEmpty())
        return core::Error { tr("Purchase order %1 is received in full.").arg(order->order.poNo) };
    mSupplier->setCurrentIndex(supplier);
    mLines = lines;
    mPurchaseOrder = id;
    mOrderState = *order;
    showLines();
    return {};
}

core::Status ReceivingView::printNote(qint64 noteId, const QString &path)
{
    for (const ReceivingNoteOverview &o : mNotes) {
        if (o.note.id != noteId)
            continue;
        auto details = mService.lineDetails(noteId);
        if (!details)
            return details.status();
        QList<PrintedLine> lines;
        for (const ReceivingLineDetail &d : *details)
            lines.append({ d.itemCode, d.itemTitle, d.color, d.size, d.barcode, d.line.quantity, d.line.unitCost });
        return Printouts::receivingNotePdf(
            path, o.note, o.supplierName, lines, core::ShopSettings(mContext.db).value(core::ShopSettings::kShopName));
    }
    return core::Error { tr("There is no receiving note number %1.").arg(noteId) };
}

void ReceivingView::showAccount()
{
    const qint64 supplier = mSupplier->currentData().toLongLong();
    if (supplier == 0) {
        mAccountModel->setRows({});
        mAccount->clear();
        return;
    }
    auto a = mService.account(supplier);
    if (!a) {
        reportError(mContext, a.errorMessage());
        return;
    }
    QList<QVariantList> rows;
    for (const SupplierAccountLine &l : a->lines)
        rows.append({ l.on.toString(QStringLiteral("yyyy-MM-dd")), l.reference,
            l.purchase.fen() ? QVariant(l.purchase.fen()) : QVariant(),
            l.payment.fen() ? QVariant(l.payment.fen()) : QVariant(), l.owed.fen() });
    mAccountModel->setRows(rows);
    mAccount->setText(tr("%1: purchases %2, payments %3, owed %4; %5 unreplaced faulty piece(s) worth %6.")
                          .arg(a->supplierName, a->purchases.toDisplayString(), a->payments.toDisplayString(),
                              a->owed().toDisplayString())
                          .arg(a->unreplacedPieces)
                          .arg(a->unreplacedValue.toDisplayString()));
}

void ReceivingView::recordPayment()
{
    const auto amount = money(mPayAmount);
    if (!amount) {
        reportError(mContext, tr("“%1” is not an amount like 35.50.").arg(mPayAmount->text()));
        return;
    }
    auto id
        = mService.addPayment(mSupplier->currentData().toLongLong(), QDate::currentDate(), *amount, {}, mContext.actor);
    if (!id)
        reportError(mContext, id.errorMessage());
    mPayAmount->clear();
    showAccount();
}

QByteArray ReceivingView::saveState() const { return saveTables({ mLinesView, mNotesView, mAccountView }); }

void ReceivingView::restoreState(const QByteArray &state)
{
    restoreTables(state, { mLinesView, mNotesView, mAccountView });
}

} // namespace shopdesk::inventory
