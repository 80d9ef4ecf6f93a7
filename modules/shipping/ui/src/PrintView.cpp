#include "PrintView.h"

#include "WaybillPrinter.h"
#include "shopdesk/shipping/Waybill.h"

#include <shopdesk/core/FileDialog.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>

namespace shopdesk::shipping {

PrintView::PrintView(const ViewContext &context, std::function<QList<ShipmentOrder>()> selection, QWidget *parent)
    : core::View(parent)
    , mContext(context)
    , mSelection(std::move(selection))
{
    setObjectName(QStringLiteral("printView"));
    auto *g = new QGridLayout(this);
    mLayoutLabel = new QLabel(this);
    mLayout = new QComboBox(this);
    mLayout->setObjectName(QStringLiteral("layoutCombo"));
    mLayoutLabel->setBuddy(mLayout);
    for (const QString &n : WaybillLayout::names())
        mLayout->addItem(QString(n).replace(QLatin1Char('x'), QStringLiteral(" × ")) + QStringLiteral(" mm"), n);
    mCopiesLabel = new QLabel(this);
    mCopies = new QSpinBox(this);
    mCopies->setObjectName(QStringLiteral("copies"));
    mCopies->setRange(1, 9);
    mCopiesLabel->setBuddy(mCopies);
    mUnprintedOnly = new QCheckBox(this);
    mUnprintedOnly->setObjectName(QStringLiteral("unprintedOnly"));
    mUnprintedOnly->setChecked(true);
    mReasonLabel = new QLabel(this);
    mReprintReason = new QLineEdit(this);
    mReprintReason->setObjectName(QStringLiteral("reprintReason"));
    mReasonLabel->setBuddy(mReprintReason);
    mPreview = new QPushButton(this);
    mPrint = new QPushButton(this);
    mPdf = new QPushButton(this);
    mPdf->setObjectName(QStringLiteral("pdfButton"));
    connect(mPreview, &QPushButton::clicked, this, [this] { print(Target::Preview); });
    connect(mPrint, &QPushButton::clicked, this, [this] { print(Target::Printer); });
    connect(mPdf, &QPushButton::clicked, this, [this] { print(Target::Pdf); });
    mPrintHint = new QLabel(this);
    mPrintHint->setWordWrap(true);
    g->addWidget(mPrintHint, 0, 0, 1, 4);
    g->addWidget(mLayoutLabel, 1, 0);
    g->addWidget(mLayout, 1, 1);
    g->addWidget(mCopiesLabel, 2, 0);
    g->addWidget(mCopies, 2, 1);
    g->addWidget(mUnprintedOnly, 3, 0, 1, 2);
    g->addWidget(mReasonLabel, 4, 0);
    g->addWidget(mReprintReason, 4, 1, 1, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mPreview);
    buttons->addWidget(mPrint);
    buttons->addWidget(mPdf);
    buttons->addStretch();
    g->addLayout(buttons, 5, 0, 1, 4);
    g->setRowStretch(6, 1);
    g->setColumnStretch(3, 1);
    retranslateUi();
}

void PrintView::retranslateUi()
{
    mLayoutLabel->setText(tr("&Layout:"));
    mCopiesLabel->setText(tr("C&opies:"));
    mUnprintedOnly->setText(tr("All &unprinted orders (otherwise the orders selected in the queue)"));
    mReasonLabel->setText(tr("Reprint &reason:"));
    mReprintReason->setPlaceholderText(tr("needed when a waybill is printed again, e.g. paper jam"));
    mPreview->setText(tr("Pre&view…"));
    mPrint->setText(tr("&Print…"));
    mPdf->setText(tr("Save as P&DF…"));
    mPrintHint->setText(tr("Waybills are printed at the layout's size, one page per order. Every print is marked "
                           "on the order; a reprint is logged with its reason."));
}

QByteArray PrintView::saveState() const
{
    return writeViewState([this](QDataStream &out) {
        out << mLayout->currentData().toString() << qint32(mCopies->value()) << mUnprintedOnly->isChecked();
    });
}

void PrintView::restoreState(const QByteArray &state)
{
    QString layout;
    qint32 copies = 1;
    bool unprintedOnly = true;
    if (!readViewState(state, [&](QDataStream &in) { in >> layout >> copies >> unprintedOnly; }))
        return;
    if (const int i = mLayout->findData(layout); i >= 0)
        mLayout->setCurrentIndex(i);
    mCopies->setValue(copies);
    mUnprintedOnly->setChecked(unprintedOnly);
}

std::optional<QList<ShipmentOrder>> PrintView::ordersToPrint()
{
    if (!mUnprintedOnly->isChecked())
        return mSelection();
    auto unprinted = mContext.desk.unprinted();
    if (!unprinted) {
        mContext.events.reportError(unprinted.errorMessage());
        return std::nullopt;
    }
    return std::move(unprinted).value();
}

void PrintView::print(Target target)
{
    auto orders = ordersToPrint();
    if (!orders)
        return;
    ShippingService &service = mContext.desk.service();
    ShippingService::PrintJob job;
    job.orders = *orders;
    job.layout = mLayout->currentData().toString();
    job.copies = mCopies->value();
    job.reprintReason = mReprintReason->text();
    if (target == Target::Pdf) {
        const QString path = core::FileDialog::getSaveFileName(
            this, tr("Save the waybills as PDF"), QStringLiteral("waybills.pdf"), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        auto r = service.printToPdf(job, path, mContext.actor);
        if (!r)
            mContext.events.reportError(r.errorMessage());
        Q_EMIT printed(); // the printed marks
        return;
    }
    job.record = target != Target::Preview; // a preview is not a print: it needs no reprint reason and marks nothing
    auto layout = service.checkJob(job);
    if (!layout) {
        mContext.events.reportError(layout.errorMessage());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    WaybillPrinter::setUp(printer, *layout, job.copies);
    if (target == Target::Preview) {
        QPrintPreviewDialog preview(&printer, this);
        connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *p) {
            if (core::Status s = WaybillPrinter::paint(service, *p, job, *layout); !s)
                mContext.events.reportError(s.errorMessage());
        });
        preview.exec();
        return; // a preview is not a print
    }
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (core::Status s = WaybillPrinter::paint(service, printer, job, *layout); !s) {
        mContext.events.reportError(s.errorMessage());
        return;
    }
    job.copies = printer.copyCount(); // as finally chosen in the print dialog
    if (core::Status s = service.recordPrinted(job, mContext.actor); !s)
        mContext.events.reportError(s.errorMessage());
    Q_EMIT printed();
}

} // namespace shopdesk::shipping
