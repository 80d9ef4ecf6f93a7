#include "OpenCaseDialog.h"

#include "shopdesk/aftersale/AftersaleTerms.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>

namespace shopdesk::aftersale {

OpenCaseDialog::OpenCaseDialog(AftersaleService &service, QWidget *parent)
    : QDialog(parent)
    , mService(service)
{
    setWindowTitle(tr("New after-sale case"));
    auto *form = new QFormLayout(this);
    mOrder = new QLineEdit(this);
    mOrder->setObjectName(QStringLiteral("caseOrder"));
    mKind = new QComboBox(this);
    for (const QString &k : kinds::all())
        mKind->addItem(AftersaleTerms::kind(k), k);
    mReason = new QComboBox(this);
    mReason->addItems(mService.reasons());
    mClaim = new QLineEdit(this);
    mNote = new QLineEdit(this);
    mLines = new QTableWidget(0, 3, this);
    mLines->setObjectName(QStringLiteral("caseLines"));
    mLines->setHorizontalHeaderLabels({ tr("Goods"), tr("In the order"), tr("In the case") });
    mLines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    mLines->verticalHeader()->hide();
    mLines->setAccessibleName(tr("Lines of the case"));
    mLinesNote = new QLabel(this);
    mLinesNote->setObjectName(QStringLiteral("caseLinesNote"));
    mLinesNote->setWordWrap(true);
    form->addRow(tr("Order no.:"), mOrder);
    form->addRow(tr("Kind:"), mKind);
    form->addRow(tr("Reason:"), mReason);
    form->addRow(tr("Lines (pieces in the case, 0 leaves a line out):"), mLines);
    form->addRow(mLinesNote);
    form->addRow(tr("Claimed from the courier (lost or damaged, ¥):"), mClaim);
    form->addRow(tr("Note:"), mNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mOrder, &QLineEdit::editingFinished, this, &OpenCaseDialog::loadLines);
    resize(560, 420);
}

void OpenCaseDialog::setOrderNo(const QString &orderNo)
{
    mOrder->setText(orderNo);
    loadLines();
}

void OpenCaseDialog::loadLines()
{
    const QString orderNo = mOrder->text().trimmed();
    if (mOrderFound && mOrderFound->orderNo == orderNo)
        return;
    mOrderFound.reset();
    mLines->setRowCount(0);
    mLinesNote->clear();
    if (orderNo.isEmpty())
        return;
    auto found = mService.orderForCase(orderNo);
    if (!found) {
        mLinesNote->setText(found.errorMessage());
        return;
    }
    if (!found->has_value()) {
        mLinesNote->setText(tr("There is no order %1.").arg(orderNo));
        return;
    }
    mOrderFound = **found;
    mLines->setRowCount(int(mOrderFound->lines.size()));
    for (int r = 0; r < mOrderFound->lines.size(); ++r) {
        const CaseLine &l = mOrderFound->lines[r];
        const QString goods = l.skuId ? QStringLiteral("%1 %2 %3/%4").arg(l.itemCode, l.itemTitle, l.color, l.size)
                                      : tr("%1 (not matched to a SKU)").arg(l.itemTitle);
        auto *item = new QTableWidgetItem(goods);
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
        mLines->setItem(r, 0, item);
        auto *qty = new QTableWidgetItem(QString::number(l.quantity));
        qty->setFlags(qty->flags() & ~Qt::ItemIsEditable);
        mLines->setItem(r, 1, qty);
        auto *pieces = new QSpinBox(mLines);
        pieces->setRange(0, l.skuId ? l.quantity : 0);
        pieces->setValue(l.skuId ? l.quantity : 0);
        pieces->setAccessibleName(tr("Pieces of %1 in the case").arg(goods));
        mLines->setCellWidget(r, 2, pieces);
    }
    mLines->resizeColumnToContents(1);
}

void OpenCaseDialog::setPieces(int row, int pieces)
{
    if (auto *box = qobject_cast<QSpinBox *>(mLines->cellWidget(row, 2)))
        box->setValue(pieces);
}

core::Result<AftersaleService::OpenRequest> OpenCaseDialog::request() const
{
    AftersaleService::OpenRequest r;
    r.orderNo = mOrder->text().trimmed();
    r.kind = mKind->currentData().toString();
    r.reason = mReason->currentText();
    r.note = mNote->text();
    if (!mClaim->text().trimmed().isEmpty()) {
        auto m = core::Money::parse(mClaim->text());
        if (!m)
            return m.error();
        r.claim = *m;
    }
    if (mOrderFound && mOrderFound->orderNo == r.orderNo) {
        for (int row = 0; row < mOrderFound->lines.size(); ++row) {
            const auto *box = qobject_cast<const QSpinBox *>(mLines->cellWidget(row, 2));
            if (box && box->value() > 0)
                r.lines.append({ mOrderFound->lines[row].barcode, box->value() });
        }
        if (r.lines.isEmpty() && !mOrderFound->lines.isEmpty())
            return core::Error { tr("Choose at least one piece of the order for the case.") };
    }
    return r;
}

} // namespace shopdesk::aftersale
