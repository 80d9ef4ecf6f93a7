#include "QualityView.h"

#include "Printouts.h"
#include "ReportError.h"
#include "ScanInput.h"
#include "TableState.h"
#include "commands/BookReturnCommand.h"

#include <shopdesk/core/FileDialog.h>
#include <shopdesk/core/RecordTable.h>

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shopdesk::inventory {

using core::ColumnKind;

QualityView::QualityView(
    const core::PanelContext &context, QualityService &service, QUndoStack *undoStack, QWidget *parent)
    : core::View(parent)
    , mContext(context)
    , mService(service)
    , mUndo(undoStack)
{
    setObjectName(QStringLiteral("quality"));
    for (QLabel **l : { &mExchangeTitle, &mSupplierLabel, &mScanLabel, &mReasonLabel, &mListsTitle, &mReplaceLabel,
             &mReturnTitle, &mOrderLabel, &mReturnSkuLabel, &mReturnQtyLabel, &mFaultyTitle })
        *l = new QLabel(this);
    QFont bold = mExchangeTitle->font();
    bold.setBold(true);
    for (QLabel *l : { mExchangeTitle, mListsTitle, mReturnTitle, mFaultyTitle })
        l->setFont(bold);
    mSupplier = new QComboBox(this);
    mSupplier->setObjectName(QStringLiteral("exchangeSupplier"));
    mFaultyScan = new QLineEdit(this);
    mFaultyScan->setObjectName(QStringLiteral("faultyScan"));
    mReason = new QLineEdit(this);
    mReason->setObjectName(QStringLiteral("faultReason"));
    mReplacementScan = new QLineEdit(this);
    mReplacementScan->setObjectName(QStringLiteral("replacementScan"));
    mOrderNo = new QLineEdit(this);
    mOrderNo->setObjectName(QStringLiteral("returnOrder"));
    mReturnSku = new QLineEdit(this);
    mReturnSku->setObjectName(QStringLiteral("returnSku"));
    mReturnQty = new QSpinBox(this);
    mReturnQty->setObjectName(QStringLiteral("returnQty"));
    mReturnQty->setRange(1, 1000);
    mIntact = new QCheckBox(this);
    mIntact->setObjectName(QStringLiteral("returnIntact"));
    mIntact->setChecked(true);
    mBookOut = new QPushButton(this);
    mBookOut->setObjectName(QStringLiteral("bookOutExchange"));
    mClose = new QPushButton(this);
    mClose->setObjectName(QStringLiteral("closeExchange"));
    mPrint = new QPushButton(this);
    mReturn = new QPushButton(this);
    mReturn->setObjectName(QStringLiteral("bookReturn"));
    mNewModel = new core::RecordTableModel(
        { { [] { return tr("Item code"); }, ColumnKind::Text }, { [] { return tr("Colour"); }, ColumnKind::Text },
            { [] { return tr("Size"); }, ColumnKind::Text }, { [] { return tr("Quantity"); }, ColumnKind::Integer },
            { [] { return tr("Fault"); }, ColumnKind::Text } },
        this);
    mListsModel = new core::RecordTableModel(
        { { [] { return tr("List"); }, ColumnKind::Text }, { [] { return tr("Supplier"); }, ColumnKind::Text },
            { [] { return tr("Date"); }, ColumnKind::Text }, { [] { return tr("Pieces"); }, ColumnKind::Integer },
            { [] { return tr("Replaced"); }, ColumnKind::Integer }, { [] { return tr("Status"); }, ColumnKind::Text } },
        this);
    mFaultyModel = new core::RecordTableModel(
        { { [] { return tr("Item code"); }, ColumnKind::Text }, { [] { return tr("Colour"); }, ColumnKind::Text },
            { [] { return tr("Size"); }, ColumnKind::Text }, { [] { return tr("Barcode"); }, ColumnKind::Text },
            { [] { return tr("Source"); }, ColumnKind::Text }, { [] { return tr("Pieces"); }, ColumnKind::Integer },
            { [] { return tr("Value"); }, ColumnKind::Money } },
        this);
    mNewView
        = core::newRecordView(mNewModel, QStringLiteral("exchangeLines"), this, QAbstractItemView::SingleSelection);
    mListsView
        = core::newRecordView(mListsModel, QStringLiteral("exchangeLists"), this, QAbstractItemView::SingleSelection);
    mFaultyView
        = core::newRecordView(mFaultyModel, QStringLiteral("faultyAccount"), this, QAbstractItemView::SingleSelection);

    auto *grid = new QGridLayout(this);
    // Left: the quality check.
    auto *left = new QVBoxLayout;
    left->addWidget(mExchangeTitle);
    auto *row1 = new QHBoxLayout;
    row1->addWidget(mSupplierLabel);
    row1->addWidget(mSupplier, 1);
    left->addLayout(row1);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(mScanLabel);
    row2->addWidget(mFaultyScan, 2);
    row2->addWidget(mReasonLabel);
    row2->addWidget(mReason, 1);
    left->addLayout(row2);
    left->addWidget(mNewView, 1);
    left->addWidget(mBookOut);
    left->addWidget(mListsTitle);
    left->addWidget(mListsView, 1);
    auto *row3 = new QHBoxLayout;
    row3->addWidget(mReplaceLabel);
    row3->addWidget(mReplacementScan, 1);
    row3->addWidget(mPrint);
    row3->addWidget(mClose);
    left->addLayout(row3);
    // Right: returns and the faulty-goods account.
    auto *right = new QVBoxLayout;
    right->addWidget(mReturnTitle);
    auto *ret = new QGridLayout;
    ret->addWidget(mOrderLabel, 0, 0);
    ret->addWidget(mOrderNo, 0, 1);
    ret->addWidget(mReturnSkuLabel, 1, 0);
    ret->addWidget(mReturnSku, 1, 1);
    ret->addWidget(mReturnQtyLabel, 2, 0);
    ret->addWidget(mReturnQty, 2, 1);
    ret->addWidget(mIntact, 3, 1);
    ret->addWidget(mReturn, 4, 1);
    right->addLayout(ret);
    right->addWidget(mFaultyTitle);
    right->addWidget(mFaultyView, 1);
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);

    connect(mFaultyScan, &QLineEdit::returnPressed, this, [this] {
        const ScanInput in = ScanInput::parse(mFaultyScan->text());
        mFaultyScan->clear();
        if (in.kind == ScanInput::Kind::Code)
            addFaulty(in.code, in.quantity);
    });
    connect(mReplacementScan, &QLineEdit::returnPressed, this, [this] {
        const ScanInput in = ScanInput::parse(mReplacementScan->text());
        mReplacementScan->clear();
        if (in.kind == ScanInput::Kind::Code)
            changed(bookReplacement(in.code, in.quantity));
    });
    connect(mBookOut, &QPushButton::clicked, this, [this] {
        const QString path
            = core::FileDialog::getSaveFileName(this, tr("Save the exchange list (two copies)"), {}, tr("PDF (*.pdf)"));
        changed(bookOutExchange(path));
    });
    connect(mPrint, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedExchange();
        if (id == 0)
            return;
        const QString path
            = core::FileDialog::getSaveFileName(this, tr("Save the exchange list (two copies)"), {}, tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        auto e = mService.exchange(id);
        changed(e ? Printouts::exchangeListPdf(
                    path, *e, core::ShopSettings(mContext.db).value(core::ShopSettings::kShopName))
                  : e.status());
    });
    connect(mClose, &QPushButton::clicked, this, [this] { changed(closeSelectedExchange()); });
    connect(mReturn, &QPushButton::clicked, this, [this] {
        if (core::Status s = bookReturn(); !s)
            reportError(mContext, s.errorMessage());
    });
    retranslateUi();
}

void QualityView::retranslateUi()
{
    mExchangeTitle->setText(tr("Quality check: supplier-exchange list"));
    mSupplierLabel->setText(tr("Supplier:"));
    mScanLabel->setText(tr("Faulty piece:"));
    mFaultyScan->setPlaceholderText(tr("Scan the faulty piece, then Enter"));
    mReasonLabel->setText(tr("Fault:"));
    mBookOut->setText(tr("Book &out and print the list (two copies)"));
    mListsTitle->setText(tr("Exchange lists"));
    mReplaceLabel->setText(tr("Replacement:"));
    mReplacementScan->setPlaceholderText(tr("Scan what the supplier sent back"));
    mPrint->setText(tr("&Print…"));
    mClose->setText(tr("&Close: the rest to the faulty-goods account"));
    mReturnTitle->setText(tr("Returns from buyers"));
    mOrderLabel->setText(tr("Order number:"));
    mReturnSkuLabel->setText(tr("Barcode:"));
    mReturnQtyLabel->setText(tr("Quantity:"));
    mIntact->setText(tr("Intact: back into stock"));
    mReturn->setText(tr("&Book the return"));
    mFaultyTitle->setText(tr("Faulty-goods account"));
    for (core::RecordTableModel *m : { mNewModel, mListsModel, mFaultyModel })
        m->retranslate();
    reload();
}

void QualityView::reload()
{
    const qint64 supplier = mSupplier->currentData().toLongLong();
    mSupplier->clear();
    if (auto suppliers = mService.suppliers())
        for (const core::Supplier &s : *suppliers)
            mSupplier->addItem(s.name, s.id);
    mSupplier->setCurrentIndex(qMax(0, mSupplier->findData(supplier)));
    const qint64 selected = selectedExchange();
    if (auto lists = mService.exchanges()) {
        mExchanges = *lists;
        QList<QVariantList> rows;
        for (const SupplierExchange &e : mExchanges) {
            int pieces = 0, replaced = 0;
            for (const ExchangeLine &l : e.lines) {
                pieces += l.quantity;
                replaced += l.replaced;
            }
            rows.append({ e.exchangeNo, e.supplierName, e.createdAt.toString(QStringLiteral("yyyy-MM-dd")), pieces,
                replaced, e.status == QLatin1String("open") ? tr("awaiting replacement") : tr("closed") });
        }
        mListsModel->setRows(rows);
        for (int i = 0; i < mExchanges.size(); ++i)
            if (mExchanges[i].id == selected || (selected == 0 && i == 0))
                mListsView->selectRow(i);
    }
    if (auto faulty = mService.faultyAccount()) {
        QList<QVariantList> rows;
        for (const FaultyLine &f : *faulty)
            rows.append({ f.itemCode, f.color, f.size, f.barcode,
                f.source == FaultyGoodsRepository::kUnreplaced ? tr("not replaced by the supplier")
                                                               : tr("damaged return"),
                f.quantity, f.value.fen() });
        mFaultyModel->setRows(rows);
    }
    showNewList();
}

void QualityView::showNewList()
{
    QList<QVariantList> rows;
    for (const ExchangeLine &l : mNew)
        rows.append({ l.itemCode, l.color, l.size, l.quantity, l.reason });
    mNewModel->setRows(rows);
    mBookOut->setEnabled(!mNew.isEmpty() && mSupplier->count() > 0);
}

qint64 QualityView::selectedExchange() const
{
    const int row = mListsView->currentIndex().row();
    return row >= 0 && row < mExchanges.size() ? mExchanges[row].id : 0;
}

void QualityView::changed(const core::Status &s)
{
    if (!s && !s.errorMessage().isEmpty())
        reportError(mContext, s.errorMessage());
    reload();
    mContext.events.notifyChanged(core::Topic::Stock);
    Q_EMIT stockChanged();
}

bool QualityView::addFaulty(const QString &code, int quantity)
{
    auto sku = mService.sku(code.trimmed());
    if (!sku || !*sku) {
        reportError(mContext, sku ? tr("No SKU has the barcode “%1”.").arg(code.trimmed()) : sku.errorMessage());
        return false;
    }
    ExchangeLine l;
    l.skuId = (*sku)->sku.id;
    l.quantity = quantity;
    l.reason = mReason->text().trimmed();
    l.itemCode = (*sku)->itemCode;
    l.color = (*sku)->sku.color;
    l.size = (*sku)->sku.size;
    mNew << l;
    showNewList();
    return true;
}

core::Status QualityView::bookOutExchange(const QString &pdfPath)
{
    if (mNew.isEmpty())
        return {};
    const QString no
        = QStringLiteral("TH-%1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    auto id = mService.createExchange(no, mSupplier->currentData().toLongLong(), mNew, mContext.actor);
    if (!id)
        return id.status();
    mNew.clear();
    reload();
    if (pdfPath.isEmpty())
        return {};
    auto e = mService.exchange(*id);
    if (!e)
        return e.status();
    return Printouts::exchangeListPdf(
        pdfPath, *e, core::ShopSettings(mContext.db).value(core::ShopSettings::kShopName));
}

core::Status QualityView::bookReplacement(const QString &code, int quantity)
{
    const qint64 id = selectedExchange();
    if (id == 0)
        return core::Error { tr("Choose the exchange list the replacement belongs to.") };
    auto sku = mService.sku(code.trimmed());
    if (!sku)
        return sku.status();
    if (!*sku)
        return core::Error { tr("No SKU has the barcode “%1”.").arg(code.trimmed()) };
    return mService.bookReplacement(id, (*sku)->sku.id, quantity, mContext.actor).status();
}

core::Status QualityView::closeSelectedExchange()
{
    const qint64 id = selectedExchange();
    if (id == 0)
        return {};
    return mService.closeExchange(id, mContext.actor).status();
}

core::Status QualityView::bookReturn()
{
    auto sku = mService.sku(mReturnSku->text().trimmed());
    if (!sku)
        return sku.status();
    if (!*sku)
        return core::Error { tr("No SKU has the barcode “%1”.").arg(mReturnSku->text().trimmed()) };
    core::Status result;
    mUndo->push(new BookReturnCommand(mContext, mService, mOrderNo->text().trimmed(), (*sku)->sku.id,
        mReturnQty->value(), mIntact->isChecked(), mContext.actor, [this](const core::Status &s) {
            mLastReturn = s;
            reload();
            mContext.events.notifyChanged(core::Topic::Stock);
            Q_EMIT stockChanged();
        }));
    result = mLastReturn;
    if (result) {
        mReturnSku->clear();
        mReturnQty->setValue(1);
    }
    return result;
}

QByteArray QualityView::saveState() const { return saveTables({ mNewView, mListsView, mFaultyView }); }

void QualityView::restoreState(const QByteArray &state) { restoreTables(state, { mNewView, mListsView, mFaultyView }); }

} // namespace shopdesk::inventory
